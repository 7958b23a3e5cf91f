import { expect, test } from 'vitest';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { concat, crc32, writeZip, ZipWriter } from '../../src/backup/zip';
import { bytesSource, readDirectory } from '../../src/backup/zip-stream';
import { noise } from './fixtures';

test('CRC-32 matches zlib for every length around the 8-byte steps, whole or in pieces', () => {
  const data = noise(4096, 7);
  for (const n of [0, 1, 7, 8, 9, 15, 16, 17, 100, 4095, 4096]) expect(crc32(data.subarray(0, n))).toBe(nodeCrc32(data.subarray(0, n)));
  let running = 0;
  for (let i = 0; i < data.length; i += 333) running = crc32(data.subarray(i, i + 333), running);
  expect(running).toBe(nodeCrc32(data));
});

test('the zip writer makes files that unzip, fflate and our reader all read back exactly', async () => {
  const photo = noise(50_000, 3);
  const text = new TextEncoder().encode('{"hello": "wörld"}\n'.repeat(500));
  const zip = writeZip(
    [
      { name: 'backup.json', bytes: text, level: 6 },
      { name: 'certificates/a-photo.jpg', bytes: photo, level: 0 },
      { name: 'empty.txt', bytes: new Uint8Array(0), level: 0 },
    ],
    new Date(2026, 10, 27, 10, 30, 12),
  );
  const back = unzipSync(zip);
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  expect(same(back['backup.json'], text)).toBe(true);
  expect(same(back['certificates/a-photo.jpg'], photo)).toBe(true);
  expect(back['empty.txt'].length).toBe(0);
  expect([...(await readDirectory(bytesSource(zip))).values()].map((e) => [e.name, e.crc32, e.originalSize])).toEqual([
    ['backup.json', nodeCrc32(text), text.length],
    ['certificates/a-photo.jpg', nodeCrc32(photo), photo.length],
    ['empty.txt', 0, 0],
  ]);

  const dir = mkdtempSync(join(tmpdir(), 'zip-'));
  try {
    writeFileSync(join(dir, 'b.zip'), zip);
    expect(execFileSync('unzip', ['-tq', join(dir, 'b.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    expect(execFileSync('unzip', ['-l', join(dir, 'b.zip')], { encoding: 'utf8' })).toMatch(
      /2026-11-27 10:30\s+certificates\/a-photo\.jpg/,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a file deflated as it is written, piece by piece, reads back exactly beside stored files', async () => {
  const pieces = Array.from({ length: 40 }, (_, i) =>
    new TextEncoder().encode(`{"record": ${i}, "text": "wörld ${'x'.repeat(i * 50)}"},\n`),
  );
  const text = concat(pieces);
  const photo = noise(20_000, 5);
  const zip = new ZipWriter(new Date(2026, 10, 27, 10, 30, 12));
  const parts = zip.add({ name: 'certificates/a.jpg', bytes: photo, level: 0 });
  const json = zip.addStreamed('backup.json', 6);
  for (const p of pieces) json.push(p);
  const file = concat([...parts, ...json.end(), ...zip.finish()]);

  const back = unzipSync(file);
  expect(Buffer.from(back['backup.json']).equals(Buffer.from(text))).toBe(true);
  expect(Buffer.from(back['certificates/a.jpg']).equals(Buffer.from(photo))).toBe(true);
  const entries = [...(await readDirectory(bytesSource(file))).values()];
  expect(entries.map((e) => [e.name, e.method, e.crc32, e.originalSize])).toEqual([
    ['certificates/a.jpg', 0, nodeCrc32(photo), photo.length],
    ['backup.json', 8, nodeCrc32(text), text.length],
  ]);
  expect(entries[1].compressedSize).toBeLessThan(text.length / 4);
  const dir = mkdtempSync(join(tmpdir(), 'zip-'));
  try {
    writeFileSync(join(dir, 's.zip'), file);
    expect(execFileSync('unzip', ['-tq', join(dir, 's.zip')], { encoding: 'utf8' })).toMatch(/No errors detected/);
    expect(execFileSync('unzip', ['-p', join(dir, 's.zip'), 'backup.json']).equals(Buffer.from(text))).toBe(true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
