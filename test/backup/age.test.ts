// @vitest-environment node
/**
 * Passphrase-protected backups (age): round trips, refusals, and the real `age` tool both ways
 * (Debian's age, installed by .ci/run; see ./age-tool.ts for how its passphrase prompt is answered).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { armor } from 'age-encryption';
import { db } from '../../src/db/db';
import { backupBytes, exportBackup } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { BACKUP_WORK_FACTOR, decryptBackup, encryptBackup, isAgeFile, protectedFileName, type AgeProgress } from '../../src/backup/age';
import { openProtectedBackup, protectBackup } from '../../src/backup/age-client';
import { BackupError } from '../../src/backup/errors';
import { clearAll, digest, seed } from './fixtures';
import { ageWithPassphrase } from './age-tool';

const PASSPHRASE = 'tangerine pocket violin harbour';
/** Low work factor for the tests that are not about interoperability (scrypt is slow on purpose). */
const FAST = 10;

let dir: string;
beforeEach(async () => {
  await clearAll(db);
  dir = mkdtempSync(join(tmpdir(), 'age-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function appBackup(): Promise<Uint8Array> {
  await seed(db, { trainings: 5, certificates: 3, certificateSize: 200_000 });
  return backupBytes(await exportBackup({ now: new Date('2027-01-12T10:00:00Z') }));
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

/** Byte-for-byte equality (vitest's deep equality is slow on large arrays). */
function expectSame(actual: Uint8Array, expected: Uint8Array): void {
  expect(actual.byteLength).toBe(expected.byteLength);
  expect(Buffer.from(actual.buffer, actual.byteOffset, actual.byteLength).equals(expected)).toBe(true);
}

async function refusal(file: Uint8Array, passphrase = PASSPHRASE): Promise<BackupError> {
  const err = await decryptBackup(file, passphrase).catch((e) => e);
  expect(err).toBeInstanceOf(BackupError);
  expect(err.message).toMatch(/Nothing on this device has been changed/);
  return err;
}

describe('protected backups', () => {
  test('the file name gains .age and an age file is recognised by its first line (binary or armoured)', async () => {
    expect(protectedFileName('safeguarding-passport-backup-2027-01-12.zip')).toBe('safeguarding-passport-backup-2027-01-12.zip.age');
    const zip = await appBackup();
    expect(isAgeFile(zip)).toBe(false);
    const encrypted = await bytesOf(await encryptBackup(zip, PASSPHRASE, { workFactor: FAST }));
    expect(new TextDecoder().decode(encrypted.subarray(0, 22))).toBe('age-encryption.org/v1\n');
    expect(isAgeFile(encrypted)).toBe(true);
    expect(isAgeFile(new TextEncoder().encode(armor.encode(encrypted)))).toBe(true);
    expect(isAgeFile(new Uint8Array())).toBe(false);
  });

  test('encrypts and decrypts the backup byte for byte, reporting progress; armoured files open too', async () => {
    const zip = await appBackup();
    const progress: AgeProgress[] = [];
    const encrypted = await bytesOf(await encryptBackup(zip, PASSPHRASE, { workFactor: FAST, onProgress: (p) => progress.push(p) }));
    expect(progress[0].phase).toBe('key');
    expect(progress.at(-1)).toEqual({ phase: 'encrypting', done: zip.byteLength, total: zip.byteLength });
    // No plaintext survives: the certificate names in the zip's directory are not in the file.
    expect(Buffer.from(encrypted).includes(Buffer.from('backup.json'))).toBe(false);

    const back: AgeProgress[] = [];
    expectSame(await decryptBackup(encrypted, PASSPHRASE, { onProgress: (p) => back.push(p) }), zip);
    expect(back.at(-1)).toEqual({ phase: 'decrypting', done: encrypted.byteLength, total: encrypted.byteLength });
    expectSame(await decryptBackup(new TextEncoder().encode(armor.encode(encrypted)), PASSPHRASE), zip);
  });

  test('outside a browser the client runs in this thread', async () => {
    const zip = await appBackup();
    const encrypted = await encryptBackup(zip, PASSPHRASE, { workFactor: FAST });
    expectSame(await openProtectedBackup(encrypted, PASSPHRASE), zip);
  });

  test('a wrong passphrase is refused in plain words', async () => {
    const encrypted = await bytesOf(await encryptBackup(await appBackup(), PASSPHRASE, { workFactor: FAST }));
    const err = await refusal(encrypted, 'tangerine pocket violin harbor');
    expect(err.problem).toBe('wrong-passphrase');
    expect(err.message).toMatch(/^This passphrase does not open this backup/);
    expect((await refusal(encrypted, '')).problem).toBe('wrong-passphrase');
  });

  test('a flipped byte anywhere (header, key line, payload, last chunk) is refused', async () => {
    const encrypted = await bytesOf(await encryptBackup(await appBackup(), PASSPHRASE, { workFactor: FAST }));
    const headerEnd = Buffer.from(encrypted).indexOf('\n---') + 1;
    // In the header MAC line, inside the payload's first, a middle, and the last chunk.
    for (const at of [headerEnd + 10, headerEnd + 200, Math.floor(encrypted.length / 2), encrypted.length - 1]) {
      const damaged = encrypted.slice();
      damaged[at] ^= 0x01;
      const err = await refusal(damaged);
      expect(err.problem, `byte ${at}`).toBe('protected-damaged');
      expect(err.message).toMatch(/damaged or incomplete/);
    }
  });

  test('a truncated file is refused, wherever it was cut', async () => {
    const encrypted = await bytesOf(await encryptBackup(await appBackup(), PASSPHRASE, { workFactor: FAST }));
    const headerEnd = Buffer.from(encrypted).indexOf('\n---') + 1;
    const chunk = 64 * 1024 + 16;
    const payloadStart = Buffer.from(encrypted).indexOf('\n', headerEnd) + 1 + 16;
    for (const length of [10, headerEnd + 5, payloadStart, payloadStart + chunk, payloadStart + 3 * chunk, encrypted.length - 1]) {
      const err = await refusal(encrypted.subarray(0, length));
      expect(err.problem, `cut at ${length}`).toBe('protected-damaged');
    }
  });

  test('a header asking for more than work factor 20, or with a bad salt, is refused before any scrypt', async () => {
    const encrypted = await bytesOf(await encryptBackup(await appBackup(), PASSPHRASE, { workFactor: FAST }));
    const text = new TextDecoder('latin1').decode(encrypted.subarray(0, 200));
    const line = /^-> scrypt (\S+) 10$/m.exec(text);
    expect(line).not.toBeNull();
    const withLine = (replacement: string) => {
      const head = new TextEncoder().encode(text.replace(line![0], replacement));
      const file = new Uint8Array(encrypted.length - 200 + head.length);
      file.set(head);
      file.set(encrypted.subarray(200), head.length);
      return file;
    };
    // 2^21 would take 2 GiB and many seconds: the file is refused at once, as the age library does.
    const tooHigh = await refusal(withLine(`-> scrypt ${line![1]} 21`));
    expect(tooHigh.problem).toBe('protected-damaged');
    expect((tooHigh.cause as Error).message).toBe('scrypt work factor is too high');
    for (const bad of [`-> scrypt ${line![1]}A 10`, `-> scrypt ${line![1]} 010`, `-> scrypt ${line![1]}`]) {
      const err = await refusal(withLine(bad));
      expect(err.problem, bad).toBe('protected-damaged');
      expect((err.cause as Error).message, bad).toBe('invalid scrypt stanza');
    }
  });

  test('a file that is not an age file, or is encrypted to a key rather than a passphrase, says so', async () => {
    expect((await refusal(new TextEncoder().encode('-----BEGIN AGE ENCRYPTED FILE-----\nnot base64!\n'))).problem).toBe(
      'protected-damaged',
    );
    const { Encrypter, generateIdentity, identityToRecipient } = await import('age-encryption');
    const e = new Encrypter();
    e.addRecipient(await identityToRecipient(await generateIdentity()));
    const err = await refusal(await e.encrypt(new Uint8Array([1, 2, 3])));
    expect(err.problem).toBe('not-passphrase');
    expect(err.message).toMatch(/age -d -i/);
  });
});

describe('the payload (age STREAM, sealed by this app in one buffer)', () => {
  /** Deterministic bytes that are not all alike, so a chunk out of place would show. */
  const bytesOfSize = (n: number) => Uint8Array.from({ length: n }, (_, i) => (i * 7 + (i >> 16)) & 0xff);
  const CHUNK = 64 * 1024;
  // Empty, one byte, one exact chunk, a chunk and a byte, two exact chunks, and past 256 chunks
  // (the chunk counter's second byte).
  const sizes = [0, 1, CHUNK, CHUNK + 1, 2 * CHUNK, 257 * CHUNK + 5];

  test('the reference library (age-encryption) opens what the app seals, at every chunk boundary', { timeout: 60_000 }, async () => {
    const { Decrypter } = await import('age-encryption');
    for (const size of sizes) {
      const plain = bytesOfSize(size);
      const encrypted = await bytesOf(await encryptBackup(plain, PASSPHRASE, { workFactor: FAST }));
      // age's size: the header, a 16-byte nonce, and a 16-byte tag per 64 KiB chunk (at least one).
      const d = new Decrypter();
      d.addPassphrase(PASSPHRASE);
      expectSame(await d.decrypt(encrypted), plain);
    }
  });

  test('the app opens what the reference library seals, at every chunk boundary', { timeout: 60_000 }, async () => {
    const { Encrypter } = await import('age-encryption');
    for (const size of sizes) {
      const plain = bytesOfSize(size);
      const e = new Encrypter();
      e.setScryptWorkFactor(FAST);
      e.setPassphrase(PASSPHRASE);
      expectSame(await decryptBackup(await e.encrypt(plain), PASSPHRASE), plain);
    }
  });

  test('age -d opens a payload of more than 256 chunks that the app sealed', { timeout: 60_000 }, async () => {
    const plain = bytesOfSize(257 * CHUNK + 5);
    const file = join(dir, 'big.zip.age');
    writeFileSync(file, await bytesOf(await encryptBackup(plain, PASSPHRASE, { workFactor: FAST })));
    const out = join(dir, 'big.zip');
    ageWithPassphrase(['-d', '-o', out, file], PASSPHRASE, 1);
    expectSame(new Uint8Array(readFileSync(out)), plain);
  });

  test('a file whose last chunk is dropped, or whose last chunk is only a tag, is refused', async () => {
    const encrypted = await bytesOf(await encryptBackup(bytesOfSize(3 * CHUNK + 100), PASSPHRASE, { workFactor: FAST }));
    // Cut at the end of the third chunk: the chunk now last was sealed as not last.
    const lastChunk = 100 + 16;
    expect((await refusal(encrypted.subarray(0, encrypted.length - lastChunk))).problem).toBe('protected-damaged');
    // A final chunk too short to hold a tag, or holding nothing.
    expect((await refusal(encrypted.subarray(0, encrypted.length - lastChunk + 10))).problem).toBe('protected-damaged');
    expect((await refusal(encrypted.subarray(0, encrypted.length - lastChunk + 16))).problem).toBe('protected-damaged');
  });
});

describe('the standard age tool', () => {
  test('is installed (.ci/run installs it)', () => {
    expect(execFileSync('age', ['--version'], { encoding: 'utf8' })).toMatch(/\d+\.\d+/);
  });

  test('age -d opens a backup the app protected, giving back the zip byte for byte', { timeout: 60_000 }, async () => {
    const zip = await appBackup();
    const file = join(dir, protectedFileName('safeguarding-passport-backup-2027-01-12.zip'));
    // Made by the app's own client, at the app's work factor.
    const encrypted = await bytesOf(await protectBackup(new Blob([zip as BlobPart]), PASSPHRASE));
    expect(new TextDecoder().decode(encrypted.subarray(0, 200))).toMatch(new RegExp(`^-> scrypt \\S+ ${BACKUP_WORK_FACTOR}$`, 'm'));
    writeFileSync(file, encrypted);
    const out = join(dir, 'opened.zip');
    ageWithPassphrase(['-d', '-o', out, file], PASSPHRASE, 1);
    expectSame(new Uint8Array(readFileSync(out)), zip);
    expect(execFileSync('unzip', ['-tq', out], { encoding: 'utf8' })).toMatch(/No errors/);

    // And refuses a wrong passphrase, writing nothing.
    const wrong = join(dir, 'wrong.zip');
    expect(() => ageWithPassphrase(['-d', '-o', wrong, file], 'not it', 1)).toThrow();
    expect(existsSync(wrong)).toBe(false);
  });

  test('the app imports a backup that age -p encrypted, and refuses it with a wrong passphrase', { timeout: 90_000 }, async () => {
    const zip = await appBackup();
    await db.table('drafts').clear(); // drafts never travel in a backup
    const expected = await digest(db);
    const plain = join(dir, 'backup.zip');
    const file = join(dir, 'backup.zip.age');
    writeFileSync(plain, zip);
    ageWithPassphrase(['-p', '-o', file, plain], PASSPHRASE, 2);
    const encrypted = new Uint8Array(readFileSync(file));
    expect(isAgeFile(encrypted)).toBe(true);

    // Refusals first, over a database that must not change.
    await clearAll(db);
    const empty = await digest(db);
    // (Damaged and cut-short files are refused above; each try here costs age's own work factor.)
    expect((await refusal(encrypted, 'wrong')).problem).toBe('wrong-passphrase');
    expect(await digest(db)).toBe(empty);

    const opened = await decryptBackup(encrypted, PASSPHRASE);
    expectSame(opened, zip);
    await importBackup(opened, 'merge');
    // Every record came back as it was, certificate bytes included.
    expect(await digest(db)).toBe(expected);
  });
});
