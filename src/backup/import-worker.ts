/**
 * Reads and checks a backup off the main thread (./read.ts): unzipping, parsing, the schema, the
 * checksums. The checked records come back to the page, the certificates' bytes transferred (not
 * copied); the page writes them in one transaction. Cancelling terminates this worker.
 */
import { BackupError } from './errors';
import { checkBackup } from './read';
import type { ImportReply, ImportRequest } from './import-client';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const { id, file, now, space } = e.data;
  try {
    const backup = await checkBackup(file, {
      now,
      estimate: async () => space,
      onProgress: (p) => self.postMessage({ id, type: 'progress', ...p } satisfies ImportReply),
    });
    const buffers = backup.incoming.tables.certificates.map((c) => c.bytes);
    self.postMessage({ id, type: 'checked', backup } satisfies ImportReply, buffers);
  } catch (err) {
    const problem = err instanceof BackupError ? err.problem : null;
    self.postMessage({ id, type: 'error', problem, message: err instanceof Error ? err.message : String(err) } satisfies ImportReply);
  }
};
