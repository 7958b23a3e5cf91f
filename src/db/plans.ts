/** Planned courses; "Mark as done" turns a plan into a training entry in one transaction. */
import { db } from './db';
import { newId, nowIso } from './ids';
import { deleteRecords, putRecord, restoreRecords } from './records';
import { describeStorageError } from './errors';
import type { Plan, Training } from '../domain/types';
import type { TrainingInput } from './trainings';
import { openMany, openOne, sealOne } from './seal';

export type PlanInput = Omit<Plan, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export function savePlan(input: PlanInput): Promise<Plan> {
  return putRecord<Plan>('plans', input);
}

export async function getPlan(id: string): Promise<Plan | undefined> {
  return openOne('plans', await db.plans.get(id));
}

export function deletePlan(id: string): Promise<Plan[]> {
  return deleteRecords<Plan>('plans', [id]);
}

export function restorePlans(plans: Plan[]): Promise<void> {
  return restoreRecords<Plan>('plans', plans);
}

/** Creates the training entry and marks the plan done, together or not at all. */
export async function markPlanDone(planId: string, entry: TrainingInput): Promise<{ plan: Plan; training: Training }> {
  const now = nowIso();
  const training: Training = { ...entry, id: entry.id ?? newId(), createdAt: now, updatedAt: now };
  // Sealed before the transaction when the app lock is on (WebCrypto cannot run inside one).
  const storedTraining = await sealOne('trainings', training);
  try {
    const done = await db.transaction('rw', db.plans, db.trainings, async () => {
      const plan = await db.plans.get(planId);
      if (!plan) throw new Error('This plan no longer exists.');
      if (plan.doneTrainingId) throw new Error('This plan has already been marked as done.');
      // Only clear fields change: a sealed plan keeps its seal.
      const done: Plan = { ...plan, doneTrainingId: training.id, updatedAt: now };
      await db.trainings.add(storedTraining);
      await db.plans.put(done);
      return done;
    });
    return { plan: await openOne('plans', done), training };
  } catch (e) {
    throw describeStorageError(e);
  }
}

export async function allPlans(): Promise<Plan[]> {
  return openMany('plans', await db.plans.orderBy('plannedDate').toArray());
}

/** Undo of "Mark as done": the new entry goes (leaving a deletion marker) and the plan reopens,
 * in one transaction. Certificates or reflections added to the entry meanwhile are unlinked. */
export async function undoPlanDone(planId: string, trainingId: string): Promise<void> {
  try {
    await db.transaction('rw', [db.plans, db.trainings, db.certificates, db.reflections, db.deletions], async () => {
      const now = nowIso();
      const plan = await db.plans.get(planId);
      if (plan) await db.plans.put({ ...plan, doneTrainingId: null, updatedAt: now });
      await db.trainings.delete(trainingId);
      await db.certificates.where('trainingId').equals(trainingId).modify({ trainingId: null, updatedAt: now });
      await db.reflections.where('trainingId').equals(trainingId).modify({ trainingId: null, updatedAt: now });
      await db.deletions.put({ id: trainingId, table: 'trainings', deletedAt: now });
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}
