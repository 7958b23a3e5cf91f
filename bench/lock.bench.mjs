// The app lock's speed in Debian's Chromium, on the built app (dist/, `vite preview` on a free
// port), with a record of 5,000 entries (every one with notes, one in five with an impact note),
// 1,000 reflections and 200 certificates (JPEG photos, about 250 KB each), the same in two
// browser contexts of one run: one with the lock off (the floor), one with it turned on through
// Settings > App lock (every private field and certificate sealed, PBKDF2-SHA256 at the app's own
// 600,000 iterations). Goals (issue 17):
//   (a) passcode submitted -> Home rendered, within 1.5 x Home's time to render without the lock
//       (a fresh page load to Home painted). The key derivation is part of unlocking; it is timed
//       inside the same unlock (SubtleCrypto.deriveKey wrapped by an init script) and the goal is
//       judged both with it (what the user waits) and without it (the app's own work);
//   (b) the list of 5,000 entries (Record screen, route change to painted rows), unlocked vs no
//       lock, within 1.5 x;
//   (c) a certificate's view (route change to its entry, View, the photo decoded and painted),
//       at most 50 ms more with the lock than without.
// The open record is read and written back once in the same batches as the conversion, so both
// databases have the same write history (IndexedDB reads a just-rewritten store more slowly).
// Each run is a freshly loaded page in each context, the contexts alternating first; warm-up runs
// are thrown away; figures are medians, ratios the median of each run's own ratio. WebCrypto's
// decrypt calls are counted in each timed step, to show what unlocking decrypts up front.
import { availableParallelism, loadavg } from 'node:os';
import { setupProfile, withApp } from './app.mjs';

