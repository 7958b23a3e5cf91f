import { db } from './db';
import { nowIso } from './ids';
import { describeStorageError } from './errors';

/** Sets which professional schemes an entry does not count for (it counts for every other
 * scheme that accepts it). */
export async function setExcludedSchemes(trainingId: string, excludedSchemes: string[]): Promise<void> {
  try {
    await db.transaction('rw', db.trainings, async () => {
      const t = await db.trainings.get(trainingId);
      if (!t) return;
      await db.trainings.put({ ...t, excludedSchemes: [...new Set(excludedSchemes)].sort(), updatedAt: nowIso() });
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Records the user's own choice of whether an entry counts towards one scheme requirement (the
 * DSL's yearly refresh, say), whatever its title says: kept in `countsTowards` or, for "does not
 * count", in `excludedSchemes` beside the schemes it is left out of. */
export async function setCountsTowards(trainingId: string, requirementId: string, counts: boolean): Promise<void> {
  try {
    await db.transaction('rw', db.trainings, async () => {
      const t = await db.trainings.get(trainingId);
      if (!t) return;
      const yes = new Set(t.countsTowards ?? []);
      const no = new Set(t.excludedSchemes ?? []);
      if (counts) {
        yes.add(requirementId);
        no.delete(requirementId);
      } else {
        yes.delete(requirementId);
        no.add(requirementId);
      }
      await db.trainings.put({ ...t, countsTowards: [...yes].sort(), excludedSchemes: [...no].sort(), updatedAt: nowIso() });
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}
