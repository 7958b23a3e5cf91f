/**
 * Calendar dates as ISO strings ('2026-11-27'), handled without a clock: callers pass `today`.
 * Display is UK style: 27 Nov 2026.
 */
import { addDays, addMonths, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { ISODate } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** True for a real calendar date in ISO form (rejects 2026-02-30). */
export function isIsoDate(s: unknown): s is ISODate {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const d = parseISO(s);
  return isValid(d) && format(d, 'yyyy-MM-dd') === s;
}

export function toDate(iso: ISODate): Date {
  return parseISO(iso);
}

export function toIso(d: Date): ISODate {
  return format(d, 'yyyy-MM-dd');
}

/** '27 Nov 2026' (UK order, short month). Empty for a missing or invalid date. */
export function formatDate(iso: ISODate | null | undefined): string {
  if (!iso || !isIsoDate(iso.slice(0, 10))) return '';
  return format(parseISO(iso.slice(0, 10)), 'd MMM yyyy');
}

/** Adds whole months, clamping to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonthsIso(iso: ISODate, months: number): ISODate {
  return toIso(addMonths(parseISO(iso), months));
}

export function addDaysIso(iso: ISODate, days: number): ISODate {
  return toIso(addDays(parseISO(iso), days));
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: ISODate, b: ISODate): number {
  return differenceInCalendarDays(parseISO(b), parseISO(a));
}

/** Today's date in the user's time zone; only UI code calls this (domain code takes `today`). */
export function localToday(now: Date = new Date()): ISODate {
  return toIso(now);
}