const ENTRIES = 5000;
const REFLECTIONS = 1000;
const CERTIFICATES = 200;
const PASSCODE = '482916';
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const WARMUP = 2;
const RATIO_GOAL = 1.5;
const CERT_EXTRA_GOAL_MS = 50;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => `${Math.round(x)} ms`;
const load = () => `${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');
/** BENCH_DEBUG=1: each step on stderr as it starts. */
const step = (what) => process.env.BENCH_DEBUG && console.error(`  [${new Date().toISOString().slice(11, 19)}] ${what}`);

/** In every page before the app: timing of WebCrypto's deriveKey and decrypt, and a watcher that
 * notes when a selector first appears (then one animation frame for the paint). */
function instrument() {
  const subtle = globalThis.crypto.subtle;
  const proto = Object.getPrototypeOf(subtle);
  const log = { derive: [], decrypts: 0, decryptMs: 0 };
  globalThis.__lockBench = log;
  const derive = proto.deriveKey;
  proto.deriveKey = async function (algorithm, ...rest) {
    const t0 = performance.now();
    try {
      return await derive.call(this, algorithm, ...rest);
    } finally {
      log.derive.push({ name: algorithm.name, iterations: algorithm.iterations ?? 0, start: t0, ms: performance.now() - t0 });
    }
  };
  const decrypt = proto.decrypt;
  proto.decrypt = async function (...args) {
    const t0 = performance.now();
    try {
      return await decrypt.apply(this, args);
    } finally {
      log.decrypts++;
      log.decryptMs += performance.now() - t0;
    }
  };
  /** Resolves with performance.now() once `selector` is in the DOM and a frame has been painted. */
  globalThis.__whenShown = (selector) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        observer.disconnect();
        reject(new Error(`${selector} not shown within 120 s (${location.hash}): ${document.body?.innerText.slice(0, 300)}`));
      }, 120_000);
      const done = () => {
        observer.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => resolve(performance.now()));
      };
      const observer = new MutationObserver(() => document.querySelector(selector) && done());
      if (document.querySelector(selector)) return done();
      observer.observe(document, { childList: true, subtree: true, attributes: true });
    });
}

/** Home with its suggestions worked out (the engine's read of the whole record, rendered). */
const HOME = '.home #next-title';
const LOCKED = '#unlock-passcode';
const LIST = `.rec-list[data-entries="${ENTRIES}"] .rec-items li`;

/** The record, written with raw IndexedDB into the app's own database (as after years of use);
 * certificate i belongs to entry i. */
async function seed(page) {
  await page.evaluate(
    async ({ entries, reflections, certificates }) => {
      // A certificate photo: a real JPEG (the preview decodes it), about 250 KB.
      const canvas = new OffscreenCanvas(1400, 1000);
      const g = canvas.getContext('2d');
      const img = g.createImageData(1400, 1000);
      let x = 7;
      for (let i = 0; i < img.data.length; i += 4) {
        x = (x * 1103515245 + 12345) & 0x7fffffff;
        const v = 200 + (x % 56);
        img.data[i] = img.data[i + 1] = img.data[i + 2] = v;
        img.data[i + 3] = 255;
      }
      g.putImageData(img, 0, 0);
      g.fillStyle = '#123';
      g.font = '60px serif';
      g.fillText('Certificate of attendance: Safeguarding children, Level 3', 60, 300);
      const photo = await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.6 })).arrayBuffer();

      const open = indexedDB.open('safeguarding-passport');
      const idb = await new Promise((res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = () => rej(open.error))));
      const put = (table, rows) =>
        new Promise((res, rej) => {
          const tx = idb.transaction(table, 'readwrite');
          for (const r of rows) tx.objectStore(table).put(r);
          tx.oncomplete = res;
          tx.onerror = () => rej(tx.error);
        });
      const at = '2026-01-01T00:00:00.000Z';
      const id = (i) => `bench-${String(i).padStart(5, '0')}`;
      const day = (i) => new Date(Date.UTC(2014, 0, 1) + (i % 4300) * 86400000).toISOString().slice(0, 10);
      const levels = ['Level 1', 'Level 2', 'Level 3', ''];
      await put(
        'trainings',
        Array.from({ length: entries }, (_, i) => ({
          id: id(i),
          title: `Safeguarding course ${i}: neglect, exploitation and early help`,
          providerKind: i % 3 ? 'partnership' : 'employer',
          providerName: 'Solihull Safeguarding Children Partnership',
          startDate: day(i),
          endDate: day(i),
          hours: 1 + (i % 12) / 4,
          mode: 'face-to-face',
          level: levels[i % 4],
          link: i % 2 ? { frameworkId: 'solihull', courseId: `course-${i % 19}` } : null,
          agency: i % 2 ? 'multi' : 'single',
          participatory: i % 3 === 0,
          notes: `Notes about session ${i}: thresholds, the referral pathway, two anonymised case studies and what to follow up with the team.`,
          impact: i % 5 === 0 ? { text: 'I now record concerns the same day and share the chronology template.', date: day(i + 60) } : null,
          createdAt: at,
          updatedAt: at,
        })),
      );
      await put(
        'reflections',
        Array.from({ length: reflections }, (_, i) => ({
          id: `bench-r${String(i).padStart(5, '0')}`,
          trainingId: id(i * 5),
          kind: 'reflection',
          date: day(i * 5 + 1),
          title: 'What I took away',
          template: 'what-so-what-now-what',
          peerReflection: false,
          text: '',
          sections: {
            what: 'Learned how to recognise neglect earlier, and how the partnership threshold document is used.',
            soWhat: 'I record concerns sooner and speak to the designated lead the same day.',
            nowWhat: 'Share the chronology template with the team at the next meeting.',
          },
          createdAt: at,
          updatedAt: at,
        })),
      );
      for (let b = 0; b < certificates; b += 20) {
        await put(
          'certificates',
          Array.from({ length: Math.min(20, certificates - b) }, (_, k) => {
            const i = b + k;
            return {
              id: `bench-c${String(i).padStart(5, '0')}`,
              trainingId: id(i),
              fileName: `certificate-${i}.jpg`,
              mimeType: 'image/jpeg',
              size: photo.byteLength,
              originalSize: photo.byteLength,
              sha256: i.toString(16).padStart(64, '0'),
              bytes: photo.slice(0),
              createdAt: at,
              updatedAt: at,
            };
          }),
        );
      }
      idb.close();
      return photo.byteLength;
    },
    { entries: ENTRIES, reflections: REFLECTIONS, certificates: CERTIFICATES },
  );
}

/** The lock off: every record read and written back once, in the conversion's batches (200 rows,
 * 10 certificates a transaction), so that both databases have the same write history (turning
 * the lock on rewrites every record; IndexedDB reads a freshly rewritten store more slowly until
 * it compacts), and the comparison is of the seal alone. */
function rewriteOnce(page) {
  return page.evaluate(async () => {
    const open = indexedDB.open('safeguarding-passport');
    const idb = await new Promise((res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = () => rej(open.error))));
    const request = (r) => new Promise((res, rej) => ((r.onsuccess = () => res(r.result)), (r.onerror = () => rej(r.error))));
    for (const [table, size] of [
      ['trainings', 200],
      ['reflections', 200],
      ['certificates', 10],
    ]) {
      const keys = await request(idb.transaction(table).objectStore(table).getAllKeys());
      for (let i = 0; i < keys.length; i += size) {
        const tx = idb.transaction(table, 'readwrite');
        const store = tx.objectStore(table);
        const rows = await Promise.all(keys.slice(i, i + size).map((k) => request(store.get(k))));
        for (const r of rows) store.put(r);
        await new Promise((res, rej) => ((tx.oncomplete = res), (tx.onerror = () => rej(tx.error))));
      }
    }
    idb.close();
  });
}

/** Settings > App lock: turned on with the passcode (every record sealed), recovery key kept. */
async function turnOnLock(page, base) {
  await page.goto(`${base}#/settings/lock`);
  await page.getByRole('button', { name: 'Turn on app lock' }).click();
  await page.getByLabel('Choose a passcode').fill(PASSCODE);
  await page.getByLabel('Type it again').fill(PASSCODE);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Next: your recovery key' }).click();
  await page.getByRole('list', { name: 'The 12 words of your recovery key, in order' }).waitFor({ timeout: 600_000 });
  const enableMs = Date.now() - t0;
  await page.getByLabel('I have kept my recovery key').check();
  await page.getByRole('button', { name: 'Finish' }).click();
  await page.getByText('Finished. Keep your recovery key safe, away from this device.').waitFor();
  const state = await page.getByTestId('lock-state').textContent();
  if (state !== 'App lock is on.') throw new Error(`the lock did not turn on: ${state}`);
  const sealed = await page.evaluate(async () => {
    const open = indexedDB.open('safeguarding-passport');
    const idb = await new Promise((res) => (open.onsuccess = () => res(open.result)));
    const count = (t) =>
      new Promise((res) => {
        const r = idb.transaction(t).objectStore(t).index('sealed.version').count();
        r.onsuccess = () => res(r.result);
      });
    const out = { trainings: await count('trainings'), reflections: await count('reflections'), certificates: await count('certificates') };
    idb.close();
    return out;
  });
  return { enableMs, sealed };
}

