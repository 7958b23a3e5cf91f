/**
 * Builds a portfolio PDF in a Web Worker and resolves with its bytes. The worker (and with it
 * jsPDF, autotable, pdf-lib and the font) is a separate chunk, fetched only when this runs.
 */
import type { PortfolioModel } from './model';
import type { BuildMessage, BuildRequest } from './protocol';
import type { RenderProgress } from './render';

export interface BuiltPdf {
  blob: Blob;
  pages: number;
  unreadable: Array<{ label: string; reason: string }>;
  imageBytes: number;
}

export function buildPortfolioPdf(
  model: PortfolioModel,
  certificates: BuildRequest['certificates'],
  onProgress: (p: RenderProgress) => void,
  signal?: AbortSignal,
): Promise<BuiltPdf> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    const finish = () => worker.terminate();
    signal?.addEventListener('abort', () => {
      finish();
      reject(new DOMException('Cancelled', 'AbortError'));
    });
    worker.onmessage = (e: MessageEvent<BuildMessage>) => {
      const m = e.data;
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'done') {
        finish();
        resolve({ blob: new Blob([m.bytes], { type: 'application/pdf' }), pages: m.pages, unreadable: m.unreadable, imageBytes: m.imageBytes });
      } else {
        finish();
        reject(new Error(m.message));
      }
    };
    worker.onerror = (e) => {
      finish();
      reject(new Error(e.message || 'The PDF could not be made.'));
    };
    const request: BuildRequest = { type: 'build', model, certificates };
    worker.postMessage(request, certificates.map((c) => c.bytes));
  });
}
