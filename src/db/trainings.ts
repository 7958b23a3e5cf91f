/**
 * Training entries. Deleting an entry also deletes or unlinks its certificates and reflections,
 * in one transaction over the tables it names, and can be undone as a whole.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { db } from './db';
import { newId, nowIso } from './ids';
import { putRecord } from './records';
import { checkTextLimits, describeStorageError } from './errors';
import { isSealing, openOne, sealMany, sealOne } from './seal';
import type { Certificate, Deletion, ImpactNote, Reflection, Training } from '../domain/types';

export type TrainingInput = Omit<Training, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export function saveTraining(input: TrainingInput): Promise<Training> {
  return putRecord<Training>('trainings', input);
}

/** One entry, its private fields readable (opened while the app lock is on and unlocked). */
export async function getTraining(id: string): Promise<Training | undefined> {
  return openOne('trainings', await db.trainings.get(id));
}

/** How many certificates and reflections are linked to an entry (to confirm before deleting). */
export async function linkedCounts(trainingId: string): Promise<{ certificates: number; reflections: number }> {
  const [certificates, reflections] = await Promise.all([
    db.certificates.where('trainingId').equals(trainingId).count(),
    db.reflections.where('trainingId').equals(trainingId).count(),
  ]);
  return { certificates, reflections };
}

/** What a deletion changed, kept in memory so that Undo can put every record back. */
export interface TrainingDeletion {
  training: Training;
  /** Linked records as they were before the deletion (deleted or unlinked). */
  certificates: Certificate[];
  reflections: Reflection[];
  linked: 'delete' | 'unlink';
}

/** Deletes an entry; its certificates and reflections are deleted too ('delete') or kept as
 * free-standing items ('unlink'). One transaction: all of it happens, or none. */
