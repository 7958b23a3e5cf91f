/**
 * Making a backup (format in ./format.ts), streamed; in the browser this runs in the export
 * worker (./export-worker.ts, started by ./export.ts), so the page never holds the record or
 * spends its time on it. Certificates are read one at a time (in the browser by the page, at the
 * worker's asking: see ./export-worker.ts; the next read while this one is hashed), and each is
 * handed to a Blob part as soon as it is packed, so that at most two certificates' bytes are in
 * the page at once, never the whole record. The zip writer is ./zip.ts (not fflate's streaming
 * Zip: its byte-at-a-time CRC-32 was half of a 60 MB export's time). buildBackup makes the file
 * from any source (pure but for Blob); exportBackup reads the database.
 */
import { setDataKey } from '../db/seal';
import { version as APP_VERSION } from '../../package.json';
import type { Certificate, Deletion, Stamped } from '../domain/types';
import { errorReply, type ErrorReply } from './errors';
import { readCertificates, readRecordForExport, type StoredRecord, type TablesWithoutCertificates } from '../db/backup-io';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_JSON,
  BACKUP_TABLES,
  certificatePath,
  type BackupCounts,
  type BackupDocument,
  type BackupTables,
  type CertificateEntry,
} from './format';
import { freeBytes } from './free-bytes';
import { sha256Hex } from './hash';
import { ZipWriter } from './zip';

/** Progress is reported after every so many certificates (and after the last). */
const PROGRESS_EVERY = 16;

export type ExportPhase = 'reading' | 'checking' | 'packing' | 'done';

export interface ExportProgress {
  phase: ExportPhase;
  /** Certificates checked so far, out of total (for 'checking'). */
  done: number;
  total: number;
}

export interface BackupFile {
  /** The zip file, ready to download. */
  blob: Blob;
  size: number;
  fileName: string;
  exportedAt: string;
  counts: BackupCounts;
}

/** What a backup is made from: the tables, and the certificates one at a time. */
export interface BackupSource {
  tables: TablesWithoutCertificates;
  deletions: Deletion[];
  certificateCount: number;
  certificates: () => AsyncIterable<Certificate>;
}

export interface BuildOptions {
  now?: Date;
  appVersion?: string;
  onProgress?: (p: ExportProgress) => void;
}

/** Text of backup.json handed to the zip at once. */
const JSON_CHUNK = 64 * 1024;

/** JSON.stringify(value, null, 1) at nesting `depth`: its lines indented to sit there. Strings in
 * JSON never hold a raw line break, so every "\n" is between lines. */
const nested = (value: unknown, depth: number) => (JSON.stringify(value, null, 1) ?? 'null').replaceAll('\n', `\n${' '.repeat(depth)}`);

/** An array's text at `depth`, an item at a time. */
function* arrayPieces(items: readonly unknown[], depth: number): Generator<string> {
  if (!items.length) return yield '[]';
  const inner = ' '.repeat(depth + 1);
  for (let i = 0; i < items.length; i++) yield `${i ? ',' : '['}\n${inner}${nested(items[i], depth + 1)}`;
  yield `\n${' '.repeat(depth)}]`;
}

/**
 * backup.json in pieces, a record at a time: exactly the text of JSON.stringify(doc, null, 1)
 * (a test compares them), without ever making all of it as one string.
 */
export function* backupJsonPieces(doc: BackupDocument): Generator<string> {
  const { tables, deletions, ...head } = doc;
  // The head's own text ends "\n}": the tables and deletions go before that brace.
  yield `${JSON.stringify(head, null, 1).slice(0, -2)},\n "tables": {`;
  let first = true;
  for (const [name, rows] of Object.entries(tables)) {
    if (rows === undefined) continue; // as JSON.stringify leaves it out
    yield `${first ? '' : ','}\n  ${JSON.stringify(name)}: `;
    yield* arrayPieces(rows as unknown[], 2);
    first = false;
  }
  yield first ? '}' : '\n }';
  yield ',\n "deletions": ';
  yield* arrayPieces(deletions, 1);
  yield '\n}';
}

