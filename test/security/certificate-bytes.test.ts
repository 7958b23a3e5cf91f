/**
 * Certificate bytes in a backup are checked exactly as an upload's (one check,
 * checkCertificateBytes): type from the bytes and matching the listed type, size, and a
 * picture's pixels from its header; a 20,000 x 20,000 PNG upload is refused before decoding.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { sha256Hex } from '../../src/backup/hash';
import { checkCertificateBytes, MAX_IMAGE_PIXELS } from '../../src/domain/files';
import { prepareCertificateFile } from '../../src/ui/record/certificate-files';
import { clearAll, digest, seed } from '../backup/fixtures';
import { minimalPdf, pdfOfSize } from '../fixtures/pdf';

beforeEach(() => clearAll(db));

/** A PNG whose header says width x height (no image data needed to read it). */
function pngHeader(width: number, height: number): Uint8Array {
  const b = new Uint8Array(64);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52], 0);
  new DataView(b.buffer).setUint32(16, width);
  new DataView(b.buffer).setUint32(20, height);
  b.set([8, 6], 24); // 8 bits a channel, RGBA
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
  const pdf = await minimalPdf();
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

const realPdf = await minimalPdf();

describe('a certificate must be a whole file of its type, not just its first bytes', () => {
  const garbage = (head: string | number[], n = 4096) => {
    const b = new Uint8Array(n).fill(0x41);
    b.set(typeof head === 'string' ? strToU8(head) : head, 0);
    return b;
  };
  const cases: [string, Uint8Array, string, RegExp][] = [
    ['"%PDF-" then garbage', garbage('%PDF-1.7\n'), 'application/pdf', /not a complete PDF/],
    ['a real PDF cut short (no end marker)', realPdf.slice(0, realPdf.length - 100), 'application/pdf', /not a complete PDF/],
    ['"%PDF-" without a version', garbage('%PDF-garbage\n%%EOF\n'), 'application/pdf', /not a complete PDF/],
    ['a PNG signature then garbage', garbage([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), 'image/png', /not a complete PNG picture/],
    ['a JPEG signature then garbage', garbage([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x41]), 'image/jpeg', /not a complete JPEG picture/],
  ];

  test.each(cases)('%s is refused on upload, with the reason in plain words', async (_, bytes, type, message) => {
    const file = new File([bytes as BlobPart], 'certificate', { type });
    const r = await prepareCertificateFile(file);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toMatch(message);
    expect(r.ok ? '' : r.message).toMatch(/may be damaged, or cut short while downloading/);
  });

  test.each(cases)('%s is refused on import, and nothing changes', async (_, bytes, type, message) => {
    await expectRefused(await withCertificate(bytes, type, 'certificate'), message);
  });

  test('a real PDF (pdf-lib), and one ending in a little trailing space, are accepted', async () => {
    const pdf = await minimalPdf();
    expect(checkCertificateBytes('a.pdf', pdf)).toEqual({ ok: true, mimeType: 'application/pdf' });
    const padded = new Uint8Array(pdf.length + 900);
    padded.set(pdf);
    padded.fill(0x20, pdf.length);
    expect(checkCertificateBytes('b.pdf', padded)).toEqual({ ok: true, mimeType: 'application/pdf' });
    const far = new Uint8Array(pdf.length + 2000);
    far.set(pdf);
    far.fill(0x20, pdf.length);
    expect(checkCertificateBytes('c.pdf', far)).toMatchObject({ ok: false, reason: 'damaged' });
  });

  test('a padded real PDF of an exact size is accepted on import', async () => {
    const pdf = await pdfOfSize(8192, (n) => new Uint8Array(n).fill(0x42));
    expect(pdf.length).toBe(8192);
    expect(checkCertificateBytes('d.pdf', pdf, 'application/pdf')).toEqual({ ok: true, mimeType: 'application/pdf' });
  });
});
