import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, launch, offOrigin, recordRequests, SCREENS, showScreen } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

test('the built app loads in Chromium with no off-origin request', async () => {
  const page = await browser.newPage();
  const urls = recordRequests(page);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(BASE_URL);
  await showScreen(page, SCREENS.setup);
  expect(errors).toEqual([]);
  expect(urls.length).toBeGreaterThan(0);
  expect(offOrigin(urls)).toEqual([]);
});
