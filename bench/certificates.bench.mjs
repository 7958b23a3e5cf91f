// Certificate reading: accuracy per field and time per certificate, on the generated corpus
// (test/fixtures/certificates, `npm run corpus`), in Chromium through the app's own reader worker
// (bench/certificates-page.html, built for production). Text PDFs are read as they are; photos are
// made from the same PDFs in the page (bench/certificate-photo.ts: rotated up to 10 degrees,
// keystone perspective, shadow, noise, JPEG, 1,500-3,000 px) and read with tesseract.js. Prints one
// line per kind, e.g. "pdf: title 100% date 100% hours 100% match 100% median 40 ms", then the
// wrong dates (which must stay 0: an uncertain date is left empty), the first read apart (the
// worker starting), 12-megapixel photos, and the load average.
// CERT_PHOTOS=n reads only the first n photos; SAVE_PHOTOS=dir keeps the photos there.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile, preview } from 'vite';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURES = join(ROOT, 'test/fixtures/certificates');
const FIELDS = ['title', 'date', 'hours', 'match', 'provider', 'participant'];

const pct = (n, of) => `${Math.round((100 * n) / of)}%`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

function report(kind, results, extra) {
  const [first, ...rest] = results;
  const count = (f, outcome) => results.filter((r) => r.score?.[f] === outcome).length;
  const parts = FIELDS.slice(0, 4).map((f) => `${f} ${pct(count(f, 'right'), results.length)}`);
  console.log(`${kind}: ${parts.join(' ')} median ${Math.round(median(rest.map((r) => r.ms)))} ms`);
  console.log(
    `  ${results.length} certificates; also provider ${pct(count('provider', 'right'), results.length)}, participant ${pct(count('participant', 'right'), results.length)}; ` +
      `wrong dates: ${count('date', 'wrong')} (left empty ${count('date', 'empty')}); first read ${Math.round(first.ms)} ms (worker starting); slowest ${Math.round(Math.max(...rest.map((r) => r.ms)))} ms${extra ? `; ${extra}` : ''}`,
  );
  const wrong = results.filter((r) => !r.score || FIELDS.slice(0, 4).some((f) => r.score[f] !== 'right'));
  if (wrong.length)
    console.log(
      `  not right: ${wrong
        .map(
          (r) =>
            `${r.id} (${
              r.score
                ? FIELDS.slice(0, 4)
                    .filter((f) => r.score[f] !== 'right')
                    .map((f) => `${f} ${r.score[f]}`)
                    .join(', ')
                : 'not read'
            })`,
        )
        .join('; ')}`,
    );
}

export default async function () {
  const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8'));
  const photoCount = Number(process.env.CERT_PHOTOS ?? truth.length);
  const saveDir = process.env.SAVE_PHOTOS;
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  const outDir = mkdtempSync(join(tmpdir(), 'cert-bench-'));
  // The app's plugin that serves the OCR model from the app's origin (vite.config.ts).
  const app = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'vite.config.ts'), ROOT, 'error');
  const ocrModel = () => app.config.plugins.flat().filter((p) => p && p.name === 'ocr-model');
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    base: './',
    plugins: ocrModel(),
    worker: { format: 'es', plugins: ocrModel },
    build: { outDir, emptyOutDir: true, target: 'es2022', rollupOptions: { input: join(ROOT, 'bench/certificates-page.html') } },
  });
  const server = await preview({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 4196, strictPort: true },
  });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const debug = process.env.CERT_DEBUG;
  try {
    const page = await browser.newPage();
    await page.goto('http://127.0.0.1:4196/bench/certificates-page.html');
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'ready', null, { timeout: 120000 });
    const pdf = (id) => [...readFileSync(join(FIXTURES, 'pdf', `${id}.pdf`))];

    if (!process.env.CERT_PHOTOS_ONLY) {
      const loadBefore = load();
      const results = [];
      for (const c of truth)
        results.push({ id: c.id, ...(await page.evaluate(([b, t]) => window.readOne(b, 'pdf', t), [pdf(c.id), c.truth])) });
      report('pdf', results, `goal 300 ms; load average ${loadBefore} -> ${load()}`);
    }

    const loadBefore = load();
    const photos = [];
    const only = process.env.CERT_IDS?.split(',');
    for (const [i, c] of truth.slice(0, photoCount).entries()) {
      if (only && !only.includes(c.id)) continue;
      const r = await page.evaluate(([b, seed, t]) => window.photoOne(b, seed, t), [pdf(c.id), 1000 + i, c.truth]);
      photos.push({ id: c.id, ...r });
      if (saveDir) writeFileSync(join(saveDir, `${c.id}.jpg`), Buffer.from(r.jpeg, 'base64'));
      if (debug && (!r.score || FIELDS.slice(0, 4).some((f) => r.score[f] !== 'right')))
        console.log(
          `--- ${c.id} ${r.width}x${r.height} rot ${r.rotation.toFixed(1)}\n${r.text}\n${JSON.stringify(r.fields)}\n${JSON.stringify(r.score)}`,
        );
    }
    const longest = Math.max(...photos.map((p) => p.longestTask));
    report(
      'photo',
      photos,
      `${Math.min(...photos.map((p) => p.width))}-${Math.max(...photos.map((p) => p.width))} px wide; longest main-thread task while reading ${Math.round(longest)} ms; load average ${loadBefore} -> ${load()}`,
    );

    // Scanned PDFs (a photo as the page, no text layer): the first page drawn by pdf.js, then OCR.
    const scans = [];
    for (const [i, c] of truth.slice(0, 5).entries())
      scans.push({ id: c.id, ...(await page.evaluate(([b, seed, t]) => window.scanOne(b, seed, t), [pdf(c.id), 3000 + i, c.truth])) });
    report('scanned pdf', scans, `load average ${load()}`);

    // 12-megapixel photos (4,000 x 3,000), as a phone camera takes them: time only.
    const big = [];
    for (const [i, c] of truth.slice(0, 5).entries())
      big.push(await page.evaluate(([b, seed, t]) => window.photoOne(b, seed, t, 4000), [pdf(c.id), 2000 + i, c.truth]));
    console.log(
      `12-megapixel photos (4,000 x 3,000, ${(median(big.map((b) => b.jpeg.length * 0.75)) / 1e6).toFixed(1)} MB JPEG): median ${Math.round(median(big.map((b) => b.ms)))} ms over ${big.length} (goal 4,000 ms), ` +
        `${big.filter((b) => b.score && b.score.date === 'right').length}/${big.length} dates right; load average ${load()} on ${process.env.NPROC ?? 2} cores`,
    );
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
