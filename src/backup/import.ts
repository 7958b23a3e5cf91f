/**
 * Import: the whole backup read and validated first (./read.ts: in a worker in the browser, see
 * ./import-client.ts), then written in one transaction (merge or replace) on the main thread. A
 * refused file leaves the stored record exactly as it was.
 */
import type { Stamped } from '../domain/types';
import { writeMerge, writeReplace } from '../db/backup-io';
import type { BackupTable } from './format';
import { exportBackup, type BackupFile } from './export';
import { planMerge, type MergeSummary } from './merge';
import { checkBackup, type ParsedBackup, type ReadOptions } from './read';

export { checkBackup, checkSpace, readBackup } from './read';
export type { ImportPhase, ImportProgress, IncomingRecord, ParsedBackup, ReadOptions, StorageEstimate } from './read';

export type ImportMode = 'merge' | 'replace';

export type ImportResult =
  { mode: 'merge'; backup: ParsedBackup; summary: MergeSummary } | { mode: 'replace'; backup: ParsedBackup; safetyCopy: BackupFile };

export interface ImportOptions extends ReadOptions {
  /** Replace mode: receives the backup of the current data, made before anything is replaced
   * (the UI downloads it). If it throws, nothing is replaced. */
  keepSafetyCopy?: (file: BackupFile) => Promise<void> | void;
}

/** Validates, then writes a backup. Throws BackupError (bad file) or StorageError (device). */
export async function importBackup(file: Uint8Array | Blob, mode: ImportMode, opts: ImportOptions = {}): Promise<ImportResult> {
  return applyBackup(await checkBackup(file, opts), mode, opts);
}

/** Writes a checked backup: merged in, or replacing the record after a safety copy is kept. */
export async function applyBackup(backup: ParsedBackup, mode: ImportMode, opts: ImportOptions = {}): Promise<ImportResult> {
  if (mode === 'merge') {
    const { tables, deletions, future } = backup.incoming;
    const summary = await writeMerge((local) => planMerge(local, tables as Record<BackupTable, Stamped[]>, deletions, future));
    return { mode, backup, summary };
  }
  const safetyCopy = await exportBackup({ now: new Date() });
  safetyCopy.fileName = safetyCopy.fileName.replace('backup-', 'before-restore-');
  await opts.keepSafetyCopy?.(safetyCopy);
  await writeReplace(backup.incoming);
  return { mode, backup, safetyCopy };
}
