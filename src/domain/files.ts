/**
 * Certificate files: which types are accepted, recognised by their first bytes (magic numbers),
 * not by the name or the type the browser reports, and the size limit. Pure: no DOM.
 */
import type { Certificate } from './types';

export type CertificateMime = Certificate['mimeType'];

/** Files larger than this are refused (before any reading or downscaling). */
export const MAX_CERTIFICATE_BYTES = 20 * 1024 * 1024;
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
  | { ok: true; mimeType: CertificateMime }
  | { ok: false; reason: 'too-large' | 'wrong-type' | 'empty'; message: string };

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
