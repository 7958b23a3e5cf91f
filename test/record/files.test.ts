import { describe, expect, test } from 'vitest';
import {
  checkCertificateFile,
  downscaledSize,
  formatFileSize,
  jpegFileName,
  MAX_CERTIFICATE_BYTES,
  sniffCertificateType,
} from '../../src/domain/files';

const bytes = (...b: number[]) => new Uint8Array(b);
const text = (s: string) => new TextEncoder().encode(s);

describe('sniffing certificate files by their first bytes', () => {
  test('recognises PDF, JPEG, PNG and WebP', () => {
    expect(sniffCertificateType(text('%PDF-1.7\n%âãÏÓ'))).toBe('application/pdf');
    expect(sniffCertificateType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
    expect(sniffCertificateType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffCertificateType(text('RIFF\x24\x00\x00\x00WEBPVP8 '))).toBe('image/webp');
  });

  test('rejects other files, even when named like a certificate', () => {
    expect(sniffCertificateType(text('PK\x03\x04 word document'))).toBeNull(); // .docx
    expect(sniffCertificateType(text('GIF89a......'))).toBeNull();
    expect(sniffCertificateType(text('RIFF\x24\x00\x00\x00WAVEfmt '))).toBeNull(); // audio, not WebP
    expect(sniffCertificateType(text('<html>%PDF-'))).toBeNull();
    expect(sniffCertificateType(bytes(0xff, 0xd8))).toBeNull(); // too short to be sure
    expect(sniffCertificateType(bytes())).toBeNull();
  });
});

describe('checking a picked file', () => {
  test('a wrong type is refused with the file name and the reason', () => {
    const r = checkCertificateFile('certificate.pdf', 2000, text('PK\x03\x04'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('wrong-type');
      expect(r.message).toContain('"certificate.pdf"');
      expect(r.message).toMatch(/not a PDF, JPEG, PNG or WebP/);
    }
  });

  test('over 20 MB is refused with both sizes; exactly 20 MB is accepted', () => {
    const r = checkCertificateFile('scan.jpg', 25 * 1024 * 1024, bytes(0xff, 0xd8, 0xff));
    expect(r).toMatchObject({ ok: false, reason: 'too-large' });
    if (!r.ok) expect(r.message).toBe('"scan.jpg" was not added: it is 25 MB, and the limit is 20 MB.');
    expect(checkCertificateFile('scan.jpg', MAX_CERTIFICATE_BYTES, bytes(0xff, 0xd8, 0xff))).toEqual({ ok: true, mimeType: 'image/jpeg' });
  });

  test('an empty file is refused', () => {
    expect(checkCertificateFile('x.png', 0, bytes())).toMatchObject({ ok: false, reason: 'empty' });
  });
});

test('photo downscaling keeps the aspect ratio and the longest side at 2,000 px', () => {
  expect(downscaledSize(4000, 3000)).toEqual({ width: 2000, height: 1500 });
  expect(downscaledSize(3024, 4032)).toEqual({ width: 1500, height: 2000 });
  expect(downscaledSize(2000, 1000)).toBeNull();
  expect(downscaledSize(800, 600)).toBeNull();
});

test('file names and sizes in plain words', () => {
  expect(jpegFileName('IMG_1234.PNG')).toBe('IMG_1234.jpg');
  expect(jpegFileName('certificate.final.webp')).toBe('certificate.final.jpg');
  expect(jpegFileName('photo')).toBe('photo.jpg');
  expect(formatFileSize(512)).toBe('512 bytes');
  expect(formatFileSize(840 * 1024)).toBe('840 KB');
  expect(formatFileSize(3.44 * 1024 * 1024)).toBe('3.4 MB');
});
