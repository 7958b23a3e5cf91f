// First-load size of the built app (dist/): the JS and CSS that index.html loads (its entry
// script, modulepreloads and stylesheets, plus any chunk they import statically), gzipped,
// against the goal of 60 KB of JS; the total of all chunks; and where jsPDF is (never in the
// first load). Run `npm run build` first (npm run bench -- size).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, normalize } from 'node:path';

const DIST = 'dist';
// The design card: first-load JS at most 45 KB gzip (heavy parts lazy). The bench says plainly when it is not met.
const GOAL_JS_GZIP = 45 * 1024;

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const gzipSize = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;

/** Files index.html loads at once: module scripts, modulepreloads and stylesheets. */
function htmlAssets(html) {
  const files = new Set();
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = m[0];
    const ref = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!ref || /^[a-z]+:/i.test(ref)) continue;
    const isScript = tag.startsWith('<script');
    const rel = /\brel="([^"]+)"/.exec(tag)?.[1] ?? '';
    if (isScript || rel === 'modulepreload' || rel === 'stylesheet') files.add(normalize(ref.replace(/^\.?\//, '')));
  }
  return files;
}

/** Adds the chunks a JS file imports statically (not `import()`), transitively. */
function addStaticImports(files) {
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
      const dep = normalize(join(file, '..', m[1]));
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return files;
}

const hasJsPdf = (file) => /jsPDF/.test(readFileSync(join(DIST, file), 'utf8'));

export default async function sizeBench() {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.log('dist/index.html is missing: run `npm run build` first.');
    process.exitCode = 1;
    return;
  }
  const firstLoad = addStaticImports(htmlAssets(readFileSync(join(DIST, 'index.html'), 'utf8')));
  const js = [...firstLoad].filter((f) => f.endsWith('.js'));
  const css = [...firstLoad].filter((f) => f.endsWith('.css'));
  const jsGzip = js.reduce((n, f) => n + gzipSize(f), 0);
  const cssGzip = css.reduce((n, f) => n + gzipSize(f), 0);

  const all = readdirSync(join(DIST, 'assets'))
    .map((f) => join('assets', f))
    .filter((f) => /\.(js|css)$/.test(f));
  const allGzip = all.reduce((n, f) => n + gzipSize(f), 0);
  const allRaw = all.reduce((n, f) => n + readFileSync(join(DIST, f)).length, 0);
  const pdfChunks = all.filter(hasJsPdf);
  const pdfInFirstLoad = pdfChunks.filter((f) => firstLoad.has(f));

  console.log('First load (what index.html loads, gzip -9):');
  for (const f of [...js, ...css]) console.log(`  ${f}  ${kb(gzipSize(f))}`);
  console.log(
    `first-load JS gzip:  ${kb(jsGzip)}  (goal <= ${kb(GOAL_JS_GZIP)}: ${((100 * jsGzip) / GOAL_JS_GZIP).toFixed(0)}% of goal, ${jsGzip <= GOAL_JS_GZIP ? 'met' : 'NOT met'})`,
  );
  console.log(`first-load CSS gzip: ${kb(cssGzip)}`);
  console.log(`all chunks (${all.length} JS/CSS files): ${kb(allGzip)} gzip, ${kb(allRaw)} raw`);
  const largest = all
    .filter((f) => !firstLoad.has(f))
    .map((f) => [f, gzipSize(f)])
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5);
  console.log(`largest lazy chunks: ${largest.map(([f, n]) => `${f} ${kb(n)}`).join(', ')}`);
  console.log(`chunks containing jsPDF: ${pdfChunks.length ? pdfChunks.join(', ') : 'none built yet'}`);
  console.log(`jsPDF in the first load: ${pdfInFirstLoad.length ? `YES (${pdfInFirstLoad.join(', ')})` : 'no'}`);
  if (pdfInFirstLoad.length) process.exitCode = 1;
}
