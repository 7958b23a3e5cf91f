/**
 * The certificate reader, in a Web Worker so that the page stays responsive: a PDF's text layer
 * with pdf.js; a photo, or a scanned PDF's first page, with tesseract.js (src/reader/ocr.ts, loaded
 * only when a picture is read); then the fields (src/domain/certificate-text.ts). pdf.js runs its
 * own parser in this same worker (its "fake worker", given the worker module below) rather than
 * starting a nested one; tesseract.js starts its own worker from here.
 */
import { extractCertificateFields } from '../domain/certificate-text';
import { looksScanned, pdfText, renderFirstPage } from './pdf-text';
import type { ReaderMessage, ReaderStage, ReadRequest } from './protocol';
import { OCR_LONG_SIDE } from './ocr-assets';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: ReaderMessage) => self.postMessage(m);

async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs;
}

/** OCR progress as one bar: the download (when not cached) up to 40%, preparing 45%, reading the rest. */
function ocrProgress(id: number, from: number) {
  return (stage: ReaderStage, f: number) => {
    const fraction = stage === 'downloading' ? from + 0.35 * f : stage === 'preparing' ? from + 0.4 : from + 0.4 + (0.95 - from - 0.4) * f;
    post({ type: 'progress', id, stage, fraction });
  };
}

self.onmessage = async (e: MessageEvent<ReadRequest>) => {
  const { id, kind, bytes } = e.data;
  const started = performance.now();
  const done = (text: string) =>
    post({ type: 'done', id, text, fields: extractCertificateFields(text), ms: Math.round(performance.now() - started) });
  if (kind === 'image') {
    try {
      post({ type: 'progress', id, stage: 'loading', fraction: 0 });
      const ocr = await import('./ocr');
      const progress = ocrProgress(id, 0.05);
      progress('preparing', 0);
      const image = await ocr.photoToOcrImage(bytes);
      done(await ocr.recognise(image, progress));
    } catch {
      post({ type: 'failed', id, reason: 'unreadable', message: 'The photo could not be read.' });
    }
    return;
  }
  let text: string;
  try {
    post({ type: 'progress', id, stage: 'loading', fraction: 0 });
    const pdfjs = await loadPdfJs();
    post({ type: 'progress', id, stage: 'reading', fraction: 0.1 });
    text = (
      await pdfText(pdfjs, new Uint8Array(bytes.slice(0)), (p, of) =>
        post({ type: 'progress', id, stage: 'reading', fraction: 0.1 + (0.4 * p) / of }),
      )
    ).text;
    if (!looksScanned(text)) return done(text);
  } catch {
    post({
      type: 'failed',
      id,
      reason: 'unreadable',
      message: 'The PDF could not be read (it may be damaged or protected by a password).',
    });
    return;
  }
  // A scan: the first page as a picture, read like a photo.
  try {
    const pdfjs = await loadPdfJs();
    const [ocr, page] = await Promise.all([import('./ocr'), renderFirstPage(pdfjs, new Uint8Array(bytes), OCR_LONG_SIDE)]);
    const scanned = (await ocr.recognise(ocr.toOcrImage(page), ocrProgress(id, 0.5))).trim();
    if (looksScanned(scanned)) {
      post({ type: 'failed', id, reason: 'no-text', message: 'No text could be read from this scan.' });
      return;
    }
    done(scanned);
  } catch {
    post({ type: 'failed', id, reason: 'no-text', message: 'This PDF is a scan that could not be read.' });
  }
};
