/** The plan form's values, validation, and turning a plan into a training entry. Pure. */
import { formatDate, isIsoDate } from '../../domain/dates';
import { roundHours } from '../../domain/hours';
import type { Framework } from '../../frameworks/types';
import type { FrameworkLink, ISODate, Plan } from '../../domain/types';
import type { PlanInput } from '../../state/plans';
import type { TrainingInput } from '../../state/trainings';
import type { Errors } from './fields';
import { MAX_HOURS, modeFromCourse, parseHours } from './training-values';

export interface PlanValues extends Record<string, unknown> {
  source: 'framework' | 'external';
  courseId: string;
  pathwayItem: string;
  title: string;
  plannedDate: string;
  /** The last day, for a course over more than one day (empty: one day). */
  endDate: string;
  hours: string;
  notes: string;
  approved: boolean;
  approvedBy: string;
  approvalDate: string;
}

export const PLAN_LABELS: Record<string, string> = {
  title: 'Title',
  plannedDate: 'Date',
  endDate: 'Last day',
  hours: 'Hours',
  approvedBy: 'Approved by',
  approvalDate: 'Date approved',
};

export function emptyPlanValues(): PlanValues {
  return {
    source: 'framework',
    courseId: '',
    pathwayItem: '',
    title: '',
    plannedDate: '',
    endDate: '',
    hours: '',
    notes: '',
    approved: false,
    approvedBy: '',
    approvalDate: '',
  };
}

export function planToValues(p: Plan): PlanValues {
  return {
    source: p.link?.courseId || p.link?.pathwayItemId ? 'framework' : 'external',
    courseId: p.link?.courseId ?? '',
    pathwayItem: p.link?.pathwayId && p.link.pathwayItemId ? `${p.link.pathwayId}/${p.link.pathwayItemId}` : '',
    title: p.title,
    plannedDate: p.plannedDate,
    endDate: p.endDate ?? '',
    hours: p.hours === null ? '' : String(p.hours),
    notes: p.notes,
    approved: p.approval?.approved ?? false,
    approvedBy: p.approval?.byName ?? '',
    approvalDate: p.approval?.date ?? '',
  };
}

export function planLink(
  v: Pick<PlanValues, 'source' | 'courseId' | 'pathwayItem'>,
  framework: Framework | null,
  frameworkId: string,
): FrameworkLink | null {
  if (v.source !== 'framework' || (!v.courseId && !v.pathwayItem)) return null;
  const [pathwayId, pathwayItemId] = v.pathwayItem ? v.pathwayItem.split('/') : [null, null];
  const item = pathwayId ? framework?.pathways.find((p) => p.id === pathwayId)?.items.find((i) => i.id === pathwayItemId) : undefined;
  const courseId = v.courseId || item?.courseId || null;
  const levelId = framework?.courses.find((c) => c.id === courseId)?.levelId ?? null;
  return { frameworkId, courseId, pathwayId: pathwayItemId ? pathwayId : null, pathwayItemId: pathwayItemId ?? null, levelId };
}

export function validatePlan(v: PlanValues, needsApproval: boolean): Errors {
  const e: Errors = {};
  if (!v.title.trim()) e.title = 'Enter the title of the course.';
  if (!v.plannedDate.trim()) e.plannedDate = 'Enter the date you plan to do it.';
  else if (!isIsoDate(v.plannedDate)) e.plannedDate = 'The date is not a real date. Check the day, month and year.';
  const end = (v.endDate ?? '').trim();
  if (end) {
    if (!isIsoDate(end)) e.endDate = 'The last day is not a real date. Check the day, month and year.';
    else if (isIsoDate(v.plannedDate) && end < v.plannedDate) e.endDate = 'The last day must be on or after the first day.';
  }
  const h = parseHours(v.hours);
  if (!v.hours.trim()) e.hours = 'Enter how many hours it will take, for example 3 or 1.5.';
  else if (Number.isNaN(h)) e.hours = 'Enter the hours as a number, for example 3 or 1.5.';
  else if (h <= 0) e.hours = 'The hours must be more than 0.';
  else if (h > MAX_HOURS) e.hours = `That is more than ${MAX_HOURS} hours. Check the number.`;
  else if (roundHours(h) !== h) e.hours = 'Round the hours to the nearest quarter hour, for example 1.25 or 2.75.';
  if (needsApproval && v.approved) {
    if (!v.approvedBy.trim()) e.approvedBy = 'Enter the name of the manager who approved it.';
    if (v.approvalDate && !isIsoDate(v.approvalDate)) e.approvalDate = 'The date is not a real date. Check the day, month and year.';
  }
  return e;
}

