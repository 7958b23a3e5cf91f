/**
 * Import, first half: read and validate the WHOLE backup (zip, version, every record, every
 * certificate's size, CRC-32, SHA-256 and bytes, the space it needs) without writing anything.
 * The file is read in slices and streamed (./zip-stream.ts), within the limits of ./limits.ts.
 * No IndexedDB here: in the browser this runs in a worker (./import-worker.ts), which then writes
 * (./write.ts), reading each certificate's bytes again from the file as it writes them.
 */
import * as v from 'valibot';
import type { Deletion, Stamped } from '../domain/types';
import type { CertificateBytes, IncomingStore, PendingCertificate } from '../db/backup-io';
import type { MergeSummary } from './merge';
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
import { blobSource, bytesSource, cancelled, inspectEntry, readDirectory, readEntry, type ByteSource, type ZipEntry } from './zip-stream';
import {
  FUTURE_SKEW_MS,
  JsonScanner,
  MAX_JSON_BYTES,
  MAX_JSON_DEPTH,
  MAX_JSON_STRING_BYTES,
  MAX_RECORDS,
  type JsonScanProblem,
} from './limits';
import { MAX_CERTIFICATE_BYTES } from '../domain/files';

/** Above this, a file is refused whatever the device says it can hold (memory, not storage). */
const HARD_LIMIT_BYTES = 1.5 * 1024 ** 3;
/** backup.json's progress is reported at most this often (in bytes): each report is a message
 * from the worker to the page. */
const PROGRESS_BYTES = 1024 * 1024;
/** Room kept free beyond the backup's own size (indexes, the transaction's journal). */
const STORAGE_HEADROOM = 1.2;

/** The checked records, ready to write. Certificates' bytes are not held: `certificateBytes`
 * reads each again from the file as it is written, checked again exactly as before (so that an
 * import holds the backup's records and a few of its files, never all of its files at once). */
export interface IncomingRecord extends IncomingStore {
  /** Per table, the ids of records the file dated in the future (already dated now): merged only
   * where this device has none (see planMerge). */
  future?: Partial<Record<BackupTable, ReadonlySet<string>>>;
}

/** What the page shows of a checked backup. */
export interface BackupSummary {
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  counts: BackupCounts;
  /** Uncompressed size of everything in the file. */
  contentBytes: number;
}

export interface ParsedBackup extends BackupSummary {
  incoming: IncomingRecord;
}

/** A backup checked in the import worker, which keeps its records and writes them there
 * (./import-client.ts): the page holds only its summary. */
export interface RemoteBackup extends BackupSummary {
  remote: {
    merge(): Promise<MergeSummary>;
    replace(): Promise<void>;
    /** Ends the worker without writing (the user said no). */
    release(): void;
  };
}

/** A checked backup: its records here (no worker: the unit tests), or in the import worker. */
export type CheckedBackup = ParsedBackup | RemoteBackup;

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

function scanProblem(problem: Exclude<JsonScanProblem, null>): BackupError {
  if (problem === 'records') {
    return new BackupError(
      'too-large',
      `This backup holds more than ${MAX_RECORDS.toLocaleString('en-GB')} records, more than this app can import at once (a whole career's record is a few thousand). It was not made by this app, or it has been altered. ${NOTHING_CHANGED}`,
    );
  }
  if (problem === 'depth') return damaged(`its list of records is nested more than ${MAX_JSON_DEPTH} levels deep, which no backup is`);
  return damaged(`its list of records holds a piece of text over ${MAX_JSON_STRING_BYTES / 1024 / 1024} MB long, which no backup does`);
}

export type ImportPhase = 'reading' | 'checking';

export interface ImportProgress {
  /** 'reading' the list of records (bytes), 'checking' certificates (files). */
  phase: ImportPhase;
  done: number;
  total: number;
}

export interface ReadOptions {
  estimate?: StorageEstimate;
  /** The clock (ms) future timestamps are compared with; Date.now() by default. */
  now?: number;
  signal?: AbortSignal;
  onProgress?: (p: ImportProgress) => void;
}

/** backup.json streamed from the zip: its size checked from the directory first, then scanned as
 * it inflates (nesting, number of records, string lengths: refused before it is parsed), its
 * CRC-32 checked once all of it has passed the scan, then decoded and parsed. */
