/**
 * Backup facts the database layer and the backup layer share (so that src/db never imports
 * src/backup): the settings that belong to this device only, and the backup reminder's rule.
 * Pure: no DOM, no IndexedDB.
 */

/** Settings about this device only (never exported, never overwritten by an import). */
export const DEVICE_SETTING_IDS: readonly string[] = ['backup.lastAt'];

export const isDeviceSetting = (r: { id: string }): boolean => DEVICE_SETTING_IDS.includes(r.id);

export interface ReminderRule {
  /** Nudge when the last backup is at least this many days old. */
  days: number;
  /** ... or when at least this many records changed since. */
  changes: number;
}

export const DEFAULT_REMINDER: ReminderRule = { days: 30, changes: 20 };

/** A stored rule made whole: each part a positive whole number, else the default. */
export function reminderRuleFrom(value: unknown): ReminderRule {
  const v = (value && typeof value === 'object' ? value : {}) as Partial<ReminderRule>;
  const positive = (n: unknown, fallback: number) => (typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.round(n) : fallback);
  return { days: positive(v.days, DEFAULT_REMINDER.days), changes: positive(v.changes, DEFAULT_REMINDER.changes) };
}