export function valuesToPlan(
  v: PlanValues,
  framework: Framework | null,
  frameworkId: string,
  needsApproval: boolean,
  existing?: Plan,
): PlanInput {
  return {
    ...(existing ? { id: existing.id } : {}),
    title: v.title.trim(),
    plannedDate: v.plannedDate,
    endDate: v.endDate && v.endDate > v.plannedDate ? v.endDate : null,
    link: planLink(v, framework, frameworkId),
    hours: parseHours(v.hours),
    // Approval is kept only where the framework asks for it (or was given before).
    approval:
      needsApproval || existing?.approval
        ? {
            approved: v.approved,
            byName: v.approved ? v.approvedBy.trim() : '',
            date: v.approved && v.approvalDate ? v.approvalDate : null,
          }
        : null,
    notes: v.notes,
    doneTrainingId: existing?.doneTrainingId ?? null,
  };
}

/** The entry a plan becomes when done: dated on the planned day (or today, if that is still
 * ahead), with what the framework says of the course. */
/** The date "Mark as done" offers: the planned date if it has passed, otherwise today. */
export function defaultDoneDate(plan: Plan, today: ISODate): ISODate {
  return plan.plannedDate && plan.plannedDate <= today ? plan.plannedDate : today;
}

/** Why a date a plan was done on cannot be taken, in plain words, or null when it can. */
export function doneDateError(value: string, today: ISODate): string | null {
  if (!isIsoDate(value) || value < '1900-01-01') return 'Enter the date you did it, for example 27/11/2026.';
  if (value > today)
    return `The date you did it is in the future (after ${formatDate(today)}). Leave the plan open until you have done it.`;
  return null;
}

/** The entry a plan becomes once done, on `done` (default: defaultDoneDate). */
export function planToTraining(plan: Plan, framework: Framework | null, today: ISODate, done?: ISODate): TrainingInput {
  const course = plan.link?.courseId ? framework?.courses.find((c) => c.id === plan.link!.courseId) : undefined;
  const level = framework?.levels.find((l) => l.id === (plan.link?.levelId ?? course?.levelId));
  const date = done ?? defaultDoneDate(plan, today);
  const fromFramework = !!plan.link && !!framework && plan.link.frameworkId === framework.id;
  return {
    title: plan.title,
    providerKind: fromFramework ? 'partnership' : 'other',
    providerName: fromFramework ? framework!.partnership || framework!.shortName : '',
    startDate: date,
    endDate: lastDay(plan, date, today),
    hours: plan.hours ?? course?.length?.hours ?? 0,
    mode: modeFromCourse(course?.modes) ?? 'face-to-face',
    level: level?.title ?? '',
    link: plan.link,
    agency: course?.multiAgency ? 'multi' : 'single',
    participatory: false,
    notes: plan.notes,
    impact: null,
  };
}

/** A course over several days, done from its planned first day, ends on its planned last day
 * (or today, if that is still ahead); otherwise the entry is the one day it was done. */
function lastDay(plan: Plan, start: ISODate, today: ISODate): ISODate {
  if (!plan.endDate || start !== plan.plannedDate || plan.endDate <= start) return start;
  return plan.endDate < today ? plan.endDate : today;
}

export function approvalText(p: Plan): string {
  if (!p.approval?.approved) return 'Not yet approved by your manager.';
  return `Approved by ${p.approval.byName}${p.approval.date ? ` on ${formatDate(p.approval.date)}` : ''}.`;
}
