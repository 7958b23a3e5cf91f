/**
 * Certificate bytes in a backup are checked exactly as an upload's (one check,
 * checkCertificateBytes): type from the bytes and matching the listed type, size, and a
 * picture's pixels from its header; a 20,000 x 20,000 PNG upload is refused before decoding.
 */
import { beforeEach, expect, test, vi } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { sha256Hex } from '../../src/backup/hash';
import { checkCertificateBytes, MAX_IMAGE_PIXELS } from '../../src/domain/files';
import { prepareCertificateFile } from '../../src/ui/record/certificate-files';
import { clearAll, digest, seed } from '../backup/fixtures';

beforeEach(() => clearAll(db));

/** A PNG whose header says width x height (no image data needed to read it). */
function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(64);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 0);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  return b;
}

/** The seeded backup with its first certificate's bytes (and checksum, size, type) replaced. */
async function withCertificate(bytes: Uint8Array, mimeType: string, fileName: string): Promise<Uint8Array> {
  await seed(db, { trainings: 2, certificates: 1 });
  const files = unzipSync(await backupBytes(await exportBackup()));
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  const cert = doc.tables.certificates[0];
  Object.assign(cert, { mimeType, fileName, size: bytes.length, originalSize: bytes.length, sha256: await sha256Hex(bytes) });
  files[cert.path] = new Uint8Array(bytes); // a copy on a plain ArrayBuffer, as the zip entries are typed
  files['backup.json'] = strToU8(JSON.stringify(doc));
  return zipSync(files);
}

async function expectRefused(file: Uint8Array, message: RegExp) {
  const before = await digest(db);
  const err = await importBackup(file, 'merge').catch((e) => e);
  expect(err.message).toMatch(message);
  expect(err.message).toMatch(/Nothing on this device has been changed/);
  expect(await digest(db)).toBe(before);
}

test('HTML listed as a PNG named invoice.html is refused on import', async () => {
  const html = strToU8('<html><script>alert(1)</script></html>');
  await expectRefused(await withCertificate(html, 'image/png', 'invoice.html'), /"invoice.html": it is not a PDF, JPEG, PNG or WebP file/);
});

test('a PDF listed as a PNG is refused: the bytes must be the listed type', async () => {
  const pdf = strToU8('%PDF-1.7\n%%EOF\n');
  await expectRefused(
    await withCertificate(pdf, 'image/png', 'scan.png'),
    /"scan.png" is listed as a PNG picture, but its contents are a PDF/,
  );
});

test('a 20,000 x 20,000 PNG in a backup is refused from its header', async () => {
  await expectRefused(await withCertificate(pngHeader(20_000, 20_000), 'image/png', 'huge.png'), /20,000 by 20,000 pixels/);
});

test('the same check accepts a picture within the pixel budget', () => {
  expect(checkCertificateBytes('ok.png', pngHeader(5000, 5000), 'image/png')).toEqual({ ok: true, mimeType: 'image/png' });
  expect(5000 * 5000).toBeLessThan(MAX_IMAGE_PIXELS);
});

test('a 20,000 x 20,000 PNG upload is refused before anything decodes it', async () => {
  const decode = vi.fn(() => Promise.reject(new Error('must not decode')));
  vi.stubGlobal('createImageBitmap', decode);
  try {
    const file = new File([pngHeader(20_000, 20_000) as BlobPart], 'huge.png', { type: 'image/png' });
    const r = await prepareCertificateFile(file);
    expect(r).toMatchObject({ ok: false });
    expect(r.ok ? '' : r.message).toMatch(/"huge.png" was not added: the picture is 20,000 by 20,000 pixels/);
    expect(decode).not.toHaveBeenCalled();
  } finally {
    vi.unstubAllGlobals();
  }
});
