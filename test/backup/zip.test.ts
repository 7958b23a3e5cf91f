import { expect, test } from 'vitest';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { crc32, writeZip } from '../../src/backup/zip';
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
