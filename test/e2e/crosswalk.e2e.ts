/**
 * The crosswalk screen in real Chromium on a 360 px phone: a Worcestershire record compared with
 * Coventry, every "why" opened, nothing scrolls sideways, axe finds no WCAG 2.2 A/AA violations
 * (light and dark), and switching (after confirming) keeps the record as it was.
 * Screenshots go to /tmp/shots (not the repository).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { setUpPhone, type SetUpPhone, axeViolations, BASE_URL, putRows, readRows, SCREENS, showScreen } from './harness';

const SHOTS = '/tmp/shots';
let phoneApp: SetUpPhone | undefined;
let page: Page;

const STAMP = '2026-01-01T00:00:00.000Z';
const TRAININGS = [
  {
    id: 'cw-1',
    title: 'Induction: safeguarding children',
    startDate: '2025-09-01',
    link: { frameworkId: 'worcestershire', levelId: 'worcestershire-induction' },
  },
  {
    id: 'cw-2',
    title: 'Universal safeguarding training',
    startDate: '2026-02-10',
    link: { frameworkId: 'worcestershire', levelId: 'worcestershire-universal' },
  },
  {
    id: 'cw-3',
    title: 'Specialist safeguarding: named professionals',
    startDate: '2026-04-15',
    link: { frameworkId: 'worcestershire', levelId: 'worcestershire-specialist' },
  },
  { id: 'cw-4', title: 'Online safety webinar', startDate: '2026-05-20', link: null },
].map((t) => ({
  ...t,
  endDate: t.startDate,
  createdAt: STAMP,
  updatedAt: STAMP,
  providerKind: 'partnership',
  providerName: 'WSCP',
  hours: 3,
  mode: 'face-to-face',
  level: '',
  agency: 'multi',
  participatory: true,
  notes: '',
  impact: null,
}));

/** The app's trainings, read straight from IndexedDB in a stable order. */
const trainingsInDb = async (p: Page) => (await readRows<{ id: string }>(p, 'trainings')).sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  phoneApp = await setUpPhone('crosswalk', 'worcestershire');
  ({ page } = phoneApp);
  await putRows(page, 'trainings', TRAININGS);
});

afterAll(async () => {
  await phoneApp?.close();
});

test('a record compared with another framework on a phone, accessibly, and a confirmed switch that keeps the record', async () => {
  await page.goto(`${BASE_URL}#/crosswalk/coventry`);
  await page.reload(); // the hash alone does not reload; reading the record fresh after the direct writes
  await showScreen(page, SCREENS.crosswalkCoventry);
  await page.getByRole('heading', { name: 'Universal safeguarding training' }).waitFor();
  await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  expect(await page.getByText('Close match: confirm with your new partnership', { exact: true }).count()).toBe(1);
  expect(await page.getByText('Not mapped: confirm with your new partnership', { exact: true }).count()).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/crosswalk-coventry-360.png`, fullPage: true });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, colorScheme)).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });

  const before = await trainingsInDb(page);
  await page.getByRole('button', { name: 'Switch to this framework' }).click();
  await page.getByRole('button', { name: 'Yes, switch to Coventry' }).click();
  await page.getByText(/You now follow Coventry/).waitFor();
  await page.getByRole('link', { name: 'View the Worcestershire framework' }).waitFor();
  expect(await trainingsInDb(page)).toEqual(before);
  await page.screenshot({ path: `${SHOTS}/crosswalk-switched-360.png`, fullPage: false });
});
