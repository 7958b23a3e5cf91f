/**
 * Export: the whole record as one backup zip (format in ./format.ts). Certificates are read,
 * hashed and packed a few at a time, each batch handed to a Blob as it is packed, so that memory
 * stays near the size of one batch rather than twice the whole record. buildBackup makes the file
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

/** Certificates read, hashed and packed together. */
const BATCH = 16;

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

/** What a backup is made from: the tables, and the certificates in batches. */
export interface BackupSource {
  tables: TablesWithoutCertificates;
  deletions: Deletion[];
  certificateCount: number;
  certificateBatches: () => AsyncIterable<Certificate[]>;
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
    async *certificateBatches() {
      for (let i = 0; i < certificates.length; i += BATCH) yield certificates.slice(i, i + BATCH);
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
  for await (const batch of source.certificateBatches()) {
    // Web Crypto hashes off the main thread: a batch's digests overlap on several cores.
    const digests = await Promise.all(batch.map((c) => sha256Hex(c.bytes)));
    const batchParts: Uint8Array[] = [];
    batch.forEach(({ bytes, ...meta }, i) => {
      const data = new Uint8Array(bytes);
      const path = certificatePath(meta.id, meta.fileName);
      entries.push({ ...meta, size: data.byteLength, sha256: digests[i], path });
      // Photos and PDFs are already compressed: stored as they are (level 0), which is many
      // times faster and hardly any bigger.
      batchParts.push(...zip.add({ name: path, bytes: data, level: 0 }));
    });
    parts.push(new Blob(batchParts as BlobPart[]));
    opts.onProgress?.({ phase: 'checking', done: entries.length, total: Math.max(total, entries.length) });
  }

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
      async *certificateBatches() {
        // The next batch is read while this one is hashed and packed (IndexedDB reads happen
        // off the main thread).
        const read = (from: number) => {
          const batch = readCertificates(certificateIds.slice(from, from + BATCH));
          batch.catch(() => {}); // reported where it is awaited; never an unhandled rejection
          return batch;
        };
        let next = certificateIds.length ? read(0) : null;
        for (let i = 0; next; i += BATCH) {
          const current = await next;
          next = i + BATCH < certificateIds.length ? read(i + BATCH) : null;
          yield current;
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
