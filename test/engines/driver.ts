/**
 * The thin driver interface the cross-engine suite is written against, and its three
 * implementations: Chromium (playwright-core), Firefox ESR (puppeteer-core over WebDriver BiDi,
 * no geckodriver) and WebKit (WebKitWebDriver with WebKitGTK's MiniBrowser, through
 * selenium-webdriver; it needs a display: scripts/test-engines.mjs starts xvfb-run). Nothing is
 * downloaded: every browser is a Debian package.
 *
 * The suite drives the page with small self-contained functions run in the page (`evaluate`), so
 * the same flow runs unchanged in every engine. Each function is sent as a function, never as a
 * string to evaluate in the page (the app's Content-Security-Policy forbids eval).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, request, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_ARGS, freePort } from '../e2e/harness';

export type Engine = 'chromium' | 'firefox' | 'webkit';
export const ALL_ENGINES: Engine[] = ['chromium', 'firefox', 'webkit'];
/** SP_ENGINES=firefox,webkit runs only those. */
export const ENGINES: Engine[] = process.env.SP_ENGINES
  ? (process.env.SP_ENGINES.split(',').filter((e) => ALL_ENGINES.includes(e as Engine)) as Engine[])
  : ALL_ENGINES;

export const BROWSERS = {
  chromium: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  firefox: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
  webkit: process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
  webkitDriver: process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver',
};

/** What each engine needs that is missing, with the Debian package that provides it. */
export function missingBrowser(engine: Engine): string | null {
  const need: Record<Engine, Array<[string, string]>> = {
    chromium: [[BROWSERS.chromium, 'chromium']],
    firefox: [[BROWSERS.firefox, 'firefox-esr']],
    webkit: [
      [BROWSERS.webkitDriver, 'webkit2gtk-driver'],
      [BROWSERS.webkit, 'webkit2gtk-driver (MiniBrowser)'],
    ],
  };
  const missing = need[engine].filter(([path]) => !existsSync(path));
  if (engine === 'webkit' && !process.env.DISPLAY) missing.push(['a display', 'xvfb (run under xvfb-run)']);
  return missing.length ? missing.map(([path, pkg]) => `${path} (apt-get install ${pkg})`).join(', ') : null;
}

export interface Driver {
  readonly engine: Engine;
  /** Loads a URL and waits for the document to load. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Runs a self-contained function in the page with one JSON argument; returns its JSON result. */
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  /** Runs script source in the page (to inject a library such as axe-core, past the page's CSP). */
  inject(source: string): Promise<void>;
  /** Asks for a viewport this wide; returns the width the page actually has (WebKitGTK's window
   * has a minimum width). */
  resize(width: number, height: number): Promise<number>;
  /** A PNG of the viewport. */
  screenshot(path: string): Promise<void>;
  quit(): Promise<void>;
}

const wrap = (fn: (arg: never) => unknown) => `(${fn.toString()})`;
const innerWidth = () => window.innerWidth;

async function chromiumDriver(): Promise<Driver> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: BROWSERS.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage({ viewport: { width: 1024, height: 780 } });
  return {
    engine: 'chromium',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    inject: async (source) => void (await page.evaluate(source)),
    resize: async (width, height) => {
      await page.setViewportSize({ width, height });
      return page.evaluate(innerWidth);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    quit: () => browser.close(),
  };
}

