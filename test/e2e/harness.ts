/**
 * The one set-up of the Chromium browser tests (playwright-core): launching, the page objects
 * (open a screen and wait for that very screen), first-run setup, the raw IndexedDB helpers, the
 * axe helper, and the build and preview servers. Test files import these; none copies them.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SCREENS, screenQuery, screenStateInPage, type Screen, type ScreenState } from './screens';

export { SCREENS, trainingScreen, type Screen } from './screens';

let filesDir: string | undefined;
/**
 * Writes a test file to disk and returns its path, for `setInputFiles(path)`: the browser reads a
 * local path itself, whereas a buffer of many MB is sent base64 through the DevTools protocol,
 * which took over 30 s on a busy 2-core machine (a 25 MB buffer timed out in CI).
 */
export function fileOnDisk(name: string, bytes: Uint8Array): string {
  filesDir ??= mkdtempSync(join(tmpdir(), 'sp-e2e-files-'));
  const path = join(filesDir, name);
  writeFileSync(path, bytes);
  return path;
}

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Set by global-setup.ts to a free port (so that several runs at once do not meet). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 4179);
export const BASE_URL = `http://127.0.0.1:${E2E_PORT}/`;

/** Flags that keep Chromium from reaching out to the network by itself (closed network here);
 * the cross-engine driver (test/engines/driver.ts) launches Chromium with the same. */
export const CHROMIUM_ARGS = [
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
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A persistent profile (service worker and IndexedDB survive across pages and restarts). */
export async function launchPersistent(userDataDir: string, viewport = { width: 360, height: 780 }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
  });
}

export interface SetUpPhone {
  context: BrowserContext;
  page: Page;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

/**
 * A phone-sized browser on a new persistent profile with first-run set-up done on `framework`:
 * what most single-flow browser tests start from (beforeAll: open; afterAll: close). Also makes
 * sure the screenshot folder exists.
 */
export async function setUpPhone(name: string, framework: string): Promise<SetUpPhone> {
  mkdirSync('/tmp/shots', { recursive: true });
  const profileDir = mkdtempSync(join(tmpdir(), `sp-e2e-${name}-`));
  const context = await launchPersistent(profileDir);
  const page = context.pages()[0] ?? (await context.newPage());
  await completeSetup(page, { framework });
  return {
    context,
    page,
    async close() {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
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

/** A new browser context the size of a phone (360 x 780), downloads allowed. */
export async function phone(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
  return { context, page: await context.newPage() };
}

/**
 * Page object core: waits until `screen` is the one shown (its own heading, current navigation
 * item and tab) and has settled (nothing still loading); fails at once, saying so, if the screen
 * could not be loaded or crashed.
 */
export async function showScreen(page: Page, screen: Screen, timeout = 30_000): Promise<void> {
  let state: ScreenState | false;
  try {
    state = (await (await page.waitForFunction(screenStateInPage, screenQuery(screen, true), { timeout })).jsonValue()) as ScreenState;
  } catch (error) {
    const now = await page.evaluate(screenStateInPage, screenQuery(screen, false)).catch(() => null);
    throw new Error(`The screen "${String(screen.heading)}" was not shown at ${page.url()} (${JSON.stringify(now)})`, { cause: error });
  }
  if (state && state.failed) throw new Error(`The screen "${String(screen.heading)}" failed to load at ${page.url()}.`);
}

/** Goes to a screen by its address and waits for it (page object: open). */
export async function openScreen(page: Page, screen: Screen, baseUrl = BASE_URL): Promise<void> {
  await page.goto(`${baseUrl}${screen.route}`);
  await showScreen(page, screen);
}

/** The WCAG 2.0/2.1/2.2 A and AA rules the accessibility gate applies. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the page as it is now: one line per violation, naming where, the rule and the elements. */
export async function axeViolations(page: Page, where: string): Promise<string[]> {
  const result = await new AxeBuilder({ page } as unknown as ConstructorParameters<typeof AxeBuilder>[0]).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${where}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(', ')}`,
  );
}

/** Runs in the page: opens the app's database with the raw IndexedDB API (no app code involved). */
async function inDb<T>(page: Page, store: string, write: unknown[] | null, read: 'all' | 'count' | 'none'): Promise<T> {
  return page.evaluate(
    ({ store, write, read }) =>
      new Promise<T>((resolve, reject) => {
        const open = indexedDB.open('safeguarding-passport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction(store, write ? 'readwrite' : 'readonly');
          const objects = tx.objectStore(store);
          for (const row of write ?? []) objects.put(row);
          const req = read === 'all' ? objects.getAll() : read === 'count' ? objects.count() : null;
          tx.oncomplete = () => {
            open.result.close();
            resolve((req ? req.result : undefined) as T);
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, write, read },
  );
}

/** Writes rows straight into a table of the app's database, as if stored earlier. */
export const putRows = (page: Page, store: string, rows: object[]): Promise<void> => inDb(page, store, rows, 'none');
/** Every row of a table of the app's database, read with the raw IndexedDB API. */
export const readRows = <T = Record<string, unknown>>(page: Page, store: string): Promise<T[]> => inDb(page, store, null, 'all');
/** The number of rows in a table of the app's database. */
export const countRows = (page: Page, store: string): Promise<number> => inDb(page, store, null, 'count');

/** Completes first-run setup with a default profile (the labels of src/ui/components/ProfileFields)
 * and waits for Home. */
export async function completeSetup(page: Page, opts: { name?: string; framework?: string; baseUrl?: string } = {}): Promise<void> {
  await openScreen(page, SCREENS.setup, opts.baseUrl ?? BASE_URL);
  await page.getByLabel('Your name').fill(opts.name ?? 'Alex Practitioner');
  await page.getByLabel('Job title').fill('Family support worker');
  await page.getByLabel('Employer or organisation').fill('Solihull Council');
  await page.getByLabel('Partnership framework').selectOption(opts.framework ?? 'solihull');
  await page.getByRole('button', { name: 'Start using Safeguarding Passport' }).click();
  await showScreen(page, SCREENS.home);
}

/** Builds the app into `outDir` (not dist/, which the main preview server serves) with a build id,
 * as a deployment would. */
export function buildApp(outDir: string, buildId: string): void {
  const r = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
    {
      // NODE_ENV=test (set by vitest) would make a development build without the service worker.
      env: { ...process.env, NODE_ENV: 'production', SP_BUILD_ID: buildId },
      encoding: 'utf8',
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed: ${r.stderr}`);
}

/** Serves `outDir` with `vite preview` (same headers as the real preview); returns a stop function. */
export async function startPreview(outDir: string, port: number): Promise<() => void> {
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      if (server.pid) process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return stop;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`The preview server on port ${port} did not start within 30 s.`);
}

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
