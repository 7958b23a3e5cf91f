/**
 * Home's suggestion cards are compact and calm at 360 px with the default text size: every card
 * at most 160 px tall, and Home with five suggestions fits in two screens (360 x 740). Records
 * are seeded so that Home shows five suggestions for several frameworks and groups (London Group
 * C social worker, Coventry Group 3, Worcestershire specialists, Solihull). Also: "Why?" opens
 * the full reason and the source (never a file name), and confirming a step says what happened,
 * with an Undo that brings it back.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, completeSetup, launch, openScreen, putRows, readRows, SCREENS, showScreen } from './harness';

const WIDTH = 360;
const HEIGHT = 740;
const MAX_CARD = 160;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const STAMP = '2026-01-01T00:00:00.000Z';
const daysAgo = (n: number) => new Date(Date.now() - n * 86400000).toISOString().slice(0, 10);

/** Training entries with no certificate (a card each) and a plan whose date has passed (a card):
 * with the framework's own steps, more than five suggestions. */
function seedRows(frameworkId: string) {
  const trainings = [1, 2, 3].map((i) => ({
    id: `cards-t${i}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    title: `Safeguarding update ${i} with my employer`,
    providerKind: 'employer',
    providerName: 'Employer',
    startDate: daysAgo(40 + i),
    endDate: daysAgo(40 + i),
    hours: 3,
    mode: 'face-to-face',
    level: '',
    link: null,
    agency: 'single',
    participatory: true,
    notes: '',
    impact: null,
  }));
  const plans = [
    {
      id: 'cards-p1',
      createdAt: STAMP,
      updatedAt: STAMP,
      title: 'Neglect and its effects on children and young people',
      plannedDate: daysAgo(10),
      link: { frameworkId, courseId: null },
      hours: 3,
      approval: null,
      notes: '',
      doneTrainingId: null,
    },
  ];
  return { trainings, plans };
}

async function seeded(framework: string, groupId: string | null, roleId: string | null): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: WIDTH, height: HEIGHT } });
  const page = await context.newPage();
  await completeSetup(page, { framework });
  const [profile] = await readRows(page, 'profile');
  await putRows(page, 'profile', [{ ...profile, groupId, roleId, updatedAt: STAMP }]);
  const { trainings, plans } = seedRows(framework);
  await putRows(page, 'trainings', trainings);
  await putRows(page, 'plans', plans);
  await page.reload();
  await showScreen(page, SCREENS.home);
  return { context, page };
}

const CASES: Array<[label: string, framework: string, groupId: string | null, roleId: string | null]> = [
  ['London, Group C, Children’s Social Worker', 'london', 'london-group-c', 'london-role-childrens-social-worker'],
  ['Coventry, Group 3', 'coventry', 'group-3', null],
  ['Worcestershire, specialists', 'worcestershire', 'worcestershire-specialists', null],
  ['Solihull, early help', 'solihull', 'solihull-early-help', null],
];

for (const [label, framework, groupId, roleId] of CASES) {
  test(`${label}: five cards, each at most ${MAX_CARD} px tall at ${WIDTH} px; Home fits in two screens`, async () => {
    const { context, page } = await seeded(framework, groupId, roleId);
    try {
      const cards = page.locator('.suggestion');
      await expect.poll(() => cards.count()).toBe(5);
      await page.getByRole('button', { name: /^See all \d+ suggestions$/ }).waitFor();
      const heights = await cards.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
      const titles = await cards.locator('h3').allTextContents();
      const tooTall = heights.flatMap((h, i) => (h > MAX_CARD ? [`${titles[i]}: ${h} px`] : []));
      expect(tooTall).toEqual([]);
      // Each card: one badge for when and one for the force, never the same word twice.
      for (const tags of await cards.locator('.suggestion__tags').allTextContents()) expect(tags).not.toMatch(/(Recommend)\w*.*\1/);
      for (const c of await cards.all()) expect(await c.locator('.tag').count()).toBe(2);
      const doc = await page.evaluate(() => ({
        height: document.documentElement.scrollHeight,
        width: document.documentElement.scrollWidth,
      }));
      expect(doc.width).toBeLessThanOrEqual(WIDTH);
      expect(doc.height, `Home is ${doc.height} px tall`).toBeLessThanOrEqual(2 * HEIGHT);
    } finally {
      await context.close();
    }
  }, 120_000);
}

test('"Why?" shows the full reason, what comes first and the source (no file name); confirming says so, and Undo brings it back', async () => {
  const { context, page } = await seeded('london', 'london-group-c', 'london-role-childrens-social-worker');
  try {
    const card = page.locator('.suggestion', { has: page.locator('h3', { hasText: /^Confirm: Self-assessment/ }) });
    await card.waitFor();
    const why = card.getByRole('button', { name: /^Why\?/ });
    expect(await why.getAttribute('aria-expanded')).toBe('false');
    expect(await card.locator('.suggestion__why').isVisible()).toBe(false);
    await why.click();
    expect(await why.getAttribute('aria-expanded')).toBe('true');
    const details = card.locator('.suggestion__why');
    await details.waitFor({ state: 'visible' });
    const text = (await details.textContent()) ?? '';
    expect(text).toContain('Source: London Safeguarding Children Board, Competence Matters');
    expect(text).not.toMatch(/\.txt|\d{3}_[0-9a-f]{16}/);
    expect(await page.locator('main').textContent()).not.toMatch(/\.txt\b/);
    expect(await card.evaluate((e) => e.getBoundingClientRect().height)).toBeGreaterThan(MAX_CARD);
    expect(await axeViolations(page, 'home, Why? open')).toEqual([]);

    await card.getByRole('button', { name: /^Yes, I have done this/ }).click();
    const status = page.getByRole('status').filter({ hasText: 'Marked as done' });
    await status.waitFor();
    expect(await status.textContent()).toContain('Marked as done: “Self-assessment');
    await expect.poll(() => card.count()).toBe(0);
    const undo = page.getByRole('button', { name: 'Undo' });
    await expect.poll(() => undo.evaluate((e) => e === document.activeElement)).toBe(true);
    await undo.click();
    await page
      .getByRole('status')
      .filter({ hasText: /^Undone: “Self-assessment/ })
      .waitFor();
    await expect.poll(() => card.count()).toBe(1);
  } finally {
    await context.close();
  }
}, 120_000);

/** Per card: its title, and whether the card cuts it (two lines shown of more). */
const titleState = (page: Page) =>
  page
    .locator('.suggestion h3')
    .evaluateAll((els) =>
      els.map((e) => ({ title: e.textContent ?? '', cut: e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1 })),
    );

test('a title cut on the card at 360 px reads in full, in its place, once "Why?" is open; "Why?" never repeats the title, at 360 or 1280 px', async () => {
  const { context, page } = await seeded('london', 'london-group-c', 'london-role-childrens-social-worker');
  try {
    // An entry with a long title and no certificate: its card's title is longer than two lines.
    const long = 'Domestic abuse, coercive control and children in need';
    await putRows(page, 'trainings', [
      { ...seedRows('london').trainings[0], id: 'cards-long', title: long, endDate: daysAgo(20), startDate: daysAgo(20) },
    ]);
    await page.reload();
    await showScreen(page, SCREENS.home);
    await page.getByRole('button', { name: /^See all \d+ suggestions$/ }).click();
    const longCard = page.locator('.suggestion', { has: page.locator('h3', { hasText: long }) });
    await longCard.waitFor();
    const before = await titleState(page);
    const cut = before.filter((c) => c.cut);
    expect(cut.map((c) => c.title)).toContain(`Attach the certificate for ${long}`);
    for (const { title } of cut) {
      const card = page.locator('.suggestion', { has: page.locator('h3', { hasText: title }) });
      await card.getByRole('button', { name: /^Why\?/ }).click();
      await card.locator('.suggestion__why').waitFor({ state: 'visible' });
      const h3 = card.locator('h3');
      expect(await h3.evaluate((e) => e.scrollHeight <= e.clientHeight + 1), `${title} in full`).toBe(true);
      expect(await card.locator('.suggestion__why').textContent()).not.toContain(title);
    }
    // Closed again, the card is compact again.
    await longCard.getByRole('button', { name: /^Why\?/ }).click();
    await expect.poll(() => longCard.evaluate((e) => e.getBoundingClientRect().height)).toBeLessThanOrEqual(MAX_CARD);

    // At desktop width nothing is cut, and "Why?" does not repeat the title.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.reload();
    await showScreen(page, SCREENS.home);
    await page.getByRole('button', { name: /^See all \d+ suggestions$/ }).click();
    await longCard.waitFor();
    expect((await titleState(page)).filter((c) => c.cut)).toEqual([]);
    for (const card of await page.locator('.suggestion').all()) {
      const title = (await card.locator('h3').textContent()) ?? '';
      await card.getByRole('button', { name: /^Why\?/ }).click();
      await card.locator('.suggestion__why').waitFor({ state: 'visible' });
      expect(await card.locator('.suggestion__why').textContent(), title).not.toContain(title);
    }
  } finally {
    await context.close();
  }
}, 180_000);

test('Courses for you: opened from Home, and axe-clean at 360 px', async () => {
  const { context, page } = await seeded('coventry', 'group-3', null);
  try {
    await openScreen(page, SCREENS.courses);
    expect(await axeViolations(page, 'courses')).toEqual([]);
  } finally {
    await context.close();
  }
}, 120_000);
