import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { spawn, spawnSync } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Set by global-setup.ts to a free port (so that several runs at once do not meet). */
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

/** Completes first-run setup with a default profile (the labels of src/ui/components/ProfileFields). */
export async function completeSetup(page: Page, opts: { name?: string; framework?: string; baseUrl?: string } = {}): Promise<void> {
  await page.goto(opts.baseUrl ?? BASE_URL);
  await page.getByLabel('Your name').fill(opts.name ?? 'Alex Practitioner');
  await page.getByLabel('Job title').fill('Family support worker');
  await page.getByLabel('Employer or organisation').fill('Solihull Council');
  await page.getByLabel('Partnership framework').selectOption(opts.framework ?? 'solihull');
  await page.getByRole('button', { name: 'Start using Safeguarding Passport' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
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
