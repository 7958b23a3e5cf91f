/**
 * Listing the record: search, filters, sorting, yearly totals and the impact follow-up markers.
 * Pure and linear in the number of entries, so the list stays quick with thousands of entries.
 */
import { addDaysIso, addMonthsIso } from './dates';
import { impactWindow, type ImpactWindow } from './impact';
import { inWindow, totalHours, yearWindowBack, type DateWindow, type HoursTotals } from './hours';
import type { ISODate, Reflection, Training, YearBasis } from './types';

export type Presence = 'any' | 'with' | 'without';

export interface TrainingFilter {
  /** Words to find in the title, provider, level, notes or impact note (all must match). */
  query: string;
  /** null = all years; 0 = the current year on the profile's basis; 1 = the year before... */
  yearBack: number | null;
  /** '' = every level; otherwise the entry's level text. */
  level: string;
  source: 'all' | 'framework' | 'external';
  certificate: Presence;
  reflection: Presence;
  /** Only entries inside their impact follow-up window (3 to 6 months) with no impact note. */
  impactDue: boolean;
  sort: 'newest' | 'oldest';
}

export const EMPTY_FILTER: TrainingFilter = {
  query: '',
  yearBack: null,
  level: '',
  source: 'all',
  certificate: 'any',
  reflection: 'any',
  impactDue: false,
  sort: 'newest',
};

/** How many certificates and reflections each entry has (by training id). */
export interface LinkCounts {
  certificates: ReadonlyMap<string, number>;
  reflections: ReadonlyMap<string, number>;
}

/** Counts ids: ['a', 'a', 'b'] -> a: 2, b: 1. Null ids (free-standing items) are skipped. */
export function countByTraining(trainingIds: Iterable<string | null | undefined>): Map<string, number> {
  const m = new Map<string, number>();
  for (const id of trainingIds) if (id) m.set(id, (m.get(id) ?? 0) + 1);
  return m;
}

/** Lower-cased words of a search box. */
export function searchWords(query: string): string[] {
  return query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
}

function matchesWords(haystack: string, words: string[]): boolean {
  if (words.length === 0) return true;
  const h = haystack.toLocaleLowerCase('en-GB');
  return words.every((w) => h.includes(w));
}

/** Whether an entry is linked to the framework (a course or a pathway item) or external. */
export function isFrameworkEntry(t: Pick<Training, 'link'>): boolean {
  return !!(t.link && (t.link.courseId || t.link.pathwayItemId));
}

function presenceOk(p: Presence, count: number): boolean {
  return p === 'any' || (p === 'with' ? count > 0 : count === 0);
}

// One collator each, made once: String.localeCompare with a locale builds a new ICU collator on
// every call, which made sorting 5,000 entries several times slower.
const byTitle = new Intl.Collator('en-GB');
const byLevel = new Intl.Collator('en-GB', { numeric: true });

export interface SearchContext {
  basis: YearBasis;
  today: ISODate;
  /** With the app lock on: the private words (notes, impact note) of sealed entries, opened in
   * memory while unlocked, by id; the search reads them instead of the stored (empty) fields. */
  openText?: ReadonlyMap<string, string>;
}

/** Newest first by end date, then start date, then title (a stable, predictable order). */
export function compareNewestFirst(a: Training, b: Training): number {
  if (a.endDate !== b.endDate) return a.endDate < b.endDate ? 1 : -1;
  if (a.startDate !== b.startDate) return a.startDate < b.startDate ? 1 : -1;
  return byTitle.compare(a.title, b.title);
}

/** A copy of the entries, newest first (compareNewestFirst). Sort once per read of the record:
 * filtering keeps this order (filterSortedTrainings), so a change of filter never sorts again. */
export function sortNewestFirst(trainings: readonly Training[]): Training[] {
  return trainings.slice().sort(compareNewestFirst);
}

export function filterTrainings(
  trainings: readonly Training[],
  counts: LinkCounts,
  filter: TrainingFilter,
  ctx: SearchContext,
): Training[] {
  return filterSortedTrainings(sortNewestFirst(trainings), counts, filter, ctx);
}

/** filterTrainings over entries already sorted newest first (sortNewestFirst). Only the criteria
 * the filter sets are checked: with none set, the result is the sorted list itself (no per-row
 * work at all), which is what the list shows when the Record screen opens. */
export function filterSortedTrainings(
  sorted: readonly Training[],
  counts: LinkCounts,
  filter: TrainingFilter,
  ctx: SearchContext,
): Training[] {
  const words = searchWords(filter.query);
  const window = filter.yearBack === null ? null : yearWindowBack(ctx.basis, ctx.today, filter.yearBack);
  const checks: Array<(t: Training) => boolean> = [];
  if (window) checks.push((t) => inWindow(t, window));
  if (filter.level) checks.push((t) => t.level === filter.level);
  if (filter.source !== 'all') checks.push((t) => isFrameworkEntry(t) === (filter.source === 'framework'));
  if (filter.certificate !== 'any') checks.push((t) => presenceOk(filter.certificate, counts.certificates.get(t.id) ?? 0));
  if (filter.reflection !== 'any') checks.push((t) => presenceOk(filter.reflection, counts.reflections.get(t.id) ?? 0));
  if (filter.impactDue) checks.push((t) => impactWindow(t, ctx.today).status === 'due');
  if (words.length)
    checks.push((t) =>
      matchesWords(`${t.title}\n${t.providerName}\n${t.level}\n${ctx.openText?.get(t.id) ?? `${t.notes}\n${t.impact?.text ?? ''}`}`, words),
    );
  const out = checks.length ? sorted.filter((t) => checks.every((check) => check(t))) : sorted.slice();
  if (filter.sort === 'oldest') out.reverse();
  return out;
}

