import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4179);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}/`;

/** Flags that keep Chromium from reaching out to the network by itself (closed network here). */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS, headless: true });
}

/** A persistent profile (service worker and IndexedDB survive across pages and restarts). */
export async function launchPersistent(userDataDir: string, viewport = { width: 360, height: 780 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: ARGS,
    headless: true,
    viewport,
  });
}

/** Records every request a page makes, so a test can assert none leaves the origin. */
export function recordRequests(target: Page | BrowserContext): string[] {
  const urls: string[] = [];
  target.on('request', (r) => urls.push(r.url()));
  return urls;
}

export function offOrigin(urls: string[]): string[] {
  return urls.filter((u) => !u.startsWith(BASE_URL) && !u.startsWith('data:') && !u.startsWith('blob:'));
}

/** Completes first-run setup with a default profile. */
export async function completeSetup(page: Page, opts: { name?: string; framework?: string } = {}): Promise<void> {
  await page.goto(BASE_URL);
  await page.getByLabel('Your name').fill(opts.name ?? 'Alex Practitioner');
  await page.getByLabel('Job title').fill('Family support worker');
  await page.getByLabel('Partnership framework').selectOption(opts.framework ?? 'solihull');
  await page.getByRole('button', { name: /start/i }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
