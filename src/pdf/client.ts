/**
 * Builds a portfolio PDF in a Web Worker and resolves with its bytes. The worker (and with it
 * jsPDF, autotable, pdf-lib and the font) is a separate chunk, started when the Portfolio screen
 * opens (warmPdfWorker) or at the first build; it is then kept for the page's life.
 */
import type { PortfolioModel } from './types';
import type { BuildMessage, BuildRequest, WarmRequest } from './protocol';
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

let warming: Promise<void> | null = null;

/**
 * Starts the worker and has it lay out a throwaway sample (src/pdf/warm.ts), off the main thread,
 * so that the first PDF the user asks for runs as fast as a second one. Called when the Portfolio
 * screen opens; resolves when the worker is warm (once per worker; a build asked for meanwhile
 * waits behind it in the worker's queue).
 */
export function warmPdfWorker(): Promise<void> {
  if (typeof Worker === 'undefined') return Promise.resolve();
  if (warming) return warming;
  const w = pdfWorker();
  const id = nextId++;
  warming = new Promise<void>((resolve) => {
    const onMessage = (e: MessageEvent<BuildMessage>) => {
      if (e.data.id !== id) return;
      w.removeEventListener('message', onMessage);
      resolve();
    };
    w.addEventListener('message', onMessage);
    const request: WarmRequest = { type: 'warm', id };
    w.postMessage(request);
  });
  return warming;
}

/** Ends the worker (a cancelled or failed build); the next build starts a new one. */
function endWorker(): void {
  worker?.terminate();
  worker = null;
  warming = null;
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
      } else if (m.type === 'error') {
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
