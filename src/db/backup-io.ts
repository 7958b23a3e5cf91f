/**
 * The only IndexedDB code for backups: reading everything for an export, and writing an import
 * (merge or replace) in ONE transaction naming its tables, so that either all of it lands or
 * nothing does. Validation happens before these functions are called, and the merge's plan is
 * made by the caller's function inside the transaction: src/backup drives these functions, and
 * src/db never imports src/backup.
 */
import { isSealable, openMany } from './seal';
import Dexie, { type Table } from 'dexie';
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

/** A certificate's record without its bytes: an import does not hold every certificate's file
 * until the write, but reads each again from the backup as it is written (`CertificateBytes`). */
export type PendingCertificate = Omit<Certificate, 'bytes'>;

/** Reads one certificate's bytes (checked again) while the write's transaction waits; throws to
 * abort the write, so that nothing is written. */
export type CertificateBytes = (certificate: PendingCertificate) => Promise<ArrayBuffer>;

/** What an import writes: the records, the certificates without their bytes, and how to read them. */
export interface IncomingStore {
  tables: { [T in BackupTable]: T extends 'certificates' ? PendingCertificate[] : Stamped[] };
  deletions: Deletion[];
  certificateBytes: CertificateBytes;
}

function table(name: BackupTable | 'deletions'): Table<Stamped | Deletion, string> {
  return db.table(name);
}

/** The tables an import writes, named once for both modes. */
const WRITE_TABLES = [...BACKUP_TABLES, 'deletions'] as const;

/** Deletion markers a backup may carry: only for records that can be deleted (a marker for the
 * profile, stored by an older version from a hostile file, is never spread further). */
const exportableMarkers = (markers: Deletion[]) => markers.filter((d) => isDeletableTable(d.table));

/** A backup is the record as it reads: with the app lock on, the sealed records are opened with
 * the key in memory (the export worker is handed it) after the read's transaction. */
async function openStored<R extends { tables: Partial<Record<BackupTable, Stamped[]>> }>(read: R): Promise<R> {
  const tables = { ...read.tables };
  for (const t of BACKUP_TABLES) {
    const rows = tables[t];
    if (rows && isSealable(t)) tables[t] = await openMany(t, rows);
  }
  return { ...read, tables };
}

