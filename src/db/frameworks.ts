/**
 * Frameworks the user added from framework files: stored whole, one record per file, written
 * in one put (a framework is stored completely or not at all).
 */
import { db } from './db';
import { describeStorageError } from './errors';
import { newId, nowIso } from './ids';
import { deleteRecords } from './records';
import type { UserFramework } from '../domain/types';
import type { FrameworkFile } from '../frameworks/file-format';

export async function listUserFrameworks(): Promise<UserFramework[]> {
  return db.frameworks.orderBy('updatedAt').toArray();
}

/** Stores a checked framework file. Adding the same framework's same edition again replaces it. */
export async function addUserFramework(file: FrameworkFile): Promise<UserFramework> {
  const f = file.framework;
  try {
    return await db.transaction('rw', db.frameworks, async () => {
      const same = (await db.frameworks.where('frameworkId').equals(f.id).toArray()).find((r) => r.edition === f.edition);
      const now = nowIso();
      const record: UserFramework = {
        id: same?.id ?? newId(),
        createdAt: same?.createdAt ?? now,
        updatedAt: now,
        frameworkId: f.id,
        edition: f.edition,
        published: f.published,
        file,
      };
      await db.frameworks.put(record);
      return record;
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

export async function removeUserFramework(id: string): Promise<void> {
  await deleteRecords<UserFramework>('frameworks', [id]);
}
