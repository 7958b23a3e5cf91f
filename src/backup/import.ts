/**
 * Import: read and validate the WHOLE backup first (zip, version, every record, every
 * certificate's checksum, the space it needs), then write it in one transaction (merge or
 * replace). A refused file leaves the stored record exactly as it was.
 */
import * as v from 'valibot';
import type { Certificate, Deletion, Stamped } from '../domain/types';
import { writeMerge, writeReplace, type IncomingRecord, type StoredTables } from '../db/backup-io';
import { checkCertificateBytes, formatFileSize } from '../domain/files';
import { BackupError, NOTHING_CHANGED } from './errors';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_JSON,
  BACKUP_TABLES,
  TABLE_LABELS,
  type BackupCounts,
  type BackupTable,
  type CertificateEntry,
} from './format';
import { EnvelopeSchema, RECORD_SCHEMAS } from './schema';
import { sha256Hex } from './hash';
import { crc32, listZip, unzipEntries } from './zip';
import { FUTURE_SKEW_MS, jsonDepth, MAX_JSON_DEPTH } from './limits';
import { exportBackup, type BackupFile } from './export';
import type { MergeSummary } from './merge';

export type ImportMode = 'merge' | 'replace';

/** Above this, a file is refused whatever the device says it can hold (memory, not storage). */
const HARD_LIMIT_BYTES = 1.5 * 1024 ** 3;
/** Room kept free beyond the backup's own size (indexes, the transaction's journal). */
const STORAGE_HEADROOM = 1.2;

export interface ParsedBackup {
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  counts: BackupCounts;
  /** Uncompressed size of everything in the file. */
  contentBytes: number;
  incoming: IncomingRecord;
}

export type StorageEstimate = () => Promise<{ usage?: number; quota?: number } | null>;

const browserEstimate: StorageEstimate = async () => {
  if (typeof navigator === 'undefined' || !navigator.storage?.estimate) return null;
  try {
    return await navigator.storage.estimate();
  } catch {
    return null;
  }
};

function damaged(detail: string, cause?: unknown): BackupError {
  return new BackupError('not-backup', `This file is not a readable Safeguarding Passport backup: ${detail}. ${NOTHING_CHANGED}`, cause);
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? []).map((p) => String(p.key)).join('.');
  const received =
    issue.received === undefined ? '' : ` (found ${issue.received.length > 40 ? `${issue.received.slice(0, 40)}…` : issue.received})`;
  return path ? `the field "${path}" is not valid${received}` : `it is not a valid record${received}`;
}

function invalidRecord(table: BackupTable | 'deletions', index: number, issue: v.BaseIssue<unknown>): BackupError {
  return new BackupError(
    'invalid-record',
    `Record ${index + 1} of the ${TABLE_LABELS[table]} in this backup is not valid: ${describeIssue(issue)}. The file may have been edited or damaged. ${NOTHING_CHANGED}`,
  );
}

function parseDocument(bytes: Uint8Array, expectedCrc: number): unknown {
  if (crc32(bytes) !== expectedCrc) {
    throw new BackupError(
      'checksum',
      `This backup is damaged: its list of records does not match its checksum. ${NOTHING_CHANGED} Try another copy of the backup.`,
    );
  }
  // Checked before parsing: a deeply nested document is no backup, and would overflow the stack
  // later (when stored), after the promise that everything was checked first.
  if (jsonDepth(bytes, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw damaged(`its list of records is nested more than ${MAX_JSON_DEPTH} levels deep, which no backup is`);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (e) {
    throw damaged('its list of records cannot be read', e);
  }
}

function checkVersion(doc: unknown): void {
  if (!doc || typeof doc !== 'object' || (doc as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw damaged('it is a zip file, but not one this app made');
  }
  const version = (doc as { formatVersion?: unknown }).formatVersion;
  if (typeof version === 'number' && Number.isInteger(version) && version > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'future-version',
      `This backup was made by a newer version of Safeguarding Passport (backup format ${version}; this app reads format ${BACKUP_FORMAT_VERSION}). Update the app (reload it while online), then import the file again. ${NOTHING_CHANGED}`,
    );
  }
  if (version !== BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      'wrong-version',
      `This backup's format version (${String(version).slice(0, 20)}) is not one this app knows. ${NOTHING_CHANGED}`,
    );
  }
}

function validateRecords(doc: v.InferOutput<typeof EnvelopeSchema>): void {
  const check = (table: BackupTable | 'deletions', rows: unknown[]) => {
    if (doc.counts[table] !== rows.length) {
      throw damaged(`it says it holds ${doc.counts[table]} ${TABLE_LABELS[table]} but holds ${rows.length}`);
    }
    const schema = RECORD_SCHEMAS[table];
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      const result = v.safeParse(schema, row);
      if (!result.success) throw invalidRecord(table, i, result.issues[0]);
      const id = (row as { id: string }).id;
      if (seen.has(id)) {
        throw new BackupError(
          'invalid-record',
          `Record ${i + 1} of the ${TABLE_LABELS[table]} in this backup repeats an earlier record's id. ${NOTHING_CHANGED}`,
        );
      }
      seen.add(id);
    });
  };
  for (const t of BACKUP_TABLES) check(t, doc.tables[t]);
  check('deletions', doc.deletions);
}

