/**
 * Refresh: a level's training expires `intervalMonths` after the latest training at that level.
 * Due on the expiry day itself ("due today"); overdue from the day after.
 */
import type { Citation, RuleForce } from '../frameworks/types';
import { addMonthsIso, daysBetween } from './dates';
import type { RecordIndex } from './engine/record-index';
import { rulesOf } from './engine/selectors';
import type { ISODate } from './types';

export const DUE_SOON_DAYS = 90;

export type RefreshStatus = 'never' | 'current' | 'due-soon' | 'overdue';

export interface LevelRefresh {
  ruleId: string;
  force: RuleForce;
  text: string;
  cite: Citation;
  levelId: string;
  intervalMonths: number;
  lastDone: ISODate | null;
  dueDate: ISODate | null;
  status: RefreshStatus;
  /** Days until due (negative when overdue), null when never done. */
  daysLeft: number | null;
}

export function refreshStatus(lastDone: ISODate | null, intervalMonths: number, today: ISODate, dueSoonDays = DUE_SOON_DAYS) {
  if (!lastDone) return { dueDate: null, status: 'never' as RefreshStatus, daysLeft: null };
  const dueDate = addMonthsIso(lastDone, intervalMonths);
  const daysLeft = daysBetween(today, dueDate);
  const status: RefreshStatus = daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due-soon' : 'current';
  return { dueDate, status, daysLeft };
}

/** Every level that a refresh rule covers, with its due date and status. */
export function levelRefreshes(idx: RecordIndex, today: ISODate, dueSoonDays = DUE_SOON_DAYS): LevelRefresh[] {
  const out: LevelRefresh[] = [];
  for (const r of rulesOf(idx.framework, 'refresh')) {
    for (const levelId of r.levelIds) {
      const lastDone = idx.levelDone.get(levelId) ?? null;
      out.push({
        ruleId: r.id,
        force: r.force,
        text: r.text,
        cite: r.cite,
        levelId,
        intervalMonths: r.intervalMonths,
        lastDone,
        ...refreshStatus(lastDone, r.intervalMonths, today, dueSoonDays),
      });
    }
  }
  return out;
}
