// Screenshots of reading a photo and the pre-filled form (not committed).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { completeSetup, startPreview } from './test/e2e/harness';

const port = 4391;
const base = `http://127.0.0.1:${port}/`;
const photo = readFileSync('test/fixtures/certificates/photo/cert-02.jpg');
const stop = await startPreview('dist', port);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const width of [360, 1280]) {
    const context = await browser.newContext({ viewport: { width, height: width === 360 ? 780 : 900 } });
    const page = await context.newPage();
    await completeSetup(page, { baseUrl: base });
    await page.goto(`${base}#/record/training/from-certificate`);
    await page.getByRole('heading', { level: 1, name: 'Log from a certificate' }).waitFor();
    await page.getByText(/one-off download/).waitFor();
    await page.screenshot({ path: `/tmp/ocr-shots/start-${width}.png`, fullPage: true });
    await page.locator('#read-cert-camera').setInputFiles({ name: 'IMG_2041.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByText(/Getting the photo reader|Reading the certificate|Preparing/).waitFor();
    await page.screenshot({ path: `/tmp/ocr-shots/progress-${width}.png`, fullPage: true });
    await page.getByText('Reading the certificate…').waitFor({ timeout: 120000 });
    await page.screenshot({ path: `/tmp/ocr-shots/reading-${width}.png`, fullPage: true });
    await page.getByRole('heading', { level: 1, name: 'Log training' }).waitFor({ timeout: 180000 });
    await page.screenshot({ path: `/tmp/ocr-shots/form-${width}.png`, fullPage: true });
    await context.close();
  }
} finally {
  await browser.close();
  stop();
}
