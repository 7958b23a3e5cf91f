/**
 * Runs in Chromium, built for production with the app's own export and import workers, driven by
 * bench/import.bench.mjs: the longest main-thread task (PerformanceObserver 'longtask') while a
 * 60 MB backup is made (in the export worker), checked (in the import worker) and written (one
 * transaction), and while each hostile file is refused; the time each refusal takes; and phase
 * marks for the runner's memory readings.
 */
import { Deflate } from 'fflate';
import { db } from '../src/db/db';
import { openProtectedBackup, protectBackup } from '../src/backup/age-client';
import { exportBackup } from '../src/backup/export';
import { applyBackup } from '../src/backup/import';
import { checkBackupFile } from '../src/backup/import-client';
import { crc32, CENTRAL_HEADER, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER } from '../src/backup/zip';
import type { Certificate, Training } from '../src/domain/types';

const at = '2026-01-10T09:00:00.000Z';

function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  const words = new Uint32Array(out.buffer, 0, size >> 2);
  let x = seed | 1;
  for (let i = 0; i < words.length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    words[i] = x;
  }
  // A JPEG's signature and frame header (16 x 16): imports check certificate bytes as uploads do.
  out.set(
    [0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x10, 0x00, 0x10, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01],
    0,
  );
  return out;
}

const training = (i: number): Training => ({
  id: crypto.randomUUID(),
  createdAt: at,
  updatedAt: at,
  title: `Safeguarding children course ${i}`,
  providerKind: 'partnership',
  providerName: 'Solihull Safeguarding Children Partnership',
  startDate: '2025-03-04',
  endDate: '2025-03-04',
  hours: 3,
  mode: 'face-to-face',
  level: 'Level 2',
  link: { frameworkId: 'solihull', courseId: `c${i % 40}` },
  agency: 'multi',
  participatory: true,
  notes: 'Covered thresholds, early help and the referral pathway; discussed two anonymised case studies.',
  impact: null,
});

/** Longest long task (ms) while `fn` runs; 0 when none passed 50 ms (the browser's threshold). */
async function longestTask<T>(
  fn: () => Promise<T>,
): Promise<{ value: T | Error; longestMs: number; ms: number; tasks: { at: number; ms: number }[] }> {
  // Earlier work's entries (making the file, the previous step) are delivered first and dropped.
  await new Promise((r) => setTimeout(r, 300));
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask', buffered: false });
  const t0 = performance.now();
  let value: T | Error;
  try {
    value = await fn();
  } catch (e) {
    value = e as Error;
  }
  const ms = performance.now() - t0;
  // Let the last task's entry arrive: a task ends before its entry is queued.
  await new Promise((r) => setTimeout(r, 200));
  entries.push(...observer.takeRecords());
  observer.disconnect();
  const tasks = entries.filter((e) => e.startTime >= t0).map((e) => ({ at: Math.round(e.startTime - t0), ms: Math.round(e.duration) }));
  return { value, longestMs: Math.max(0, ...tasks.map((t) => t.ms)), ms, tasks };
}

/** A zip holding one deflated backup.json made from `chunks()` (streamed: never whole in memory),
 * declaring `declare(size)` as its size. */
function zipOfStream(chunks: () => Iterable<Uint8Array>, declare: (size: number) => number): Blob {
  const parts: Uint8Array[] = [];
  let crc = 0;
  let size = 0;
  let compressed = 0;
  const deflate = new Deflate({ level: 1 }, (data) => {
    parts.push(data);
    compressed += data.length;
  });
  for (const c of chunks()) {
    crc = crc32(c, crc);
    size += c.length;
    deflate.push(c);
  }
  deflate.push(new Uint8Array(0), true);
  const name = new TextEncoder().encode('backup.json');
  const header = (sig: number, central: boolean) => {
    const h = new Uint8Array((central ? 46 : 30) + name.length);
    const v = new DataView(h.buffer);
    const o = central ? 2 : 0;
    v.setUint32(0, sig, true);
    v.setUint16(4 + o, 20, true);
    v.setUint16(8 + o, 8, true);
    v.setUint32(14 + o, crc, true);
    v.setUint32(18 + o, compressed, true);
    v.setUint32(22 + o, declare(size), true);
    v.setUint16(26 + o, name.length, true);
    h.set(name, central ? 46 : 30);
    return h;
  };
  const local = header(LOCAL_HEADER, false);
  const central = header(CENTRAL_HEADER, true);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + compressed, true);
  return new Blob([local, ...parts, central, end] as BlobPart[], { type: 'application/zip' });
}

const text = (s: string) => new TextEncoder().encode(s);
function* repeat(head: string, body: string, times: number, tail: string): Iterable<Uint8Array> {
  yield text(head);
  const block = text(body.repeat(1000));
  for (let i = 0; i < times / 1000; i++) yield block;
  yield text(tail);
}

