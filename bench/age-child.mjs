// One step of bench/age.bench.mjs in a fresh process, as the app runs it in a fresh age worker
// (src/backup/age-client.ts starts one for each backup): libsodium's WebAssembly is compiled and
// its memory grown anew, so the first call here is what a user waits for. The step is then run
// a second time in the same process ("warm", as a worker kept alive would). Prints one JSON line:
// { cold: { wall, cpu }, warm: { wall, cpu } } in milliseconds.
//   node bench/age-child.mjs <step> <file>
// Steps: encrypt / decrypt (60 MB at the app's work factor 17), key (a 16-byte file at 17),
// key18, seal / open (the 60 MB payload at work factor 1: the cipher alone), noble-key and
// noble-seal (the pure-JavaScript @noble code the app used before, for comparison).
import { readFileSync, writeFileSync } from 'node:fs';
import { chacha20poly1305 } from '@noble/ciphers/chacha.js';
import { scrypt } from '@noble/hashes/scrypt.js';
import { createServer } from 'vite';

export const SIZE = 60 * 1024 * 1024;
export const PASSPHRASE = 'tangerine pocket violin harbour';
const CHUNK = 64 * 1024;

export function backupBytes() {
  const zip = new Uint8Array(SIZE);
  for (let i = 0; i < SIZE; i += 4096) zip[i] = i & 0xff;
  return zip;
}

async function timed(fn) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  return { value, wall: performance.now() - t, cpu: (used.user + used.system) / 1000 };
}

function nobleSeal(zip) {
  const out = new Uint8Array(SIZE + (SIZE / CHUNK) * 16);
  const key = new Uint8Array(32).fill(7);
  for (let i = 0; i < SIZE / CHUNK; i++) {
    const nonce = new Uint8Array(12);
    nonce[9] = i >> 8;
    nonce[10] = i & 0xff;
    chacha20poly1305(key, nonce).encrypt(zip.subarray(i * CHUNK, (i + 1) * CHUNK), out.subarray(i * (CHUNK + 16), (i + 1) * (CHUNK + 16)));
  }
  return out;
}

if (process.argv[1] === new URL(import.meta.url).pathname) {
  const [step, file] = process.argv.slice(2);
  const server = await createServer({ server: { middlewareMode: true }, appType: 'custom', logLevel: 'silent' });
  try {
    const age = await server.ssrLoadModule('/src/backup/age.ts');
    const zip = step === 'decrypt' || step === 'open' ? new Uint8Array(readFileSync(file)) : backupBytes();
    const steps = {
      encrypt: () => age.encryptBytes(zip, PASSPHRASE),
      decrypt: () => age.decryptBackup(zip, PASSPHRASE),
      key: () => age.encryptBytes(new Uint8Array(16), PASSPHRASE, { workFactor: 17 }),
      key18: () => age.encryptBytes(new Uint8Array(16), PASSPHRASE, { workFactor: 18 }),
      seal: () => age.encryptBytes(zip, PASSPHRASE, { workFactor: 1 }),
      open: () => age.decryptBackup(zip, PASSPHRASE),
      'noble-key': () => scrypt(PASSPHRASE, new Uint8Array(44), { N: 2 ** 17, r: 8, p: 1, dkLen: 32 }),
      'noble-seal': () => nobleSeal(zip),
    };
    const cold = await timed(steps[step]);
    if (file && (step === 'encrypt' || step === 'seal')) writeFileSync(file, cold.value);
    if ((step === 'decrypt' || step === 'open') && cold.value.byteLength !== SIZE) throw new Error('decrypted size differs');
    const warm = await timed(steps[step]);
    console.log(JSON.stringify({ cold: { wall: cold.wall, cpu: cold.cpu }, warm: { wall: warm.wall, cpu: warm.cpu } }));
  } finally {
    await server.close();
  }
}
