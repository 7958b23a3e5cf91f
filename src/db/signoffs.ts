/** Supervisors' sign-offs (table `signoffs`, database version 3). A sign-off is written once;
 * the next supervision may update its agreed actions' status. */
import { db } from './db';
import { newId, nowIso } from './ids';
import { describeStorageError } from './errors';
import { deleteRecords, restoreRecords } from './records';
import { coveredIds } from '../domain/signoff';
import type { AgreedActionStatus, Reflection, SignOff, Training } from '../domain/types';

export type SignOffInput = Omit<SignOff, 'id' | 'createdAt' | 'updatedAt'>;

export async function allSignOffs(): Promise<SignOff[]> {
  return db.signoffs.orderBy('date').reverse().toArray();
}

/** Stores a new sign-off and, in the same transaction, the status of earlier agreed actions
 * reviewed at this supervision. */
export async function saveSignOff(
  input: SignOffInput,
  reviewed: Array<{ signoffId: string; actionId: string; status: AgreedActionStatus }> = [],
): Promise<SignOff> {
  const now = nowIso();
  const record: SignOff = { ...input, id: newId(), createdAt: now, updatedAt: now };
  try {
    await db.transaction('rw', db.signoffs, async () => {
      const byId = new Map<string, SignOff>();
      for (const r of reviewed) {
        const s = byId.get(r.signoffId) ?? (await db.signoffs.get(r.signoffId));
        if (!s) continue;
        byId.set(s.id, {
          ...s,
          agreedActions: s.agreedActions.map((a) => (a.id === r.actionId ? { ...a, status: r.status } : a)),
          updatedAt: now,
        });
      }
      if (byId.size) await db.signoffs.bulkPut([...byId.values()]);
      await db.signoffs.add(record);
    });
  } catch (e) {
    throw describeStorageError(e);
  }
  return record;
}

/** Every entry (training and reflections) with what a sign-off needs, read at once. */
export async function signOffSource(): Promise<{ trainings: Training[]; reflections: Reflection[]; signoffs: SignOff[] }> {
  return db.transaction('r', [db.trainings, db.reflections, db.signoffs], async () => {
    const [trainings, reflections, signoffs] = await Promise.all([db.trainings.toArray(), db.reflections.toArray(), db.signoffs.toArray()]);
    return { trainings, reflections, signoffs };
  });
}

/** The sign-offs and the entries they covered as they are now (those still in the record), read
 * at once: what "changed since signed" needs, without reading the rest of the record. */
export async function signedEntries(): Promise<{ signoffs: SignOff[]; entries: Array<Training | Reflection> }> {
  return db.transaction('r', [db.trainings, db.reflections, db.signoffs], async () => {
    const signoffs = await db.signoffs.toArray();
    if (!signoffs.length) return { signoffs, entries: [] };
    const ids = [...coveredIds(signoffs)];
    const [trainings, reflections] = await Promise.all([db.trainings.bulkGet(ids), db.reflections.bulkGet(ids)]);
    const entries = [...trainings, ...reflections].filter((e): e is Training | Reflection => !!e);
    return { signoffs, entries };
  });
}

/** Deletes a sign-off, leaving a deletion marker so that a merge does not bring it back. Returns
 * it, for Undo. The entries it covered are untouched. */
export async function deleteSignOff(id: string): Promise<SignOff[]> {
  return deleteRecords<SignOff>('signoffs', [id]);
}

/** Undo: the sign-off back as it was, its deletion marker removed. */
export async function restoreSignOffs(signoffs: SignOff[]): Promise<void> {
  return restoreRecords('signoffs', signoffs);
}