/** 'safeguarding-passport-backup-2026-11-27.zip' (local date: the day the user sees). */
export function backupFileName(now: Date, prefix = 'safeguarding-passport-backup'): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${prefix}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.zip`;
}

/** A source over records already in memory (tests, tools). */
export function storedSource(stored: StoredRecord): BackupSource {
  const { certificates, ...tables } = stored.tables;
  return {
    tables,
    deletions: stored.deletions,
    certificateCount: certificates.length,
    async *certificates() {
      yield* certificates;
    },
  };
}

/** The backup of a record. Certificates are hashed from their bytes, so the SHA-256 in the file
 * always describes the file next to it. backup.json comes last, listing exactly the
 * certificates that were packed. */
export async function buildBackup(source: BackupSource, opts: BuildOptions = {}): Promise<BackupFile> {
  const now = opts.now ?? new Date();
  const exportedAt = now.toISOString();
  const zip = new ZipWriter(now);
  const parts: Blob[] = [];
  const entries: CertificateEntry[] = [];
  const total = source.certificateCount;
  opts.onProgress?.({ phase: 'checking', done: 0, total });
  for await (const { bytes, ...meta } of source.certificates()) {
    // Web Crypto hashes off the main thread.
    const sha256 = await sha256Hex(bytes);
    const data = new Uint8Array(bytes);
    const path = certificatePath(meta.id, meta.fileName);
    entries.push({ ...meta, size: data.byteLength, sha256, path });
    // Photos and PDFs are already compressed: stored as they are (level 0), which is many times
    // faster and hardly any bigger. The Blob part takes the bytes; nothing here keeps them.
    parts.push(new Blob(zip.add({ name: path, bytes: data, level: 0 }) as BlobPart[]));
    if (entries.length % PROGRESS_EVERY === 0)
      opts.onProgress?.({ phase: 'checking', done: entries.length, total: Math.max(total, entries.length) });
  }
  if (entries.length % PROGRESS_EVERY !== 0)
    opts.onProgress?.({ phase: 'checking', done: entries.length, total: Math.max(total, entries.length) });

  const tables = { ...source.tables, certificates: entries } as unknown as BackupTables;
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, (tables[t] as Stamped[]).length])) as BackupCounts;
  counts.deletions = source.deletions.length;
  const doc: BackupDocument = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: opts.appVersion ?? APP_VERSION,
    exportedAt,
    counts,
    tables,
    deletions: source.deletions,
  };
  opts.onProgress?.({ phase: 'packing', done: entries.length, total: entries.length });
  // Written into the zip a record at a time: the whole text is never in memory at once.
  const json = zip.addStreamed(BACKUP_JSON, 6);
  const encoder = new TextEncoder();
  let pending = '';
  for (const piece of backupJsonPieces(doc)) {
    pending += piece;
    if (pending.length >= JSON_CHUNK) {
      json.push(encoder.encode(pending));
      pending = '';
    }
  }
  json.push(encoder.encode(pending));
  parts.push(new Blob([...json.end(), ...zip.finish()] as BlobPart[]));
  const blob = new Blob(parts, { type: 'application/zip' });
  opts.onProgress?.({ phase: 'done', done: entries.length, total: entries.length });
  return { blob, size: blob.size, fileName: backupFileName(now), exportedAt, counts };
}

/** Frees a certificate's bytes read for the export once they are packed (the Blob holds its own
 * copy), at once rather than at the next garbage collection (./free-bytes.ts). Only for bytes this
 * export read itself: a caller's certificates (storedSource) are never touched. */
const release = freeBytes;

/** Reads the database and makes the backup, in this thread (the export worker's, or the unit
 * tests'). The 'reading' progress is the caller's (./export.ts says it before the worker starts). */
export async function readAndBuildBackup(
  opts: BuildOptions = {},
  readSome: (ids: string[]) => Promise<Certificate[]> = readCertificates,
): Promise<BackupFile> {
  const { tables, deletions, certificateIds } = await readRecordForExport();
  return buildBackup(
    {
      tables,
      deletions,
      certificateCount: certificateIds.length,
      async *certificates() {
        // One at a time, the next read while this one is hashed and packed (IndexedDB reads
        // happen off the main thread).
        const read = (i: number) => {
          const one = readSome([certificateIds[i]]);
          one.catch(() => {}); // reported where it is awaited; never an unhandled rejection
          return one;
        };
        let next = certificateIds.length ? read(0) : null;
        for (let i = 0; next; i++) {
          const current = await next;
          next = i + 1 < certificateIds.length ? read(i + 1) : null;
          // Empty when the certificate was deleted since the ids were read.
          for (const certificate of current) {
            yield certificate;
            release(certificate.bytes);
          }
        }
      },
    },
    opts,
  );
}

/** What the page asks the export worker, and what it answers. The worker asks the page for the
 * certificates ('read', answered by 'certificates' with the bytes transferred, not copied). */
export type ExportRequest =
  | { id: number; type: 'export'; now: number; appVersion?: string; dataKey?: CryptoKey | null }
  | { id: number; type: 'certificates'; read: number; certificates: Certificate[] }
  | ({ id: number; type: 'certificates-error'; read: number } & ErrorReply);
export type ExportReply =
  | ({ id: number; type: 'progress' } & ExportProgress)
  | { id: number; type: 'read'; read: number; ids: string[] }
  | { id: number; type: 'done'; file: BackupFile }
  | ({ id: number; type: 'error' } & ErrorReply);

/** The export worker's work (./export-worker.ts): one backup, its progress and its file (a Blob,
 * handed to the page without copying its bytes) posted back. */
export async function serveExport(
  m: Extract<ExportRequest, { type: 'export' }>,
  post: (reply: ExportReply) => void,
  readSome?: (ids: string[]) => Promise<Certificate[]>,
): Promise<void> {
  try {
    // The app lock on and unlocked: the data key (not extractable; structured-cloned to this
    // worker) opens the sealed records, so the backup holds the record as it reads.
    if (m.dataKey) setDataKey(m.dataKey);
    const file = await readAndBuildBackup(
      {
        now: new Date(m.now),
        appVersion: m.appVersion,
        onProgress: (p) => post({ id: m.id, type: 'progress', ...p }),
      },
      readSome,
    );
    post({ id: m.id, type: 'done', file });
  } catch (err) {
    post({ id: m.id, type: 'error', ...errorReply(err) });
  }
}