/** Everything a backup carries, read in one transaction (a consistent picture). */
export async function readStoredRecord(): Promise<StoredRecord> {
  try {
    return await openStored(
      await db.transaction('r', WRITE_TABLES.map(table), async () => {
        const tables = {} as Record<BackupTable, Stamped[]>;
        for (const t of BACKUP_TABLES) tables[t] = (await table(t).toArray()) as Stamped[];
        tables.settings = tables.settings.filter((s) => !isDeviceSetting(s));
        const deletions = exportableMarkers(await db.deletions.toArray());
        return { tables: tables as StoredTables, deletions };
      }),
    );
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
    return await openStored(
      await db.transaction('r', WRITE_TABLES.map(table), async () => {
        const tables = {} as Record<Exclude<BackupTable, 'certificates'>, Stamped[]>;
        for (const t of BACKUP_TABLES) if (t !== 'certificates') tables[t] = (await table(t).toArray()) as Stamped[];
        tables.settings = tables.settings.filter((s) => !isDeviceSetting(s));
        const deletions = exportableMarkers(await db.deletions.toArray());
        const certificateIds = (await db.certificates.toCollection().primaryKeys()) as string[];
        return { tables, deletions, certificateIds };
      }),
    );
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Certificates by id; any deleted since the ids were read are left out. */
export async function readCertificates(ids: string[]): Promise<Certificate[]> {
  try {
    return await openMany(
      'certificates',
      (await db.certificates.bulkGet(ids)).filter((c): c is Certificate => !!c),
    );
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
/** Certificates per request: at most this many, and this many bytes (one larger certificate goes
 * alone). Only these certificates' bytes are held at once: each is read from the backup just
 * before its request. */
const CERTIFICATE_CHUNK = 4;
const CERTIFICATE_CHUNK_BYTES = 8 * 1024 * 1024;
/** How long the transaction waits for one chunk of certificates to be read (Dexie.waitFor keeps
 * it alive meanwhile). */
const READ_WAIT_MS = 5 * 60 * 1000;

async function inChunks<T>(rows: T[], write: (chunk: T[]) => Promise<unknown>, size = WRITE_CHUNK): Promise<void> {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}

/** Certificates written a few at a time, each chunk's bytes read (Dexie.waitFor: the transaction
 * stays open while they are read) just before its request and let go after it. */
async function certificatesInChunks(
  rows: PendingCertificate[],
  read: CertificateBytes,
  write: (chunk: Certificate[]) => Promise<unknown>,
): Promise<void> {
  for (let i = 0; i < rows.length;) {
    const chunk: PendingCertificate[] = [];
    let bytes = 0;
    while (i < rows.length && chunk.length < CERTIFICATE_CHUNK && (chunk.length === 0 || bytes + rows[i].size <= CERTIFICATE_CHUNK_BYTES)) {
      bytes += rows[i].size;
      chunk.push(rows[i++]);
    }
    const loaded = await Dexie.waitFor(
      (async () => {
        const out: Certificate[] = [];
        for (const c of chunk) out.push({ ...c, bytes: await read(c) });
        return out;
      })(),
      READ_WAIT_MS,
    );
    await write(loaded);
  }
}

/** Writes one table's rows in chunks (certificates with their bytes read as they go). */
function putRows(t: BackupTable, rows: Stamped[], read: CertificateBytes, put: (t: BackupTable, chunk: Stamped[]) => Promise<unknown>) {
  if (t === 'certificates') return certificatesInChunks(rows as PendingCertificate[], read, (c) => put(t, c));
  return inChunks(rows, (c) => put(t, c));
}

/** A failure to read a certificate (the backup's own error, e.g. the file changed since it was
 * checked) is passed on as it is, not as a storage error. */
function readFailure(e: unknown, failed: { error?: unknown }): unknown {
  return failed.error !== undefined ? failed.error : describeStorageError(e);
}

function remembering(read: CertificateBytes, failed: { error?: unknown }): CertificateBytes {
  return async (c) => {
    try {
      return await read(c);
    } catch (e) {
      failed.error = e;
      throw e;
    }
  };
}

/** Merges validated records into the store, in one transaction: `plan` (the caller's merge
 * rules) sees what this device holds and says what to write; certificates' bytes are read with
 * `certificateBytes` as they are written. */
export async function writeMerge<S>(plan: (local: LocalState) => WritePlan<S>, certificateBytes: CertificateBytes): Promise<S> {
  const failed: { error?: unknown } = {};
  const read = remembering(certificateBytes, failed);
  try {
    return await db.transaction('rw', WRITE_TABLES.map(table), async () => {
      const { puts, deletes, newMarkers, summary } = plan(await readLocalState());
      for (const t of BACKUP_TABLES) {
        if (deletes[t].length) await inChunks(deletes[t], (c) => table(t).bulkDelete(c));
        if (puts[t].length) await putRows(t, puts[t], read, (name, c) => table(name).bulkPut(c));
      }
      if (newMarkers.length) await inChunks(newMarkers, (c) => db.deletions.bulkPut(c));
      return summary;
    });
  } catch (e) {
    throw readFailure(e, failed);
  }
}

/** Replaces the whole record with the backup's, in one transaction. Drafts (unsaved form input)
 * and this device's own settings are kept. */
export async function writeReplace(incoming: IncomingStore): Promise<void> {
  const failed: { error?: unknown } = {};
  const read = remembering(incoming.certificateBytes, failed);
  try {
    await db.transaction('rw', WRITE_TABLES.map(table), async () => {
      const keptSettings = (await db.settings.bulkGet([...DEVICE_SETTING_IDS])).filter((s): s is Setting => !!s);
      for (const t of WRITE_TABLES) await table(t).clear();
      for (const t of BACKUP_TABLES) {
        const rows = t === 'settings' ? incoming.tables.settings.filter((s) => !isDeviceSetting(s)) : incoming.tables[t];
        if (rows.length) await putRows(t, rows as Stamped[], read, (name, c) => table(name).bulkAdd(c));
      }
      if (keptSettings.length) await db.settings.bulkPut(keptSettings);
      if (incoming.deletions.length) await inChunks(incoming.deletions, (c) => db.deletions.bulkAdd(c));
    });
  } catch (e) {
    throw readFailure(e, failed);
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
