/**
 * The certificate reader, in a Web Worker so that the page stays responsive: a PDF's text layer
 * with pdf.js, then the fields (src/domain/certificate-text.ts). pdf.js runs its own parser in this
 * same worker (its "fake worker", given the worker module below) rather than starting a nested one.
 */
import { extractCertificateFields } from '../domain/certificate-text';
import { looksScanned, pdfText } from './pdf-text';
import type { ReaderMessage, ReadRequest } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

const post = (m: ReaderMessage) => self.postMessage(m);

async function loadPdfJs() {
  const [pdfjs, worker] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.min.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return pdfjs;
}

self.onmessage = async (e: MessageEvent<ReadRequest>) => {
  const { id, kind, bytes } = e.data;
  const started = performance.now();
  try {
    if (kind !== 'pdf') {
      post({ type: 'failed', id, reason: 'unsupported', message: 'Photos cannot be read on this device yet.' });
      return;
    }
    post({ type: 'progress', id, stage: 'loading', fraction: 0 });
    const pdfjs = await loadPdfJs();
    post({ type: 'progress', id, stage: 'reading', fraction: 0.1 });
    const { text } = await pdfText(pdfjs, new Uint8Array(bytes), (p, of) =>
      post({ type: 'progress', id, stage: 'reading', fraction: 0.1 + (0.9 * p) / of }),
    );
    if (looksScanned(text)) {
      post({ type: 'failed', id, reason: 'no-text', message: 'This PDF is a scan with no text to read.' });
      return;
    }
    post({ type: 'done', id, text, fields: extractCertificateFields(text), ms: Math.round(performance.now() - started) });
  } catch {
    post({
      type: 'failed',
      id,
      reason: 'unreadable',
      message: 'The PDF could not be read (it may be damaged or protected by a password).',
    });
  }
};
