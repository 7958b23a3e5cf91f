// Protected backups: a 60 MB backup zip encrypted and decrypted with the app's own code
// (src/backup/age.ts, loaded through Vite in Node: the same V8 as Chromium, the same code as the
// age worker runs), at the app's scrypt work factor, against the age library's own streaming
// path (what the app used before) in the same run. What protection adds to a backup is the
// scrypt step plus the payload: goal <= 2 s on this machine for encrypting and decrypting.
// The scrypt step alone is timed at 17 (the app's) and 18 (age -p's) to justify the work
// factor: a mid-range phone runs JavaScript about 3 to 4 times slower than this machine.
// The same figures in Chromium, beside a plain export and import of the same backup in the same
// run, are in bench/import.bench.mjs.
import { availableParallelism, loadavg } from 'node:os';
import { createServer } from 'vite';

const SIZE = 60 * 1024 * 1024;
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const GOAL_MS = 2000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
/** Wall and CPU time of one call: on a busy shared machine the CPU time is the steadier figure. */
async function timed(fn) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}
const fmt = (x) => `${x.wall.toFixed(0)} ms (CPU ${x.cpu.toFixed(0)} ms)`;
const med = (runs) => ({ wall: median(runs.map((r) => r.wall)), cpu: median(runs.map((r) => r.cpu)) });
const minus = (a, b) => ({ wall: a.wall - b.wall, cpu: a.cpu - b.cpu });
const plus = (a, b) => ({ wall: a.wall + b.wall, cpu: a.cpu + b.cpu });

export default async function () {
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  try {
    const age = await server.ssrLoadModule('/src/backup/age.ts');
    const lib = await server.ssrLoadModule('age-encryption');
    const zip = new Uint8Array(SIZE);
    for (let i = 0; i < SIZE; i += 4096) zip[i] = i & 0xff;
    const passphrase = 'tangerine pocket violin harbour';
    const load = [loadavg()[0]];

    const keyOnly = (logN) => timed(() => age.encryptBytes(new Uint8Array(16), passphrase, { workFactor: logN }));
    await keyOnly(10); // warm up
    const key17 = med([await keyOnly(17), await keyOnly(17), await keyOnly(17)]);
    const key18 = await keyOnly(18);

    const enc = [];
    const dec = [];
    const libEnc = [];
    const libDec = [];
    for (let r = 0; r < RUNS; r++) {
      const encrypted = await timed(() => age.encryptBytes(zip, passphrase));
      enc.push(encrypted);
      const plain = await timed(() => age.decryptBackup(encrypted.value, passphrase));
      dec.push(plain);
      if (plain.value.byteLength !== SIZE) throw new Error('decrypted size differs');
      // The age library's own web-stream path, at the same work factor, on the same bytes.
      const e = new lib.Encrypter();
      e.setScryptWorkFactor(17);
      e.setPassphrase(passphrase);
      const libEncrypted = await timed(() => e.encrypt(zip));
      libEnc.push(libEncrypted);
      const d = new lib.Decrypter();
      d.addPassphrase(passphrase);
      libDec.push(await timed(() => d.decrypt(libEncrypted.value)));
    }
    load.push(loadavg()[0]);
    const e = med(enc);
    const d = med(dec);
    const total = plus(e, d);
    console.log(`measured with a load average of ${load.map((l) => l.toFixed(1)).join(' -> ')} on ${availableParallelism()} cores`);
    console.log(`scrypt key, work factor 17 (the app's): ${fmt(key17)}; 18 (age -p's): ${fmt(key18)}`);
    console.log(`60 MB backup (median of ${RUNS}, each including one scrypt at 17):`);
    console.log(`  encrypted: ${fmt(e)} = scrypt + payload ${fmt(minus(e, key17))}`);
    console.log(`  decrypted: ${fmt(d)} = scrypt + payload ${fmt(minus(d, key17))}`);
    console.log(`  the age library's own streams, same bytes: encrypted ${fmt(med(libEnc))}, decrypted ${fmt(med(libDec))}`);
    console.log(
      `protection overhead (encrypt + decrypt): ${fmt(total)}, of which scrypt ${fmt(plus(key17, key17))} (goal <= ${GOAL_MS} ms: ${total.cpu <= GOAL_MS ? 'met' : 'NOT met'} in CPU time)`,
    );
  } finally {
    await server.close();
  }
}
