// Protected backups (issue 17.1): a 60 MB backup zip encrypted and decrypted with the app's own
// code (src/backup/age.ts, loaded through Vite in Node: the same V8 as Chromium, the same code as
// the age worker runs) at the app's scrypt work factor. A plain backup has no such step, so what
// protection adds to a backup ("above plain") is the whole encrypt, and the whole decrypt: goal
// <= 2 s each on this machine. Each step runs in a fresh process (bench/age-child.mjs), as the
// app runs it in a fresh worker: the first run there ("cold": WebAssembly compiled, scrypt's
// 128 MiB fresh from the kernel) is what a worker started at the click costs; a second run in the
// same process ("warm") is what the app's worker costs once prepared while the passphrase is typed
// (prepareProtection in src/backup/age-client.ts: it runs scrypt once on nothing). Each is split into its two parts, the scrypt key and the 60 MB
// payload (ChaCha20-Poly1305), and both parts are also timed with the pure-JavaScript @noble
// code the app used before libsodium's WebAssembly (the age library still uses it). scrypt alone
// is timed at 17 (the app's) and 18 (age -p's) to justify the work factor: a mid-range phone
// runs this code about 3 to 4 times slower. The same in Chromium, through the age worker, beside
// a plain export and import of the same run: bench/import.bench.mjs.
//
// The machine is shared: wall time counts other processes' turns too, so CPU time (the process's,
// all threads) is printed beside it, with the load average before and after.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL_MS = 2000;
const CHILD = fileURLToPath(new URL('./age-child.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (x) => `${(x / 1000).toFixed(2)} s`;
const fmt = (x) => `${s(x.cpu)} CPU, ${s(x.wall)} wall`;
const verdict = (x) => `${x.cpu <= GOAL_MS ? 'met' : 'NOT met'} in CPU time, ${x.wall <= GOAL_MS ? 'met' : 'NOT met'} in wall time`;

/** Runs a step `runs` times, each in a fresh process: the medians of its cold and warm runs. */
function step(name, file, runs = RUNS) {
  const results = [];
  for (let r = 0; r < runs; r++)
    results.push(JSON.parse(execFileSync(process.execPath, [CHILD, name, file], { cwd: ROOT, encoding: 'utf8' })));
  const med = (k) => ({ wall: median(results.map((x) => x[k].wall)), cpu: median(results.map((x) => x[k].cpu)) });
  return { cold: med('cold'), warm: med('warm') };
}

export default async function () {
  const dir = mkdtempSync(join(tmpdir(), 'age-bench-'));
  try {
    const load = [loadavg()[0]];
    const file = join(dir, 'backup.zip.age');
    const enc = step('encrypt', file);
    const dec = step('decrypt', file);
    const key = step('key', file);
    const key18 = step('key18', file, 1);
    const cheap = join(dir, 'cheap.zip.age');
    const seal = step('seal', cheap);
    const open = step('open', cheap);
    const nobleKey = step('noble-key', file, 1);
    const nobleSeal = step('noble-seal', file, 1);
    load.push(loadavg()[0]);
    console.log(
      `measured with a load average of ${load.map((l) => l.toFixed(1)).join(' -> ')} on ${availableParallelism()} cores (medians of ${RUNS}, each in a fresh process)`,
    );
    console.log(`60 MB backup, scrypt work factor 17, libsodium WebAssembly (goal: at most ${s(GOAL_MS)} above plain each way):`);
    console.log(`  encrypt above plain, worker prepared while the passphrase is typed (warm): ${fmt(enc.warm)}: ${verdict(enc.warm)}`);
    console.log(`  decrypt above plain, worker prepared while the passphrase is typed (warm): ${fmt(dec.warm)}: ${verdict(dec.warm)}`);
    console.log(`  encrypt above plain, worker started at the click (cold): ${fmt(enc.cold)}: ${verdict(enc.cold)}`);
    console.log(`  decrypt above plain, worker started at the click (cold): ${fmt(dec.cold)}: ${verdict(dec.cold)}`);
    console.log(`parts (cold; warm in brackets):`);
    console.log(
      `  scrypt key, work factor 17: ${fmt(key.cold)} (${fmt(key.warm)}); pure JavaScript (@noble/hashes): ${fmt(nobleKey.cold)}`,
    );
    console.log(`  scrypt key, work factor 18 (age -p's): ${fmt(key18.cold)} (${fmt(key18.warm)})`);
    console.log(
      `  60 MB payload, ChaCha20-Poly1305, sealed: ${fmt(seal.cold)} (${fmt(seal.warm)}); pure JavaScript (@noble/ciphers): ${fmt(nobleSeal.cold)}`,
    );
    console.log(`  60 MB payload, ChaCha20-Poly1305, opened: ${fmt(open.cold)} (${fmt(open.warm)})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
