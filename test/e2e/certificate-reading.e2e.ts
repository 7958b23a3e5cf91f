/**
 * Log from a certificate, in Chromium at 360 px: a certificate PDF from the corpus is read in the
 * worker, the form opens pre-filled with each field marked until confirmed, a name that is not the
 * profile's is shown, saving attaches the certificate; then the same offline (the reader is
 * precached), without a request leaving the origin.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { BASE_URL, completeSetup, launch, offOrigin, recordRequests } from './harness';

let browser: Browser;
let context: BrowserContext;
let page: Page;
const errors: string[] = [];
let requests: string[] = [];

const fixture = (id: string) => readFileSync(`test/fixtures/certificates/pdf/${id}.pdf`);

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  page = await context.newPage();
  page.on('pageerror', (e) => errors.push(String(e)));
  requests = recordRequests(context);
  await completeSetup(page); // Solihull, "Alex Practitioner"
});
afterAll(async () => {
  await browser?.close();
});

async function axe(where: string): Promise<string[]> {
  const r = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0])
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  return r.violations.map((v) => `${where}: ${v.id} ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('a certificate PDF fills in the form; fields stay marked until confirmed; saving attaches it', async () => {
  await page.goto(`${BASE_URL}#/record`);
  await page.getByRole('link', { name: 'Log from a certificate' }).first().click();
  await page.getByRole('heading', { level: 1, name: 'Log from a certificate' }).waitFor();
  // cert-25: "Neglect- Domestic Abuse (Module 6b)", 7 March 2026, a time span less its lunch break.
  await page.locator('#read-cert-file').setInputFiles({ name: 'certificate.pdf', mimeType: 'application/pdf', buffer: fixture('cert-25') });
  await page.getByRole('heading', { level: 1, name: 'Log training' }).waitFor();
  await page.getByRole('heading', { name: 'From your certificate' }).waitFor();

  expect(await page.getByLabel('Title').inputValue()).toBe('Module 6b Neglect- Domestic Abuse');
  expect(await page.locator('#field-startDate').inputValue()).toBe('2026-03-07');
  expect(await page.getByLabel('Hours').inputValue()).toBe('6');
  expect(await page.getByLabel('Provider name (optional)').inputValue()).toBe('Solihull Safeguarding Children Partnership');
  expect(await page.locator('.rec-read').count()).toBeGreaterThanOrEqual(4);
  await page.getByText(/The name on the certificate is “.+”, not “Alex Practitioner”/).waitFor();
  expect(await axe('form read from a certificate')).toEqual([]);

  // Not confirmed: saving asks the user to check.
  await page.getByRole('button', { name: 'Save to my record' }).click();
  await page.getByText('Check the date read from the certificate, then confirm it.').first().waitFor();
  // Confirming one field removes its mark; changing another confirms it too.
  await page.getByRole('button', { name: 'Confirm date' }).click();
  await page.getByLabel('Hours').fill('5.5');
  expect(await page.locator('#field-hours-read').count()).toBe(0);
  await page.getByRole('button', { name: 'They are all right: confirm all' }).click();
  expect(await page.locator('.rec-read').count()).toBe(0);
  await page.getByRole('button', { name: 'Save to my record' }).click();

  await page.getByRole('heading', { name: 'Certificates' }).waitFor();
  expect(page.url()).toMatch(/#\/record\/training\/[0-9a-f-]{36}$/);
  await page.locator('.rec-cert-name', { hasText: 'certificate.pdf' }).waitFor();
  expect(await page.getByText('No certificate yet').count()).toBe(0);
});

test('offline: the reader comes from the precache; a two-day course fills start and end dates', async () => {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await context.setOffline(true);
  await page.goto(`${BASE_URL}#/record/training/from-certificate`);
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Log from a certificate' }).waitFor();
  // cert-47: 20-21 June 2026, 2 days.
  await page.locator('#read-cert-file').setInputFiles({ name: 'two-days.pdf', mimeType: 'application/pdf', buffer: fixture('cert-47') });
  await page.getByRole('heading', { level: 1, name: 'Log training' }).waitFor();
  expect(await page.locator('#field-startDate').inputValue()).toBe('2026-06-20');
  expect(await page.locator('#field-endDate').inputValue()).toBe('2026-06-21');
  expect(await page.getByLabel('Hours').inputValue()).toBe('12');
  await context.setOffline(false);
  expect(offOrigin(requests)).toEqual([]);
  expect(errors).toEqual([]);
});
