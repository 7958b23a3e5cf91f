/**
 * Generic writes for record tables: stamping ids and times, and deletions that leave a marker so
 * that a later merge does not bring the record back. Multi-table writes name their tables.
 */
import { db } from './db';
import { newId, nowIso } from './ids';
import { checkTextLimits, describeStorageError } from './errors';
import type { Deletion, Stamped, TableName } from '../domain/types';
import type { Table } from 'dexie';
import { isSealable, sealOne } from './seal';

type Unstamped<T extends Stamped> = Omit<T, 'id' | 'createdAt' | 'updatedAt'> & Partial<Pick<T, 'id'>>;

export function tableOf<T extends Stamped>(name: TableName): Table<T, string> {
  return db.table(name) as Table<T, string>;
}

/** Creates or updates a record, stamping createdAt/updatedAt. Returns the stored record. */
export async function putRecord<T extends Stamped>(name: TableName, data: Unstamped<T> | T): Promise<T> {
  const table = tableOf<T>(name);
  checkTextLimits(data);
  try {
    const id = data.id ?? newId();
    const plain = { ...data, id };
    // With the app lock on, the private fields are sealed before the write (WebCrypto cannot run
    // inside an IndexedDB transaction); the caller gets the record as it reads.
    const stored = isSealable(name) ? await sealOne(name, plain) : plain;
    return await db.transaction('rw', table, async () => {
      const existing = data.id ? await table.get(id) : undefined;
      const stamps = { createdAt: existing?.createdAt ?? nowIso(), updatedAt: nowIso() };
      await table.put({ ...stored, ...stamps } as unknown as T);
      return { ...plain, ...stamps } as unknown as T;
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Deletes records and leaves deletion markers, in one transaction. Returns what was deleted
 * (for undo). */
export async function deleteRecords<T extends Stamped>(name: TableName, ids: string[]): Promise<T[]> {
  const table = tableOf<T>(name);
  try {
    return await db.transaction('rw', table, db.deletions, async () => {
      const found = (await table.bulkGet(ids)).filter((r): r is T => !!r);
      const deletedAt = nowIso();
      await table.bulkDelete(found.map((r) => r.id));
      await db.deletions.bulkPut(found.map<Deletion>((r) => ({ id: r.id, table: name, deletedAt })));
      return found;
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Puts deleted records back (undo) and removes their deletion markers. */
export async function restoreRecords<T extends Stamped>(name: TableName, records: T[]): Promise<void> {
  const table = tableOf<T>(name);
  try {
    await db.transaction('rw', table, db.deletions, async () => {
      await table.bulkPut(records);
      await db.deletions.bulkDelete(records.map((r) => r.id));
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}
