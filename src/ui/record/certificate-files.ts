/**
 * Turning a picked file into a stored certificate: size and type checked from the bytes, large
 * photos downscaled (longest side 2,000 px, JPEG), PDFs kept byte for byte, SHA-256 computed.
 * Browser APIs (createImageBitmap, canvas, crypto.subtle); the rules are in src/domain/files.ts.
 */
import {
  checkCertificateBytes,
  checkCertificateFile,
  displayedSize,
  downscaledSize,
  imageHeader,
  IMAGE_HEADER_BYTES,
  pixelBudgetProblem,
  jpegFileName,
  type CertificateMime,
  PHOTO_JPEG_QUALITY,
  SNIFF_BYTES,
  toHex,
} from '../../domain/files';
import type { CertificateFile } from '../../state/certificates';
import { TEXT_LIMITS } from '../../domain/limits';

export type PreparedFile = { ok: true; file: CertificateFile; downscaled: boolean } | { ok: false; name: string; message: string };

export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A view rather than the buffer: some environments (jsdom) only accept views from another realm.
  return toHex(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
}

/** Draws a decoded picture at the given size as a JPEG (white behind transparent PNG areas). */
async function encodeJpeg(bitmap: ImageBitmap, size: { width: number; height: number }): Promise<ArrayBuffer | null> {
  let out: Blob | null;
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    out = await canvas.convertToBlob({ type: 'image/jpeg', quality: PHOTO_JPEG_QUALITY });
  } else {
    const canvas = document.createElement('canvas');
    canvas.width = size.width;
    canvas.height = size.height;
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, size.width, size.height);
    ctx.drawImage(bitmap, 0, 0, size.width, size.height);
    out = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/jpeg', PHOTO_JPEG_QUALITY));
  }
  return out ? readBytes(out) : null;
}

/** The photo made smaller as a JPEG, or null when it is small enough already (kept byte for byte)
 * or this browser cannot decode images (the original bytes are kept). Throws when the image
 * cannot be decoded (a damaged file). */
async function downscalePhoto(file: File, mimeType: CertificateMime): Promise<ArrayBuffer | null> {
  if (typeof createImageBitmap !== 'function') return null;
  const header = imageHeader(new Uint8Array(await readBytes(file.slice(0, IMAGE_HEADER_BYTES))), mimeType);
  // Refused from the header, before a decode that would take gigabytes.
  const tooBig = pixelBudgetProblem(file.name || 'file', header);
  if (tooBig) throw new TooManyPixels(tooBig);
  const target = header ? downscaledSize(displayedSize(header).width, displayedSize(header).height) : null;
  if (target) {
    // Decoding straight to the smaller size takes about half the time and a fraction of the memory
    // of a full decode. The size check catches a browser that would resize before turning the
    // picture upright (it would come out squashed): then the full decode below is used.
    const small = await createImageBitmap(file, {
      imageOrientation: 'from-image',
      resizeWidth: target.width,
      resizeHeight: target.height,
      resizeQuality: 'high',
    });
    try {
      if (small.width === target.width && small.height === target.height) return await encodeJpeg(small, target);
    } finally {
      small.close();
    }
  }
  // Unknown header, or a picture small enough to keep: decoded in full (this also refuses a
  // damaged file) and drawn smaller only if it needs to be.
  const bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  try {
    const size = downscaledSize(bitmap.width, bitmap.height);
    return size ? await encodeJpeg(bitmap, size) : null;
  } finally {
    bitmap.close();
  }
}

class TooManyPixels extends Error {}

/** A Blob's bytes (FileReader where Blob.arrayBuffer is missing, as in older WebViews). */
export function readBytes(blob: Blob): Promise<ArrayBuffer> {
  if (typeof blob.arrayBuffer === 'function') return blob.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    // Copied, so the buffer belongs to this realm (crypto.subtle checks it).
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer).slice().buffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

export async function prepareCertificateFile(file: File): Promise<PreparedFile> {
  // Stored names are bounded like every text field (src/domain/limits.ts).
  const name = (file.name || 'file').slice(-TEXT_LIMITS.fileName);
  // The size is checked before reading, so a huge file is never loaded into memory.
  const head = file.size > 0 ? new Uint8Array(await readBytes(file.slice(0, SNIFF_BYTES))) : new Uint8Array();
  const check = checkCertificateFile(name, file.size, head);
  if (!check.ok) return { ok: false, name, message: check.message };
  let bytes = await readBytes(file);
  // The whole file, as an import checks it: a real PDF (its end marker too), a readable picture
  // header (src/domain/files.ts).
  const whole = checkCertificateBytes(name, new Uint8Array(bytes));
  if (!whole.ok) return { ok: false, name, message: whole.message };
  let { mimeType } = check;
  let fileName = name;
  let downscaled = false;
  if (mimeType !== 'application/pdf') {
    let smaller: ArrayBuffer | null;
    try {
      smaller = await downscalePhoto(file, mimeType);
    } catch (e) {
      if (e instanceof TooManyPixels) return { ok: false, name, message: e.message };
      return { ok: false, name, message: `"${name}" was not added: the image could not be read (the file may be damaged).` };
    }
    if (smaller) {
      bytes = smaller;
      mimeType = 'image/jpeg';
      fileName = jpegFileName(name);
      downscaled = true;
    }
  }
  const sha256 = await sha256Hex(bytes);
  return {
    ok: true,
    downscaled,
    file: { fileName, mimeType, size: bytes.byteLength, originalSize: file.size, sha256, bytes },
  };
}

/** Prepares files one at a time (a phone has little memory for 20 full-size photos at once). */
export async function prepareCertificateFiles(files: File[]): Promise<{ accepted: CertificateFile[]; rejected: string[] }> {
  const accepted: CertificateFile[] = [];
  const rejected: string[] = [];
  for (const f of files) {
    const r = await prepareCertificateFile(f);
    if (r.ok) accepted.push(r.file);
    else rejected.push(r.message);
  }
  return { accepted, rejected };
}
