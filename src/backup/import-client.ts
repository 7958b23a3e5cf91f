/**
 * Importing a backup without blocking the page: in a Web Worker where there is one (the
 * browser), the file is read, checked AND written there (./import-worker.ts), so that unzipping,
 * parsing, checking and the one-transaction write of a large or hostile file never hold this
 * thread, and the records are never copied to it. The page gets the backup's summary, then says
 * "merge" or "replace". Without workers (the unit tests), all of it happens in this thread. The
 * worker is a lazy chunk, started for each import and ended when it is done or cancelled.
 */
import { StorageError } from '../db/errors';
import { BackupError, errorFromReply, NOTHING_CHANGED, type ErrorReply } from './errors';
import type { MergeSummary } from './merge';
import type { BackupSummary, CheckedBackup, ImportProgress } from './read';

export type ImportRequest =
  | { id: number; type: 'check'; file: Blob; now: number; space: { usage?: number; quota?: number } | null }
  | { id: number; type: 'merge' | 'replace' };

export type ImportReply =
  | ({ id: number; type: 'progress' } & ImportProgress)
  | { id: number; type: 'checked'; summary: BackupSummary }
  | { id: number; type: 'merged'; summary: MergeSummary }
  | { id: number; type: 'replaced' }
  | ({ id: number; type: 'error' } & ErrorReply);

export interface CheckOptions {
  onProgress?: (p: ImportProgress) => void;
  /** Aborting stops the check at once (the worker is ended): nothing has been written. */
  signal?: AbortSignal;
  /** The clock (ms) future timestamps are compared with. */
  now?: number;
}

let nextId = 1;

async function storageEstimate(): Promise<{ usage?: number; quota?: number } | null> {
  try {
    return (await navigator.storage?.estimate?.()) ?? null;
  } catch {
    return null;
  }
}

const cancelledError = () => new BackupError('cancelled', `The import was cancelled. ${NOTHING_CHANGED}`);

function inWorker(file: Blob, opts: CheckOptions, space: { usage?: number; quota?: number } | null): Promise<CheckedBackup> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(cancelledError());
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const id = nextId++;
    let checking = true;
    let ended = false;
    let waiting: { resolve: (v: MergeSummary | undefined) => void; reject: (e: Error) => void } | null = null;
    const end = () => {
      ended = true;
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      if (!checking) return;
      end();
      reject(cancelledError());
    };
    opts.signal?.addEventListener('abort', onAbort);
    const write = (type: 'merge' | 'replace') =>
      new Promise<MergeSummary | undefined>((res, rej) => {
        if (ended || waiting) return rej(new Error('This backup has already been imported, or the import was cancelled.'));
        waiting = { resolve: res, reject: rej };
        worker.postMessage({ id, type } satisfies ImportRequest);
      });
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') return opts.onProgress?.(m);
      if (checking) {
        checking = false;
        opts.signal?.removeEventListener('abort', onAbort);
        if (m.type === 'checked') {
          resolve({
            ...m.summary,
            remote: {
              merge: () => write('merge') as Promise<MergeSummary>,
              replace: () => write('replace').then(() => undefined),
              release: () => {
                if (!waiting && !ended) end();
              },
            },
          });
        } else {
          end();
          reject(m.type === 'error' ? errorFromReply(m) : new Error('unexpected reply'));
        }
        return;
      }
      const w = waiting;
      waiting = null;
      end();
      if (m.type === 'error') w?.reject(errorFromReply(m));
      else w?.resolve(m.type === 'merged' ? m.summary : undefined);
    };
    worker.onerror = (e) => {
      const detail = e.message || 'the checker stopped';
      end();
      if (checking) {
        checking = false;
        reject(new BackupError('not-backup', `This backup could not be checked (${detail}). ${NOTHING_CHANGED}`));
      } else {
        waiting?.reject(new StorageError('unknown', `The backup could not be written (${detail}). ${NOTHING_CHANGED}`));
        waiting = null;
      }
    };
    worker.postMessage({ id, type: 'check', file, now: opts.now ?? Date.now(), space } satisfies ImportRequest);
  });
}

/** Reads and checks a backup file without writing anything. Throws BackupError. In the browser
 * the result holds a worker until it is written (applyBackup) or released (`remote.release()`). */
export async function checkBackupFile(file: Blob, opts: CheckOptions = {}): Promise<CheckedBackup> {
  if (typeof Worker !== 'undefined') return inWorker(file, opts, await storageEstimate());
  const { checkBackup } = await import('./read');
  return checkBackup(file, opts);
}

/** Lets go of a checked backup that will not be written (ends its worker). */
export function releaseBackup(backup: CheckedBackup): void {
  if ('remote' in backup) backup.remote.release();
}