/**
 * Dates now any timestamp later than now (plus a day's skew for clocks a little out): a record
 * stamped 2099 would otherwise win every later merge against the user's own edits. Returns, per
 * table, the ids of the records changed (the merge adds them only where this device has none).
 */
function clampFuture(
  tables: Record<BackupTable, Stamped[]>,
  deletions: Deletion[],
  now: number,
): Partial<Record<BackupTable, ReadonlySet<string>>> {
  const latest = now + FUTURE_SKEW_MS;
  const nowIso = new Date(now).toISOString();
  const later = (iso: string) => Date.parse(iso) > latest;
  const future: Partial<Record<BackupTable, Set<string>>> = {};
  for (const t of BACKUP_TABLES) {
    for (const row of tables[t]) {
      if (!later(row.updatedAt) && !later(row.createdAt)) continue;
      if (later(row.createdAt)) row.createdAt = nowIso;
      row.updatedAt = nowIso;
      (future[t] ??= new Set()).add(row.id);
    }
  }
  for (const d of deletions) if (later(d.deletedAt)) d.deletedAt = nowIso;
  return future;
}

/** Reads and checks a whole backup without writing anything. Throws BackupError. `now` (ms) is
 * the clock future timestamps are compared with. */
export async function readBackup(
  bytes: Uint8Array,
  estimate: StorageEstimate = browserEstimate,
  now: number = Date.now(),
): Promise<ParsedBackup> {
  const entries = listZip(bytes);
  const jsonEntry = entries.find((e) => e.name === BACKUP_JSON);
  if (!jsonEntry) throw damaged(`it is a zip file, but it has no ${BACKUP_JSON} inside`);

  const contentBytes = entries.reduce((sum, e) => sum + e.originalSize, 0);
  await checkSpace(contentBytes, estimate);

  const docBytes = unzipEntries(bytes, (name) => name === BACKUP_JSON)[BACKUP_JSON];
  if (!docBytes || docBytes.length !== jsonEntry.originalSize) throw damaged('its list of records is incomplete');
  const doc = parseDocument(docBytes, jsonEntry.crc32);
  checkVersion(doc);
  const envelope = v.safeParse(EnvelopeSchema, doc);
  if (!envelope.success) throw damaged(describeIssue(envelope.issues[0]));
  validateRecords(envelope.output);

  const tables = envelope.output.tables as unknown as Record<BackupTable, Stamped[]>;
  const deletions = envelope.output.deletions as Deletion[];
  const future = clampFuture(tables, deletions, now);
  const certificates = await readCertificates(bytes, tables.certificates as CertificateEntry[]);
  return {
    formatVersion: envelope.output.formatVersion,
    appVersion: envelope.output.appVersion,
    exportedAt: envelope.output.exportedAt,
    counts: envelope.output.counts as BackupCounts,
    contentBytes,
    incoming: {
      tables: { ...tables, certificates } as StoredTables,
      deletions,
      future,
    },
  };
}

/** Refuses, before anything is read or written, a backup bigger than this device can take.
 * Called with the file's size before reading it, and with its unzipped size after. */
