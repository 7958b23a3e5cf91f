/**
 * Checking a backup before it is imported: in a Web Worker where there is one (the browser), so
 * that unzipping, parsing and checking a large or hostile file never blocks the page; in this
 * thread otherwise (the unit tests). The worker is a lazy chunk, started for each import and
 * ended when it is done or cancelled.
 */
import { BackupError, NOTHING_CHANGED, type BackupProblem } from './errors';
import type { ImportProgress, ParsedBackup } from './read';

export type ImportRequest = { id: number; file: Blob; now: number; space: { usage?: number; quota?: number } | null };

export type ImportReply =
  | ({ id: number; type: 'progress' } & ImportProgress)
  | { id: number; type: 'checked'; backup: ParsedBackup }
  | { id: number; type: 'error'; problem: BackupProblem | null; message: string };

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

function inWorker(file: Blob, opts: CheckOptions, space: ImportRequest['space']): Promise<ParsedBackup> {
  return new Promise((resolve, reject) => {
    if (opts.signal?.aborted) return reject(cancelledError());
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const id = nextId++;
    const end = () => {
      worker.terminate();
      opts.signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      end();
      reject(cancelledError());
    };
    opts.signal?.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<ImportReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') return opts.onProgress?.(m);
      end();
      if (m.type === 'error') reject(m.problem ? new BackupError(m.problem, m.message) : new Error(m.message));
      else resolve(m.backup);
    };
    worker.onerror = (e) => {
      end();
      reject(new BackupError('not-backup', `This backup could not be checked (${e.message || 'the checker stopped'}). ${NOTHING_CHANGED}`));
    };
    worker.postMessage({ id, file, now: opts.now ?? Date.now(), space } satisfies ImportRequest);
  });
}

/** Reads and checks a backup file without writing anything. Throws BackupError. */
export async function checkBackupFile(file: Blob, opts: CheckOptions = {}): Promise<ParsedBackup> {
  if (typeof Worker !== 'undefined') return inWorker(file, opts, await storageEstimate());
  const { checkBackup } = await import('./read');
  return checkBackup(file, opts);
}
