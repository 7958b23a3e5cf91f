/** The certificate bench's page: reads one certificate through the app's own reader worker and
 * scores the fields against the truth (bench/certificates.bench.mjs drives it). Photos are made
 * here from the corpus PDFs (bench/certificate-photo.ts). */
import { readCertificate } from '../src/reader/client';
import { loadAllFrameworks } from '../src/frameworks/registry';
import { scoreCertificate, type CertificateScore } from '../test/fixtures/certificates/score';
import type { CertificateTruth } from '../test/fixtures/certificates/corpus';
import { photographCertificate } from './certificate-photo';
import { jsPDF } from 'jspdf';

interface ReadOne {
  ms: number;
  score: CertificateScore | null;
  text: string;
  fields: unknown;
}

declare global {
  interface Window {
    readOne: (bytes: number[], kind: 'pdf' | 'image', truth: CertificateTruth) => Promise<ReadOne>;
    photoOne: (
      pdf: number[],
      seed: number,
      truth: CertificateTruth,
      longSide?: number,
    ) => Promise<ReadOne & { width: number; height: number; rotation: number; jpeg: string; longestTask: number }>;
    scanOne: (pdf: number[], seed: number, truth: CertificateTruth) => Promise<ReadOne>;
  }
}

const frameworks = await loadAllFrameworks();

// Main-thread tasks over 50 ms (the reader must keep the page free), by start time, so that the
// photo's making (before reading starts) is not counted.
const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) longTasks.push({ start: e.startTime, duration: e.duration });
}).observe({ type: 'longtask', buffered: false });

async function read(buffer: ArrayBuffer, kind: 'pdf' | 'image', truth: CertificateTruth): Promise<ReadOne> {
  const started = performance.now();
  try {
    const r = await readCertificate(buffer, kind, () => undefined);
    return { ms: performance.now() - started, score: scoreCertificate(r.fields, truth, frameworks), text: r.text, fields: r.fields };
  } catch (e) {
    return { ms: performance.now() - started, score: null, text: String(e), fields: null };
  }
}

window.readOne = (bytes, kind, truth) => read(new Uint8Array(bytes).buffer, kind, truth);

window.photoOne = async (pdf, seed, truth, longSide) => {
  const photo = await photographCertificate(new Uint8Array(pdf), { seed, longSide });
  const buffer = await photo.jpeg.arrayBuffer();
  const started = performance.now();
  const result = await read(buffer, 'image', truth);
  const longest = Math.max(0, ...longTasks.filter((t) => t.start >= started).map((t) => t.duration));
  longTasks.length = 0;
  // The JPEG as base64, so the bench can keep it.
  let bin = '';
  const u8 = new Uint8Array(buffer);
  for (let i = 0; i < u8.length; i += 0x8000) bin += String.fromCharCode(...u8.subarray(i, i + 0x8000));
  return { ...result, width: photo.width, height: photo.height, rotation: photo.rotation, jpeg: btoa(bin), longestTask: longest };
};

/** A scanned PDF: the photo as the only content of a PDF page (no text layer). */
window.scanOne = async (pdf, seed, truth) => {
  const photo = await photographCertificate(new Uint8Array(pdf), { seed, longSide: 2000 });
  const doc = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [photo.width * 0.36, photo.height * 0.36] });
  doc.addImage(new Uint8Array(await photo.jpeg.arrayBuffer()), 'JPEG', 0, 0, photo.width * 0.36, photo.height * 0.36);
  return read(doc.output('arraybuffer'), 'pdf', truth);
};

document.getElementById('status')!.textContent = 'ready';
