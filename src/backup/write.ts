/**
 * Import, second half: a checked backup written in ONE transaction (merge or replace), in the
 * thread that checked it. In the browser that is the import worker (./import-worker.ts): the
 * records and certificate bytes never cross to the page, so the page neither copies them nor
 * spends its time writing them; in the unit tests, this thread.
 */
import type { Stamped } from '../domain/types';
import { writeMerge, writeReplace } from '../db/backup-io';
import type { BackupTable } from './format';
import { planMerge, type MergeSummary } from './merge';
import type { ParsedBackup } from './read';

export function writeMerged(backup: ParsedBackup): Promise<MergeSummary> {
  const { tables, deletions, future } = backup.incoming;
  return writeMerge((local) => planMerge(local, tables as Record<BackupTable, Stamped[]>, deletions, future));
}

export function writeReplaced(backup: ParsedBackup): Promise<void> {
  return writeReplace(backup.incoming);
}
