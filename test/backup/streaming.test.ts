// @vitest-environment node
/**
 * The streaming import (issue 13.2): declared sizes and CRC-32s enforced while inflating, hard
 * caps on entries, on backup.json's size and records, on nesting and string length, all refused
 * before backup.json is parsed; cancel; a file read in slices from a Blob. Each refusal leaves the
 * store exactly as it was.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup, readBackup } from '../../src/backup/import';
import { BackupError } from '../../src/backup/errors';
import { writeZip } from '../../src/backup/zip';
import { bytesSource, readDirectory, streamEntry } from '../../src/backup/zip-stream';
import { JsonScanner, MAX_JSON_BYTES, MAX_RECORDS, MAX_ZIP_ENTRIES } from '../../src/backup/limits';
import { clearAll, digest, noise, seed } from './fixtures';
import { centralEntry, declareSize } from './zip-tools';

const END = 0x06054b50;

const zipOf = (json: string | Uint8Array, extra: { name: string; bytes: Uint8Array }[] = []) =>
  writeZip(
    [
      { name: 'backup.json', bytes: typeof json === 'string' ? strToU8(json) : json, level: 6 },
      ...extra.map((f) => ({ ...f, level: 0 as const })),
    ],
    new Date(2026, 10, 27),
  );

async function expectRefused(bytes: Uint8Array | Blob, problem: string, message: RegExp): Promise<void> {
  const before = await digest(db);
  for (const mode of ['merge', 'replace'] as const) {
    const err = await importBackup(bytes, mode, { keepSafetyCopy: () => {} }).catch((e) => e);
    expect(err, mode).toBeInstanceOf(BackupError);
    expect(err.problem).toBe(problem);
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/Nothing on this device has been changed/);
    expect(await digest(db)).toBe(before);
  }
}

let good: Uint8Array;
beforeEach(async () => {
  await clearAll(db);
  await seed(db, { trainings: 6, certificates: 2 });
  good = await backupBytes(await exportBackup());
});

describe('declared sizes and checksums, enforced while inflating', () => {
  test('a bomb whose backup.json lies about its size is stopped at its declared size, not inflated whole', async () => {
    // 16 MB of spaces (valid JSON whitespace) that say they are 2 KB.
    const bomb = zipOf(new Uint8Array(16 * 1024 * 1024).fill(0x20));
    const lying = declareSize(bomb, 'backup.json', 2048);
    const entry = (await readDirectory(bytesSource(lying))).get('backup.json')!;
    let received = 0;
    const err = await streamEntry(bytesSource(lying), entry, (c) => (received += c.length)).catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.problem).toBe('checksum');
    expect(received).toBeLessThanOrEqual(2048);
    await expectRefused(lying, 'checksum', /list of records does not match its checksum/);
  });

  test('a file that inflates to less than it declares, or to other bytes (CRC-32), is refused', async () => {
    const json = unzipSync(good)['backup.json'];
    await expectRefused(declareSize(zipOf(json), 'backup.json', json.length + 10), 'checksum', /does not match its checksum/);
    const zip = zipOf(json);
    new DataView(zip.buffer).setUint32(centralEntry(zip, 'backup.json') + 16, 0x12345678, true);
    await expectRefused(zip, 'checksum', /does not match its checksum/);
  });

  test('a certificate whose stored file lies about its size is refused', async () => {
    const certPath = Object.keys(unzipSync(good)).find((n) => n.startsWith('certificates/'))!;
    // Stored (not deflated): its declared size must be its stored size, checked from the directory.
    await expectRefused(declareSize(good, certPath, 10), 'truncated', /incomplete or damaged/);
  });

  test('a declared backup.json larger than the cap is refused before anything is inflated', async () => {
    // 320 KB of letters that deflate to about half: a declared 64 MB is within deflate's ratio.
    const text = noise(320 * 1024, 5).map((b) => 0x61 + (b & 15));
    const zip = declareSize(zipOf(text), 'backup.json', MAX_JSON_BYTES + 1);
    const entry = (await readDirectory(bytesSource(zip))).get('backup.json')!;
    expect(entry.originalSize).toBe(MAX_JSON_BYTES + 1);
    await expectRefused(
      zip,
      'too-large',
      /list of records is 64 MB, more than this app can import at once \(64 MB; a whole career's record/,
    );
  });

  test('more files than the cap is refused from the end record, before the directory is read', async () => {
    const zip = good.slice();
    const view = new DataView(zip.buffer);
    let end = zip.length - 22;
    while (view.getUint32(end, true) !== END) end--;
    view.setUint16(end + 10, MAX_ZIP_ENTRIES + 1, true);
    await expectRefused(zip, 'too-large', /holds 20,001 files, more than this app can import at once/);
  });
});

describe('both inflaters (the platform, DecompressionStream, and fflate) enforce the same rules', () => {
  const json = strToU8(JSON.stringify({ a: 'x'.repeat(50_000), b: [1, 2, 3] }));
  const entryOf = async (zip: Uint8Array) => (await readDirectory(bytesSource(zip))).get('backup.json')!;
  for (const jsInflate of [false, true]) {
    const how = jsInflate ? 'fflate' : 'DecompressionStream';
    test(`${how}: a good file comes out whole; damaged or cut-short deflate data is refused`, async () => {
      const zip = zipOf(json);
      const entry = await entryOf(zip);
      const parts: Uint8Array[] = [];
      await streamEntry(bytesSource(zip), entry, (c) => parts.push(c.slice()), { jsInflate });
      expect(new TextDecoder().decode(Buffer.concat(parts))).toBe(new TextDecoder().decode(json));

      const start = entry.localOffset + 30 + 'backup.json'.length;
      const broken = zip.slice();
      broken.fill(0xff, start, start + 40); // not deflate data
      const e1 = await streamEntry(bytesSource(broken), entry, () => {}, { jsInflate }).catch((e) => e);
      expect(e1).toBeInstanceOf(BackupError);
      expect(['truncated', 'checksum']).toContain(e1.problem);

      const cut = { ...entry, compressedSize: entry.compressedSize - 20 }; // cut short
      const e2 = await streamEntry(bytesSource(zip), cut, () => {}, { jsInflate }).catch((e) => e);
      expect(e2).toBeInstanceOf(BackupError);
    });

    test(`${how}: a bomb is stopped at its declared size`, async () => {
      const lying = declareSize(zipOf(new Uint8Array(8 * 1024 * 1024).fill(0x20)), 'backup.json', 4096);
      let received = 0;
      const err = await streamEntry(bytesSource(lying), await entryOf(lying), (c) => (received += c.length), { jsInflate }).catch((e) => e);
      expect(err.problem).toBe('checksum');
      expect(received).toBeLessThanOrEqual(4096);
    });
  }
});

describe('backup.json bounded before it is parsed', () => {
  test('1,000,000 entries (made here): declaring 100 MB, refused before anything is inflated; declaring 60 MB, refused by the records count', async () => {
    const entry = JSON.stringify({ id: 'x', title: 'Safeguarding children course', notes: 'Covered thresholds and early help.' });
    const head = '{"format":"safeguarding-passport-backup","formatVersion":1,"tables":{"trainings":[';
    const block = strToU8(`${entry},`.repeat(1000));
    const parts: Uint8Array[] = [strToU8(head)];
    for (let i = 0; i < 1000; i++) parts.push(block);
    parts.push(strToU8(`${entry}]}}`));
    const size = parts.reduce((n, p) => n + p.length, 0);
    expect(size).toBeGreaterThan(80 * 1024 * 1024);
    // (deflated at level 1: level 6 over 500 MB took most of this test's time)
    const zip = writeZip([{ name: 'backup.json', bytes: Buffer.concat(parts), level: 1 }], new Date(2026, 10, 27));
    parts.length = 0;

    // Declaring 100 MB (over MAX_JSON_BYTES): refused from the directory, nothing inflated.
    const declared100 = declareSize(zip, 'backup.json', 100 * 1024 * 1024);
    const reads: [number, number][] = [];
    const blob = new Blob([declared100 as BlobPart]);
    const counted = new Proxy(blob, {
      get(target, prop) {
        if (prop === 'slice')
          return (s: number, e: number) => {
            reads.push([s, e]);
            return target.slice(s, e);
          };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    const refused = await readBackup(counted).catch((e) => e);
    expect(refused).toBeInstanceOf(BackupError);
    expect(refused.message).toMatch(/list of records is 100 MB, more than this app can import at once \(64 MB/);
    // (its first 4 bytes, then at most the last 64 KB, where the end record and directory are; the file is larger)
    expect(declared100.length).toBeGreaterThan(256 * 1024);
    expect(reads.reduce((n, [s, e]) => n + (e - s), 0)).toBeLessThanOrEqual(4 + 22 + 65_535 + 1024);
    await expectRefused(declared100, 'too-large', /list of records is 100 MB, more than this app can import at once/);

    // Declaring 60 MB (under the cap): the scan counts the records as it inflates and stops at the
    // limit, long before the end; nothing is written.
    const before = await digest(db);
    const err = await importBackup(declareSize(zip, 'backup.json', 60 * 1024 * 1024), 'merge').catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.problem).toBe('too-large');
    expect(err.message).toMatch(/more than 100,000 records, more than this app can import at once/);
    expect(await digest(db)).toBe(before);
  }, 120_000);

  test(`more than ${MAX_RECORDS.toLocaleString('en-GB')} records is refused while scanning (the rest is never parsed)`, async () => {
    const records = Array.from({ length: MAX_RECORDS + 1 }, () => '{}').join(',');
    // Invalid JSON after the records: had the document been parsed first, the message would differ.
    const json = `{"format":"safeguarding-passport-backup","tables":{"trainings":[${records}]},"deletions":[] ]]] not json`;
    await expectRefused(zipOf(json), 'too-large', /more than 100,000 records, more than this app can import at once/);
  });

  test('records are counted across every table and the deletion markers', () => {
    const scanner = new JsonScanner({ depth: 64, records: 5, stringBytes: 100 });
    const doc = '{"counts":{"a":1},"tables":{"trainings":[{"x":[1,2,3]},{}],"plans":[{"y":{"z":[4,5]}}]},"deletions":[{},{}]}';
    expect(scanner.push(strToU8(doc))).toBeNull();
    expect(scanner.records).toBe(5);
    const over = new JsonScanner({ depth: 64, records: 4, stringBytes: 100 });
    expect(over.push(strToU8(doc))).toBe('records');
  });

  test('strings and escapes are skipped across chunk edges, one byte at a time', () => {
    const doc = strToU8('{"tables":{"t":[{"a":"[{\\"\\\\"},{"b":"]]],,"}]},"deletions":["x\\"[","y"]}');
    const scanner = new JsonScanner({ depth: 4, records: 100, stringBytes: 100 });
    for (const b of doc) expect(scanner.push(new Uint8Array([b]))).toBeNull();
    expect(scanner.records).toBe(4);
    expect(scanner.deepest).toBe(4);
    expect(scanner.depth).toBe(0);
  });

  test('a giant string is refused while scanning; deep nesting too', async () => {
    const giant = `{"format":"${'a'.repeat(17 * 1024 * 1024)}"}`;
    await expectRefused(zipOf(giant), 'not-backup', /a piece of text over 16 MB long/);
    await expectRefused(zipOf('['.repeat(5000) + ']'.repeat(5000)), 'not-backup', /nested more than 64 levels deep/);
  });
});

describe('read in slices, cancellable', () => {
  test('a Blob is read in slices (directory, then each file) and imports as the bytes do', async () => {
    const blob = new Blob([good as BlobPart]);
    const reads: number[] = [];
    const sliced = new Proxy(blob, {
      get(target, prop) {
        if (prop === 'slice')
          return (s: number, e: number) => {
            reads.push(e - s);
            return target.slice(s, e);
          };
        const v = Reflect.get(target, prop, target);
        return typeof v === 'function' ? v.bind(target) : v;
      },
    });
    await clearAll(db);
    const result = await importBackup(sliced, 'merge');
    expect(result.mode).toBe('merge');
    expect(await db.trainings.count()).toBe(6);
    expect(await db.certificates.count()).toBe(2);
    // The tail (directory), then per file its local header and its data.
    expect(reads.length).toBeGreaterThanOrEqual(2 + 2 * 3);
  });

  test('cancelled while checking: refused as cancelled, nothing written', async () => {
    await clearAll(db);
    const before = await digest(db);
    const controller = new AbortController();
    const err = await importBackup(good, 'merge', {
      signal: controller.signal,
      onProgress: (p) => {
        if (p.phase === 'checking') controller.abort();
      },
    }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.problem).toBe('cancelled');
    expect(err.message).toMatch(/cancelled\. Nothing on this device has been changed/);
    expect(await digest(db)).toBe(before);
  });

  test('progress: the records read, then each certificate checked', async () => {
    const seen: string[] = [];
    await readBackup(good, { onProgress: (p) => seen.push(`${p.phase}:${p.done}/${p.total}`) });
    expect(seen.some((s) => s.startsWith('reading:'))).toBe(true);
    expect(seen.filter((s) => s.startsWith('checking:'))).toEqual(['checking:0/2', 'checking:1/2', 'checking:2/2']);
  });
});