/** The hostile files, made in the page (streamed into their zips). */
function hostileFiles(): Record<string, () => Blob> {
  const entry = JSON.stringify(training(0)).replace(/"id":"[^"]+"/, '"id":"x"');
  const envelope =
    '{"format":"safeguarding-passport-backup","formatVersion":1,"appVersion":"0.1.0","exportedAt":"2026-01-10T09:00:00.000Z",';
  return {
    'bomb (256 MB of spaces declared as 1 KB)': () =>
      zipOfStream(
        () => repeat('', ' '.repeat(1024), 256 * 1024, ''),
        () => 1024,
      ),
    '1,000,000 entries (about 470 MB, size declared)': () =>
      zipOfStream(
        () => repeat(`${envelope}"tables":{"trainings":[`, `${entry},`, 1_000_000, `${entry}]}}`),
        (n) => n,
      ),
    '1,000,000 entries (declaring 100 MB)': () =>
      zipOfStream(
        () => repeat(`${envelope}"tables":{"trainings":[`, `${entry},`, 1_000_000, `${entry}]}}`),
        () => 100 * 1024 * 1024,
      ),
    // Under the 64 MB cap on backup.json's declared size: refused only once the scan has counted
    // 100,000 records (about 50 MB inflated), the slowest way to refuse a million entries.
    '1,000,000 entries (declaring 60 MB, under the cap)': () =>
      zipOfStream(
        () => repeat(`${envelope}"tables":{"trainings":[`, `${entry},`, 1_000_000, `${entry}]}}`),
        () => 60 * 1024 * 1024,
      ),
    'deep JSON (100,000 levels)': () =>
      zipOfStream(
        () => repeat('', '[', 100_000, ']'.repeat(100_000)),
        (n) => n,
      ),
    'giant string (100 MB title)': () =>
      zipOfStream(
        () => repeat(`${envelope}"title":"`, 'a'.repeat(100), 1_000_000, '"}'),
        (n) => n,
      ),
  };
}

export async function run(step: (name: string) => Promise<void>) {
  // A large record: 5,000 entries, 200 certificates of 300 KB (about 60 MB).
  await db.open();
  const trainings = Array.from({ length: 5000 }, (_, i) => training(i));
  const certificates: Certificate[] = Array.from({ length: 200 }, (_, i) => {
    const bytes = noise(300 * 1024, i + 1);
    return {
      id: crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
      trainingId: trainings[i].id,
      fileName: `certificate-${i}.jpg`,
      mimeType: 'image/jpeg',
      size: bytes.byteLength,
      originalSize: bytes.byteLength,
      sha256: '0'.repeat(64),
      bytes: bytes.buffer as ArrayBuffer,
    };
  });
  await db.transaction('rw', db.trainings, db.certificates, async () => {
    await db.trainings.bulkAdd(trainings);
    await db.certificates.bulkAdd(certificates);
  });
  trainings.length = 0;
  certificates.length = 0;

  await step('export');
  const exported = await longestTask(() => exportBackup());
  await step('between');
  const file = exported.value as Awaited<ReturnType<typeof exportBackup>>;

  // The same backup protected with a passphrase and opened again, in the app's age worker (issue
  // 17.1): the scrypt key alone (a 16-byte file; the worker started and warmed up first), then
  // the whole backup each way.
  const passphrase = 'tangerine pocket violin harbour';
  const tiny = new Blob([new Uint8Array(16)]);
  await openProtectedBackup(await protectBackup(tiny, passphrase), passphrase);
  const wall = async <T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> => {
    const t0 = performance.now();
    const value = await fn();
    return { value, ms: performance.now() - t0 };
  };
  await step('key');
  const key = await wall(() => protectBackup(tiny, passphrase));
  await step('encrypt');
  const sealed = await wall(() => protectBackup(file.blob, passphrase));
  await step('decrypt');
  const opened = await wall(() => openProtectedBackup(sealed.value, passphrase));
  await step('between');
  const digest = async (b: BufferSource) => new Uint8Array(await crypto.subtle.digest('SHA-256', b)).join();
  const sameBytes = (await digest(opened.value as BufferSource)) === (await digest(await file.blob.arrayBuffer()));
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));

  await step('import');
  let checkedAt = 0;
  const imported = await longestTask(async () => {
    const t0 = performance.now();
    const checked = await checkBackupFile(file.blob);
    checkedAt = performance.now() - t0;
    return applyBackup(checked, 'merge');
  });
  await step('between');
  if (imported.value instanceof Error) throw imported.value;
  const restored = await db.trainings.count();

  const hostile: Record<string, { longestMs: number; ms: number; message: string }> = {};
  for (const [name, make] of Object.entries(hostileFiles())) {
    const blob = make();
    const r = await longestTask(() => checkBackupFile(blob));
    hostile[name] = { longestMs: r.longestMs, ms: r.ms, message: r.value instanceof Error ? r.value.message : 'ACCEPTED' };
  }
  await step('done');
  return {
    backupBytes: file.size,
    restored,
    exportLongestMs: exported.longestMs,
    exportMs: exported.ms,
    age: { keyMs: key.ms, encryptMs: sealed.ms, decryptMs: opened.ms, sameBytes, protectedBytes: sealed.value.size },
    exportTasks: exported.tasks,
    importLongestMs: imported.longestMs,
    importMs: imported.ms,
    importCheckedMs: checkedAt,
    importTasks: imported.tasks,
    hostile,
  };
}

(globalThis as unknown as { importBench: typeof run }).importBench = run;
document.getElementById('status')!.textContent = 'ready';
