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

/** An APP1 EXIF segment holding only the orientation tag (big-endian TIFF). */
function exifOrientationSegment(orientation: number): number[] {
  const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0, 0, 0];
  const body = [0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
  const len = body.length + 2;
  return [0xff, 0xe1, len >> 8, len & 255, ...body];
}

describe('reading picture sizes from the first bytes', () => {
  const sof = (w: number, h: number) => [0xff, 0xc0, 0, 17, 8, h >> 8, h & 255, w >> 8, w & 255, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1];
  const jfif = [0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];

  test('JPEG: the frame size, and the EXIF orientation that turns it', async () => {
    const { imageHeader, displayedSize } = await import('../../src/domain/files');
    const plain = bytes(0xff, 0xd8, ...jfif, ...sof(4032, 3024), 0xff, 0xda);
    expect(imageHeader(plain, 'image/jpeg')).toEqual({ width: 4032, height: 3024, orientation: 1 });
    const turned = bytes(0xff, 0xd8, ...exifOrientationSegment(6), ...sof(4032, 3024));
    const h = imageHeader(turned, 'image/jpeg')!;
    expect(h).toEqual({ width: 4032, height: 3024, orientation: 6 });
    expect(displayedSize(h)).toEqual({ width: 3024, height: 4032 });
    expect(downscaledSize(displayedSize(h).width, displayedSize(h).height)).toEqual({ width: 1500, height: 2000 });
    // Scan data before any frame header, or a cut-off header: unknown (the caller decodes fully).
    expect(imageHeader(bytes(0xff, 0xd8, ...jfif, 0xff, 0xda, 0, 4), 'image/jpeg')).toBeNull();
    expect(imageHeader(bytes(0xff, 0xd8, ...jfif), 'image/jpeg')).toBeNull();
  });

  test('PNG and WebP sizes', async () => {
    const { imageHeader } = await import('../../src/domain/files');
    const png = bytes(
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      13,
      0x49,
      0x48,
      0x44,
      0x52,
      0,
      0,
      0x0b,
      0xb8,
      0,
      0,
      0x07,
      0xd0,
    );
    expect(imageHeader(png, 'image/png')).toEqual({ width: 3000, height: 2000, orientation: 1 });
    const vp8 = new Uint8Array(30);
    vp8.set(text('RIFF\0\0\0\0WEBPVP8 '), 0);
    vp8.set([2500 & 255, 2500 >> 8, 1200 & 255, 1200 >> 8], 26);
    expect(imageHeader(vp8, 'image/webp')).toEqual({ width: 2500, height: 1200, orientation: 1 });
    const vp8l = new Uint8Array(30);
    vp8l.set(text('RIFF\0\0\0\0WEBPVP8L'), 0);
    const bits = (2999 & 0x3fff) | ((1999 & 0x3fff) << 14);
    vp8l.set([0x2f, bits & 255, (bits >> 8) & 255, (bits >> 16) & 255, (bits >>> 24) & 255], 20);
    expect(imageHeader(vp8l, 'image/webp')).toEqual({ width: 3000, height: 2000, orientation: 1 });
  });
});
