#!/usr/bin/env node
// npm run lighthouse: builds the app, serves it with `vite preview` (same headers as in use), and
// runs Lighthouse 12 (mobile preset: a mid-range phone on a slow 4G network, simulated) in
// Debian's Chromium, on the first visit (setup) and on Home with a profile set up. Prints
// performance, accessibility and best practices against the goals (0.95, 1.0, 1.0) with every
// audit that cost points, and exits 1 when a goal is missed.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4185);
const URL_TO_TEST = `http://127.0.0.1:${PORT}/`;
const GOALS = { performance: 0.95, accessibility: 1, 'best-practices': 1 };

async function startPreview() {
  const server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(PORT), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(URL_TO_TEST)).ok) return server;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-server.pid, 'SIGTERM');
  throw new Error(`vite preview did not start on port ${PORT} (is the app built? run: npx vite build)`);
}

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--no-first-run',
];

/** A browser profile in which the app has been set up (a profile record written to its
 * database), so that Lighthouse can measure Home as a returning user sees it. */
async function profileWithSetup(dir) {
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, args: FLAGS.slice(1), headless: true });
  const page = await context.newPage();
  await page.goto(URL_TO_TEST);
  await page.locator('h1').first().waitFor();
  await page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const open = indexedDB.open('safeguarding-passport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const at = new Date().toISOString();
          const tx = open.result.transaction('profile', 'readwrite');
          tx.objectStore('profile').put({
            id: 'profile',
            createdAt: at,
            updatedAt: at,
            name: 'Alex Practitioner',
            jobTitle: 'Family support worker',
            employer: 'Solihull MBC',
            volunteer: false,
            frameworkId: 'solihull',
            groupId: null,
            roleId: null,
            roleTitle: '',
            flags: {},
            extraFrameworkIds: [],
            previousFrameworkIds: [],
            schemes: [],
            yearBasis: 'rolling',
            lastSupervisionDate: null,
            appraisalYearStartMonth: null,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
  );
  await page.reload();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();
  await context.close();
}

async function audit(label, userDataDir) {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS, userDataDir });
  try {
    const result = await lighthouse(URL_TO_TEST, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(GOALS),
      // Keep the set-up profile (Lighthouse clears site data by default).
      disableStorageReset: Boolean(userDataDir),
    });
    const lhr = result.lhr;
    const file = `test-results/lighthouse-${label.toLowerCase().replace(/\W+/g, '-').replace(/-$/, '')}.json`;
    writeFileSync(file, result.report);
    console.log(`\n${label}: Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} preset, ${URL_TO_TEST}`);
    let ok = true;
    for (const [id, goal] of Object.entries(GOALS)) {
      const category = lhr.categories[id];
      const score = category.score ?? 0;
      ok &&= score >= goal;
      console.log(`  ${category.title.padEnd(16)} ${score.toFixed(2)}   goal >= ${goal.toFixed(2)} ${score >= goal ? 'met' : 'MISSED'}`);
      for (const ref of category.auditRefs) {
        const a = lhr.audits[ref.id];
        if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`      ${a.title}: ${a.displayValue ?? ''} (score ${a.score})`);
      }
    }
    const m = (id) => lhr.audits[id]?.displayValue ?? '';
    console.log(
      `  First Contentful Paint ${m('first-contentful-paint')}, Largest Contentful Paint ${m('largest-contentful-paint')}, Total Blocking Time ${m('total-blocking-time')}, Cumulative Layout Shift ${m('cumulative-layout-shift')}`,
    );
    console.log(`  Full report: ${file}`);
    return ok;
  } finally {
    await chrome.kill();
  }
}

mkdirSync('test-results', { recursive: true });
const server = await startPreview();
const dir = mkdtempSync(join(tmpdir(), 'lighthouse-profile-'));
let allMet = true;
try {
  allMet = (await audit('First visit (setup)', undefined)) && allMet;
  await profileWithSetup(dir);
  allMet = (await audit('Home (set up)', dir)) && allMet;
} finally {
  process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
process.exit(allMet ? 0 : 1);
