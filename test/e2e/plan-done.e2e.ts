/**
 * "Mark as done" on a plan, as a user does it in the built app (issue 12.6): it asks the date the
 * course was done (the planned date once it has passed, otherwise today), records the entry with
 * that date, closes the plan, and Home's suggestions follow (the "Did you attend …?" card goes,
 * the course is not suggested again). Undo removes the entry and reopens the plan. Undo after
 * confirming a step on Home is in cards.e2e.ts.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { completeSetup, launch, openScreen, phone, putRows, readRows, SCREENS } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STAMP = '2026-01-01T00:00:00.000Z';
const COURSE = 'Working Together to Safeguard Children';

interface Row {
  id: string;
  title: string;
  startDate: string;
  endDate: string;
  link: { courseId?: string } | null;
  doneTrainingId?: string | null;
}

/** The date in the browser's own time zone, as the app reckons "today", moved by `days`. */
const browserDay = (page: Page, days: number) =>
  page.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, days);

/** Home with every suggestion shown ("See all" when there are more than five). */
async function allSuggestions(page: Page): Promise<string[]> {
  await openScreen(page, SCREENS.home);
  await page.locator('.suggestion').first().waitFor();
  const seeAll = page.getByRole('button', { name: /^See all \d+ suggestions$/ });
  if (await seeAll.count()) {
    const all = Number((await seeAll.textContent())?.match(/\d+/)?.[0]);
    await seeAll.click();
    await expect.poll(() => page.locator('.suggestion').count()).toBe(all);
  }
  return page.locator('.suggestion h3').allTextContents();
}

const ukDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} ${y}`;
};

function plan(id: string, title: string, plannedDate: string, courseId: string | null) {
  return {
    id,
    createdAt: STAMP,
    updatedAt: STAMP,
    title,
    plannedDate,
    link: { frameworkId: 'coventry', courseId },
    hours: 3,
    approval: null,
    notes: '',
    doneTrainingId: null,
  };
}

async function markDone(page: Page, title: string): Promise<string> {
  const card = page.locator('.rec-plan', { has: page.getByRole('heading', { name: title, exact: true }) });
  await card.getByRole('button', { name: /^Mark as done/ }).click();
  const date = page.getByLabel(`When did you do it? ${title}`);
  await date.waitFor();
  const offered = await date.inputValue();
  await card.getByRole('button', { name: /^Log as done/ }).click();
  return offered;
}

test('"Mark as done" asks the date (planned date once past, else today), records the entry on it, Home follows, and Undo reopens the plan', async () => {
  const { context, page } = await phone(browser);
  try {
    await completeSetup(page, { framework: 'coventry' });
    const [profile] = await readRows(page, 'profile');
    await putRows(page, 'profile', [{ ...profile, groupId: 'group-3', roleId: null, updatedAt: STAMP }]);
    const past = await browserDay(page, -12);
    const later = await browserDay(page, 20);
    const today = await browserDay(page, 0);
    await putRows(page, 'plans', [
      plan('plan-past', COURSE, past, 'working-together-to-safeguard-children'),
      plan('plan-later', 'Neglect: recognising and responding', later, null),
    ]);
    // Rows written straight into IndexedDB: the app reads them when it starts.
    await page.reload();

    // Home: the plan whose date has passed asks whether you went.
    expect(await allSuggestions(page)).toContain(`Did you attend ${COURSE}?`);

    // A plan whose date has passed: the planned date is offered and recorded.
    await openScreen(page, SCREENS.plans);
    expect(await markDone(page, COURSE)).toBe(past);
    const status = page.getByRole('status').filter({ hasText: 'logged as done' });
    await status.waitFor();
    expect(await status.textContent()).toContain(`“${COURSE}” logged as done on ${ukDate(past)}.`);
    const [entry] = await readRows<Row>(page, 'trainings');
    expect(entry).toMatchObject({
      title: COURSE,
      startDate: past,
      endDate: past,
      link: { courseId: 'working-together-to-safeguard-children' },
    });
    const plans = await readRows<Row>(page, 'plans');
    expect(plans.find((p) => p.id === 'plan-past')?.doneTrainingId).toBe(entry.id);

    // A plan still to come: today is offered (never the future planned date).
    expect(await markDone(page, 'Neglect: recognising and responding')).toBe(today);
    await page
      .getByRole('status')
      .filter({ hasText: `“Neglect: recognising and responding” logged as done on ${ukDate(today)}.` })
      .waitFor();
    const neglect = (await readRows<Row>(page, 'trainings')).find((t) => t.title.startsWith('Neglect'));
    expect(neglect).toMatchObject({ startDate: today, endDate: today });

    // Undo: the entry goes and the plan is open again, with its own date.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readRows<Row>(page, 'trainings')).map((t) => t.title)).toEqual([COURSE]);
    expect((await readRows<Row>(page, 'plans')).find((p) => p.id === 'plan-later')?.doneTrainingId).toBeNull();
    await page
      .locator('.rec-plan', { has: page.getByRole('heading', { name: 'Neglect: recognising and responding', exact: true }) })
      .getByRole('button', { name: /^Mark as done/ })
      .waitFor();

    // Home follows: no "Did you attend …?", and the course done is not suggested again.
    // The one card left for it asks for its certificate.
    expect((await allSuggestions(page)).filter((t) => t.includes(COURSE))).toEqual([`Attach the certificate for ${COURSE}`]);
  } finally {
    await context.close();
  }
}, 120_000);