/** A fresh load of the app at Home; resolves once Home is painted (lock off) or the lock screen is
 * (lock on). Returns the time from the navigation's start. */
async function freshLoad(page, base, locked) {
  await page.goto(`${base}#/`);
  await page.reload();
  return page.evaluate((selector) => globalThis.__whenShown(selector), locked ? LOCKED : HOME);
}

/** The passcode typed, then timed from pressing Unlock to Home painted, with the deriveKey calls
 * made meanwhile (the key derivation) and the decrypt calls. */
async function timedUnlock(page) {
  await page.getByLabel('Passcode', { exact: true }).fill(PASSCODE);
  return page.evaluate(async (home) => {
    const log = globalThis.__lockBench;
    log.derive = [];
    log.decrypts = 0;
    log.decryptMs = 0;
    const shown = globalThis.__whenShown(home);
    const t0 = performance.now();
    document.querySelector('.lock-form button[type="submit"]').click();
    const t1 = await shown;
    const pbkdf2 = log.derive.filter((d) => d.name === 'PBKDF2');
    return {
      ms: t1 - t0,
      deriveMs: pbkdf2.reduce((s, d) => s + d.ms, 0),
      iterations: pbkdf2.map((d) => d.iterations),
      decrypts: log.decrypts,
    };
  }, HOME);
}

/** From a route change to `selector` painted (decrypt calls counted meanwhile). */
function timedRoute(page, hash, selector) {
  return page.evaluate(
    async ({ hash, selector }) => {
      const log = globalThis.__lockBench;
      log.decrypts = 0;
      const shown = globalThis.__whenShown(selector);
      const t0 = performance.now();
      location.hash = hash;
      const t1 = await shown;
      return { ms: t1 - t0, decrypts: log.decrypts };
    },
    { hash, selector },
  );
}