/** The distinct level texts of the entries, for the level filter. */
export function levelsInRecord(trainings: readonly Training[]): string[] {
  const s = new Set<string>();
  for (const t of trainings) if (t.level.trim()) s.add(t.level);
  return [...s].sort(byLevel.compare);
}

/** How many years back (on the basis) the oldest entry lies: 0 when all are in the current year. */
export function yearsBackCovered(trainings: readonly Training[], basis: YearBasis, today: ISODate, max = 50): number {
  let oldest: ISODate | null = null;
  for (const t of trainings) if (!oldest || t.endDate < oldest) oldest = t.endDate;
  if (!oldest) return 0;
  let back = 0;
  while (back < max && yearWindowBack(basis, today, back).start > oldest) back++;
  return back;
}

export interface YearTotal {
  back: number;
  window: DateWindow;
  totals: HoursTotals;
}

/** Hours per year on the profile's basis, the current year first, `years` years in all. */
export function yearlyTotals(trainings: Training[], basis: YearBasis, today: ISODate, years = 3): YearTotal[] {
  const out: YearTotal[] = [];
  for (let back = 0; back < years; back++) {
    const window = yearWindowBack(basis, today, back);
    out.push({ back, window, totals: totalHours(trainings, window) });
  }
  return out;
}

/** Entries inside their impact follow-up window (3 to 6 months after) with no impact note. */
export function impactNotesDue(trainings: readonly Training[], today: ISODate, fromMonths = 3, toMonths = 6): Map<string, ImpactWindow> {
  const due = new Map<string, ImpactWindow>();
  // Only entries that ended between about toMonths and fromMonths ago can be due: a cheap string
  // comparison first (a few days' margin for month-end clamping), the exact window for those.
  const earliest = addDaysIso(addMonthsIso(today, -toMonths), -4);
  const latest = addDaysIso(addMonthsIso(today, -fromMonths), 4);
  for (const t of trainings) {
    if (t.endDate < earliest || t.endDate > latest) continue;
    if (t.impact?.text?.trim()) continue;
    const w = impactWindow(t, today, fromMonths, toMonths);
    if (w.status === 'due') due.set(t.id, w);
  }
  return due;
}

/** Everything the record list shows about the whole record, worked out in one pass over the
 * entries (not one pass per figure): the same values as yearlyTotals, levelsInRecord,
 * yearsBackCovered and impactNotesDue. */
export interface RecordSummary {
  totals: YearTotal[];
  levels: string[];
  yearsBack: number;
  impactDue: Map<string, ImpactWindow>;
}

export function summariseRecord(trainings: readonly Training[], basis: YearBasis, today: ISODate, years = 3): RecordSummary {
  const totals: YearTotal[] = Array.from({ length: years }, (_, back) => ({
    back,
    window: yearWindowBack(basis, today, back),
    totals: { total: 0, multiAgency: 0, participatory: 0, entries: 0 },
  }));
  const levels = new Set<string>();
  const impactDue = new Map<string, ImpactWindow>();
  // As impactNotesDue: a cheap string comparison first, the exact window for the few inside it.
  const earliest = addDaysIso(addMonthsIso(today, -6), -4);
  const latest = addDaysIso(addMonthsIso(today, -3), 4);
  let oldest: ISODate | null = null;
  for (const t of trainings) {
    const end = t.endDate;
    if (oldest === null || end < oldest) oldest = end;
    if (t.level && !levels.has(t.level) && t.level.trim()) levels.add(t.level);
    for (const y of totals) {
      if (end < y.window.start || end > y.window.end) continue;
      y.totals.total += t.hours;
      if (t.agency === 'multi') y.totals.multiAgency += t.hours;
      if (t.participatory) y.totals.participatory += t.hours;
      y.totals.entries++;
    }
    if (end < earliest || end > latest || t.impact?.text?.trim()) continue;
    const w = impactWindow(t, today);
    if (w.status === 'due') impactDue.set(t.id, w);
  }
  let yearsBack = 0;
  if (oldest !== null) while (yearsBack < 50 && yearWindowBack(basis, today, yearsBack).start > oldest) yearsBack++;
  return { totals, levels: [...levels].sort(byLevel.compare), yearsBack, impactDue };
}

/** Reflections matching the search (title, text, sections, kind, the linked entry's title),
 * newest first. */
export function filterReflections(
  reflections: readonly Reflection[],
  query: string,
  trainingTitle: (id: string) => string | undefined,
): Reflection[] {
  const words = searchWords(query);
  const out = reflections.filter((r) => {
    if (!words.length) return true;
    const linked = r.trainingId ? (trainingTitle(r.trainingId) ?? '') : '';
    const text = [r.title, r.text, r.kind.replace(/-/g, ' '), linked, r.peerName ?? '', ...Object.values(r.sections)].join('\n');
    return matchesWords(text, words);
  });
  return out.sort((a, b) => (a.date === b.date ? b.updatedAt.localeCompare(a.updatedAt) : a.date < b.date ? 1 : -1));
}
