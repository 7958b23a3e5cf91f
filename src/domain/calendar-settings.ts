/**
 * The calendar file's reminders (VALARM): how many days before each date the calendar reminds.
 * Kept in the settings table (so it travels in backups); read and made whole here. Pure.
 */

/** The default: a fortnight ahead, and the day before. */
export const DEFAULT_ALARM_DAYS: readonly number[] = [14, 1];

export const MAX_ALARM_DAYS = 365;
export const MAX_ALARMS = 5;

/** A stored value made whole: whole numbers 0-365, no repeats, largest first; the default when
 * nothing (or nothing valid) is stored. An empty list is kept: the user chose no reminders. */
export function alarmDaysFrom(value: unknown): number[] {
  const v = value && typeof value === 'object' ? (value as { daysBefore?: unknown }).daysBefore : undefined;
  if (!Array.isArray(v)) return [...DEFAULT_ALARM_DAYS];
  const days = v.filter((n): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= MAX_ALARM_DAYS);
  if (v.length && !days.length) return [...DEFAULT_ALARM_DAYS];
  return [...new Set(days)].sort((a, b) => b - a).slice(0, MAX_ALARMS);
}

/** Reads what the user typed ("14, 1" or "14 and 1 days"): the days, or a message saying what
 * is wrong. An empty field means no reminders. */
export function parseAlarmDays(text: string): { days: number[] } | { error: string } {
  const parts = text
    .split(/[\s,;]+|\band\b/i)
    .map((s) => s.trim())
    .filter((s) => s && !/^days?$/i.test(s));
  const days: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p)) return { error: `“${p}” is not a whole number of days. Enter numbers such as 14, 1.` };
    const n = Number(p);
    if (n > MAX_ALARM_DAYS) return { error: `${n} days is more than a year. Enter at most ${MAX_ALARM_DAYS}.` };
    days.push(n);
  }
  const unique = [...new Set(days)].sort((a, b) => b - a);
  if (unique.length > MAX_ALARMS) return { error: `Enter at most ${MAX_ALARMS} reminders.` };
  return { days: unique };
}

/** "14 days and 1 day before", "on the day", "no reminders". */
export function describeAlarmDays(days: readonly number[]): string {
  if (!days.length) return 'no reminders';
  const one = (n: number) => (n === 0 ? 'on the day' : `${n} ${n === 1 ? 'day' : 'days'} before`);
  const words = days.map(one);
  return words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}
