/**
 * Reads a certificate in a Web Worker and resolves with its text and fields. The worker (and
 * pdf.js with it) is a separate chunk fetched the first time a certificate is read, and precached
 * by the service worker like every other chunk, so reading works offline. Cancelling ends the
 * worker at once.
 */
import type { CertificateFields } from '../domain/certificate-text';
import type { ReaderKind, ReaderMessage, ReaderStage, ReadRequest } from './protocol';

export interface ReadResult {
  text: string;
  fields: CertificateFields;
  ms: number;
}

export class ReadFailed extends Error {
  constructor(
    readonly reason: 'no-text' | 'unreadable' | 'unsupported' | 'cancelled',
    message: string,
  ) {
    super(message);
  }
}

let worker: Worker | null = null;
let nextId = 1;

function readerWorker(): Worker {
  worker ??= new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  return worker;
}

function endWorker(): void {
  worker?.terminate();
  worker = null;
}

export function readCertificate(
  bytes: ArrayBuffer,
  kind: ReaderKind,
  onProgress: (p: { stage: ReaderStage; fraction: number }) => void,
  signal?: AbortSignal,
): Promise<ReadResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new ReadFailed('cancelled', 'Cancelled.'));
    const w = readerWorker();
    const id = nextId++;
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (e: MessageEvent<ReaderMessage>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'done') {
        done();
        resolve({ text: m.text, fields: m.fields, ms: m.ms });
      } else {
        done();
        reject(new ReadFailed(m.reason, m.message));
      }
    };
    const onError = (e: ErrorEvent) => {
      done();
      endWorker();
      reject(new ReadFailed('unreadable', e.message || 'The certificate could not be read.'));
    };
    const onAbort = () => {
      done();
      endWorker();
      reject(new ReadFailed('cancelled', 'Cancelled.'));
    };
    signal?.addEventListener('abort', onAbort);
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    // A copy goes to the worker: the caller keeps its bytes to store the certificate.
    const request: ReadRequest = { type: 'read', id, kind, bytes: bytes.slice(0) };
    w.postMessage(request, [request.bytes]);
  });
}
