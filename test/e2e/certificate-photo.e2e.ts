/**
 * Log from a photographed certificate, in Chromium at 360 px: the camera input (capture) takes a
 * 1,712 px photo of a corpus certificate (made by the certificate bench: rotated, keystoned,
 * shadowed, noisy JPEG), tesseract.js reads it in the worker with the model from the app's own
 * origin, the form opens pre-filled, and the saved entry has the photo attached. Then, with the
 * network cut, the same photo is read again from the service worker's cache. No request leaves
 * the origin.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { BASE_URL, completeSetup, launch, offOrigin, recordRequests } from './harness';
import { OCR_CACHE } from '../../src/reader/ocr-assets';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
let requests: string[] = [];

// cert-02 photographed (1,712 x 1,284): "Young people who go missing", 10 July 2027, CPD hours 6, Daniel Kowalski.
const photo = readFileSync('test/fixtures/certificates/photo/cert-02.jpg');
const READ_TIMEOUT = 180_000; // an upper bound for OCR on a busy 2-core machine, not a wait

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  requests = recordRequests(context);
  await completeSetup(page); // Solihull, "Alex Practitioner"
  // The service worker controls the page, so that it keeps the photo reader when first used.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
});
afterAll(async () => {
  await browser?.close();
});

const cachedOcrFiles = () =>
  page.evaluate(async (name) => ((await caches.has(name)) ? (await (await caches.open(name)).keys()).map((r) => r.url) : []), OCR_CACHE);

test('a photo from the camera fills in the form; saving attaches it', async () => {
  await page.goto(`${BASE_URL}#/record/training/from-certificate`);
  await page.getByRole('heading', { level: 1, name: 'Log from a certificate' }).waitFor();
  // Before the first use: the one-off download and its size are said.
  await page.getByText(/needs a one-off download of about \d+ MB/).waitFor();
  const camera = page.locator('#read-cert-camera');
  expect(await camera.getAttribute('capture')).toBe('environment');
  expect(await camera.getAttribute('accept')).toBe('image/*,application/pdf');

  await camera.setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.locator('#read-cert-progress').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Log training' }).waitFor({ timeout: READ_TIMEOUT });
  await page.getByRole('heading', { name: 'From your certificate' }).waitFor();
  expect((await page.getByLabel('Title').inputValue()).toLowerCase()).toBe('young people who go missing');
  expect(await page.locator('#field-startDate').inputValue()).toBe('2027-07-10');
  expect(await page.getByLabel('Hours').inputValue()).toBe('6');
  await page.getByText(/The name on the certificate is “Daniel Kowalski”, not “Alex Practitioner”/).waitFor();

  await page.getByRole('button', { name: 'They are all right: confirm all' }).click();
  // 10 July 2027 may be after today, and the form takes past training only: the user corrects the year.
  await page.locator('#field-startDate').fill('2025-07-10');
  await page.getByRole('button', { name: 'Save to my record' }).click();
  await page.getByRole('heading', { name: 'Certificates' }).waitFor();
  expect(page.url()).toMatch(/#\/record\/training\/[0-9a-f-]{36}$/);
  await page.locator('.rec-cert-name', { hasText: 'IMG_2041.jpg' }).waitFor();

  // The reader's worker, core and model came from the app's origin and are now kept.
  const kept = await cachedOcrFiles();
  expect(kept.some((u) => /\/eng\.traineddata\.gz$/.test(u))).toBe(true);
  expect(kept.some((u) => /tesseract-core-[a-z-]+\.wasm-[\w-]+\.js$/.test(u))).toBe(true);
  expect(kept.every((u) => u.startsWith(BASE_URL))).toBe(true);
  expect(requests.some((u) => u.endsWith('/eng.traineddata.gz'))).toBe(true);
});

test('offline after the first use: the photo is read from the cached reader', async () => {
  await context.setOffline(true);
  await page.goto(`${BASE_URL}#/record/training/from-certificate`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Log from a certificate' }).waitFor();
  expect(await page.getByText(/one-off download/).count()).toBe(0);
  await page.locator('#read-cert-file').setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByRole('heading', { level: 1, name: 'Log training' }).waitFor({ timeout: READ_TIMEOUT });
  expect(await page.locator('#field-startDate').inputValue()).toBe('2027-07-10');
  expect(await page.getByLabel('Hours').inputValue()).toBe('6');
  await context.setOffline(false);
  expect(offOrigin(requests)).toEqual([]);
  expect(errors).toEqual([]);
});
