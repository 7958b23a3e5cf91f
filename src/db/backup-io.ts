/**
 * The only IndexedDB code for backups: reading everything for an export, and writing an import
 * (merge or replace) in ONE transaction naming its tables, so that either all of it lands or
 * nothing does. Validation happens before these functions are called, and the merge's plan is
 * made by the caller's function inside the transaction: src/backup drives these functions, and
 * src/db never imports src/backup.
 */
import type { Table } from 'dexie';
import { db } from './db';
import { nowIso } from './ids';
import { describeStorageError } from './errors';
import { isDeletableTable, RECORD_TABLES, type Certificate, type Deletion, type Setting, type Stamped } from '../domain/types';
import { DEVICE_SETTING_IDS, isDeviceSetting, reminderRuleFrom, type ReminderRule } from '../domain/backup-settings';

/** The tables a backup carries: every record table (drafts stay on the device). */
export const BACKUP_TABLES = RECORD_TABLES;
export type BackupTable = (typeof BACKUP_TABLES)[number];

export type StoredTables = {
  [T in BackupTable]: T extends 'certificates' ? Certificate[] : Stamped[];
};

export interface StoredRecord {
  tables: StoredTables;
  deletions: Deletion[];
}

function table(name: BackupTable | 'deletions'): Table<Stamped | Deletion, string> {
  return db.table(name);
}

/** The tables an import writes, named once for both modes. */
const WRITE_TABLES = [...BACKUP_TABLES, 'deletions'] as const;

/** Deletion markers a backup may carry: only for records that can be deleted (a marker for the
 * profile, stored by an older version from a hostile file, is never spread further). */
const exportableMarkers = (markers: Deletion[]) => markers.filter((d) => isDeletableTable(d.table));