export async function checkSpace(needed: number, estimate: StorageEstimate = browserEstimate): Promise<void> {
  const tooLarge = (detail: string) =>
    new BackupError(
      'too-large',
      `This backup holds ${formatFileSize(needed)}, ${detail}. ${NOTHING_CHANGED} Free some space on this device, then try again.`,
    );
  if (needed > HARD_LIMIT_BYTES) throw tooLarge('which is more than this app can import at once');
  const e = await estimate();
  if (e?.quota != null) {
    const available = e.quota - (e.usage ?? 0);
    if (needed * STORAGE_HEADROOM > available)
      throw tooLarge(`but this device has room for only ${formatFileSize(Math.max(0, available))} more`);
  }
}

/** Each listed certificate's file: present, the right size, and the SHA-256 the list gives
 * (hashed concurrently: Web Crypto works off the main thread). */
async function readCertificates(bytes: Uint8Array, entries: CertificateEntry[]): Promise<Certificate[]> {
  const paths = new Set(entries.map((c) => c.path));
  const files = unzipEntries(bytes, (name) => paths.has(name));
  const digests = await Promise.all(entries.map((entry) => (files[entry.path] ? sha256Hex(files[entry.path]) : null)));
  return entries.map((entry, i) => {
    const data = files[entry.path];
    if (!data) {
      throw new BackupError(
        'missing-file',
        `This backup is incomplete: the certificate "${entry.fileName}" is listed but its file is missing. ${NOTHING_CHANGED}`,
      );
    }
    if (data.byteLength !== entry.size || digests[i] !== entry.sha256) {
      throw new BackupError(
        'checksum',
        `This backup is damaged: the certificate "${entry.fileName}" does not match its checksum (SHA-256). ${NOTHING_CHANGED} Try another copy of the backup.`,
      );
    }
    // The same check as an upload: size, type from the bytes (and the type the list gives), and
    // a picture's pixels from its header.
    const check = checkCertificateBytes(entry.fileName, data, entry.mimeType);
    if (!check.ok) {
      throw new BackupError(
        'invalid-record',
        `This backup holds a certificate that is not a valid file: ${check.message.replace(' was not added:', ':')} ${NOTHING_CHANGED}`,
      );
    }
    const { path: _path, ...meta } = entry;
    // fflate hands each file over in its own buffer; copy only if it did not.
    const buffer = data.byteOffset === 0 && data.byteLength === data.buffer.byteLength ? data.buffer : data.slice().buffer;
    return { ...meta, bytes: buffer as ArrayBuffer };
  });
}

export type ImportResult =
  { mode: 'merge'; backup: ParsedBackup; summary: MergeSummary } | { mode: 'replace'; backup: ParsedBackup; safetyCopy: BackupFile };

export interface ImportOptions {
  estimate?: StorageEstimate;
  /** The clock (ms) future timestamps are compared with; Date.now() by default. */
  now?: number;
  /** Replace mode: receives the backup of the current data, made before anything is replaced
   * (the UI downloads it). If it throws, nothing is replaced. */
  keepSafetyCopy?: (file: BackupFile) => Promise<void> | void;
}

/** Validates, then writes a backup. Throws BackupError (bad file) or StorageError (device). */
export async function importBackup(bytes: Uint8Array, mode: ImportMode, opts: ImportOptions = {}): Promise<ImportResult> {
  return applyBackup(await checkBackup(bytes, opts.estimate, opts.now), mode, opts);
}

/** readBackup, with any unexpected failure reported as a damaged file (never a raw error). */
export async function checkBackup(bytes: Uint8Array, estimate?: StorageEstimate, now?: number): Promise<ParsedBackup> {
  try {
    return await readBackup(bytes, estimate, now);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw damaged('it could not be read', e);
  }
}

/** Writes a checked backup: merged in, or replacing the record after a safety copy is kept. */
export async function applyBackup(backup: ParsedBackup, mode: ImportMode, opts: ImportOptions = {}): Promise<ImportResult> {
  if (mode === 'merge') return { mode, backup, summary: await writeMerge(backup.incoming) };
  const safetyCopy = await exportBackup({ now: new Date() });
  safetyCopy.fileName = safetyCopy.fileName.replace('backup-', 'before-restore-');
  await opts.keepSafetyCopy?.(safetyCopy);
  await writeReplace(backup.incoming);
  return { mode, backup, safetyCopy };
}
