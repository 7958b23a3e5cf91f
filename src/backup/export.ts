/**
 * Export: the whole record as one backup zip (format in ./format.ts), streamed. Certificates are
 * read from the database one at a time (the next read while this one is hashed), and each is
 * handed to a Blob part as soon as it is packed, so that at most two certificates' bytes are in
 * the page at once, never the whole record. The zip writer is ./zip.ts (not fflate's streaming
 * Zip: its byte-at-a-time CRC-32 was half of a 60 MB export's time). buildBackup makes the file
 * from any source (pure but for Blob); exportBackup reads the database.
 */
import { version as APP_VERSION } from '../../package.json';
import type { Certificate, Deletion, Stamped } from '../domain/types';
import {
  readCertificates,
  readRecordForExport,
  recordBackupMade,
  type StoredRecord,
  type TablesWithoutCertificates,
} from '../db/backup-io';
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
  const json = new TextEncoder().encode(JSON.stringify(doc, null, 1));
  parts.push(new Blob([...zip.add({ name: BACKUP_JSON, bytes: json, level: 6 }), ...zip.finish()] as BlobPart[]));
  const blob = new Blob(parts, { type: 'application/zip' });
  opts.onProgress?.({ phase: 'done', done: entries.length, total: entries.length });
  return { blob, size: blob.size, fileName: backupFileName(now), exportedAt, counts };
}

/** Reads the database and makes the backup. The caller saves the file, then calls
 * markBackupSaved, so that a backup the user never saved does not count. */
export async function exportBackup(opts: BuildOptions = {}): Promise<BackupFile> {
  opts.onProgress?.({ phase: 'reading', done: 0, total: 0 });
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
          const one = readCertificates([certificateIds[i]]);
          one.catch(() => {}); // reported where it is awaited; never an unhandled rejection
          return one;
        };
        let next = certificateIds.length ? read(0) : null;
        for (let i = 0; next; i++) {
          const current = await next;
          next = i + 1 < certificateIds.length ? read(i + 1) : null;
          // Empty when the certificate was deleted since the ids were read.
          yield* current;
        }
      },
    },
    opts,
  );
}

export function markBackupSaved(file: BackupFile): Promise<void> {
  return recordBackupMade(file.exportedAt);
}

/** The file's bytes (to import a backup just made, e.g. in tests and benchmarks). */
export async function backupBytes(file: BackupFile): Promise<Uint8Array> {
  return new Uint8Array(await file.blob.arrayBuffer());
}
