/**
 * Builds a portfolio PDF in a Web Worker and resolves with its bytes. The worker (and with it
 * jsPDF, autotable, pdf-lib and the font) is a separate chunk, fetched only when this first runs;
 * it is then kept for the page's life, so a second build runs on warmed-up code.
 */
import type { PortfolioModel } from './types';
import type { BuildMessage, BuildRequest } from './protocol';
import type { RenderProgress } from './types';

export interface BuiltPdf {
  blob: Blob;
  pages: number;
  unreadable: Array<{ label: string; reason: string }>;
  imageBytes: number;
}

let worker: Worker | null = null;
let nextId = 1;

function pdfWorker(): Worker {
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

/** Ends the worker (a cancelled or failed build); the next build starts a new one. */
function endWorker(): void {
  worker?.terminate();
  worker = null;
}

export function buildPortfolioPdf(
  model: PortfolioModel,
  certificates: BuildRequest['certificates'],
  onProgress: (p: RenderProgress) => void,
  signal?: AbortSignal,
): Promise<BuiltPdf> {
  return new Promise((resolve, reject) => {
    const w = pdfWorker();
    const id = nextId++;
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (e: MessageEvent<BuildMessage>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'done') {
        done();
        resolve({ blob: m.pdf, pages: m.pages, unreadable: m.unreadable, imageBytes: m.imageBytes });
      } else {
        done();
        reject(new Error(m.message));
      }
    };
    const onError = (e: ErrorEvent) => {
      done();
      endWorker();
      reject(new Error(e.message || 'The PDF could not be made.'));
    };
    signal?.addEventListener('abort', () => {
      done();
      endWorker();
      reject(new DOMException('Cancelled', 'AbortError'));
    });
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    const request: BuildRequest = { type: 'build', id, model, certificates };
    w.postMessage(
      request,
      certificates.map((c) => c.bytes),
    );
  });
}
