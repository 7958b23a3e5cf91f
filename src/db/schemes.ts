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
