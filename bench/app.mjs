// What the browser benches of the built app share: serving dist/ with `vite preview` on a free
// port, Debian's Chromium, and the first-run set-up of a profile.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * `entry` (a path under the repository) bundled as the app ships its code (one minified ES
 * module), then imported. Node benches time this rather than the dev module runner, whose
 * per-import indirection would be added to every call.
 */
export async function importBundled(entry, name) {
  const out = await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: join(ROOT, entry), formats: ['es'], fileName: name },
    },
  });
  const chunk = (Array.isArray(out) ? out[0] : out).output.find((o) => o.type === 'chunk');
  const dir = mkdtempSync(join(tmpdir(), `sp-${name}-`));
  const file = join(dir, `${name}.mjs`);
  writeFileSync(file, chunk.code);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A bench page (`bench/<name>.html`, with its workers) built into a temporary folder and served
 * with `vite preview` on a free port: { url, close }. The page runs the app's own modules in a
 * real browser without the app around them.
 */
export async function serveBenchPage(name) {
  const outDir = mkdtempSync(join(tmpdir(), `${name}-`));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    base: './',
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(ROOT, `bench/${name}.html`) } },
  });
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { port, strictPort: true },
  });
  return {
    url: `http://127.0.0.1:${port}/bench/${name}.html`,
    close: async () => {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}

/** A TCP port nobody listens on right now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Serves `outDir` (default dist/) with `vite preview` on a free port: { base, stop }. */
export async function startPreview(outDir = 'dist') {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--outDir', outDir, '--port', String(port), '--strictPort'],
    { cwd: ROOT, stdio: 'ignore', detached: true },
  );
  const stop = () => {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const base = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(base)).ok) return { base, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not start on port ${port} within 30 s`);
}

/** The built app served and Chromium launched; `fn(browser, base)`, then both closed. */
export async function withApp(fn) {
  if (!existsSync(`${ROOT}dist/index.html`)) throw new Error('Build the app first: npx vite build');
  const { base, stop } = await startPreview();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  try {
    return await fn(browser, base);
  } finally {
    await browser.close();
    stop();
  }
}

/** First-run set-up: a profile on Solihull's framework, then Home. */
export async function setupProfile(page, base) {
  await page.goto(base);
  await page.getByLabel('Your name').fill('Bench Practitioner');
  await page.getByLabel('Job title').fill('Family support worker');
  const employer = page.getByLabel('Employer or organisation');
  if (await employer.count()) await employer.fill('Council');
  await page.getByLabel('Partnership framework').selectOption('solihull');
  await page.getByRole('button', { name: /start/i }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
}
