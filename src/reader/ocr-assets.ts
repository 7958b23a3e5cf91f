/**
 * Facts about the photo reader's one-off download, shown before the first use (pure constants,
 * so the app's first load does not import the reader to show them).
 */

/** The longest side, in pixels, a photo is drawn at for OCR: certificate text is then 20-40 px high. */
export const OCR_LONG_SIDE = 2000;

/** Bytes fetched the first time a photo is read: tesseract.js's worker script, its WebAssembly
 * core (SIMD, LSTM only) and the English model (4.0.0_best_int). test/reader/ocr-assets.test.ts
 * checks this against the installed packages. */
export const OCR_DOWNLOAD_BYTES = 6_963_652;

/** The name of the service worker's cache that keeps them (vite.config.ts, runtimeCaching). */
export const OCR_CACHE = 'certificate-reader-ocr';

/** "about 7 MB". */
export function ocrDownloadSize(): string {
  return `about ${Math.round(OCR_DOWNLOAD_BYTES / 1_000_000)} MB`;
}
