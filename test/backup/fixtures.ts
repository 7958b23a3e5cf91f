/** Records, a seeded database and a digest of every table, for the backup and fault tests. */
import { createHash } from 'node:crypto';
import type { Dexie } from 'dexie';
import type { Certificate, Deletion, Enrolment, Plan, Profile, Reflection, Setting, Training } from '../../src/domain/types';
import { sha256Hex } from '../../src/backup/hash';
import { makeProfile } from '../fixtures/profile';
import { pdfOfSize } from '../fixtures/pdf';

// jsdom's Blob has no arrayBuffer() (every browser the app supports has): read it as browsers do.
if (typeof Blob !== 'undefined' && !Blob.prototype.arrayBuffer) {
  Blob.prototype.arrayBuffer = function (this: Blob) {
    return new Promise<ArrayBuffer>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result as ArrayBuffer);
      reader.onerror = () => reject(reader.error);
      reader.readAsArrayBuffer(this);
    });
  };
}

export const T0 = '2026-01-10T09:00:00.000Z';
export const T1 = '2026-03-10T09:00:00.000Z';
export const T2 = '2026-06-10T09:00:00.000Z';

const stamp = (at = T0) => ({ createdAt: at, updatedAt: at });

export function profile(at = T0, name = 'Alex Practitioner'): Profile {
  return makeProfile({
    ...stamp(at),
    name,
    jobTitle: 'Family support worker',
    employer: 'Solihull MBC',
    frameworkId: 'solihull',
    roleTitle: 'Family support',
  });
}

export function training(id: string, at = T0, title = `Course ${id}`): Training {
  return {
    id,
    ...stamp(at),
    title,
    providerKind: 'partnership',
    providerName: 'Solihull Safeguarding Children Partnership',
    startDate: '2026-01-05',
    endDate: '2026-01-05',
    hours: 3,
    mode: 'face-to-face',
    level: 'Level 2',
    link: { frameworkId: 'solihull', courseId: 'c1' },
    agency: 'multi',
    participatory: true,
    notes: 'Notes with "quotes", émigré, and <img src=x onerror=alert(1)>',
    impact: null,
  };
}

export function reflection(id: string, trainingId: string | null = null, at = T0): Reflection {
  return {
    id,
    ...stamp(at),
    trainingId,
    kind: 'reflection',
    date: '2026-01-06',
    title: 'What I took away',
    template: 'what-so-what-now-what',
    sections: { what: 'Learned about thresholds', soWhat: 'Changed referrals', nowWhat: 'Share with team' },
    text: '',
    peerReflection: false,
  };
}

export function plan(id: string, at = T0): Plan {
  return {
    id,
    ...stamp(at),
    title: 'Level 3 course',
    plannedDate: '2026-12-01',
    link: null,
    hours: 6,
    approval: null,
    notes: '',
    doneTrainingId: null,
  };
}

export function enrolment(id: string, at = T0): Enrolment {
  return { id, ...stamp(at), frameworkId: 'solihull', pathwayId: 'dsl', startDate: '2026-01-01', endedAt: null };
}

export function setting(id: string, value: unknown, at = T0): Setting {
  return { id, ...stamp(at), value };
}

/** Deterministic pseudo-random bytes (xorshift), like an already-compressed photo. */
export function noise(size: number, seed: number): Uint8Array {
  const out = new Uint8Array(size);
  let x = seed | 1;
  for (let i = 0; i < size; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

export async function certificate(
  id: string,
  trainingId: string | null,
  size = 2048,
  at = T0,
  fileName = `Certificate ${id}.pdf`,
): Promise<Certificate> {
  // A real PDF (the import checks certificate bytes as an upload does), padded with noise.
  const bytes = await pdfOfSize(size, (n) => noise(n, id.length * 7919 + size));
  return {
    id,
    ...stamp(at),
    trainingId,
    fileName,
    mimeType: 'application/pdf',
    size,
    originalSize: size,
    sha256: await sha256Hex(bytes),
    bytes: bytes.buffer as ArrayBuffer,
  };
}

export interface SeedCounts {
  trainings: number;
  certificates: number;
  certificateSize?: number;
}

/** A small realistic record: profile, trainings with certificates and reflections, plans,
 * enrolment, a setting and a deletion marker. */
export async function seed(db: Dexie, counts: SeedCounts = { trainings: 6, certificates: 3 }): Promise<void> {
  const trainings = Array.from({ length: counts.trainings }, (_, i) => training(`t-${i}`));
  const certs = await Promise.all(
    Array.from({ length: counts.certificates }, (_, i) =>
      certificate(`c-${i}`, trainings[i % Math.max(1, trainings.length)]?.id ?? null, counts.certificateSize),
    ),
  );
  const deletion: Deletion = { id: 't-deleted', table: 'trainings', deletedAt: T0 };
  await db.transaction('rw', db.tables, async () => {
    await db.table('profile').put(profile());
    await db.table('trainings').bulkPut(trainings);
    await db.table('certificates').bulkPut(certs);
    await db.table('reflections').bulkPut(trainings.slice(0, 2).map((t, i) => reflection(`r-${i}`, t.id)));
    await db.table('plans').bulkPut([plan('p-0')]);
    await db.table('enrolments').bulkPut([enrolment('e-0')]);
    await db.table('settings').bulkPut([setting('backup.reminder', { days: 30, changes: 20 })]);
    await db.table('deletions').bulkPut([deletion]);
    await db.table('drafts').put({ id: 'training:new', ...stamp(), data: { title: 'Half typed' } });
  });
}

/** A digest of every table of the database, certificate bytes included: equal digests mean the
 * stored data is byte-for-byte the same. */
export async function digest(db: Dexie, omitKeys: string[] = []): Promise<string> {
  const hash = createHash('sha256');
  await db.transaction('r', db.tables, async () => {
    for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
      hash.update(`#${table.name}\n`);
      const rows = (await table.toArray()) as Array<Record<string, unknown>>;
      rows.sort((a, b) => String(a.id).localeCompare(String(b.id)));
      for (const row of rows) {
        hash.update(
          JSON.stringify(row, (k, v) =>
            omitKeys.includes(k) ? undefined : v instanceof ArrayBuffer ? Buffer.from(v).toString('base64') : v,
          ),
        );
        hash.update('\n');
      }
    }
  });
  return hash.digest('hex');
}

/** Empties every table of the app's database (between tests). */
export async function clearAll(db: Dexie): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const t of db.tables) await t.clear();
  });
}
