/**
 * Hardening in Chromium: markup typed into every text field is shown as text (no script runs, no
 * element is made from it), every request of a whole session stays on the app's origin, and the
 * Content-Security-Policy allows no inline script.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, launch, offOrigin, openScreen, recordRequests, SCREENS, showScreen, trainingScreen, type Screen } from './harness';

const XSS = '<img src=x onerror=alert(1)>';
let browser: Browser;
let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];
const errors: string[] = [];
let requests: string[];

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
  requests = recordRequests(context);
  page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => errors.push(String(e)));
});
afterAll(async () => {
  await browser?.close();
});

/** Types the string into every visible free-text field on the page. */
async function fillTextFields(value: string): Promise<number> {
  const fields = page.locator('input[type=text]:visible, input:not([type]):visible, input[type=search]:visible, textarea:visible');
  const n = await fields.count();
  for (let i = 0; i < n; i++) {
    const field = fields.nth(i);
    if (await field.isEditable()) await field.fill(value);
  }
  return n;
}

/** No element was made from the typed markup, and no dialog opened. */
async function expectInert(): Promise<void> {
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
}

test('markup typed into setup and every record form is stored and shown as text', async () => {
  await openScreen(page, SCREENS.setup);
  expect(await fillTextFields(XSS)).toBeGreaterThanOrEqual(3); // name, job title, employer
  await page.getByLabel('Partnership framework').selectOption('solihull');
  await page.getByRole('button', { name: /start/i }).click();
  await showScreen(page, SCREENS.home);
  await expectInert();

  // Each form, its save button, and the screen a save leads to.
  const forms: Array<[Screen, string, Screen]> = [
    [SCREENS.logTraining, 'Save to my record', trainingScreen(XSS)],
    [SCREENS.writeReflection, 'Save reflection', SCREENS.reflections],
    [SCREENS.planCourse, 'Save plan', SCREENS.plans],
  ];
  for (const [form, save, saved] of forms) {
    await openScreen(page, form);
    expect(await fillTextFields(XSS)).toBeGreaterThan(0);
    const hours = page.getByLabel('Hours');
    if ((await hours.count()) && !(await hours.first().inputValue())) await hours.first().fill('2');
    const date = page.locator('input[type=date]:visible');
    for (let i = 0; i < (await date.count()); i++) if (!(await date.nth(i).inputValue())) await date.nth(i).fill('2026-11-20');
    await page.getByRole('button', { name: save }).click();
    await showScreen(page, saved);
    await expectInert();
  }

  // Everywhere the text is shown, once each screen has settled: as the literal characters, never
  // as an element.
  for (const screen of [SCREENS.home, SCREENS.record, SCREENS.reflections, SCREENS.plans, SCREENS.pathway, SCREENS.portfolio]) {
    await openScreen(page, screen);
    await expectInert();
  }
  await openScreen(page, SCREENS.settings);
  expect(await page.getByLabel('Your name').inputValue()).toBe(XSS);
  await expectInert();
  await openScreen(page, SCREENS.record);
  await page.getByText(XSS).first().waitFor();
  expect(errors).toEqual([]);
});

test('a backup of that record carries the text as text too', async () => {
  await openScreen(page, SCREENS.settings);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  await download;
  await page.getByTestId('export-result').waitFor();
  await expectInert();
});

test('every request of the whole session went to the app’s own origin', () => {
  expect(requests.length).toBeGreaterThan(5);
  expect(offOrigin(requests)).toEqual([]);
});

test('the Content-Security-Policy allows no inline script and no other origin', async () => {
  const response = await page.request.get(BASE_URL);
  const header = response.headers()['content-security-policy'] ?? '';
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  for (const csp of [header, meta ?? '']) {
    // 'wasm-unsafe-eval' lets the photo reader compile WebAssembly; no eval() of text, no inline script.
    expect(csp).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:/);
  }
  // An inline script injected into the page is blocked by the policy.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inlineRan = true';
    document.body.append(s);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
  expect(ran).toBe(false);
});
