// PDF portfolio speed and size, in Chromium, through the app's own worker, against the raw jsPDF
// floor measured in the same page and run. Served by Vite (dev server) from bench/pdf-page.html.
import { createServer } from 'vite';
import { chromium } from 'playwright-core';

const CASES = [
  { name: 'appraisal, 1 year: 100 entries, 50 reflections, 20 photos', goalMs: 500, c: { preset: 'appraisal', entries: 100, reflections: 50, photos: 20 } },
  { name: 'full record: 5,000 entries', goalMs: 2000, c: { preset: 'full', entries: 5000, reflections: 0, photos: 0 } },
];
const RUNS = 3;

export default async function () {
  const server = await createServer({
    server: { port: 4195, strictPort: true, hmr: false },
    logLevel: 'error',
    // Pre-bundle what the worker imports, so that discovering it does not reload the page.
    optimizeDeps: { entries: ['bench/pdf-page.html'], include: ['jspdf', 'jspdf-autotable', 'pdf-lib', 'date-fns'] },
  });
  await server.listen();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const open = async () => {
      await page.goto('http://127.0.0.1:4195/bench/pdf-page.html');
      await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, { timeout: 120000 });
    };
    await open();
    // Warm-up: the dev server transforms the worker's modules on first use.
    await page.evaluate((c) => window.runCase(c), { preset: 'supervision', entries: 10, reflections: 2, photos: 1 });
    await open();
    for (const { name, goalMs, c } of CASES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await page.evaluate((x) => window.runCase(x), c));
      const median = (k) => runs.map((r) => r[k]).sort((a, b) => a - b)[Math.floor(runs.length / 2)];
      const ms = median('ms');
      const floorMs = median('floorMs');
      const r = runs[0];
      console.log(`${name}: ${ms.toFixed(0)} ms (goal <= ${goalMs} ms, ${ms <= goalMs ? 'met' : 'NOT met'}); raw jsPDF floor ${floorMs.toFixed(0)} ms (${(ms / floorMs).toFixed(1)}x); ${r.pages} pages; longest main-thread task ${Math.max(...runs.map((x) => x.longestTask)).toFixed(0)} ms (goal <= 50)`);
      console.log(`  time up to each stage: ${Object.entries(runs[runs.length - 1].stages).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
      if (r.imageBytes) {
        const budget = 1.1 * r.imageBytes + 200 * 1024;
        console.log(`  size: PDF ${(r.size / 1024).toFixed(0)} KB, embedded photos ${(r.imageBytes / 1024).toFixed(0)} KB, budget 1.1x + 200 KB = ${(budget / 1024).toFixed(0)} KB (${r.size <= budget ? 'met' : 'NOT met'})`);
      } else {
        console.log(`  size: PDF ${(r.size / 1024).toFixed(0)} KB`);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}
