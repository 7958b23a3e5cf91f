/**
 * Export: the whole record as one backup zip (./export-build.ts makes it). In the browser it is
 * made in a Web Worker (./export-worker.ts, a lazy chunk started for each export and ended after
 * it): reading the database, hashing the certificates, serialising backup.json and zipping never
 * hold the page (on the page, a 60 MB export's longest task was 1.8 s), and the records and
 * certificate bytes never come to the page: only the finished file does, as a Blob. Without
 * workers (the unit tests), all of it happens in this thread.
 */
import { readCertificates, recordBackupMade } from '../db/backup-io';
import { currentDataKey, isSealing, LockedError } from '../db/seal';
import { errorFromReply, errorReply } from './errors';
import type { BackupFile, BuildOptions, ExportReply, ExportRequest } from './export-build';

export type { BackupFile, BuildOptions, ExportPhase, ExportProgress } from './export-build';

let nextId = 1;

function inWorker(now: Date, opts: BuildOptions): Promise<BackupFile> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./export-worker.ts', import.meta.url), { type: 'module' });
    const id = nextId++;
    worker.onmessage = (e: MessageEvent<ExportReply>) => {
      const m = e.data;
      if (m.id !== id) return;
      if (m.type === 'read') {
        // The worker's certificate reads happen here (see ./export-worker.ts); their bytes are
        // transferred to it, so the page keeps no copy.
        readCertificates(m.ids).then(
          (certificates) =>
            worker.postMessage({ id, type: 'certificates', read: m.read, certificates } satisfies ExportRequest, {
              transfer: certificates.map((c) => c.bytes),
            }),
          (err: unknown) =>
            worker.postMessage({ id, type: 'certificates-error', read: m.read, ...errorReply(err) } satisfies ExportRequest),
        );
        return;
      }
      if (m.type === 'progress') {
        const { id: _id, type: _type, ...progress } = m;
        opts.onProgress?.(progress);
        return;
      }
      worker.terminate();
      if (m.type === 'done') resolve(m.file);
      else reject(errorFromReply(m));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`The backup could not be made (${e.message || 'the export stopped'}). Nothing on this device has been changed.`));
    };
    worker.postMessage({
      id,
      type: 'export',
      now: now.getTime(),
      appVersion: opts.appVersion,
      dataKey: currentDataKey(),
    } satisfies ExportRequest);
  });
}

/** Reads the database and makes the backup. The caller saves the file, then calls
 * markBackupSaved, so that a backup the user never saved does not count. */
export async function exportBackup(opts: BuildOptions = {}): Promise<BackupFile> {
  const now = opts.now ?? new Date();
  // The app lock on: only unlocked (a backup is the record as it reads, complete).
  if (isSealing() && !currentDataKey()) throw new LockedError();
  // At once, so that the screen shows the export under way while the worker starts.
  opts.onProgress?.({ phase: 'reading', done: 0, total: 0 });
  if (typeof Worker !== 'undefined') return inWorker(now, opts);
  const { readAndBuildBackup } = await import('./export-build');
  return readAndBuildBackup({ ...opts, now });
}

export function markBackupSaved(file: BackupFile): Promise<void> {
  return recordBackupMade(file.exportedAt);
}

/** The file's bytes (to import a backup just made, e.g. in tests and benchmarks). */
export async function backupBytes(file: BackupFile): Promise<Uint8Array> {
  return new Uint8Array(await file.blob.arrayBuffer());
}
