/** The certificate bench's page: reads one certificate through the app's own reader worker and
 * scores the fields against the truth (bench/certificates.bench.mjs drives it). */
import { readCertificate } from '../src/reader/client';
import { loadAllFrameworks } from '../src/frameworks/registry';
import { scoreCertificate, type CertificateScore } from '../test/fixtures/certificates/score';
import type { CertificateTruth } from '../test/fixtures/certificates/corpus';

declare global {
  interface Window {
    readOne: (bytes: number[], kind: 'pdf' | 'image', truth: CertificateTruth) => Promise<{ ms: number; score: CertificateScore | null }>;
  }
}

const frameworks = await loadAllFrameworks();

window.readOne = async (bytes, kind, truth) => {
  const buffer = new Uint8Array(bytes).buffer;
  const started = performance.now();
  try {
    const r = await readCertificate(buffer, kind, () => undefined);
    return { ms: performance.now() - started, score: scoreCertificate(r.fields, truth, frameworks) };
  } catch {
    return { ms: performance.now() - started, score: null };
  }
};

document.getElementById('status')!.textContent = 'ready';
