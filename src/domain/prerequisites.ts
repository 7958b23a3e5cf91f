/**
 * Prerequisites and ordering: what must (requirement) or should ideally (recommendation) come
 * before a course or a level, and whether the record already shows it.
 */
import type { Citation, Course, Framework, PriorStep, RuleForce } from '../frameworks/types';
import type { Profile } from './types';
import type { RecordIndex } from './engine/record-index';
import { rulesOf, selectorAppliesToUser, selectorPicksCourse, selectorPicksLevel } from './engine/selectors';

/** A rule whose earlier step the record does not show yet. */
export interface UnmetRule {
  ruleId: string;
  kind: 'prerequisite' | 'order';
  force: RuleForce;
  text: string;
  cite: Citation;
  /** Any one of these satisfies a prerequisite; for an order rule, every listed course is due first. */
  steps: PriorStep[];
  /** For an order rule: the courses still to do first. */
  firstCourseIds: string[];
}

/** Key under which the user's "yes, I have done this" answer is stored. */
export function confirmationKey(ruleId: string, stepId: string): string {
  return `${ruleId}/${stepId}`;
}

export function priorStepSatisfied(ruleId: string, step: PriorStep, idx: RecordIndex, confirmed: ReadonlySet<string>): boolean {
  if (step.userConfirmed) return confirmed.has(confirmationKey(ruleId, step.id));
  if (step.singleAgencyTraining && idx.hasSingleAgencyTraining) return true;
  if (step.levelIds?.some((l) => idx.levelDone.has(l))) return true;
  if (step.courseIds?.some((c) => idx.courseDone.has(c))) return true;
  return false;
}

export type Target = { course: Course } | { levelId: string };

/** The prerequisite and order rules that apply to a course or level for this user and are not
 * met yet. An empty list means nothing has to (or should ideally) come first. */
export function unmetBefore(
  target: Target,
  framework: Framework,
  profile: Profile,
  idx: RecordIndex,
  confirmed: ReadonlySet<string>,
): UnmetRule[] {
  const picks = (sel: Parameters<typeof selectorPicksCourse>[0]) =>
    'course' in target ? selectorPicksCourse(sel, target.course) : selectorPicksLevel(sel, target.levelId);
  const out: UnmetRule[] = [];
  for (const r of rulesOf(framework, 'prerequisite')) {
    if (!selectorAppliesToUser(r.appliesTo, profile) || !picks(r.appliesTo)) continue;
    // A course that is itself one of the ways to meet the rule is not blocked by it.
    if ('course' in target && r.anyOf.some((s) => s.courseIds?.includes(target.course.id))) continue;
    if ('levelId' in target && r.anyOf.some((s) => s.levelIds?.includes(target.levelId))) continue;
    if (r.anyOf.some((s) => priorStepSatisfied(r.id, s, idx, confirmed))) continue;
    out.push({ ruleId: r.id, kind: 'prerequisite', force: r.force, text: r.text, cite: r.cite, steps: r.anyOf, firstCourseIds: [] });
  }
  for (const r of rulesOf(framework, 'order')) {
    if (!selectorAppliesToUser(r.appliesTo, profile) || !picks(r.appliesTo)) continue;
    if ('course' in target && r.first.includes(target.course.id)) continue;
    const left = r.first.filter((c) => !idx.courseDone.has(c));
    if (!left.length) continue;
    out.push({ ruleId: r.id, kind: 'order', force: r.force, text: r.text, cite: r.cite, steps: [], firstCourseIds: left });
  }
  return out;
}

/** What must come first, in plain words (for a blocked suggestion). */
export function describeUnmet(u: UnmetRule, idx: RecordIndex): string {
  if (u.kind === 'order') return u.firstCourseIds.map((c) => idx.courseById.get(c)?.title ?? c).join(' and ');
  return u.steps.map((s) => s.title).join(', or ');
}
