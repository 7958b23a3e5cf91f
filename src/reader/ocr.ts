/**
 * Reading a photographed (or scanned) certificate with tesseract.js, inside the certificate
 * reader worker. Everything comes from the app's own origin: tesseract.js's worker script, its
 * WebAssembly core and the English model (from the npm package @tesseract.js-data/eng) are build
 * assets, never fetched from a third party (tesseract.js would otherwise use a CDN). They are not
 * precached: the service worker caches them the first time a photo is read (runtime caching,
 * vite.config.ts), so reading works offline afterwards. The photo is made smaller here, in the
 * worker, to what OCR needs, turned level (src/reader/deskew.ts), then to grey, and handed to
 * tesseract as a PGM image.
 */
import { createWorker, OEM, type Worker as OcrWorker } from 'tesseract.js';
import ocrWorkerUrl from 'tesseract.js/dist/worker.min.js?url';
import coreSimdUrl from 'tesseract.js-core/tesseract-core-simd-lstm.wasm.js?url';
import coreUrl from 'tesseract.js-core/tesseract-core-lstm.wasm.js?url';
import modelFolder from 'virtual:ocr-model';
import { OCR_LONG_SIDE } from './ocr-assets';
import { skewAngle } from './deskew';

export type OcrProgress = (stage: 'downloading' | 'preparing' | 'reading', fraction: number) => void;

const absolute = (url: string) => new URL(url, self.location.href).href;

/** WebAssembly SIMD (every current browser): an 8-byte module using one SIMD instruction. */
function hasSimd(): boolean {
  try {
    return WebAssembly.validate(
      new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 5, 1, 96, 0, 1, 123, 3, 2, 1, 0, 10, 10, 1, 8, 0, 65, 0, 253, 15, 253, 98, 11]),
    );
  } catch {
    return false;
  }
}

/** Fetches the core and the model with progress, so that the first use shows how the one-off
 * download goes (and the service worker keeps them); tesseract.js then fetches both again
 * itself, from that cache (or the browser's). The bytes are not kept here: tesseract.js 7 cannot be
 * given a model's bytes (its initialize joins the bytes, not the language code, into the name). */
async function prefetch(urls: string[], onProgress: (fraction: number) => void): Promise<void> {
  const responses = await Promise.all(urls.map((u) => fetch(u)));
  const bad = responses.find((r) => !r.ok || !r.body);
  if (bad) throw new Error(`The photo reader could not be loaded (${bad.status}).`);
  const total = responses.reduce((n, r) => n + (Number(r.headers.get('Content-Length')) || 0), 0);
  let got = 0;
  await Promise.all(
    responses.map(async (r) => {
      const reader = r.body!.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        got += value.length;
        if (total) onProgress(Math.min(1, got / total));
      }
    }),
  );
}

let ocr: Promise<OcrWorker> | null = null;
let onRecognize: ((fraction: number) => void) | null = null;

function ocrWorker(onProgress: OcrProgress): Promise<OcrWorker> {
  ocr ??= (async () => {
    const corePath = absolute(hasSimd() ? coreSimdUrl : coreUrl);
    await prefetch([corePath, new URL('eng.traineddata.gz', modelFolder).href], (f) => onProgress('downloading', f));
    return createWorker('eng', OEM.LSTM_ONLY, {
      langPath: modelFolder,
      workerPath: absolute(ocrWorkerUrl),
      corePath,
      workerBlobURL: false,
      cacheMethod: 'none',
      gzip: true,
      logger: (m) => {
        if (m.status === 'recognizing text') onRecognize?.(m.progress);
      },
    });
  })();
  ocr.catch(() => (ocr = null));
  return ocr;
}

/** The size a photo is drawn at for OCR: its longest side at most OCR_LONG_SIDE pixels. */
export function ocrSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, OCR_LONG_SIDE / Math.max(width, height));
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/** Grey levels of a canvas's pixels. */
function grey(image: ImageData): Uint8Array {
  const out = new Uint8Array(image.width * image.height);
  const px = image.data;
  for (let i = 0, o = 0; i < px.length; i += 4, o++) out[o] = (px[i]! * 77 + px[i + 1]! * 150 + px[i + 2]! * 29) >> 8;
  return out;
}

/** A binary PGM (grey) image: no compression to spend time on, read by Leptonica. */
function pgm(image: ImageData): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.width * image.height);
  out.set(header);
  out.set(grey(image), header.length);
  return out;
}

/** The picture's skew, measured on a small copy (longest side 800 px). */
function measureSkew(source: ImageBitmap | OffscreenCanvas): number {
  const scale = Math.min(1, 800 / Math.max(source.width, source.height));
  const w = Math.max(1, Math.round(source.width * scale));
  const h = Math.max(1, Math.round(source.height * scale));
  const canvas = new OffscreenCanvas(w, h);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.drawImage(source, 0, 0, w, h);
  return skewAngle(grey(ctx.getImageData(0, 0, w, h)), w, h);
}

/** Draws a picture (photo bitmap or rendered PDF page) at OCR size, turned level, on white, as a PGM. */
export function toOcrImage(source: ImageBitmap | OffscreenCanvas): Uint8Array {
  const angle = measureSkew(source);
  const size = ocrSize(source.width, source.height);
  const sin = Math.abs(Math.sin(angle));
  const cos = Math.cos(angle);
  const width = Math.round(size.width * cos + size.height * sin);
  const height = Math.round(size.height * cos + size.width * sin);
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.imageSmoothingQuality = 'high';
  ctx.translate(width / 2, height / 2);
  ctx.rotate(-angle);
  ctx.drawImage(source, -size.width / 2, -size.height / 2, size.width, size.height);
  return pgm(ctx.getImageData(0, 0, width, height));
}

/** Decodes a photo (its EXIF orientation applied) into an OCR image. */
export async function photoToOcrImage(bytes: ArrayBuffer): Promise<Uint8Array> {
  const bitmap = await createImageBitmap(new Blob([bytes]), { imageOrientation: 'from-image' });
  try {
    return toOcrImage(bitmap);
  } finally {
    bitmap.close();
  }
}

/** The text of an OCR image. The tesseract worker is kept for the next photo. */
export async function recognise(image: Uint8Array, onProgress: OcrProgress): Promise<string> {
  const worker = await ocrWorker(onProgress);
  onRecognize = (f) => onProgress('reading', f);
  try {
    const { data } = await worker.recognize(image);
    return data.text;
  } finally {
    onRecognize = null;
  }
}
