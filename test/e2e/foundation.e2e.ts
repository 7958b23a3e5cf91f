/**
 * The foundation in real Chromium, on the built app: first-run setup on a phone, persistence,
 * offline use (reload, cold start, a write while offline), the service worker, the manifest and
 * installability, security headers, and no request leaving the origin. One persistent profile
 * (service worker and IndexedDB kept) runs the journey in order.
 * Screenshots go to /tmp/shots (not the repository).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import {
  BASE_URL,
  completeSetup,
  launch,
  launchPersistent,
  offOrigin,
  openScreen,
  recordRequests,
  SCREENS,
  showScreen,
  type Screen,
} from './harness';
import { CSP, CSP_HEADER } from '../../vite.config';

const SHOTS = '/tmp/shots';
const SHOT = (name: string) => `${SHOTS}/foundation-${name}.png`;
let profileDir: string;
let context: BrowserContext;
let page: Page;
const cspViolations: string[] = [];

function watch(p: Page) {
  p.on('console', (m) => {
    if (/Content.Security.Policy/i.test(m.text())) cspViolations.push(m.text());
  });
}

/** Every request of the session, one list per browser start. */
const allRequests: string[][] = [];

/** Starts the browser on the persistent profile (again, for a cold start). */
async function open(): Promise<void> {
  context = await launchPersistent(profileDir);
  allRequests.push(recordRequests(context));
  page = context.pages()[0] ?? (await context.newPage());
  watch(page);
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  profileDir = mkdtempSync(join(tmpdir(), 'sp-e2e-foundation-'));
  await open();
});

afterAll(async () => {
  await context?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

const NAV_SCREENS = {
  Home: SCREENS.home,
  Record: SCREENS.record,
  Pathway: SCREENS.pathway,
  Portfolio: SCREENS.portfolio,
  Settings: SCREENS.settings,
};

/** Waits until that screen of the shell is shown (its heading and its nav item marked current). */
async function onScreen(p: Page, navItem: keyof typeof NAV_SCREENS): Promise<void> {
  const screen: Screen = NAV_SCREENS[navItem];
  await showScreen(p, screen);
}

const controlled = (p: Page) => p.evaluate(() => navigator.serviceWorker.controller !== null);

test('first-run setup on a 360 px phone lands on Home with the navigation in thumb reach', async () => {
  await openScreen(page, SCREENS.setup);
  // Submitting nothing says what is missing, in a focused summary.
  await page.getByRole('button', { name: 'Start using Safeguarding Passport' }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.className)).toBe('error-summary');
  await page.screenshot({ path: SHOT('setup-errors-360'), fullPage: true });
  await completeSetup(page, { name: 'Alex Practitioner' });
  await onScreen(page, 'Home');
  const nav = await page.getByRole('navigation', { name: 'Main' }).boundingBox();
  expect(nav!.y + nav!.height).toBeLessThanOrEqual(780);
  expect(nav!.y).toBeGreaterThan(780 / 2);
  for (const name of ['Home', 'Record', 'Pathway', 'Portfolio', 'Settings']) {
    const box = await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).boundingBox();
    expect(box!.height).toBeGreaterThanOrEqual(24);
    expect(box!.width).toBeGreaterThanOrEqual(24);
  }
  // No horizontal scrolling on a 360 px screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.screenshot({ path: SHOT('home-360') });
});

test('the profile survives a reload, and Settings shows it; navigation moves focus to the heading', async () => {
  await page.reload();
  await onScreen(page, 'Home');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await onScreen(page, 'Settings');
  await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('screen-title');
  expect(await page.getByLabel('Your name').inputValue()).toBe('Alex Practitioner');
  expect(await page.getByLabel('Partnership framework').inputValue()).toBe('solihull');
  await page.screenshot({ path: SHOT('settings-360'), fullPage: true });
});

test('the service worker controls the page', async () => {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await controlled(page))) await page.reload();
  expect(await controlled(page)).toBe(true);
  const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.scope));
  expect(scope).toBe(BASE_URL);
});

test('offline: reload, every screen, a write while offline that persists, and a cold start', async () => {
  // Lazily loaded screens were never visited online: they come from the precache.
  await context.setOffline(true);
  await page.goto(`${BASE_URL}#/`);
  await page.reload();
  await onScreen(page, 'Home');
  for (const item of ['Record', 'Pathway', 'Portfolio', 'Settings'] as const) {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: item }).click();
    await onScreen(page, item);
  }
  await page.getByRole('link', { name: 'Browse the partnership frameworks' }).click();
  await showScreen(page, SCREENS.frameworks);
  expect(await page.locator('text=could not be loaded').count()).toBe(0);

  // A write while offline.
  await openScreen(page, SCREENS.settings);
  await page.getByLabel('Job title').fill('Senior family support worker');
  await page.getByRole('button', { name: 'Save your details' }).click();
  await page.getByText('Your details are saved.').waitFor();
  await page.reload();
  await onScreen(page, 'Settings');
  expect(await page.getByLabel('Job title').inputValue()).toBe('Senior family support worker');

  // Cold start: a new page, then the whole browser closed and started again, still offline.
  const second = await context.newPage();
  watch(second);
  await second.goto(`${BASE_URL}#/settings`);
  await onScreen(second, 'Settings');
  expect(await second.getByLabel('Job title').inputValue()).toBe('Senior family support worker');
  await second.close();

  await context.close();
  await open();
  await context.setOffline(true);
  await page.goto(BASE_URL);
  await onScreen(page, 'Home');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await onScreen(page, 'Settings');
  expect(await page.getByLabel('Job title').inputValue()).toBe('Senior family support worker');
  await context.setOffline(false);
});

