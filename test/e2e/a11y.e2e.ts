/**
 * Accessibility gate: axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every screen of the built app, in
 * light and dark colour schemes, at 360 px and 1280 px. Zero violations; a failure lists each
 * one with its screen, rule and elements.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, completeSetup, launch } from './harness';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENS = [
  '#/',
  '#/record',
  '#/record/training/new',
  '#/record/reflection/new',
  '#/record/plan/new',
  '#/record/reflections',
  '#/record/plans',
  '#/record/certificates',
  '#/pathway',
  '#/hours',
  '#/portfolio',
  '#/settings',
  '#/frameworks',
  '#/schemes',
  '#/crosswalk',
  '#/crosswalk/coventry',
  '#/frameworks/london',
];
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function violations(page: Page, where: string): Promise<string[]> {
  // Let the screen settle (live queries, lazy parts) before checking.
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(300);
  const result = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0]).withTags(TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`every screen, ${scheme} scheme, ${width} px: no axe violations`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      try {
        await page.goto(BASE_URL);
        found.push(...(await violations(page, 'setup')));
        await completeSetup(page);
        // Some record, so that lists, cards and progress are on screen.
        await page.goto(`${BASE_URL}#/record/training/new`);
        await page.getByLabel('Title').fill('Child protection: an introduction');
        if (!(await page.getByLabel('Hours').inputValue())) await page.getByLabel('Hours').fill('3');
        await page.getByRole('button', { name: 'Save to my record' }).click();
        await page.getByRole('heading', { name: 'Certificates' }).waitFor();
        found.push(...(await violations(page, 'training detail')));
        for (const route of SCREENS) {
          await page.goto(`${BASE_URL}${route}`);
          found.push(...(await violations(page, route)));
        }
      } finally {
        await context.close();
      }
      expect(found).toEqual([]);
    }, 240_000);
  }
}

test('the gate can fail: axe finds problems planted in a screen', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await page.goto(BASE_URL);
    await page.locator('h1').first().waitFor();
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = './icons/icon-192.png';
      const button = document.createElement('button');
      document.querySelector('h1')!.after(img, button);
    });
    const found = (await violations(page, 'planted')).join('\n');
    expect(found).toMatch(/planted: image-alt/);
    expect(found).toMatch(/planted: button-name/);
  } finally {
    await context.close();
  }
});
