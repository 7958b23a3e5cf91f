/**
 * Protect a backup with a passphrase, or open a protected one: in a Web Worker where there is
 * one (the browser), in this thread otherwise (tests). The worker, and with it the age library,
 * is a lazy chunk fetched on first use; a worker is started for each backup protected or opened
 * and ended once it answers, so that the memory scrypt takes (128 MiB, which WebAssembly keeps
 * until its worker ends) is given back at once. The screen starts it ahead, while the passphrase
 * is typed (prepareProtection).
 */
import { protectedFileName, type AgeProgress } from './age-file';
import { BackupError, type BackupProblem } from './errors';
import type { BackupFile } from './export';

export type AgeRequest =
  | { id: number; op: 'prepare' }
  | { id: number; op: 'encrypt'; file: Blob; passphrase: string; workFactor?: number }
  | { id: number; op: 'decrypt'; file: Blob; passphrase: string };

export type AgeReply =
  | ({ id: number; type: 'progress' } & AgeProgress)
  | { id: number; type: 'encrypted'; blob: Blob }
  | { id: number; type: 'decrypted'; bytes: Uint8Array }
  | { id: number; type: 'error'; problem: BackupProblem | null; message: string };

let nextId = 1;
const canUseWorker = () => typeof Worker !== 'undefined';
/** A worker started ahead of need (prepareProtection), used by the next request. */
let prepared: Worker | null = null;

const newWorker = () => new Worker(new URL('./age-worker.ts', import.meta.url), { type: 'module' });

/**
 * Starts the age worker while the user types a passphrase, and has it ready scrypt's memory (the
 * first scrypt in a worker costs about three times the next: the kernel hands over 128 MiB of
 * fresh memory page by page), so that protecting or opening the backup then takes a warm
 * worker's time. Does nothing without Web Workers or if a worker is already prepared. A request
 * sent before it is ready waits for it, which costs no more than a fresh worker would.
 */
export function prepareProtection(): void {
  if (prepared || !canUseWorker()) return;
  prepared = newWorker();
  prepared.postMessage({ id: 0, op: 'prepare' } satisfies AgeRequest);
}

/** Ends a prepared worker that was not used (the screen closed), giving its memory back. */
export function releaseProtection(): void {
  prepared?.terminate();
  prepared = null;
}

function inWorker(
  request: { op: 'encrypt'; file: Blob; passphrase: string; workFactor?: number } | { op: 'decrypt'; file: Blob; passphrase: string },
  onProgress?: (p: AgeProgress) => void,
): Promise<AgeReply> {
  return new Promise((resolve, reject) => {
    const w = prepared ?? newWorker();
    prepared = null;
    const id = nextId++;
    const done = () => w.terminate();
    const onMessage = (e: MessageEvent<AgeReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'progress') {
        onProgress?.(m);
        return;
      }
      done();
      if (m.type === 'error') reject(m.problem ? new BackupError(m.problem, m.message) : new Error(m.message));
      else resolve(m);
    };
    const onError = (e: ErrorEvent) => {
      done();
      reject(new Error(e.message || 'The backup could not be protected or opened.'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ ...request, id } as AgeRequest);
  });
}

/** In this thread: only where there is no Worker (the unit tests). A production build drops
 * this branch, so the age library is never a main-thread chunk. */
async function inThisThread() {
  if (import.meta.env.MODE === 'production') throw new Error('This browser cannot protect or open backups (no Web Workers).');
  return import('./age');
}

/** The backup zip encrypted with the passphrase (an age file). */
export async function protectBackup(zip: Blob, passphrase: string, onProgress?: (p: AgeProgress) => void): Promise<Blob> {
  if (canUseWorker()) {
    const reply = await inWorker({ op: 'encrypt', file: zip, passphrase }, onProgress);
    if (reply.type === 'encrypted') return reply.blob;
  }
  const { encryptBackup } = await inThisThread();
  return encryptBackup(zip, passphrase, { onProgress });
}

/** The zip inside a protected backup. Throws BackupError: wrong passphrase, damaged, cut short. */
export async function openProtectedBackup(file: Blob, passphrase: string, onProgress?: (p: AgeProgress) => void): Promise<Uint8Array> {
  if (canUseWorker()) {
    const reply = await inWorker({ op: 'decrypt', file, passphrase }, onProgress);
    if (reply.type === 'decrypted') return reply.bytes;
  }
  const { decryptBackup } = await inThisThread();
  return decryptBackup(file, passphrase, { onProgress });
}

/** A finished backup, protected: the same backup as a `.zip.age` file. */
export async function protectBackupFile(file: BackupFile, passphrase: string, onProgress?: (p: AgeProgress) => void): Promise<BackupFile> {
  const blob = await protectBackup(file.blob, passphrase, onProgress);
  return { ...file, blob, size: blob.size, fileName: protectedFileName(file.fileName) };
}