/** Everything a backup carries, read in one transaction (a consistent picture). */
export async function readStoredRecord(): Promise<StoredRecord> {
  try {
    return await db.transaction('r', WRITE_TABLES.map(table), async () => {
      const tables = {} as Record<BackupTable, Stamped[]>;
      for (const t of BACKUP_TABLES) tables[t] = (await table(t).toArray()) as Stamped[];
      tables.settings = tables.settings.filter((s) => !isDeviceSetting(s));
      const deletions = exportableMarkers(await db.deletions.toArray());
      return { tables: tables as StoredTables, deletions };
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

export type TablesWithoutCertificates = Omit<StoredTables, 'certificates'>;

/** For an export: every table but the certificates, and the certificates' ids, in one
 * transaction. Certificate files are read afterwards in small batches (readCertificates), so
 * that the whole record's files are never in memory at once. */
export async function readRecordForExport(): Promise<{
  tables: TablesWithoutCertificates;
  deletions: Deletion[];
  certificateIds: string[];
}> {
  try {
    return await db.transaction('r', WRITE_TABLES.map(table), async () => {
      const tables = {} as Record<Exclude<BackupTable, 'certificates'>, Stamped[]>;
      for (const t of BACKUP_TABLES) if (t !== 'certificates') tables[t] = (await table(t).toArray()) as Stamped[];
      tables.settings = tables.settings.filter((s) => !isDeviceSetting(s));
      const deletions = exportableMarkers(await db.deletions.toArray());
      const certificateIds = (await db.certificates.toCollection().primaryKeys()) as string[];
      return { tables, deletions, certificateIds };
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Certificates by id; any deleted since the ids were read are left out. */
export async function readCertificates(ids: string[]): Promise<Certificate[]> {
  try {
    return (await db.certificates.bulkGet(ids)).filter((c): c is Certificate => !!c);
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** What this device holds: for each table, id -> updatedAt; and its deletion markers. */
export interface LocalState {
  versions: Record<BackupTable, Map<string, string>>;
  deletions: Map<string, Deletion>;
}

/** What a merge writes, planned from the LocalState inside the write's transaction. */
export interface WritePlan<S> {
  puts: Record<BackupTable, Stamped[]>;
  deletes: Record<BackupTable, string[]>;
  newMarkers: Deletion[];
  summary: S;
}

/** id -> updatedAt for every table, reading index keys only where there is an updatedAt index
 * (so certificate bytes are not loaded just to compare dates). */
async function readLocalState(): Promise<LocalState> {
  const versions = {} as LocalState['versions'];
  for (const t of BACKUP_TABLES) {
    const tbl = table(t);
    const indexed = tbl.schema.indexes.some((i) => i.name === 'updatedAt');
    if (indexed) {
      const coll = tbl.orderBy('updatedAt');
      const [dates, ids] = await Promise.all([coll.keys(), tbl.orderBy('updatedAt').primaryKeys()]);
      versions[t] = new Map(ids.map((id, i) => [String(id), String(dates[i])]));
    } else {
      const rows = (await tbl.toArray()) as Stamped[];
      versions[t] = new Map(rows.map((r) => [r.id, r.updatedAt]));
    }
  }
  const deletions = new Map(((await db.deletions.toArray()) as Deletion[]).map((d) => [d.id, d]));
  return { versions, deletions };
}

/** Rows written per request: each request's success is its own task, so a large import never
 * holds the main thread for long, and the transaction stays one (a request is always pending). */
const WRITE_CHUNK = 500;
/** Certificates per request: their bytes are copied into the request on this thread. */
const CERTIFICATE_CHUNK = 4;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

const chunkFor = (t: string) => (t === 'certificates' ? CERTIFICATE_CHUNK : WRITE_CHUNK);

/** Merges validated records into the store, in one transaction: `plan` (the caller's merge
 * rules) sees what this device holds and says what to write. */
export async function writeMerge<S>(plan: (local: LocalState) => WritePlan<S>): Promise<S> {
  try {
    return await db.transaction('rw', WRITE_TABLES.map(table), async () => {
      const { puts, deletes, newMarkers, summary } = plan(await readLocalState());
      for (const t of BACKUP_TABLES) {
        if (deletes[t].length) await inChunks(deletes[t], (c) => table(t).bulkDelete(c));
        if (puts[t].length) await inChunks(puts[t], (c) => table(t).bulkPut(c), chunkFor(t));
      }
      if (newMarkers.length) await inChunks(newMarkers, (c) => db.deletions.bulkPut(c));
      return summary;
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Replaces the whole record with the backup's, in one transaction. Drafts (unsaved form input)
 * and this device's own settings are kept. */
export async function writeReplace(incoming: StoredRecord): Promise<void> {
  try {
    await db.transaction('rw', WRITE_TABLES.map(table), async () => {
      const keptSettings = (await db.settings.bulkGet([...DEVICE_SETTING_IDS])).filter((s): s is Setting => !!s);
      for (const t of WRITE_TABLES) await table(t).clear();
      for (const t of BACKUP_TABLES) {
        const rows = t === 'settings' ? incoming.tables.settings.filter((s) => !isDeviceSetting(s)) : incoming.tables[t];
        if (rows.length) await inChunks(rows as Stamped[], (c) => table(t).bulkAdd(c), chunkFor(t));
      }
      if (keptSettings.length) await db.settings.bulkPut(keptSettings);
      if (incoming.deletions.length) await inChunks(incoming.deletions, (c) => db.deletions.bulkAdd(c));
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

// ---------------------------------------------------------------------------------------------
// Backup reminders: when this device last made a backup, and how much has changed since.

const LAST_BACKUP_ID = 'backup.lastAt';
export const REMINDER_SETTING_ID = 'backup.reminder';

export async function lastBackupAt(): Promise<string | null> {
  const s = await db.settings.get(LAST_BACKUP_ID);
  return typeof s?.value === 'string' ? s.value : null;
}

export async function recordBackupMade(at: string): Promise<void> {
  const now = nowIso();
  try {
    await db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get(LAST_BACKUP_ID);
      await db.settings.put({ id: LAST_BACKUP_ID, value: at, createdAt: existing?.createdAt ?? now, updatedAt: now });
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

export async function reminderRule(): Promise<ReminderRule> {
  return reminderRuleFrom((await db.settings.get(REMINDER_SETTING_ID))?.value);
}

export async function saveReminderRule(rule: ReminderRule): Promise<void> {
  const now = nowIso();
  try {
    await db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get(REMINDER_SETTING_ID);
      await db.settings.put({ id: REMINDER_SETTING_ID, value: rule, createdAt: existing?.createdAt ?? now, updatedAt: now });
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/**
 * Records added, changed or deleted since `since` (all of them when null): counted from the
 * updatedAt indexes and deletion markers, so nothing has to be counted on every save.
 */
export async function changesSince(since: string | null): Promise<number> {
  return db.transaction('r', WRITE_TABLES.map(table), async () => {
    let n = 0;
    for (const t of BACKUP_TABLES) {
      const tbl = table(t);
      if (tbl.schema.indexes.some((i) => i.name === 'updatedAt')) {
        n += since ? await tbl.where('updatedAt').above(since).count() : await tbl.count();
      } else {
        const rows = (await tbl.toArray()) as Stamped[];
        n += rows.filter((r) => !isDeviceSetting(r) && (!since || r.updatedAt > since)).length;
      }
    }
    n += since ? await db.deletions.where('deletedAt').above(since).count() : await db.deletions.count();
    return n;
  });
}
