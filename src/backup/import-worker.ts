/**
 * Reads, checks and writes a backup off the main thread (./read.ts: unzipping, parsing, the
 * schema, the checksums; ./write.ts: the one transaction). Only the backup's summary goes to the
 * page; the records stay here until the page says "merge" or "replace" (after its confirmation
 * and safety copy), then are written from here, each certificate's bytes read again from the
 * file (and checked again) as they are written, a few at a time. Cancelling, or the page
 * going away, terminates this worker: nothing has been written, or the transaction is aborted.
 */
import { errorReply } from './errors';
import { checkBackup, type ParsedBackup } from './read';
import { writeMerged, writeReplaced } from './write';
import type { ImportReply, ImportRequest } from './import-client';

declare const self: DedicatedWorkerGlobalScope;

let checked: ParsedBackup | null = null;

function fail(id: number, err: unknown) {
  self.postMessage({ id, type: 'error', ...errorReply(err) } satisfies ImportReply);
}

self.onmessage = async (e: MessageEvent<ImportRequest>) => {
  const m = e.data;
  if (m.type === 'check') {
    try {
      checked = await checkBackup(m.file, {
        now: m.now,
        estimate: async () => m.space,
        onProgress: (p) => self.postMessage({ id: m.id, type: 'progress', ...p } satisfies ImportReply),
      });
      const { incoming: _incoming, ...summary } = checked;
      self.postMessage({ id: m.id, type: 'checked', summary } satisfies ImportReply);
    } catch (err) {
      fail(m.id, err);
    }
    return;
  }
  const backup = checked;
  checked = null; // written once
  try {
    if (!backup) throw new Error('no checked backup');
    if (m.type === 'merge') self.postMessage({ id: m.id, type: 'merged', summary: await writeMerged(backup) } satisfies ImportReply);
    else {
      await writeReplaced(backup);
      self.postMessage({ id: m.id, type: 'replaced' } satisfies ImportReply);
    }
  } catch (err) {
    fail(m.id, err);
  }
};
