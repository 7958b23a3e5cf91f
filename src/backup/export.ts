/**
 * Export: the whole record as one backup zip (format in ./format.ts). buildBackup is pure (given
 * what is stored, it makes the file); exportBackup reads the database and records the backup.
 */
import { version as APP_VERSION } from '../../package.json';
import type { Certificate, Stamped } from '../domain/types';
import { readStoredRecord, recordBackupMade, type StoredRecord } from '../db/backup-io';
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
import { writeZip, type ZipInput } from './zip';

/** Certificates hashed at the same time. */
const HASH_BATCH = 8;

export type ExportPhase = 'reading' | 'checking' | 'packing' | 'done';

export interface ExportProgress {
  phase: ExportPhase;
  /** Certificates checked so far, out of total (for 'checking'). */
  done: number;
  total: number;
}

export interface BackupFile {
  bytes: Uint8Array;
  fileName: string;
  exportedAt: string;
  counts: BackupCounts;
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

/** The backup of a stored record. Certificates are hashed from their bytes, so the SHA-256 in
 * the file always describes the file next to it. */
export async function buildBackup(stored: StoredRecord, opts: BuildOptions = {}): Promise<BackupFile> {
  const now = opts.now ?? new Date();
  const exportedAt = now.toISOString();
  const certs = stored.tables.certificates as Certificate[];
  const files: ZipInput[] = [];
  const entries: CertificateEntry[] = [];
  opts.onProgress?.({ phase: 'checking', done: 0, total: certs.length });
  // Hashed a few at a time: Web Crypto works off the main thread, so batches overlap on several
  // cores, while each digest's copy of its input stays small (all at once doubled peak memory).
  const digests: string[] = [];
  for (let i = 0; i < certs.length; i += HASH_BATCH) {
    const batch = certs.slice(i, i + HASH_BATCH);
    digests.push(...(await Promise.all(batch.map((c) => sha256Hex(c.bytes)))));
    opts.onProgress?.({ phase: 'checking', done: digests.length, total: certs.length });
  }
  certs.forEach(({ bytes, ...meta }, i) => {
    const data = new Uint8Array(bytes);
    const path = certificatePath(meta.id, meta.fileName);
    entries.push({ ...meta, size: data.byteLength, sha256: digests[i], path });
    // Certificates are photos and PDFs, already compressed: stored as they are (level 0),
    // which is many times faster and hardly any bigger.
    files.push({ name: path, bytes: data, level: 0 });
  });
  const tables = { ...stored.tables, certificates: entries } as unknown as BackupTables;
  const counts = Object.fromEntries(BACKUP_TABLES.map((t) => [t, (tables[t] as Stamped[]).length])) as BackupCounts;
  counts.deletions = stored.deletions.length;
  const doc: BackupDocument = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion: opts.appVersion ?? APP_VERSION,
    exportedAt,
    counts,
    tables,
    deletions: stored.deletions,
  };
  opts.onProgress?.({ phase: 'packing', done: certs.length, total: certs.length });
  const json = new TextEncoder().encode(JSON.stringify(doc, null, 1));
  const bytes = writeZip([{ name: BACKUP_JSON, bytes: json, level: 6 }, ...files], now);
  opts.onProgress?.({ phase: 'done', done: certs.length, total: certs.length });
  return { bytes, fileName: backupFileName(now), exportedAt, counts };
}

/** Reads the database and makes the backup. The caller saves the file, then calls
 * markBackupSaved, so that a backup the user never saved does not count. */
export async function exportBackup(opts: BuildOptions = {}): Promise<BackupFile> {
  opts.onProgress?.({ phase: 'reading', done: 0, total: 0 });
  return buildBackup(await readStoredRecord(), opts);
}

export function markBackupSaved(file: BackupFile): Promise<void> {
  return recordBackupMade(file.exportedAt);
}
