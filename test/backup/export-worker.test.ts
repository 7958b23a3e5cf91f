/**
 * The export in its worker: exportBackup starts ./export-worker.ts (a module worker), shows its
 * progress, and gets the finished file back; errors keep their class and message on the way. The
 * browser's Worker is stood in for by a class that runs the worker's own handler (serveExport)
 * in this thread; the real worker runs in the e2e tests and the import bench.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { unzipSync } from 'fflate';
import { db } from '../../src/db/db';
import { StorageError } from '../../src/db/errors';
import { backupBytes, exportBackup, type ExportProgress } from '../../src/backup/export';
import { serveExport, type ExportReply, type ExportRequest } from '../../src/backup/export-build';
import { clearAll, seed } from './fixtures';

class FakeWorker {
  static started: FakeWorker[] = [];
  static fail = false;
  onmessage: ((e: MessageEvent<ExportReply>) => void) | null = null;
  onerror: ((e: ErrorEvent) => void) | null = null;
  terminated = false;
  constructor(
    readonly url: URL,
    readonly options: WorkerOptions,
  ) {
    FakeWorker.started.push(this);
  }
  postMessage(m: ExportRequest) {
    if (FakeWorker.fail) {
      queueMicrotask(() => this.onerror?.({ message: 'Failed to fetch the worker script' } as ErrorEvent));
      return;
    }
    // The request crosses as a copy, as postMessage makes one.
    void serveExport(structuredClone(m), (reply) => {
      if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<ExportReply>);
    });
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(async () => {
  await clearAll(db);
  FakeWorker.started = [];
  FakeWorker.fail = false;
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

test('the backup is made in the export worker, with its progress, and the worker is ended after it', async () => {
  await seed(db, { trainings: 5, certificates: 18 });
  const progress: string[] = [];
  const record = (p: ExportProgress) => progress.push(`${p.phase} ${p.done}/${p.total}`);
  const file = await exportBackup({ now: new Date('2026-11-27T10:00:00Z'), onProgress: record });

  expect(FakeWorker.started).toHaveLength(1);
  const [worker] = FakeWorker.started;
  expect(worker.url.pathname).toMatch(/\/src\/backup\/export-worker\.ts$/);
  expect(worker.options).toEqual({ type: 'module' });
  expect(worker.terminated).toBe(true);
  expect(progress).toEqual(['reading 0/0', 'checking 0/18', 'checking 16/18', 'checking 18/18', 'packing 18/18', 'done 18/18']);

  expect(file.fileName).toBe('safeguarding-passport-backup-2026-11-27.zip');
  expect(file.exportedAt).toBe('2026-11-27T10:00:00.000Z');
  expect(file.counts.trainings).toBe(5);
  expect(file.counts.certificates).toBe(18);
  const files = unzipSync(await backupBytes(file));
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  expect(doc.exportedAt).toBe('2026-11-27T10:00:00.000Z');
  expect(doc.tables.trainings).toHaveLength(5);
  expect(doc.tables.certificates).toHaveLength(18);
  for (const c of doc.tables.certificates) expect(files[c.path]?.byteLength).toBe(c.size);
});

test('a storage failure in the worker reaches the page as the same StorageError, in plain words', async () => {
  await seed(db, { trainings: 2, certificates: 1 });
  vi.spyOn(db, 'transaction').mockRejectedValue(Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' }));
  const err = await exportBackup().catch((e: unknown) => e);
  expect(err).toBeInstanceOf(StorageError);
  expect((err as StorageError).problem).toBe('quota');
  expect((err as StorageError).message).toMatch(/out of storage space/);
  expect(FakeWorker.started[0].terminated).toBe(true);
});

test('a worker that cannot start is an error saying so, not a wait for ever', async () => {
  FakeWorker.fail = true;
  await expect(exportBackup()).rejects.toThrow(/The backup could not be made \(Failed to fetch the worker script\)/);
  expect(FakeWorker.started[0].terminated).toBe(true);
});
