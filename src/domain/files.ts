/**
 * Certificate files: which types are accepted, recognised by their first bytes (magic numbers),
 * not by the name or the type the browser reports, and the size limit. Pure: no DOM.
 */
import type { Certificate } from './types';

export type CertificateMime = Certificate['mimeType'];

/** Files larger than this are refused (before any reading or downscaling). */
export const MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024;
/** Largest picture accepted, in pixels (width x height): decoding one costs 4 bytes a pixel, so
 * 50 megapixels is 200 MB; a 20,000 x 20,000 PNG (1.6 GB decoded) is refused from its header. */
export const MAX_IMAGE_PIXELS = 50_000_000;
/** Photos are downscaled so that their longest side is at most this many pixels. */
export const MAX_PHOTO_SIDE = 2000;
export const PHOTO_JPEG_QUALITY = 0.85;
/** How many leading bytes sniffing needs. */
export const SNIFF_BYTES = 16;

/** For the file inputs' accept attribute (a hint only; the bytes decide). */
export const CERTIFICATE_ACCEPT = 'application/pdf,image/jpeg,image/png,image/webp,.pdf,.jpg,.jpeg,.png,.webp';

function startsWith(bytes: Uint8Array, sig: number[], offset = 0): boolean {
  if (bytes.length < offset + sig.length) return false;
  return sig.every((b, i) => bytes[offset + i] === b);
}

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

/** The file type from its first bytes, or null when it is none of PDF, JPEG, PNG or WebP. */
export function sniffCertificateType(head: Uint8Array): CertificateMime | null {
  if (startsWith(head, ascii('%PDF-'))) return 'application/pdf';
  if (startsWith(head, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return 'image/webp';
  return null;
}

export type FileCheck =
  { ok: true; mimeType: CertificateMime } | { ok: false; reason: 'too-large' | 'wrong-type' | 'empty' | 'damaged'; message: string };

/** "3.4 MB", "820 KB", "512 bytes". */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}

/** Checks a picked file by its size and first bytes; the message names the file and the reason. */
export function checkCertificateFile(name: string, size: number, head: Uint8Array): FileCheck {
  if (size === 0) {
    return { ok: false, reason: 'empty', message: `"${name}" was not added: the file is empty.` };
  }
  if (size > MAX_CERTIFICATE_BYTES) {
    return {
      ok: false,
      reason: 'too-large',
      message: `"${name}" was not added: it is ${formatFileSize(size)}, and the limit is ${formatFileSize(MAX_CERTIFICATE_BYTES)}.`,
    };
  }
  const mimeType = sniffCertificateType(head);
  if (!mimeType) {
    return {
      ok: false,
      reason: 'wrong-type',
      message: `"${name}" was not added: it is not a PDF, JPEG, PNG or WebP file. Save or photograph the certificate in one of these formats.`,
    };
  }
  return { ok: true, mimeType };
}

/** The size to draw a photo at so that its longest side is at most `maxSide`, or null when it is
 * already small enough (kept byte for byte). */
export function downscaledSize(width: number, height: number, maxSide = MAX_PHOTO_SIDE): { width: number; height: number } | null {
  const longest = Math.max(width, height);
  if (longest <= maxSide) return null;
  const scale = maxSide / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** A downscaled photo is stored as JPEG: 'IMG_1234.png' -> 'IMG_1234.jpg'. */
export function jpegFileName(name: string): string {
  const base = name.replace(/\.[^./\\]{1,5}$/, '');
  return `${base || 'photo'}.jpg`;
}

/** Lower-case hex of a digest. */
export function toHex(buf: ArrayBuffer): string {
  return [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ImageHeader {
  /** As stored, before any EXIF rotation. */
  width: number;
  height: number;
  /** EXIF orientation (1-8; 5-8 turn the picture a quarter: width and height swap on screen). */
  orientation: number;
}

/** How many leading bytes imageHeader looks at (EXIF blocks before a JPEG's frame header can be
 * up to 64 KB, plus a thumbnail). */
export const IMAGE_HEADER_BYTES = 256 * 1024;

const u16be = (b: Uint8Array, i: number) => (b[i] << 8) | b[i + 1];
const u32be = (b: Uint8Array, i: number) => ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0;
const u16le = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);

/** The EXIF orientation in a JPEG APP1 segment's TIFF data (1 when absent or unreadable). */
function exifOrientation(b: Uint8Array, tiff: number, end: number): number {
  if (tiff + 8 > end) return 1;
  const little = b[tiff] === 0x49; // 'II'
  const r16 = (i: number) => (little ? u16le(b, i) : u16be(b, i));
  const r32 = (i: number) => (little ? (u16le(b, i) | (u16le(b, i + 2) << 16)) >>> 0 : u32be(b, i));
  const ifd = tiff + r32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = r16(ifd);
  for (let k = 0; k < count; k++) {
    const e = ifd + 2 + k * 12;
    if (e + 12 > end) break;
    if (r16(e) === 0x0112) {
      const v = r16(e + 8);
      return v >= 1 && v <= 8 ? v : 1;
    }
  }
  return 1;
}

/** Width, height and orientation from the first bytes of a JPEG, PNG or WebP, without decoding
 * it; null when they cannot be read there (the caller then decodes the whole image). */
export function imageHeader(b: Uint8Array, mime: CertificateMime): ImageHeader | null {
  if (mime === 'image/png') {
    if (b.length < 24) return null;
    return { width: u32be(b, 16), height: u32be(b, 20), orientation: 1 };
  }
  if (mime === 'image/webp') {
    if (b.length < 30) return null;
    const chunk = String.fromCharCode(b[12], b[13], b[14], b[15]);
    if (chunk === 'VP8 ') return { width: u16le(b, 26) & 0x3fff, height: u16le(b, 28) & 0x3fff, orientation: 1 };
    if (chunk === 'VP8L') {
      const bits = (b[21] | (b[22] << 8) | (b[23] << 16) | (b[24] << 24)) >>> 0;
      return { width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1, orientation: 1 };
    }
    // VP8X may carry EXIF further on: leave orientation to the full decode.
    return null;
  }
  if (mime !== 'image/jpeg') return null;
  let orientation = 1;
  let i = 2;
  while (i + 4 <= b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1];
    if (marker === 0xff) {
      i++; // fill byte
      continue;
    }
    const len = u16be(b, i + 2);
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (i + 9 > b.length) return null;
      return { height: u16be(b, i + 5), width: u16be(b, i + 7), orientation };
    }
    if (marker === 0xe1 && b[i + 4] === 0x45 && b[i + 5] === 0x78 && b[i + 6] === 0x69 && b[i + 7] === 0x66) {
      orientation = exifOrientation(b, i + 10, Math.min(b.length, i + 2 + len));
    }
    if (marker === 0xda || marker === 0xd9) return null; // image data before any frame header
    i += 2 + len;
  }
  return null;
}

/** The message when a picture's header says it is larger than MAX_IMAGE_PIXELS, else null. Read
 * from the header (imageHeader), before anything is decoded. */
export function pixelBudgetProblem(name: string, header: ImageHeader | null): string | null {
  if (!header || header.width * header.height <= MAX_IMAGE_PIXELS) return null;
  return `"${name}" was not added: the picture is ${header.width.toLocaleString('en-GB')} by ${header.height.toLocaleString('en-GB')} pixels, more than this app can open (${MAX_IMAGE_PIXELS / 1_000_000} megapixels). Save a smaller copy and add that.`;
}

/**
 * The one check of a certificate's bytes, for an upload and an import alike: size, type from the
 * first bytes (magic numbers), and a picture's size in pixels from its header. `declared` is the
 * type a backup lists: the bytes must be that type.
 */
export function checkCertificateBytes(name: string, bytes: Uint8Array, declared?: CertificateMime): FileCheck {
  const check = checkCertificateFile(name, bytes.byteLength, bytes.subarray(0, SNIFF_BYTES));
  if (!check.ok) return check;
  if (declared && check.mimeType !== declared) {
    return {
      ok: false,
      reason: 'wrong-type',
      message: `"${name}" is listed as ${TYPE_NAMES[declared]}, but its contents are ${TYPE_NAMES[check.mimeType]}.`,
    };
  }
  const damaged = structureProblem(name, bytes, check.mimeType);
  if (damaged) return { ok: false, reason: 'damaged', message: damaged };
  const tooBig = check.mimeType === 'application/pdf' ? null : pixelBudgetProblem(name, imageHeader(bytes, check.mimeType));
  if (tooBig) return { ok: false, reason: 'too-large', message: tooBig };
  return check;
}

/** How far from the end a PDF's end-of-file marker may be (the PDF standard's own tolerance). */
export const PDF_TAIL_BYTES = 1024;

const latin1 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
};