async function firefoxDriver(): Promise<Driver> {
  const puppeteer = (await import('puppeteer-core')).default;
  const profile = mkdtempSync(join(tmpdir(), 'sp-engines-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: BROWSERS.firefox,
    protocol: 'webDriverBiDi',
    headless: true,
    userDataDir: profile,
    defaultViewport: { width: 1024, height: 780 },
    protocolTimeout: 120_000,
    // Keep Firefox off the network by itself (closed network here), and quiet.
    extraPrefsFirefox: {
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return {
    engine: 'firefox',
    goto: async (url) => void (await page.goto(url)),
    reload: async () => void (await page.reload()),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg as never) as never,
    inject: async (source) => void (await page.evaluate(source)),
    resize: async (width, height) => {
      await page.setViewport({ width, height });
      return page.evaluate(innerWidth);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    quit: async () => {
      try {
        await browser.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

async function webkitDriver(): Promise<Driver> {
  const { Builder } = await import('selenium-webdriver');
  const port = await freePort();
  const server: ChildProcess = spawn(BROWSERS.webkitDriver, [`--port=${port}`], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${url}/status`)).ok) break;
    } catch {
      /* not listening yet */
    }
    if (server.exitCode !== null) throw new Error('WebKitWebDriver exited at start.');
    if (Date.now() > deadline) throw new Error('WebKitWebDriver did not start within 60 s.');
    await new Promise((r) => setTimeout(r, 100));
  }
  const driver = await new Builder()
    .usingServer(url)
    .withCapabilities({
      browserName: 'MiniBrowser',
      'webkitgtk:browserOptions': { binary: BROWSERS.webkit, args: ['--automation'] },
    })
    .build();
  await driver.manage().setTimeouts({ script: 120_000, pageLoad: 120_000 });
  await driver.manage().window().setRect({ width: 1024, height: 780 });
  return {
    engine: 'webkit',
    goto: (u) => driver.get(u),
    reload: () => driver.navigate().refresh(),
    evaluate: async (fn, arg) => {
      const result = (await driver.executeAsyncScript(
        `const done = arguments[arguments.length - 1];
         Promise.resolve().then(() => ${wrap(fn as never)}(arguments[0])).then(
           (value) => done({ ok: true, value: value === undefined ? null : value }),
           (error) => done({ ok: false, error: String(error && error.stack || error) }));`,
        arg,
      )) as { ok: boolean; value?: unknown; error?: string };
      if (!result.ok) throw new Error(`In the page: ${result.error}`);
      return result.value as never;
    },
    inject: async (source) => void (await driver.executeScript(`${source};\nreturn true;`)),
    resize: async (width, height) => {
      // The window's outer size; the viewport is what is left inside it.
      await driver.manage().window().setRect({ width, height });
      return (await driver.executeScript('return window.innerWidth;')) as number;
    },
    screenshot: async (path) => writeFileSync(path, Buffer.from(await driver.takeScreenshot(), 'base64')),
    quit: async () => {
      try {
        await driver.quit();
      } finally {
        server.kill('SIGTERM');
      }
    },
  };
}

export function launchDriver(engine: Engine): Promise<Driver> {
  return engine === 'chromium' ? chromiumDriver() : engine === 'firefox' ? firefoxDriver() : webkitDriver();
}

/**
 * A proxy in front of the preview server that the test can cut, as a network that goes away:
 * WebKitGTK has no offline switch, so every engine is taken offline the same way. When cut, new
 * connections are closed at once and open ones are destroyed.
 */
export interface Proxy {
  url: string;
  cut(): void;
  restore(): void;
  /** Requests that reached the proxy since the last call (paths). */
  takeRequests(): string[];
  /** "Deploys a new version": from now on the service worker script is served with different
   * bytes (a comment appended), which is what makes a browser install a waiting worker. */
  deployNewVersion(): void;
  close(): Promise<void>;
}

export async function startProxy(targetPort: number): Promise<Proxy> {
  let up = true;
  let deployed = 0;
  let requests: string[] = [];
  const sockets = new Set<Socket>();
  const server: Server = createHttpServer((req, res) => {
    requests.push(req.url ?? '');
    if (!up) {
      req.socket.destroy();
      return;
    }
    const changed = deployed > 0 && (req.url ?? '').split('?')[0] === '/sw.js';
    const headers = { ...req.headers, host: `127.0.0.1:${targetPort}` };
    if (changed) {
      // The body is edited: ask for it plain and whole (Firefox revalidates the script with
      // If-None-Match, and a 304 would tell it nothing changed).
      for (const h of ['accept-encoding', 'if-none-match', 'if-modified-since'] as const) delete headers[h];
    }
    const upstream = request({ host: '127.0.0.1', port: targetPort, path: req.url, method: req.method, headers }, (r) => {
      if (!changed || r.statusCode !== 200) {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => {
        const body = Buffer.concat([...chunks, Buffer.from(`\n// deployed version ${deployed}\n`)]);
        const { 'content-length': _length, etag: _etag, 'last-modified': _modified, ...rest } = r.headers;
        res.writeHead(200, { ...rest, 'content-length': String(body.length), 'cache-control': 'no-cache' });
        res.end(body);
      });
    });
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connection', (s) => {
    if (!up) {
      s.destroy();
      return;
    }
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    cut: () => {
      up = false;
      for (const s of sockets) s.destroy();
      sockets.clear();
    },
    restore: () => {
      up = true;
    },
    deployNewVersion: () => {
      deployed++;
    },
    takeRequests: () => {
      const r = requests;
      requests = [];
      return r;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
