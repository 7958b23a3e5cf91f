/**
 * Import: the whole backup read and validated first (./read.ts), then written in one transaction
 * (merge or replace; ./write.ts). In the browser both happen in the import worker (see
 * ./import-client.ts); the safety copy before a restore is made here. A refused file leaves the
 * stored record exactly as it was.
 */
import { beforeImportWrite, sealPending } from '../db/lock';
import { exportBackup, type BackupFile } from './export';
import type { MergeSummary } from './merge';
import { checkBackup, type CheckedBackup, type ReadOptions } from './read';
import { writeMerged, writeReplaced } from './write';

export { checkBackup, checkSpace, readBackup } from './read';
export type {
  BackupSummary,
  CheckedBackup,
  ImportPhase,
  ImportProgress,
  IncomingRecord,
  ParsedBackup,
  ReadOptions,
  StorageEstimate,
} from './read';

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  { mode: 'merge'; backup: CheckedBackup; summary: MergeSummary } | { mode: 'replace'; backup: CheckedBackup; safetyCopy: BackupFile };

export interface ImportOptions extends ReadOptions {
  /** Replace mode: receives the backup of the current data, made before anything is replaced
   * (the UI downloads it). If it throws, nothing is replaced. */
  keepSafetyCopy?: (file: BackupFile) => Promise<void> | void;
}

/** Validates, then writes a backup. Throws BackupError (bad file) or StorageError (device). */
export async function importBackup(file: Uint8Array | Blob, mode: ImportMode, opts: ImportOptions = {}): Promise<ImportResult> {
  return applyBackup(await checkBackup(file, opts), mode, opts);
}

/** Writes a checked backup: merged in, or replacing the record after a safety copy is kept. A
 * backup checked in the import worker is written there (./import-client.ts). */
export async function applyBackup(backup: CheckedBackup, mode: ImportMode, opts: ImportOptions = {}): Promise<ImportResult> {
  // The app lock on: the records are written as the backup holds them, then sealed (each batch
  // one transaction; a marker makes the next unlock finish the job if the page closes first).
  try {
    await beforeImportWrite();
  } catch (e) {
    if ('remote' in backup) backup.remote.release();
    throw e;
  }
  const result = await applyUnsealed(backup, mode, opts);
  await sealPending();
  return result;
}

async function applyUnsealed(backup: CheckedBackup, mode: ImportMode, opts: ImportOptions): Promise<ImportResult> {
  if (mode === 'merge') {
    const summary = 'remote' in backup ? await backup.remote.merge() : await writeMerged(backup);
    return { mode, backup, summary };
  }
  let safetyCopy: BackupFile;
  try {
    safetyCopy = await exportBackup({ now: new Date() });
    safetyCopy.fileName = safetyCopy.fileName.replace('backup-', 'before-restore-');
    await opts.keepSafetyCopy?.(safetyCopy);
  } catch (e) {
    if ('remote' in backup) backup.remote.release(); // nothing is replaced
    throw e;
  }
  if ('remote' in backup) await backup.remote.replace();
  else await writeReplaced(backup);
  return { mode, backup, safetyCopy };
}