/** The raw floor of the list: the 5,000 entries read with plain IndexedDB getAll (no Dexie, no
 * app), in the same page; sealed rows carry their seal (nonce and ciphertext) to deserialise. */
function timedRawRead(page) {
  return page.evaluate(async (n) => {
    const open = indexedDB.open('safeguarding-passport');
    const idb = await new Promise((res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = () => rej(open.error))));
    const t0 = performance.now();
    const rows = await new Promise((res, rej) => {
      const r = idb.transaction('trainings').objectStore('trainings').getAll();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const t = performance.now() - t0;
    idb.close();
    if (rows.length !== n) throw new Error(`expected ${n} entries, read ${rows.length}`);
    return t;
  }, ENTRIES);
}

/** The Record screen's code loaded (its Plans tab, which does not read the entries), back Home. */
async function loadRecordCode(page) {
  await timedRoute(page, '#/record/plans', '.rec-tabs');
  await timedRoute(page, '#/', HOME);
}

/** From the route change to the entry to its certificate's photo decoded and painted. */
function timedCertificate(page, i) {
  return page.evaluate(async (i) => {
    const log = globalThis.__lockBench;
    log.decrypts = 0;
    log.decryptMs = 0;
    const t0 = performance.now();
    const button = globalThis.__whenShown('.rec-cert button[aria-expanded="false"]');
    location.hash = `#/record/training/bench-${String(i).padStart(5, '0')}`;
    await button;
    document.querySelector('.rec-cert button[aria-expanded="false"]').click();
    await globalThis.__whenShown('img.rec-cert-preview');
    const img = document.querySelector('img.rec-cert-preview');
    await img.decode();
    const t1 = await new Promise((r) => requestAnimationFrame(() => r(performance.now())));
    if (!img.naturalWidth) throw new Error('the certificate photo did not decode');
    return { ms: t1 - t0, decrypts: log.decrypts, decryptMs: log.decryptMs };
  }, i);
}

async function lockBench(browser, base) {
  const contexts = {};
  const pages = {};
  const setUp = {};
  for (const kind of ['open', 'locked']) {
    contexts[kind] = await browser.newContext({ viewport: { width: 360, height: 780 } });
    await contexts[kind].addInitScript(instrument);
    pages[kind] = await contexts[kind].newPage();
    step(`${kind}: set-up`);
    await setupProfile(pages[kind], base);
    step(`${kind}: seeding`);
    await seed(pages[kind]);
  }
  step('turning the lock on');
  setUp.lock = await turnOnLock(pages.locked, base);
  step('the open record rewritten once');
  await rewriteOnce(pages.open);

  const loadBefore = load();
  const runs = [];
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const run = {};
    // Alternate which context goes first, so neither always finds the machine quieter.
    for (const kind of i % 2 ? ['locked', 'open'] : ['open', 'locked']) {
      const page = pages[kind];
      const r = {};
      step(`run ${i} ${kind}`);
      r.load = await freshLoad(page, base, kind === 'locked');
      if (kind === 'locked') r.unlock = await timedUnlock(page);
      await loadRecordCode(page);
      r.list = await timedRoute(page, '#/record', LIST);
      r.raw = await timedRawRead(page);
      await timedRoute(page, '#/', HOME);
      r.cert = await timedCertificate(page, 1 + i * 7);
      run[kind] = r;
    }
    if (i >= WARMUP) runs.push(run);
  }
  const loadAfter = load();
  for (const c of Object.values(contexts)) await c.close();

  const floor = runs.map((r) => r.open.load);
  const unlock = runs.map((r) => r.locked.unlock.ms);
  const derive = runs.map((r) => r.locked.unlock.deriveMs);
  const unlockNoDerive = runs.map((r) => r.locked.unlock.ms - r.locked.unlock.deriveMs);
  const ratioWith = median(runs.map((r) => r.locked.unlock.ms / r.open.load));
  const ratioWithout = median(runs.map((r) => (r.locked.unlock.ms - r.locked.unlock.deriveMs) / r.open.load));
  const ratioFull = median(runs.map((r) => (r.locked.load + r.locked.unlock.ms) / r.open.load));
  const iterations = [...new Set(runs.flatMap((r) => r.locked.unlock.iterations))];
  const listOpen = runs.map((r) => r.open.list.ms);
  const listLocked = runs.map((r) => r.locked.list.ms);
  const listRatio = median(runs.map((r) => r.locked.list.ms / r.open.list.ms));
  const certOpen = runs.map((r) => r.open.cert.ms);
  const certLocked = runs.map((r) => r.locked.cert.ms);
  const certExtra = median(certLocked) - median(certOpen);
  const certExtraPaired = median(runs.map((r) => r.locked.cert.ms - r.open.cert.ms));
  const decrypts = (step) => median(runs.map((r) => r.locked[step].decrypts));

  console.log(
    `app lock: ${ENTRIES.toLocaleString('en-GB')} entries with notes, ${REFLECTIONS.toLocaleString('en-GB')} reflections, ${CERTIFICATES} certificate photos; ${RUNS} runs after ${WARMUP} warm-up runs, each a fresh page per context (Chromium, built app)`,
  );
  console.log(
    `  turning the lock on (sealing ${setUp.lock.sealed.trainings} entries, ${setUp.lock.sealed.reflections} reflections, ${setUp.lock.sealed.certificates} certificates): ${ms(setUp.lock.enableMs)}`,
  );
  console.log(`(a) Home`);
  console.log(`  floor, no lock: page load to Home painted: median ${ms(median(floor))}`);
  console.log(
    `  lock on: page load to the lock screen ${ms(median(runs.map((r) => r.locked.load)))}; passcode submitted to Home painted: median ${ms(median(unlock))}`,
  );
  console.log(
    `    of which key derivation (PBKDF2-SHA256, ${iterations.join('/')} iterations, timed inside the same unlock): median ${ms(median(derive))}; the rest: median ${ms(median(unlockNoDerive))}; records decrypted on the way: ${decrypts('unlock')}`,
  );
  console.log(
    `  unlock to Home / Home without the lock, with the key derivation: ${ratioWith.toFixed(2)} x (goal <= ${RATIO_GOAL} x) ${verdict(ratioWith <= RATIO_GOAL)}`,
  );
  console.log(
    `  unlock to Home / Home without the lock, without the key derivation: ${ratioWithout.toFixed(2)} x (goal <= ${RATIO_GOAL} x) ${verdict(ratioWithout <= RATIO_GOAL)}`,
  );
  console.log(
    `  (page load to lock screen + unlock to Home) / Home without the lock, typing left out: ${ratioFull.toFixed(2)} x (for information)`,
  );
  console.log(`(b) the list of ${ENTRIES.toLocaleString('en-GB')} entries (route change to painted rows and totals)`);
  console.log(
    `  no lock: median ${ms(median(listOpen))}; lock on, unlocked: median ${ms(median(listLocked))}; records decrypted: ${decrypts('list')}`,
  );
  const rawOpen = runs.map((r) => r.open.raw);
  const rawLocked = runs.map((r) => r.locked.raw);
  console.log(
    `  raw IndexedDB getAll of the same entries, same pages: no lock ${ms(median(rawOpen))}, sealed ${ms(median(rawLocked))} (${median(runs.map((r) => r.locked.raw / r.open.raw)).toFixed(2)} x)`,
  );
  console.log(
    `  ratio, median of the runs' own: ${listRatio.toFixed(2)} x (ratio of the medians ${(median(listLocked) / median(listOpen)).toFixed(2)} x; goal <= ${RATIO_GOAL} x) ${verdict(listRatio <= RATIO_GOAL)}`,
  );
  console.log(`(c) a certificate's view (route change to its entry, View, photo decoded and painted)`);
  console.log(
    `  no lock: median ${ms(median(certOpen))}; lock on, unlocked: median ${ms(median(certLocked))}; decrypt calls ${decrypts('cert')}, call to result summed: median ${ms(median(runs.map((r) => r.locked.cert.decryptMs)))}`,
  );
  console.log(
    `  extra with the lock: ${ms(certExtra)} (median of the runs' own differences ${ms(certExtraPaired)}; goal <= ${CERT_EXTRA_GOAL_MS} ms) ${verdict(Math.max(certExtra, certExtraPaired) <= CERT_EXTRA_GOAL_MS)}`,
  );
  console.log(`  load average ${loadBefore} before, ${loadAfter} after`);
}

export default function run() {
  return withApp(lockBench);
}