test('the manifest is valid and the app is installable (Chromium DevTools protocol)', async () => {
  await page.goto(BASE_URL);
  await onScreen(page, 'Home');
  const cdp = await context.newCDPSession(page);
  const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data: string };
  expect(manifest.url).toBe(`${BASE_URL}manifest.webmanifest`);
  expect(manifest.errors).toEqual([]);
  const data = JSON.parse(manifest.data) as Record<string, unknown>;
  expect(data).toMatchObject({ name: 'Safeguarding Passport', display: 'standalone', start_url: './', scope: './' });
  const icons = data.icons as Array<{ sizes: string; purpose: string; src: string }>;
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of icons) {
    const r = await fetch(new URL(icon.src, BASE_URL));
    expect(r.headers.get('content-type')).toBe('image/png');
  }
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: unknown[] };
  expect(installabilityErrors).toEqual([]);
  await cdp.detach();
});

test('a strict Content-Security-Policy on the preview server and in the meta tag; no inline scripts', async () => {
  const r = await fetch(BASE_URL);
  const header = r.headers.get('content-security-policy');
  expect(header).toBe(CSP_HEADER);
  expect(header).toContain("frame-ancestors 'none'");
  expect(r.headers.get('x-frame-options')).toBe('DENY');
  const scriptSrc = CSP.split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('script-src'));
  // WebAssembly compilation only (the photo reader); never 'unsafe-eval'.
  expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
  expect(CSP).not.toContain("'unsafe-eval'");
  expect(CSP).not.toContain('unsafe-inline');
  expect(CSP).not.toMatch(/https?:/);
  const html = await r.text();
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
  expect(meta).toBe(CSP);
  // Every script has a src: no inline registration or bootstrap code.
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  expect(scripts.length).toBeGreaterThan(0);
  for (const [, attrs, body] of scripts) {
    expect(attrs).toMatch(/\bsrc="/);
    expect(body.trim()).toBe('');
  }
  expect(readFileSync('dist/index.html', 'utf8')).toContain('rel="manifest" href="./manifest.webmanifest"');
  expect(cspViolations).toEqual([]);
});

test('screenshots at 360 px and 1280 px, light and dark', async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${BASE_URL}#/settings`);
  await onScreen(page, 'Settings');
  await page.screenshot({ path: SHOT('settings-1280') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: SHOT('settings-1280-dark') });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(`${BASE_URL}#/`);
  await onScreen(page, 'Home');
  await page.screenshot({ path: SHOT('home-360-dark') });
  await page.emulateMedia({ colorScheme: 'light' });
});

test('where the browser refuses IndexedDB (some private windows), the page says what happened and what to do', async () => {
  const refused = await context.newPage();
  watch(refused);
  await refused.addInitScript(() => {
    IDBFactory.prototype.open = function open(): IDBOpenDBRequest {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  await refused.goto(BASE_URL);
  await refused.getByRole('heading', { name: 'Your record cannot be opened' }).waitFor();
  const alert = await refused.getByRole('alert').textContent();
  expect(alert).toContain('This browser is not letting the app store data');
  expect(alert).toContain('Open the app in a normal window');
  await refused.screenshot({ path: SHOT('storage-refused-360') });
  await refused.close();
});

test("with the browser's text size doubled, setup and the navigation fit a 360 px screen without sideways scrolling", async () => {
  const browser = await launch();
  try {
    const big = await browser.newPage({ viewport: { width: 360, height: 780 } });
    allRequests.push(recordRequests(big));
    const cdp = await big.context().newCDPSession(big);
    // The user's default font size setting (16 px normally), as a browser's text size option sets it.
    await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
    await openScreen(big, SCREENS.setup);
    await big.getByLabel('Partnership framework').selectOption('coventry');
    await big.getByLabel('Your group in this framework').waitFor();
    expect(await big.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
    expect(await big.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await completeSetup(big);
    const nav = await big.getByRole('navigation', { name: 'Main' }).boundingBox();
    expect(nav!.x + nav!.width).toBeLessThanOrEqual(360);
    expect(nav!.y + nav!.height).toBeLessThanOrEqual(780);
    // Items that do not fit scroll inside the bar and stay reachable.
    await big.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await onScreen(big, 'Settings');
    await big.screenshot({ path: SHOT('settings-360-text-200') });
  } finally {
    await browser.close();
  }
});

test('no request left the origin during the whole session', () => {
  const all = allRequests.flat();
  expect(all.length).toBeGreaterThan(10);
  expect(offOrigin(all)).toEqual([]);
});
