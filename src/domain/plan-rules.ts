/**
 * Which of a framework's rules matter to a planned course: manager approval, and charges
 * (Coventry's charging policy), shown with the plan as information. Pure.
 */
import type { Charge, CourseSelector, Framework, Rule } from '../frameworks/types';
import { selectorAppliesToUser, selectorPicks, type SelectorUser } from './engine/selectors';
import type { FrameworkLink } from './types';

export type ProfileForRules = SelectorUser;

/** Whether a rule's selector picks a course (or a pathway item without a course) of its framework
 * for this user: the engine's own selector reading (src/domain/engine/selectors.ts). */
export function selectorMatches(
  sel: CourseSelector,
  target: { courseId?: string | null; levelId?: string | null },
  profile?: ProfileForRules,
): boolean {
  return selectorAppliesToUser(sel, profile) && selectorPicks(sel, target);
}

export interface PlanRules {
  approval: Array<Extract<Rule, { kind: 'manager-approval' }>>;
  charging: Array<{ rule: Extract<Rule, { kind: 'charging' }>; charges: Charge[] }>;
}

/** The approval and charging rules that apply to a planned course of the user's framework. */
export function rulesForPlan(framework: Framework | null, link: FrameworkLink | null, profile?: ProfileForRules): PlanRules {
  const found: PlanRules = { approval: [], charging: [] };
  if (!framework || !link || link.frameworkId !== framework.id) return found;
  if (!link.courseId && !link.pathwayItemId) return found;
  const levelId = link.levelId ?? framework.courses.find((c) => c.id === link.courseId)?.levelId ?? null;
  const target = { courseId: link.courseId ?? null, levelId };
  for (const rule of framework.rules) {
    if (rule.kind === 'manager-approval' && selectorMatches(rule.appliesTo, target, profile)) found.approval.push(rule);
    if (rule.kind === 'charging' && selectorMatches(rule.appliesTo, target, profile)) {
      found.charging.push({ rule, charges: rule.charges });
    }
  }
  return found;
}

/** "£125" (whole pounds) or "£12.50". */
export function formatGbp(amount: number): string {
  return `£${Number.isInteger(amount) ? amount : amount.toFixed(2)}`;
}