/**
 * Whether the bytes are a real file of their type, not just its first few bytes: a PDF has its
 * version after "%PDF-" and its end-of-file marker "%%EOF" in its last 1 KB (a file cut short, or
 * garbage behind a PDF's signature, has not); a PNG starts with a readable image header (IHDR: a
 * width and height above 0, a real bit depth and colour type); a JPEG has a frame header giving
 * its size before its image data; a WebP is a RIFF file of one of WebP's three kinds. (End
 * markers of pictures are not required: some cameras add data after them.) The message, in the
 * user's words, or null when the file is whole.
 */
export function structureProblem(name: string, bytes: Uint8Array, mime: CertificateMime): string | null {
  const damaged = (what: string) =>
    `"${name}" was not added: it is not a complete ${what} (it may be damaged, or cut short while downloading). Open it on the device it came from and save or download it again, then add that copy.`;
  const n = bytes.length;
  if (mime === 'application/pdf') {
    const version = /^%PDF-[12]\.\d/.test(latin1(bytes.subarray(0, 8)));
    const tail = latin1(bytes.subarray(Math.max(0, n - PDF_TAIL_BYTES)));
    return version && tail.includes('%%EOF') ? null : damaged('PDF');
  }
  if (mime === 'image/png') {
    // IHDR: 13 bytes of width, height, bit depth and colour type, first after the signature.
    const ihdr =
      n >= 33 &&
      u32be(bytes, 8) === 13 &&
      latin1(bytes.subarray(12, 16)) === 'IHDR' &&
      u32be(bytes, 16) > 0 &&
      u32be(bytes, 20) > 0 &&
      [1, 2, 4, 8, 16].includes(bytes[24]) &&
      [0, 2, 3, 4, 6].includes(bytes[25]);
    return ihdr ? null : damaged('PNG picture');
  }
  if (mime === 'image/jpeg') {
    const header = imageHeader(bytes, mime);
    return header && header.width > 0 && header.height > 0 ? null : damaged('JPEG picture');
  }
  const kind = n >= 16 ? latin1(bytes.subarray(12, 16)) : '';
  return kind === 'VP8 ' || kind === 'VP8L' || kind === 'VP8X' ? null : damaged('WebP picture');
}

const TYPE_NAMES: Record<CertificateMime, string> = {
  'application/pdf': 'a PDF',
  'image/jpeg': 'a JPEG picture',
  'image/png': 'a PNG picture',
  'image/webp': 'a WebP picture',
};

/** The size the picture shows at (after EXIF rotation). */
export function displayedSize(h: ImageHeader): { width: number; height: number } {
  return h.orientation >= 5 ? { width: h.height, height: h.width } : { width: h.width, height: h.height };
}
