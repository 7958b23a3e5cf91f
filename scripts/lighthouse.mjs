#!/usr/bin/env node
// npm run lighthouse: builds the app, serves it with `vite preview` (same headers as in use), and
// runs Lighthouse 12 (mobile preset: a mid-range phone on a slow 4G network, simulated) in
// Debian's Chromium. Prints performance, accessibility and best practices against the goals
// (0.95, 1.0, 1.0) with every audit that cost points, and exits 1 when a goal is missed.
import { spawn } from 'node:child_process';
import { writeFileSync, mkdirSync } from 'node:fs';
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

const server = await startPreview();
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
});
let missed = false;
try {
  const result = await lighthouse(URL_TO_TEST, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: Object.keys(GOALS),
  });
  const lhr = result.lhr;
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/lighthouse.json', result.report);
  console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor} preset, ${URL_TO_TEST}`);
  for (const [id, goal] of Object.entries(GOALS)) {
    const category = lhr.categories[id];
    const score = category.score ?? 0;
    const ok = score >= goal;
    missed ||= !ok;
    console.log(`  ${category.title.padEnd(16)} ${score.toFixed(2)}   goal >= ${goal.toFixed(2)} ${ok ? 'met' : 'MISSED'}`);
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        console.log(`      ${audit.title}: ${audit.displayValue ?? ''} (score ${audit.score})`);
      }
    }
  }
  const m = (id) => lhr.audits[id]?.displayValue ?? '';
  console.log(`  First Contentful Paint ${m('first-contentful-paint')}, Largest Contentful Paint ${m('largest-contentful-paint')}, Total Blocking Time ${m('total-blocking-time')}, Cumulative Layout Shift ${m('cumulative-layout-shift')}`);
  console.log('  Full report: test-results/lighthouse.json');
} finally {
  await chrome.kill();
  process.kill(-server.pid, 'SIGTERM');
}
process.exit(missed ? 1 : 0);
