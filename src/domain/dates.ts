/**
 * Calendar dates as ISO strings ('2026-11-27'), handled without a clock: callers pass `today`.
 * Display is UK style: 27 Nov 2026.
 */
import { format, parseISO } from 'date-fns';
import type { ISODate } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

// Plain arithmetic on the ISO parts (no Date parsing): the suggestion engine does this for
// thousands of entries per recompute. test/domain/dates.test.ts checks it against date-fns.
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(y: number, m: number): number {
  return m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : MONTH_DAYS[m];
}

/** The digit at position i (NaN for anything else, as Number() of a bad slice would give). */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
}

/** Year, month and day read digit by digit (no substrings: called thousands of times per
 * recompute). Callers pass ISO dates; a malformed one gives NaN parts, as before. */
function parts(iso: ISODate): [number, number, number] {
  return [
    digit(iso, 0) * 1000 + digit(iso, 1) * 100 + digit(iso, 2) * 10 + digit(iso, 3),
    digit(iso, 5) * 10 + digit(iso, 6),
    digit(iso, 8) * 10 + digit(iso, 9),
  ];
}

const TWO_DIGITS = Array.from({ length: 32 }, (_, i) => String(i).padStart(2, '0'));

function fromParts(y: number, m: number, d: number): ISODate {
  const year = y >= 1000 && y <= 9999 ? String(y) : String(y).padStart(4, '0');
  return `${year}-${TWO_DIGITS[m] ?? String(m).padStart(2, '0')}-${TWO_DIGITS[d] ?? String(d).padStart(2, '0')}`;
}

/** Days since 1970-01-01 (UTC, so no daylight-saving hour gets in the way). */
function dayNumber(iso: ISODate): number {
  const [y, m, d] = parts(iso);
  const t = new Date(0);
  t.setUTCFullYear(y, m - 1, d); // (Date.UTC would read years 0-99 as 1900-1999)
  return t.getTime() / 86_400_000;
}

/** True for a real calendar date in ISO form (rejects 2026-02-30). */
export function isIsoDate(s: unknown): s is ISODate {
  if (typeof s !== 'string' || !ISO_DATE.test(s)) return false;
  const [y, m, d] = parts(s);
  return y >= 1 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
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
  const [y, m, d] = parts(iso);
  return `${d} ${MONTH_NAMES[m - 1]} ${String(y).padStart(4, '0')}`;
}

/** Adds whole months, clamping to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonthsIso(iso: ISODate, months: number): ISODate {
  const [y, m, d] = parts(iso);
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return fromParts(ny, nm, Math.min(d, daysInMonth(ny, nm)));
}

export function addDaysIso(iso: ISODate, days: number): ISODate {
  const t = new Date((dayNumber(iso) + days) * 86_400_000);
  return fromParts(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Days from a to b (positive when b is later). */
export function daysBetween(a: ISODate, b: ISODate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Today's date in the user's time zone; only UI code calls this (domain code takes `today`). */
export function localToday(now: Date = new Date()): ISODate {
  return toIso(now);
}