export async function deleteTraining(id: string, linked: 'delete' | 'unlink'): Promise<TrainingDeletion> {
  try {
    return await db.transaction('rw', [db.trainings, db.certificates, db.reflections, db.deletions], async () => {
      const training = await db.trainings.get(id);
      if (!training) throw new Error('This entry no longer exists (it may have been deleted in another tab).');
      const certificates = await db.certificates.where('trainingId').equals(id).toArray();
      const reflections = await db.reflections.where('trainingId').equals(id).toArray();
      const now = nowIso();
      const markers: Deletion[] = [{ id, table: 'trainings', deletedAt: now }];
      await db.trainings.delete(id);
      if (linked === 'delete') {
        await db.certificates.bulkDelete(certificates.map((c) => c.id));
        await db.reflections.bulkDelete(reflections.map((r) => r.id));
        markers.push(...certificates.map<Deletion>((c) => ({ id: c.id, table: 'certificates', deletedAt: now })));
        markers.push(...reflections.map<Deletion>((r) => ({ id: r.id, table: 'reflections', deletedAt: now })));
      } else {
        await db.certificates.bulkPut(certificates.map((c) => ({ ...c, trainingId: null, updatedAt: now })));
        await db.reflections.bulkPut(reflections.map((r) => ({ ...r, trainingId: null, updatedAt: now })));
      }
      await db.deletions.bulkPut(markers);
      return { training, certificates, reflections, linked };
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Undo: the entry, its certificates and reflections back as they were, deletion markers gone. */
export async function undoDeleteTraining(d: TrainingDeletion): Promise<void> {
  try {
    await db.transaction('rw', [db.trainings, db.certificates, db.reflections, db.deletions], async () => {
      const now = nowIso();
      // Re-linked records changed twice: stamp them so a merge sees the newest state.
      const stamp = <T extends { updatedAt: string }>(r: T): T => (d.linked === 'unlink' ? { ...r, updatedAt: now } : r);
      await db.trainings.put(d.training);
      await db.certificates.bulkPut(d.certificates.map(stamp));
      await db.reflections.bulkPut(d.reflections.map(stamp));
      await db.deletions.bulkDelete([d.training.id, ...d.certificates.map((c) => c.id), ...d.reflections.map((r) => r.id)]);
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Sets or clears an entry's impact note (how the training changed practice, months later). */
export async function setImpactNote(trainingId: string, impact: ImpactNote | null): Promise<Training> {
  checkTextLimits({ impact });
  if (isSealing()) return setImpactNoteSealed(trainingId, impact);
  try {
    return await db.transaction('rw', db.trainings, async () => {
      const t = await db.trainings.get(trainingId);
      if (!t) throw new Error('This entry no longer exists.');
      const next: Training = { ...t, impact, updatedAt: nowIso() };
      await db.trainings.put(next);
      return next;
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** The app lock on: the entry is opened and sealed again around the change, outside the write's
 * transaction (WebCrypto cannot run inside one); the write checks nobody changed it meanwhile. */
async function setImpactNoteSealed(trainingId: string, impact: ImpactNote | null): Promise<Training> {
  const t = await getTraining(trainingId);
  if (!t) throw new Error('This entry no longer exists.');
  const next: Training = { ...t, impact, updatedAt: nowIso() };
  const stored = await sealOne('trainings', next);
  try {
    await db.transaction('rw', db.trainings, async () => {
      const now = await db.trainings.get(trainingId);
      if (!now) throw new Error('This entry no longer exists.');
      if (now.updatedAt !== t.updatedAt) throw new Error('This entry was changed in another tab. Open it again and retry.');
      await db.trainings.put(stored);
    });
  } catch (e) {
    throw describeStorageError(e);
  }
  return next;
}

/** Many entries in one transaction (imports of a list, the benchmark, tests). */
export async function bulkAddTrainings(inputs: TrainingInput[]): Promise<Training[]> {
  const now = nowIso();
  const rows = inputs.map<Training>((t) => ({ ...t, id: t.id ?? newId(), createdAt: now, updatedAt: now }));
  const stored = await sealMany('trainings', rows);
  try {
    await db.transaction('rw', db.trainings, () => db.trainings.bulkPut(stored));
  } catch (e) {
    throw describeStorageError(e);
  }
  return rows;
}

/** What the record list needs: every entry, and which entries have certificates or reflections
 * (read from the trainingId indexes only, so certificate bytes are never loaded). */
export async function loadTrainingList(): Promise<{ trainings: Training[]; certificateLinks: string[]; reflectionLinks: string[] }> {
  // One read transaction: a consistent snapshot of the three tables.
  return db.transaction('r', [db.trainings, db.certificates, db.reflections], async () => {
    const [trainings, certificateLinks, reflectionLinks] = await Promise.all([
      db.trainings.toArray(),
      db.certificates.orderBy('trainingId').keys() as Promise<string[]>,
      db.reflections.orderBy('trainingId').keys() as Promise<string[]>,
    ]);
    return { trainings, certificateLinks, reflectionLinks };
  });
}

/** The most recent entries (newest first), e.g. to link a reflection or a certificate to one. */
export function recentTrainings(limit = 300): Promise<Training[]> {
  return db.trainings.orderBy('startDate').reverse().limit(limit).toArray();
}

/** Every entry, newest first (the crosswalk lists them all). */
export function trainingsNewestFirst(): Promise<Training[]> {
  return db.trainings.orderBy('startDate').reverse().toArray();
}

/** Every entry and every reflection (a scheme's progress counts both). */
export async function trainingsAndReflections(): Promise<{ trainings: Training[]; reflections: Reflection[] }> {
  const [trainings, reflections] = await Promise.all([db.trainings.toArray(), db.reflections.toArray()]);
  return { trainings, reflections };
}

/** Entry titles by id (to show reflections and certificates with their training). */
export async function loadTrainingTitles(): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  await db.trainings.each((t) => void m.set(t.id, t.title));
  return m;
}

/** Calls `listener` after any write (in this tab or another) to one of the tables. A lighter
 * subscription than liveQuery for big reads: no range tracking or result cache, which cost the
 * 5,000-entry list about half as much again as the read itself. Returns the unsubscribe. */
export function onTablesChanged(tables: readonly string[], listener: () => void): () => void {
  const prefixes = tables.map((t) => `idb://${db.name}/${t}/`);
  const handler = (parts: ObservabilitySet) => {
    if (Object.keys(parts).some((k) => prefixes.some((p) => k.startsWith(p)))) listener();
  };
  Dexie.on.storagemutated.subscribe(handler);
  return () => Dexie.on.storagemutated.unsubscribe(handler);
}
