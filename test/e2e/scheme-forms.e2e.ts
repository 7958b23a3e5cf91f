/**
 * The NMC's written reflective account form at 360 px, reached as a nurse reaches it: the Schemes
 * card's link for what is missing. Filled with the keyboard and saved; the stored reflection holds
 * the form's four answers and the Code's themes. axe on the form; nothing sideways. With
 * SP_SCHEME_SHOTS=dir, screenshots of the card and the form at 360 px and 1280 px are saved there.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, BASE_URL, completeSetup, launch, phone, readRows } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const shots = process.env.SP_SCHEME_SHOTS;
async function shot(page: Page, name: string): Promise<void> {
  if (!shots) return;
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 360, height: 780 });
}

interface Row {
  kind: string;
  template: string;
  sections: Record<string, string>;
  codeThemes?: string[];
}

test("a nurse follows the NMC card's link and writes a reflective account on the NMC's form at 360 px", async () => {
  const { context, page } = await phone(browser);
  try {
    await completeSetup(page, { framework: 'london' });
    await page.goto(`${BASE_URL}#/schemes`);
    await page.getByRole('heading', { level: 1, name: 'Professional schemes' }).waitFor();
    await page.getByRole('checkbox', { name: /NMC revalidation/ }).check();
    const card = page.getByRole('article', { name: 'NMC revalidation' });
    await card.getByText(/^Still to do: 35 CPD hours/).waitFor();
    await shot(page, 'schemes-card');
    const link = card.getByRole('link', { name: /^Write a reflective account/ });
    expect(await link.getAttribute('href')).toBe('#/record/reflection/new?form=nmc-account');
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Write a reflective account' }).waitFor();

    // The keyboard reaches the first question; every answer is typed, the themes ticked with Space.
    const nature = page.getByLabel(/^What was the nature of the CPD activity/);
    await nature.focus();
    await page.keyboard.type('A workshop on children who are not brought to appointments.');
    await page.getByLabel(/^What did you learn from the CPD activity/).fill('A missed appointment is the child not being brought.');
    await page.getByLabel('How did you change or improve your practice as a result?').fill('I follow up every second missed appointment.');
    await page.getByLabel('How is this relevant to the Code?').fill('Following up keeps children safe.');
    const themes = page.getByRole('group', { name: 'Themes of the Code (choose one or more)' });
    await themes.getByRole('checkbox', { name: 'Preserve safety' }).focus();
    await page.keyboard.press('Space');
    await themes.getByRole('checkbox', { name: 'Prioritise people' }).focus();
    await page.keyboard.press('Space');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(await axeViolations(page, 'reflective account form')).toEqual([]);
    await shot(page, 'reflective-account-form');

    await page.getByRole('button', { name: 'Save reflection' }).click();
    await page.getByText('Reflection added to your record.').waitFor();
    const [row] = await readRows<Row>(page, 'reflections');
    expect(row).toMatchObject({
      kind: 'reflection',
      template: 'nmc',
      codeThemes: ['prioritise-people', 'preserve-safety'],
      sections: {
        nature: 'A workshop on children who are not brought to appointments.',
        learned: 'A missed appointment is the child not being brought.',
        changed: 'I follow up every second missed appointment.',
        code: 'Following up keeps children safe.',
      },
    });
    // Back on the card, the account is counted.
    await page.goto(`${BASE_URL}#/schemes`);
    await page
      .getByRole('article', { name: 'NMC revalidation' })
      .getByText(/Written reflective accounts: 1 of 5/)
      .waitFor();
  } finally {
    await context.close();
  }
}, 180_000);
