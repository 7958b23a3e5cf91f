/**
 * Merging a backup into the record on this device (phone and laptop): records are matched by id,
 * the newer updatedAt wins, and a deletion on either side is final (deletion markers are kept, so
 * a deleted record never comes back). Pure: the caller reads the local state and writes the plan,
 * both inside one transaction.
 */
import { isDeletableTable, type Deletion, type Stamped } from '../domain/types';
import type { LocalState } from '../db/backup-io';
import { BACKUP_TABLES, DEVICE_SETTING_IDS, TABLE_LABELS, type BackupTable } from './format';

export type { LocalState };

export type IncomingRecords = Record<BackupTable, Stamped[]>;

export type TableCounts = Record<BackupTable, number>;

export interface MergeSummary {
  added: TableCounts;
  updated: TableCounts;
  /** Already here and as new or newer, or deleted on this device. */
  skipped: TableCounts;
  /** Removed here because the backup says they were deleted on the other device. */
  deleted: TableCounts;
  /** Dated later than now in the file (a wrong clock): dated now, added only where this device
   * had none, never replacing a record here. Also counted in added or skipped. */
  future: TableCounts;
}

export interface MergePlan<R extends Stamped = Stamped> {
  puts: Record<BackupTable, R[]>;
  deletes: Record<BackupTable, string[]>;
  newMarkers: Deletion[];
  summary: MergeSummary;
}

export function zeroCounts(): TableCounts {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, 0])) as TableCounts;
}

function perTable<T>(make: () => T): Record<BackupTable, T> {
  return Object.fromEntries(BACKUP_TABLES.map((t) => [t, make()])) as Record<BackupTable, T>;
}

function isBackupTable(name: string): name is BackupTable {
  return (BACKUP_TABLES as readonly string[]).includes(name);
}

/** Later of two timestamps (compared as instants, so '+01:00' offsets compare correctly). */
function isNewer(a: string, b: string): boolean {
  return Date.parse(a) > Date.parse(b);
}

/**
 * `future` names, per table, the incoming records that were dated in the future (already dated
 * now by the import): they are added where this device has none, and never replace a record.
 * Deletion markers count only for tables whose records can be deleted (never the profile), and
 * only for their own table.
 */
export function planMerge<R extends Stamped>(
  local: LocalState,
  incoming: Record<BackupTable, R[]>,
  incomingDeletions: Deletion[],
  future: Partial<Record<BackupTable, ReadonlySet<string>>> = {},
): MergePlan<R> {
  const plan: MergePlan<R> = {
    puts: perTable<R[]>(() => []),
    deletes: perTable<string[]>(() => []),
    newMarkers: [],
    summary: { added: zeroCounts(), updated: zeroCounts(), skipped: zeroCounts(), deleted: zeroCounts(), future: zeroCounts() },
  };
  // table -> deleted ids (a Map of Sets: ids from a file never index a plain object).
  const deleted = new Map<string, Set<string>>();
  const markDeleted = (d: Deletion) => {
    if (!isDeletableTable(d.table)) return false;
    let ids = deleted.get(d.table);
    if (!ids) deleted.set(d.table, (ids = new Set()));
    ids.add(d.id);
    return true;
  };
  for (const marker of local.deletions.values()) markDeleted(marker);

  for (const marker of incomingDeletions) {
    if (!markDeleted(marker)) continue;
    if (!local.deletions.has(marker.id)) plan.newMarkers.push(marker);
    if (isBackupTable(marker.table) && local.versions[marker.table].has(marker.id)) {
      plan.deletes[marker.table].push(marker.id);
      plan.summary.deleted[marker.table]++;
    }
  }

  for (const table of BACKUP_TABLES) {
    const versions = local.versions[table];
    const deletedHere = deleted.get(table);
    const futureHere = future[table];
    for (const record of incoming[table]) {
      if (table === 'settings' && DEVICE_SETTING_IDS.includes(record.id)) continue;
      const localUpdatedAt = versions.get(record.id);
      const fromFuture = futureHere?.has(record.id) ?? false;
      if (fromFuture) plan.summary.future[table]++;
      if (deletedHere?.has(record.id)) {
        plan.summary.skipped[table]++;
      } else if (localUpdatedAt === undefined) {
        plan.puts[table].push(record);
        plan.summary.added[table]++;
      } else if (!fromFuture && isNewer(record.updatedAt, localUpdatedAt)) {
        plan.puts[table].push(record);
        plan.summary.updated[table]++;
      } else {
        plan.summary.skipped[table]++;
      }
    }
  }
  return plan;
}

export function total(counts: TableCounts): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/** "3 training entries, 1 certificate" (tables with none are left out). */
export function describeCounts(counts: Partial<Record<BackupTable | 'deletions', number>>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => (n ?? 0) > 0)
    .map(([t, n]) => `${n} ${n === 1 ? singular(TABLE_LABELS[t as BackupTable]) : TABLE_LABELS[t as BackupTable]}`);
  return parts.length ? parts.join(', ') : 'nothing';
}

function singular(label: string): string {
  if (label === 'profile' || label === 'settings') return label === 'settings' ? 'setting' : label;
  return label.replace(/ies$/, 'y').replace(/s$/, '');
}

/** The merge's result in one or two plain sentences. */
export function describeMerge(s: MergeSummary): string {
  const changed = total(s.added) + total(s.updated) + total(s.deleted);
  if (changed === 0 && !total(s.future ?? zeroCounts())) {
    return `Nothing needed to change: this device already had everything in the backup (${total(s.skipped)} records checked).`;
  }
  const parts: string[] = [];
  if (total(s.added)) parts.push(`Added ${describeCounts(s.added)}.`);
  if (total(s.updated)) parts.push(`Updated ${describeCounts(s.updated)} with newer versions.`);
  if (total(s.deleted)) parts.push(`Removed ${describeCounts(s.deleted)} that had been deleted on the other device.`);
  if (total(s.skipped)) parts.push(`Kept ${total(s.skipped)} records that were already up to date here.`);
  const future = total(s.future ?? zeroCounts());
  if (future) {
    parts.push(
      `${future === 1 ? '1 record in the backup was' : `${future} records in the backup were`} dated in the future (the other device's clock may be wrong): dated now instead, and used only where this device had no copy, never replacing one.`,
    );
  }
  return parts.join(' ');
}
