/**
 * "What should I do next" in the built app, in Chromium at 360 px: Home's explained suggestions
 * and their live update, the .ics reminders file, the Hours chart with its table, the level
 * ladder, a followed scheme's line and suggestion, and axe (WCAG 2.2 AA) on each.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { axeViolations, completeSetup, launch, openScreen, putRows, SCREENS, showScreen } from './harness';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  await completeSetup(page, { framework: 'solihull' });
});
afterAll(async () => {
  await browser?.close();
});

const axe = (where: string) => axeViolations(page, where);
const put = (store: string, rows: object[]) => putRows(page, store, rows);

const STAMP = '2026-01-01T00:00:00.000Z';
const today = () => new Date().toISOString().slice(0, 10);
const inDays = (n: number) => new Date(Date.now() + n * 86400000).toISOString().slice(0, 10);

test('Home: the required step first, with its reason, source and action; it goes once the record shows it', async () => {
  await showScreen(page, SCREENS.home);
  const first = page.locator('.suggestion').first();
  await expect.poll(() => first.locator('h3').textContent()).toBe('Foundation-level safeguarding training in your own agency');
  expect(await first.locator('.tag').allTextContents()).toEqual(['Next', 'Requirement']);
  expect(await first.textContent()).toContain(
    'Source: Solihull Safeguarding Children Partnership (SSCP), Multi-Agency Safeguarding Workforce Training Strategy, The Core curriculum',
  );
  expect(await first.getByRole('link').getAttribute('href')).toBe('#/record/training/new');
  expect(await axe('home')).toEqual([]);

  await put('trainings', [
    {
      id: 'e2e-t1',
      createdAt: STAMP,
      updatedAt: STAMP,
      title: 'School safeguarding foundation',
      providerKind: 'employer',
      providerName: 'School',
      startDate: today(),
      endDate: today(),
      hours: 3,
      mode: 'face-to-face',
      level: '',
      link: null,
      agency: 'single',
      participatory: true,
      notes: '',
      impact: null,
    },
  ]);
  await put('plans', [
    {
      id: 'e2e-p1',
      createdAt: STAMP,
      updatedAt: STAMP,
      title: 'Module 3, thresholds',
      plannedDate: inDays(20),
      link: { frameworkId: 'solihull', courseId: 'solihull-module-3' },
      hours: null,
      approval: null,
      notes: '',
      doneTrainingId: null,
    },
  ]);
  await page.reload();
  await showScreen(page, SCREENS.home);
  await expect
    .poll(() => page.locator('.suggestion h3').first().textContent())
    .toBe("Get your manager's approval for Module 3, thresholds");
  expect(await page.getByText('Foundation-level safeguarding training in your own agency').count()).toBe(0);
});

test('Reminders: an .ics file with CRLF lines and one event per plan, with a stable UID', async () => {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download reminders (.ics)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('safeguarding-reminders.ics');
  const ics = readFileSync((await download.path())!, 'utf8');
  expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  expect(ics).toContain('UID:plan:e2e-p1@safeguarding-passport.app');
  expect(ics).toContain(`DTSTART;VALUE=DATE:${inDays(20).replace(/-/g, '')}`);
  await page.getByText(/Downloaded 1 event/).waitFor();
});

test('Hours: the chart is one labelled image, with a table of the same figures', async () => {
  await openScreen(page, SCREENS.hours);
  const charts = page.getByRole('img');
  await expect.poll(() => charts.count()).toBeGreaterThanOrEqual(2);
  expect(await page.locator('#years-chart-t').textContent()).toContain('per year, last five years');
  expect(await page.locator('table').first().locator('tbody tr').count()).toBe(5);
  expect(await page.locator('table').nth(1).locator('tbody tr').count()).toBe(12);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await axe('hours')).toEqual([]);
});

test('Pathway: a framework without levels or pathways says so', async () => {
  await openScreen(page, SCREENS.pathway);
  expect(await page.locator('h1').textContent()).toBe('Your levels');
  await page.getByText(/Solihull sets out no levels/).waitFor();
  expect(await axe('pathway')).toEqual([]);
  expect(errors).toEqual([]);
});

test('Schemes on Home: following NMC adds its line, bar and a due-soon suggestion citing the NMC, at 360 px', async () => {
  await openScreen(page, SCREENS.schemes);
  await page.getByRole('checkbox', { name: /NMC revalidation/ }).check();
  const renewal = page.getByLabel('Renewal date');
  await renewal.fill(inDays(60));
  await renewal.dispatchEvent('change');
  await openScreen(page, SCREENS.home);
  const section = page.getByRole('region', { name: 'Professional schemes' });
  await section.waitFor();
  // The 3 participatory hours logged in the first test count for the NMC too.
  await expect.poll(() => section.locator('p').first().textContent()).toMatch(/^NMC: 3 of 35 CPD hours, 3 of 20 participatory CPD hours/);
  expect(await section.getByRole('progressbar').getAttribute('aria-label')).toBe('NMC: 3 of 35 CPD hours');
  const card = page.locator('.suggestion', {
    has: page.locator('h3', { hasText: /^NMC: 32 CPD hours, 17 participatory CPD hours and 4 more still to log$/ }),
  });
  await card.waitFor();
  expect(await card.textContent()).toContain('Due soon');
  expect(await card.textContent()).toContain('Source: Nursing and Midwifery Council (NMC), “Revalidation: how to revalidate with the NMC”');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  expect(await axe('home with a scheme')).toEqual([]);
  expect(errors).toEqual([]);
});
