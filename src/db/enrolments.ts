/**
 * Pathway enrolments, the user's confirmed prior steps, and the lean record read that the
 * suggestion engine needs (certificate links from the index, never certificate bytes).
 */
import { db } from './db';
import { describeStorageError } from './errors';
import { newId, nowIso } from './ids';
import type { EngineSource } from '../domain/progress';
import type { Enrolment, ISODate, Setting } from '../domain/types';

/** Enrols in a pathway; any other current enrolment in the same framework ends that day. One
 * transaction over enrolments. */
export async function enrolInPathway(frameworkId: string, pathwayId: string, startDate: ISODate): Promise<Enrolment> {
  try {
    return await db.transaction('rw', db.enrolments, async () => {
      const now = nowIso();
      const current = await db.enrolments
        .where('frameworkId')
        .equals(frameworkId)
        .filter((e) => !e.endedAt)
        .toArray();
      await db.enrolments.bulkPut(current.map((e) => ({ ...e, endedAt: now.slice(0, 10), updatedAt: now })));
      const enrolment: Enrolment = { id: newId(), createdAt: now, updatedAt: now, frameworkId, pathwayId, startDate, endedAt: null };
      await db.enrolments.put(enrolment);
      return enrolment;
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

export async function endEnrolment(id: string, endedAt: ISODate): Promise<void> {
  try {
    await db.enrolments.update(id, { endedAt, updatedAt: nowIso() });
  } catch (e) {
    throw describeStorageError(e);
  }
}

const CONFIRMED_STEPS = 'confirmed-steps';

export async function loadConfirmedSteps(): Promise<string[]> {
  const s = await db.settings.get(CONFIRMED_STEPS);
  return Array.isArray(s?.value) ? (s.value as string[]) : [];
}

/** Records (or withdraws) the user's "yes, I have done this" for a prior step. */
export async function setStepConfirmed(key: string, confirmed: boolean): Promise<void> {
  try {
    await db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get(CONFIRMED_STEPS);
      const keys = new Set(Array.isArray(existing?.value) ? (existing.value as string[]) : []);
      if (confirmed) keys.add(key);
      else keys.delete(key);
      const now = nowIso();
      const row: Setting = { id: CONFIRMED_STEPS, value: [...keys], createdAt: existing?.createdAt ?? now, updatedAt: now };
      await db.settings.put(row);
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** What the progress model reads (src/domain/progress.ts). */
export type EngineInput = EngineSource;

/** Everything the progress model needs, in one read transaction. */
export async function readEngineInput(): Promise<EngineInput> {
  // Reflections too: the professional schemes count feedback and reflective accounts.
  return db.transaction('r', [db.trainings, db.plans, db.enrolments, db.certificates, db.settings, db.reflections], async () => {
    const [trainings, plans, enrolments, certificateLinks, confirmedSteps, reflections] = await Promise.all([
      db.trainings.toArray(),
      db.plans.toArray(),
      db.enrolments.toArray(),
      db.certificates.orderBy('trainingId').keys() as Promise<string[]>,
      loadConfirmedSteps(),
      db.reflections.toArray(),
    ]);
    return {
      record: { trainings, plans, enrolments, reflections, certificates: certificateLinks.map((trainingId) => ({ trainingId })) },
      confirmedSteps,
    };
  });
}
