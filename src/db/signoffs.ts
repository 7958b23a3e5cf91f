/** Supervisors' sign-offs (table `signoffs`, database version 3). A sign-off is written once;
 * the next supervision may update its agreed actions' status. */
import { db } from './db';
import { newId, nowIso } from './ids';
import { describeStorageError } from './errors';
import { deleteRecords, restoreRecords } from './records';
import { coveredIds } from '../domain/signoff';
import type { AgreedActionStatus, Reflection, SignOff, Training } from '../domain/types';
import { openMany, openOne, sealMany, sealOne } from './seal';

export type SignOffInput = Omit<SignOff, 'id' | 'createdAt' | 'updatedAt'>;

export async function allSignOffs(): Promise<SignOff[]> {
  return openMany('signoffs', await db.signoffs.orderBy('date').reverse().toArray());
}

/** Stores a new sign-off and, in the same transaction, the status of earlier agreed actions
 * reviewed at this supervision. */
export async function saveSignOff(
  input: SignOffInput,
  reviewed: Array<{ signoffId: string; actionId: string; status: AgreedActionStatus }> = [],
): Promise<SignOff> {
  const now = nowIso();
  const record: SignOff = { ...input, id: newId(), createdAt: now, updatedAt: now };
  // The reviewed sign-offs' agreed actions are private (sealed while the app lock is on): they
  // are read and opened, changed, and sealed again before the write's transaction (WebCrypto
  // cannot run inside one); the write checks none changed meanwhile.
  const byId = new Map<string, SignOff>();
  const readAt = new Map<string, string>();
  for (const r of reviewed) {
    const s = byId.get(r.signoffId) ?? (await openOne('signoffs', await db.signoffs.get(r.signoffId)));
    if (!s) continue;
    if (!readAt.has(s.id)) readAt.set(s.id, s.updatedAt);
    const { sealed: _seal, ...open } = s as SignOff & { sealed?: unknown };
    byId.set(s.id, {
      ...open,
      agreedActions: s.agreedActions.map((a) => (a.id === r.actionId ? { ...a, status: r.status } : a)),
      updatedAt: now,
    });
  }
  const updates = await sealMany('signoffs', [...byId.values()]);
  const stored = await sealOne('signoffs', record);
  try {
    await db.transaction('rw', db.signoffs, async () => {
      const current = await db.signoffs.bulkGet(updates.map((u) => u.id));
      if (current.some((c, i) => !c || c.updatedAt !== readAt.get(updates[i]!.id))) {
        throw new Error('A supervision record changed in another tab meanwhile. Nothing was saved: try again.');
      }
      if (updates.length) await db.signoffs.bulkPut(updates);
      await db.signoffs.add(stored);
    });
  } catch (e) {
    throw describeStorageError(e);
  }
  return record;
}

/** Every entry (training and reflections) with what a sign-off needs, read at once. */
export async function signOffSource(): Promise<{ trainings: Training[]; reflections: Reflection[]; signoffs: SignOff[] }> {
  const read = await db.transaction('r', [db.trainings, db.reflections, db.signoffs], async () => {
    const [trainings, reflections, signoffs] = await Promise.all([db.trainings.toArray(), db.reflections.toArray(), db.signoffs.toArray()]);
    return { trainings, reflections, signoffs };
  });
  // A sign-off covers entries' exact content (hashed): opened while the app lock is on.
  const [trainings, reflections, signoffs] = await Promise.all([
    openMany('trainings', read.trainings),
    openMany('reflections', read.reflections),
    openMany('signoffs', read.signoffs),
  ]);
  return { trainings, reflections, signoffs };
}

/** The sign-offs and the entries they covered as they are now (those still in the record), read
 * at once: what "changed since signed" needs, without reading the rest of the record. */
export async function signedEntries(): Promise<{ signoffs: SignOff[]; entries: Array<Training | Reflection> }> {
  const read = await db.transaction('r', [db.trainings, db.reflections, db.signoffs], async () => {
    const signoffs = await db.signoffs.toArray();
    if (!signoffs.length) return { signoffs, trainings: [], reflections: [] };
    const ids = [...coveredIds(signoffs)];
    const [trainings, reflections] = await Promise.all([db.trainings.bulkGet(ids), db.reflections.bulkGet(ids)]);
    return {
      signoffs,
      trainings: trainings.filter((e): e is Training => !!e),
      reflections: reflections.filter((e): e is Reflection => !!e),
    };
  });
  // The covered entries' hashes are of their exact content: opened while the app lock is on.
  const [trainings, reflections] = await Promise.all([openMany('trainings', read.trainings), openMany('reflections', read.reflections)]);
  return { signoffs: read.signoffs, entries: [...trainings, ...reflections] };
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
