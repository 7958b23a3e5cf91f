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
import { errorFromReply } from '../../src/backup/errors';
import type { Certificate } from '../../src/domain/types';

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
    if (m.type !== 'export') {
      // The page's answer to a read (as ./export-worker.ts takes it).
      const pending = this.reads.get(m.read);
      this.reads.delete(m.read);
      if (m.type === 'certificates') pending?.resolve(m.certificates);
      else pending?.reject(errorFromReply(m));
      return;
    }
    const post = (reply: ExportReply) => {
      if (!this.terminated) this.onmessage?.({ data: reply } as MessageEvent<ExportReply>);
    };
    // The certificates are asked of the page, as the real worker asks.
    const readSome = (ids: string[]) =>
      new Promise<Certificate[]>((resolve, reject) => {
        const read = this.reads.size + 1 + FakeWorker.readsAsked++;
        this.reads.set(read, { resolve, reject });
        post({ id: m.id, type: 'read', read, ids });
      });
    // The request crosses as a copy, as postMessage makes one.
    void serveExport(structuredClone(m), post, readSome);
  }
  reads = new Map<number, { resolve: (c: Certificate[]) => void; reject: (e: Error) => void }>();
  static readsAsked = 0;
  terminate() {
    this.terminated = true;
  }
}

beforeEach(async () => {
  await clearAll(db);
  FakeWorker.started = [];
  FakeWorker.fail = false;
  FakeWorker.readsAsked = 0;
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
  // Each certificate was read by the page, asked for by the worker.
  expect(FakeWorker.readsAsked).toBe(18);
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