async function readDocument(src: ByteSource, entry: ZipEntry, opts: ReadOptions): Promise<unknown> {
  if (entry.originalSize > MAX_JSON_BYTES) {
    throw new BackupError(
      'too-large',
      `This backup's list of records is ${formatFileSize(entry.originalSize)}, more than this app can import at once (${formatFileSize(MAX_JSON_BYTES)}; a whole career's record is a few MB). It was not made by this app, or it has been altered. ${NOTHING_CHANGED}`,
    );
  }
  const scanner = new JsonScanner({ depth: MAX_JSON_DEPTH, records: MAX_RECORDS, stringBytes: MAX_JSON_STRING_BYTES });
  const total = entry.originalSize;
  // Progress at most every PROGRESS_BYTES (each report is a message to the page).
  let reported = 0;
  const chunks: (Uint8Array | null)[] = await inspectEntry(
    src,
    entry,
    (chunk) => {
      const problem = scanner.push(chunk);
      if (problem) throw scanProblem(problem);
    },
    {
      signal: opts.signal,
      onBytes: (done) => {
        if (done - reported < PROGRESS_BYTES && done < total) return;
        reported = done;
        opts.onProgress?.({ phase: 'reading', done, total });
      },
    },
  );
  // Decoded only once the whole text has passed the scan and its checksum: a file refused
  // half-way costs no decoding. Each piece is let go as soon as it is decoded.
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const text: string[] = [];
  try {
    for (let i = 0; i < chunks.length; i++) {
      text.push(decoder.decode(chunks[i]!, { stream: true }));
      chunks[i] = null;
    }
    text.push(decoder.decode());
    return JSON.parse(text.join(''));
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

/** Reads and checks a whole backup without writing anything. Throws BackupError. */
export async function readBackup(file: Uint8Array | Blob, opts: ReadOptions = {}): Promise<ParsedBackup> {
  // (isView, not instanceof: bytes may come from another realm, e.g. a test environment's)
  const src = ArrayBuffer.isView(file) ? bytesSource(file) : blobSource(file);
  const entries = await readDirectory(src);
  const jsonEntry = entries.get(BACKUP_JSON);
  if (!jsonEntry) throw damaged(`it is a zip file, but it has no ${BACKUP_JSON} inside`);

  let contentBytes = 0;
  for (const e of entries.values()) contentBytes += e.originalSize;
  await checkSpace(contentBytes, opts.estimate);

  const doc = await readDocument(src, jsonEntry, opts);
  checkVersion(doc);
  const envelope = v.safeParse(EnvelopeSchema, doc);
  if (!envelope.success) throw damaged(describeIssue(envelope.issues[0]));
  validateRecords(envelope.output);

  const tables = envelope.output.tables as unknown as Record<BackupTable, Stamped[]>;
  const deletions = envelope.output.deletions as Deletion[];
  const future = clampFuture(tables, deletions, opts.now ?? Date.now());
  const { certificates, certificateBytes } = await readCertificates(src, entries, tables.certificates as CertificateEntry[], opts);
  return {
    formatVersion: envelope.output.formatVersion,
    appVersion: envelope.output.appVersion,
    exportedAt: envelope.output.exportedAt,
    counts: envelope.output.counts as BackupCounts,
    contentBytes,
    incoming: {
      tables: { ...tables, certificates } as IncomingStore['tables'],
      deletions,
      future,
      certificateBytes,
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

/** One certificate's file: the size listed (within the upload limit, checked before it is read),
 * its CRC-32 and the SHA-256 the list gives, and bytes that pass the upload's own check. */
async function readCertificate(src: ByteSource, file: ZipEntry, entry: CertificateEntry, signal?: AbortSignal): Promise<Uint8Array> {
  const mismatch = () =>
    new BackupError(
      'checksum',
      `This backup is damaged: the certificate "${entry.fileName}" does not match its checksum (SHA-256). ${NOTHING_CHANGED} Try another copy of the backup.`,
    );
  if (file.originalSize !== entry.size) throw mismatch();
  if (entry.size > MAX_CERTIFICATE_BYTES) {
    throw new BackupError(
      'invalid-record',
      `This backup holds a certificate that is not a valid file: "${entry.fileName}" is ${formatFileSize(entry.size)}, and the limit is ${formatFileSize(MAX_CERTIFICATE_BYTES)}. ${NOTHING_CHANGED}`,
    );
  }
  const data = await readEntry(src, file, { signal });
  if ((await sha256Hex(data)) !== entry.sha256) throw mismatch();
  // The same check as an upload: size, type from the bytes (and the type the list gives), and
  // a picture's pixels from its header.
  const check = checkCertificateBytes(entry.fileName, data, entry.mimeType);
  if (!check.ok) {
    throw new BackupError(
      'invalid-record',
      `This backup holds a certificate that is not a valid file: ${check.message.replace(' was not added:', ':')} ${NOTHING_CHANGED}`,
    );
  }
  return data;
}

/** Each listed certificate's file, checked (readCertificate), one at a time (Web Crypto hashes
 * off the thread), and let go: the bytes are read again, and checked again, when written
 * (`certificateBytes`), so that an import never holds every certificate's file at once. */
async function readCertificates(
  src: ByteSource,
  files: Map<string, ZipEntry>,
  entries: CertificateEntry[],
  opts: ReadOptions,
): Promise<{ certificates: PendingCertificate[]; certificateBytes: CertificateBytes }> {
  const certificates: PendingCertificate[] = [];
  // id -> its file and entry (ids are unique: validateRecords).
  const where = new Map<string, { file: ZipEntry; entry: CertificateEntry }>();
  const total = entries.length;
  opts.onProgress?.({ phase: 'checking', done: 0, total });
  for (const entry of entries) {
    if (opts.signal?.aborted) throw cancelled();
    const file = files.get(entry.path);
    if (!file) {
      throw new BackupError(
        'missing-file',
        `This backup is incomplete: the certificate "${entry.fileName}" is listed but its file is missing. ${NOTHING_CHANGED}`,
      );
    }
    await readCertificate(src, file, entry, opts.signal);
    where.set(entry.id, { file, entry });
    const { path: _path, ...meta } = entry;
    certificates.push(meta);
    opts.onProgress?.({ phase: 'checking', done: certificates.length, total });
  }
  const certificateBytes: CertificateBytes = async (c) => {
    const at = where.get(c.id);
    if (!at) throw damaged('a certificate it lists could not be found again');
    try {
      return (await readCertificate(src, at.file, at.entry)).buffer as ArrayBuffer;
    } catch (e) {
      if (e instanceof BackupError) throw e;
      throw damaged('a certificate could not be read again (keep the file where it is until the import has finished)', e);
    }
  };
  return { certificates, certificateBytes };
}

/** readBackup, with any unexpected failure reported as a damaged file (never a raw error). */
export async function checkBackup(file: Uint8Array | Blob, opts: ReadOptions = {}): Promise<ParsedBackup> {
  try {
    return await readBackup(file, opts);
  } catch (e) {
    if (e instanceof BackupError) throw e;
    throw damaged('it could not be read', e);
  }
}
