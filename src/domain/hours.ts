/**
 * Hours of training: year windows (last 12 months, calendar year, April to March) and totals.
 * Pure: `today` is passed in.
 */
import { addDaysIso, addMonthsIso } from './dates';
import type { ISODate, Training, YearBasis } from './types';

export interface DateWindow {
  /** Inclusive ISO dates. */
  start: ISODate;
  end: ISODate;
  label: string;
}

/** The year that contains `today` on the given basis. */
export function currentYearWindow(basis: YearBasis, today: ISODate): DateWindow {
  const y = Number(today.slice(0, 4));
  if (basis === 'calendar') return { start: `${y}-01-01`, end: `${y}-12-31`, label: `${y}` };
  if (basis === 'april') {
    const startYear = today.slice(5) >= '04-01' ? y : y - 1;
    return {
      start: `${startYear}-04-01`,
      end: `${startYear + 1}-03-31`,
      label: `April ${startYear} to March ${startYear + 1}`,
    };
  }
  // Rolling: the 12 months up to and including today.
  return { start: addDaysIso(addMonthsIso(today, -12), 1), end: today, label: 'the last 12 months' };
}

/** The year window `back` years before the current one (0 = current). */
export function yearWindowBack(basis: YearBasis, today: ISODate, back: number): DateWindow {
  const cur = currentYearWindow(basis, today);
  if (back === 0) return cur;
  const shift = (iso: ISODate) => addMonthsIso(iso, -12 * back);
  if (basis === 'rolling') {
    return { start: shift(cur.start), end: shift(cur.end), label: `12 months to ${shift(cur.end)}` };
  }
  const start = shift(cur.start);
  const end = basis === 'calendar' ? `${Number(start.slice(0, 4))}-12-31` : `${Number(start.slice(0, 4)) + 1}-03-31`;
  const y = Number(start.slice(0, 4));
  return { start, end, label: basis === 'calendar' ? `${y}` : `April ${y} to March ${y + 1}` };
}

/** Training counts in a window by its end date (the day it was completed). */
export function inWindow(t: Pick<Training, 'endDate'>, w: DateWindow): boolean {
  return t.endDate >= w.start && t.endDate <= w.end;
}

export interface HoursTotals {
  total: number;
  multiAgency: number;
  participatory: number;
  entries: number;
}

export function totalHours(trainings: Training[], w?: DateWindow): HoursTotals {
  const out: HoursTotals = { total: 0, multiAgency: 0, participatory: 0, entries: 0 };
  for (const t of trainings) {
    if (w && !inWindow(t, w)) continue;
    out.total += t.hours;
    if (t.agency === 'multi') out.multiAgency += t.hours;
    if (t.participatory) out.participatory += t.hours;
    out.entries++;
  }
  return out;
}

/** Rounds to the quarter hour the forms use, avoiding float noise in totals (0.1 + 0.2). */
export function roundHours(h: number): number {
  return Math.round(h * 4) / 4;
}

/** "6 hours", "1 hour", "2.5 hours". */
export function formatHours(h: number): string {
  const r = roundHours(h);
  return `${Number.isInteger(r) ? r : r.toFixed(2).replace(/0$/, '')} ${r === 1 ? 'hour' : 'hours'}`;
}
