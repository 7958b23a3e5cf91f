/** Planned courses; "Mark as done" turns a plan into a training entry in one transaction. */
import { db } from './db';
import { newId, nowIso } from './ids';
import { deleteRecords, putRecord, restoreRecords } from './records';
import { describeStorageError } from './errors';
import type { Plan, Training } from '../domain/types';
import type { TrainingInput } from './trainings';

export type PlanInput = Omit<Plan, 'id' | 'createdAt' | 'updatedAt'> & { id?: string };

export function savePlan(input: PlanInput): Promise<Plan> {
  return putRecord<Plan>('plans', input);
}

export function getPlan(id: string): Promise<Plan | undefined> {
  return db.plans.get(id);
}

export function deletePlan(id: string): Promise<Plan[]> {
  return deleteRecords<Plan>('plans', [id]);
}

export function restorePlans(plans: Plan[]): Promise<void> {
  return restoreRecords<Plan>('plans', plans);
}

/** Creates the training entry and marks the plan done, together or not at all. */
export async function markPlanDone(planId: string, entry: TrainingInput): Promise<{ plan: Plan; training: Training }> {
  try {
    return await db.transaction('rw', db.plans, db.trainings, async () => {
      const plan = await db.plans.get(planId);
      if (!plan) throw new Error('This plan no longer exists.');
      if (plan.doneTrainingId) throw new Error('This plan has already been marked as done.');
      const now = nowIso();
      const training: Training = { ...entry, id: entry.id ?? newId(), createdAt: now, updatedAt: now };
      const done: Plan = { ...plan, doneTrainingId: training.id, updatedAt: now };
      await db.trainings.add(training);
      await db.plans.put(done);
      return { plan: done, training };
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

export function allPlans(): Promise<Plan[]> {
  return db.plans.orderBy('plannedDate').toArray();
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
