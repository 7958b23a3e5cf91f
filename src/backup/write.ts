/**
 * Import, second half: a checked backup written in ONE transaction (merge or replace), in the
 * thread that checked it. In the browser that is the import worker (./import-worker.ts): the
 * records never cross to the page, so the page neither copies them nor spends its time writing
 * them; in the unit tests, this thread. Certificates' bytes are read again from the file as they
 * are written, a few at a time (src/db/backup-io.ts), not held from the check until the write.
 */
import type { Stamped } from '../domain/types';
import { writeMerge, writeReplace } from '../db/backup-io';
import type { BackupTable } from './format';
import { planMerge, type MergeSummary } from './merge';
import type { ParsedBackup } from './read';

export function writeMerged(backup: ParsedBackup): Promise<MergeSummary> {
  const { tables, deletions, future, certificateBytes } = backup.incoming;
  return writeMerge((local) => planMerge(local, tables as Record<BackupTable, Stamped[]>, deletions, future), certificateBytes);
}

export function writeReplaced(backup: ParsedBackup): Promise<void> {
  return writeReplace(backup.incoming);
}
