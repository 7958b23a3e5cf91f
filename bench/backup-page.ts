/**
 * Runs in Chromium (real IndexedDB), bundled and driven by bench/backup.bench.mjs. Times the
 * app's own export and restore of a large record beside the raw floor measured in the same run:
 * an fflate zip of the same bytes, and a Dexie bulkAdd of the same rows.
 */
import { zipSync, type Zippable } from 'fflate';
import { db, PassportDB } from '../src/db/db';
import { backupBytes, exportBackup } from '../src/backup/export';
import { checkBackup } from '../src/backup/import';
import { readStoredRecord, writeReplace } from '../src/db/backup-io';
import { BACKUP_TABLES, certificatePath } from '../src/backup/format';
import type { Certificate, Plan, Reflection, Stamped, Training } from '../src/domain/types';

export interface BenchSize {
  entries: number;
  certificates: number;
  certificateBytes: number;
}

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

/** A realistic large record: trainings, reflections and plans adding up to `entries`, with
 * `certificates` files of already-compressed (random) bytes. */
function makeRecord(size: BenchSize) {
  const trainingCount = Math.round(size.entries * 0.6);
  const reflectionCount = Math.round(size.entries * 0.3);
  const planCount = size.entries - trainingCount - reflectionCount;
  const trainings: Training[] = Array.from({ length: trainingCount }, (_, i) => ({
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
  }));
  const reflections: Reflection[] = Array.from({ length: reflectionCount }, (_, i) => ({
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    trainingId: trainings[i % trainingCount].id,
    kind: 'reflection',
    date: '2025-03-05',
    title: 'What I took away',
    template: 'what-so-what-now-what',
    peerReflection: false,
    text: '',
    sections: {
      what: 'Learned how to recognise neglect earlier.',
      soWhat: 'I record concerns sooner.',
      nowWhat: 'Share the chronology template with the team.',
    },
  }));
  const plans: Plan[] = Array.from({ length: planCount }, (_, i) => ({
    id: crypto.randomUUID(),
    createdAt: at,
    updatedAt: at,
    title: `Planned course ${i}`,
    plannedDate: '2026-12-01',
    link: null,
    hours: 6,
    approval: null,
    notes: '',
    doneTrainingId: null,
  }));
  const certificates: Certificate[] = Array.from({ length: size.certificates }, (_, i) => {
    const bytes = noise(size.certificateBytes, i + 1);
    return {
      id: crypto.randomUUID(),
      createdAt: at,
      updatedAt: at,
      trainingId: trainings[i % trainingCount].id,
      fileName: `certificate-${i}.jpg`,
      mimeType: 'image/jpeg',
      size: bytes.byteLength,
      originalSize: bytes.byteLength,
      sha256: '0'.repeat(64),
      bytes: bytes.buffer as ArrayBuffer,
    };
  });
  return { trainings, reflections, plans, certificates };
}

const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t0 = performance.now();
  const value = await fn();
  return [value, performance.now() - t0];
};

export async function run(size: BenchSize, step: (name: string) => Promise<void>, mark: (label: string) => void = () => {}) {
  // Marks a phase's stages (for the runner's memory timeline): each stage the first time it comes.
  let last = '';
  const stage = (label: string) => {
    if (label !== last) mark((last = label));
  };
  const record = makeRecord(size);
  await db.open();
  await db.transaction('rw', db.trainings, db.reflections, db.plans, db.certificates, async () => {
    await db.trainings.bulkAdd(record.trainings);
    await db.reflections.bulkAdd(record.reflections);
    await db.plans.bulkAdd(record.plans);
    await db.certificates.bulkAdd(record.certificates);
  });

  // Let the database settle after writing 60 MB (Chromium's LevelDB compacts in the background).
  await new Promise((r) => setTimeout(r, 2000));
  // Export: the app's own, then the raw floor (fflate zip of the same bytes, same levels).
  await step('export');
  const [file, exportMs] = await time(() => exportBackup({ onProgress: (p) => stage(p.phase) }));
  stage('file handed to the page');
  await step('floors');
  const [stored, readFloorMs] = await time(() => readStoredRecord());
  const [, hashMs] = await time(() =>
    Promise.all((stored.tables.certificates as Certificate[]).map((c) => crypto.subtle.digest('SHA-256', c.bytes))),
  );
  const json = new TextEncoder().encode(JSON.stringify({ tables: stored.tables }, (k, v) => (k === 'bytes' ? undefined : v), 1));
  const [, zipFloorMs] = await time(() => {
    const files: Zippable = { 'backup.json': [json, { level: 6 }] };
    for (const c of stored.tables.certificates as Certificate[])
      files[certificatePath(c.id, c.fileName)] = [new Uint8Array(c.bytes), { level: 0 }];
    return zipSync(files);
  });

  // Restore into an empty device: validate the whole file, then write it in one transaction.
  await db.transaction('rw', db.tables, async () => Promise.all(db.tables.map((t) => t.clear())));
  const bytes = await backupBytes(file);
  await step('restore');
  const [parsed, validateMs] = await time(() => checkBackup(bytes, { onProgress: (p) => stage(p.phase) }));
  stage('write');
  const [, writeMs] = await time(() => writeReplace(parsed.incoming));
  const restored = await db.trainings.count();

  // The raw floor: Dexie bulkAdd of the same rows into a fresh database, one transaction.
  await step('floors');
  const floorDb = new PassportDB('bench-floor');
  await floorDb.open();
  const [, bulkAddFloorMs] = await time(() =>
    floorDb.transaction('rw', floorDb.tables, async () => {
      for (const t of BACKUP_TABLES) {
        const rows = parsed.incoming.tables[t] as Stamped[];
        if (rows.length) await floorDb.table(t).bulkAdd(rows);
      }
    }),
  );
  await floorDb.delete();
  await step('done');

  return {
    backupBytes: file.size,
    counts: file.counts,
    restoredTrainings: restored,
    exportMs,
    zipFloorMs,
    readFloorMs,
    hashMs,
    validateMs,
    writeMs,
    restoreMs: validateMs + writeMs,
    bulkAddFloorMs,
  };
}

(globalThis as unknown as { backupBench: typeof run }).backupBench = run;
document.getElementById('status')!.textContent = 'ready';
