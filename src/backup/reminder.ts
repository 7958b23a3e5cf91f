/**
 * When to nudge the user to make a backup, and what their browser risks. Pure: the caller passes
 * today, the last backup time, the number of changes since, and what the browser said.
 */
import { daysBetween, formatDate } from '../domain/dates';
import type { ISODate } from '../domain/types';
import type { ReminderRule } from '../domain/backup-settings';

export { DEFAULT_REMINDER, type ReminderRule } from '../domain/backup-settings';

export interface ReminderInput {
  today: ISODate;
  lastBackupAt: string | null;
  changes: number;
  rule: ReminderRule;
  /** navigator.storage.persisted(): null where the browser does not say. */
  persisted: boolean | null;
  /** iOS Safari, not added to the Home Screen (navigator.standalone === false). */
  iosNotInstalled: boolean;
}

export interface Reminder {
  /** "Last backup: 27 Nov 2026." or "No backup yet." */
  status: string;
  /** Why a backup is due now, or null when it is not. */
  nudge: string | null;
  /** Plain words about what this browser risks, one per risk. */
  risks: string[];
}

/** On iOS Safari (not on the Home Screen), a backup is due after this many days at most. */
export const IOS_DAYS = 5;

const plural = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function backupReminder(input: ReminderInput): Reminder {
  const { today, lastBackupAt, changes, rule } = input;
  let status: string;
  let nudge: string | null = null;
  if (!lastBackupAt) {
    status = 'You have not made a backup on this device yet.';
    if (changes > 0) nudge = 'Make a backup so that your record is safe if this device is lost or its data is cleared.';
  } else {
    const days = Math.max(0, daysBetween(lastBackupAt.slice(0, 10), today));
    status = `Last backup: ${formatDate(lastBackupAt)}.`;
    const reasons: string[] = [];
    // Safari on iPhone and iPad may delete a website's data after 7 days without use, so there a
    // backup is due sooner: after 5 days, or after any change.
    const dueDays = input.iosNotInstalled ? Math.min(rule.days, IOS_DAYS) : rule.days;
    const dueChanges = input.iosNotInstalled ? 1 : rule.changes;
    if (days >= dueDays) reasons.push(`it has been ${plural(days, 'day')}`);
    if (changes >= dueChanges) reasons.push(`${plural(changes, 'record has', 'records have')} changed since`);
    if (reasons.length) {
      const why = reasons.join(' and ');
      nudge = `Time for a new backup: ${why}.`;
    }
  }
  const risks: string[] = [];
  if (input.iosNotInstalled) {
    risks.push(
      'On iPhone and iPad, Safari deletes the data of websites that are not on the Home Screen after 7 days without use. Add this app to your Home Screen (Share, then Add to Home Screen) and keep a backup.',
    );
  }
  if (input.persisted === false) {
    risks.push(
      'This browser has not agreed to keep your record for good: if the device runs short of space, it may clear it. A backup is your safety copy.',
    );
  }
  return { status, nudge, risks };
}

/**
 * True on iOS and iPadOS Safari when the app is open as a website rather than from the Home
 * Screen. By feature, not by the user agent string: only Apple's mobile WebKit has
 * navigator.standalone (false in a tab, true from the Home Screen), and it has no
 * beforeinstallprompt (an app is installed there only through Share, then Add to Home Screen).
 */
export function isIosNotInstalled(
  nav: Navigator & { standalone?: boolean } = navigator,
  win: object = typeof window === 'undefined' ? {} : window,
): boolean {
  return nav.standalone === false && !('onbeforeinstallprompt' in win);
}
