/**
 * A new version deployed while the app is open: the "Update available" prompt appears, and a
 * half-typed form survives accepting it. The app is built twice into its own directory (build
 * ids e2e-one and e2e-two) and served by its own preview server, so dist/ is left alone.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { buildApp, completeSetup, freePort, launchPersistent, recordRequests, startPreview } from './harness';

let ORIGIN: string;
let siteDir: string;
let profileDir: string;
let stopServer: (() => void) | undefined;
let context: BrowserContext | undefined;

beforeAll(async () => {
  siteDir = mkdtempSync(join(tmpdir(), 'sp-e2e-site-'));
  profileDir = mkdtempSync(join(tmpdir(), 'sp-e2e-update-'));
  buildApp(siteDir, 'e2e-one');
  const port = await freePort();
  ORIGIN = `http://127.0.0.1:${port}/`;
  stopServer = await startPreview(siteDir, port);
}, 240000);

afterAll(async () => {
  await context?.close();
  stopServer?.();
  rmSync(siteDir, { recursive: true, force: true });
  rmSync(profileDir, { recursive: true, force: true });
});

test('an update prompt appears when a new build is deployed, and a half-typed form survives accepting it', async () => {
  context = await launchPersistent(profileDir);
  const requests = recordRequests(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await completeSetup(page, { baseUrl: ORIGIN, name: 'Alex Practitioner' });
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await page.goto(`${ORIGIN}#/settings`);
  await page.getByText('(build e2e-one)').waitFor();
  expect(await page.getByText('Update available').count()).toBe(0);

  // Half-typed, not saved.
  await page.getByLabel('Your name').fill('Alex Half-Typed');

  buildApp(siteDir, 'e2e-two');
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
  await page.getByText('Update available').waitFor({ timeout: 30000 });
  mkdirSync('/tmp/shots', { recursive: true });
  await page.screenshot({ path: '/tmp/shots/foundation-update-prompt-360.png' });

  const reloaded = page.waitForEvent('load', { timeout: 30000 });
  await page.getByRole('button', { name: 'Update now' }).click();
  await reloaded;

  await page.getByText('(build e2e-two)').waitFor();
  expect(await page.getByLabel('Your name').inputValue()).toBe('Alex Half-Typed');
  expect(await page.getByText('These are changes you had not saved yet.').count()).toBe(1);
  expect(await page.getByText('Update available').count()).toBe(0);
  // The new version now controls the page, and nothing was saved behind the user's back.
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.reload();
  await page.getByText('(build e2e-two)').waitFor();
  expect(await page.getByLabel('Your name').inputValue()).toBe('Alex Half-Typed');

  expect(requests.filter((u) => !u.startsWith(ORIGIN) && !/^(data|blob):/.test(u))).toEqual([]);
}, 240000);
