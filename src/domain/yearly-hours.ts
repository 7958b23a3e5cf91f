/**
 * Yearly hours: targets such as "a minimum of 3 and ideally 6 hours of multi-agency training a
 * year", measured on the user's year basis (last 12 months, calendar year, April to March), and
 * the hours per year and per month that the Hours screen charts.
 */
import type { Citation, Framework, Rule, RuleForce } from '../frameworks/types';
import { addMonthsIso, formatDate } from './dates';
import type { RecordIndex } from './engine/record-index';
import { rulesOf, selectorAppliesToUser } from './engine/selectors';
import { currentYearWindow, roundHours, yearWindowBack, type DateWindow } from './hours';
import type { ISODate, Plan, Profile, Training, YearBasis } from './types';

export type HoursCount = 'multi-agency' | 'any';
type YearlyHoursRule = Extract<Rule, { kind: 'yearly-hours' }>;

export function counts(t: Pick<Training, 'agency'>, what: HoursCount): boolean {
  return what === 'any' || t.agency === 'multi';
}

/** The yearly-hours rules that name this user (by flag or group). */
export function applicableHourRules(framework: Framework, profile: Profile): YearlyHoursRule[] {
  return rulesOf(framework, 'yearly-hours').filter((r) => selectorAppliesToUser(r.appliesTo, profile));
}

export type HoursTargetStatus = 'below-minimum' | 'below-ideal' | 'met';

export interface HoursTarget {
  ruleId: string;
  force: RuleForce;
  text: string;
  cite: Citation;
  counts: HoursCount;
  window: DateWindow;
  done: number;
  /** Open plans dated inside the window (hours from the plan, else the course's length). */
  planned: number;
  minHours: number;
  idealHours: number | null;
  status: HoursTargetStatus;
  /** Hours still needed for the minimum and for the ideal (0 when reached). */
  toMinimum: number;
  toIdeal: number;
}

function planHours(p: Plan, idx: RecordIndex): number {
  if (p.hours != null) return p.hours;
  const c = p.link?.courseId ? idx.courseById.get(p.link.courseId) : undefined;
  return c?.length?.hours ?? 0;
}

function planCounts(p: Plan, idx: RecordIndex, what: HoursCount): boolean {
  if (what === 'any') return true;
  const c = p.link?.frameworkId === idx.framework.id && p.link.courseId ? idx.courseById.get(p.link.courseId) : undefined;
  return !!c?.multiAgency;
}

export function hoursTargets(idx: RecordIndex, profile: Profile, today: ISODate): HoursTarget[] {
  const window = currentYearWindow(profile.yearBasis, today);
  return applicableHourRules(idx.framework, profile).map((r) => {
    let done = 0;
    for (const t of idx.record.trainings) if (t.endDate >= window.start && t.endDate <= window.end && counts(t, r.counts)) done += t.hours;
    let planned = 0;
    // Only future plans can still add hours (past-dated open plans are housekeeping). A rolling
    // year ends today, so there plans up to 12 months ahead count.
    const planEnd = profile.yearBasis === 'rolling' ? addMonthsIso(today, 12) : window.end;
    for (const p of idx.openPlans)
      if (p.plannedDate >= today && p.plannedDate <= planEnd && planCounts(p, idx, r.counts)) planned += planHours(p, idx);
    done = roundHours(done);
    planned = roundHours(planned);
    const ideal = r.idealHours ?? null;
    const toMinimum = Math.max(0, roundHours(r.minHours - done));
    const toIdeal = ideal == null ? 0 : Math.max(0, roundHours(ideal - done));
    const status: HoursTargetStatus = toMinimum > 0 ? 'below-minimum' : toIdeal > 0 ? 'below-ideal' : 'met';
    return {
      ruleId: r.id,
      force: r.force,
      text: r.text,
      cite: r.cite,
      counts: r.counts,
      window,
      done,
      planned,
      minHours: r.minHours,
      idealHours: ideal,
      status,
      toMinimum,
      toIdeal,
    };
  });
}

export interface YearHours {
  window: DateWindow;
  hours: number;
}

/** Hours in each of the last `years` years on the basis, oldest first. */
export function hoursByYear(trainings: Training[], basis: YearBasis, today: ISODate, what: HoursCount = 'any', years = 5): YearHours[] {
  const windows = Array.from({ length: years }, (_, i) => yearWindowBack(basis, today, years - 1 - i));
  const sums = windows.map(() => 0);
  for (const t of trainings) {
    if (!counts(t, what)) continue;
    for (let i = 0; i < windows.length; i++)
      if (t.endDate >= windows[i].start && t.endDate <= windows[i].end) {
        sums[i] += t.hours;
        break;
      }
  }
  return windows.map((window, i) => ({ window: { ...window, label: yearLabel(basis, window) }, hours: roundHours(sums[i]) }));
}

function yearLabel(basis: YearBasis, w: DateWindow): string {
  if (basis === 'calendar') return w.start.slice(0, 4);
  if (basis === 'april') return `${w.start.slice(0, 4)}-${w.end.slice(2, 4)}`;
  return `to ${formatDate(w.end)}`;
}

export interface MonthHours {
  /** 'YYYY-MM' */
  month: string;
  label: string;
  hours: number;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Hours per calendar month across the current year window (for the rolling basis, the 12
 * months ending with this month). */
export function hoursByMonth(trainings: Training[], basis: YearBasis, today: ISODate, what: HoursCount = 'any'): MonthHours[] {
  const w = currentYearWindow(basis, today);
  const first = basis === 'rolling' ? addMonthsIso(`${today.slice(0, 7)}-01`, -11) : w.start;
  const months: MonthHours[] = [];
  for (let i = 0; i < 12; i++) {
    const m = addMonthsIso(first, i).slice(0, 7);
    months.push({ month: m, label: `${MONTHS[Number(m.slice(5)) - 1]} ${m.slice(0, 4)}`, hours: 0 });
  }
  const at = new Map(months.map((m, i) => [m.month, i]));
  for (const t of trainings) {
    if (!counts(t, what)) continue;
    const i = at.get(t.endDate.slice(0, 7));
    if (i !== undefined) months[i].hours += t.hours;
  }
  for (const m of months) m.hours = roundHours(m.hours);
  return months;
}
