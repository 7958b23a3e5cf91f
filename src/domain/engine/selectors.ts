/**
 * Which courses and levels a rule or a user is about: CourseSelector matching, the user's own
 * levels and courses, and the adjoining levels some frameworks open.
 */
import type { Course, CourseSelector, Framework, Group, Level, Rule } from '../../frameworks/types';
import type { Profile } from '../types';

/** What a selector's user conditions read of the profile. */
export type SelectorUser = Pick<Profile, 'groupId' | 'flags'>;

/** Whether a selector's flag and group conditions hold for this user (no user: only a selector
 * without conditions holds). */
export function selectorAppliesToUser(sel: CourseSelector, profile: SelectorUser | undefined): boolean {
  if (sel.flags?.length && !sel.flags.some((f) => profile?.flags?.[f])) return false;
  if (sel.groupIds?.length && !(profile?.groupId && sel.groupIds.includes(profile.groupId))) return false;
  return true;
}

/** Whether a selector picks a course or level (ignoring the user conditions): every course, the
 * course by id, or any course of a level it names. */
export function selectorPicks(sel: CourseSelector, target: { courseId?: string | null; levelId?: string | null }): boolean {
  if (sel.allCourses) return true;
  if (target.courseId && sel.courseIds?.includes(target.courseId)) return true;
  if (target.levelId && sel.levelIds?.includes(target.levelId)) return true;
  return false;
}

/** Whether a selector picks this course (ignoring the user conditions). */
export function selectorPicksCourse(sel: CourseSelector, course: Course): boolean {
  return selectorPicks(sel, { courseId: course.id, levelId: course.levelId });
}

/** Whether a selector picks a whole level (for level-based frameworks without courses). */
export function selectorPicksLevel(sel: CourseSelector, levelId: string): boolean {
  return selectorPicks(sel, { levelId });
}

export function userGroup(framework: Framework, profile: Profile): Group | undefined {
  return profile.groupId ? framework.groups.find((g) => g.id === profile.groupId) : undefined;
}

/** The levels the user's group trains at (the source's own mapping), in framework order. */
export function userLevels(framework: Framework, profile: Profile): Level[] {
  const ids = userGroup(framework, profile)?.levelIds ?? [];
  return framework.levels.filter((l) => ids.includes(l.id)).sort((a, b) => a.order - b.order);
}

export function hasRule<K extends Rule['kind']>(framework: Framework, kind: K): boolean {
  return framework.rules.some((r) => r.kind === kind);
}

export function rulesOf<K extends Rule['kind']>(framework: Framework, kind: K): Array<Extract<Rule, { kind: K }>> {
  return framework.rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
}

export type CourseRelevance = 'own' | 'adjoining';

/** How a course relates to the user: aimed at their group or level ('own'), at a level next to
 * theirs where the framework opens adjoining levels ('adjoining'), or not at all (undefined). */
export function courseRelevance(framework: Framework, profile: Profile, course: Course): CourseRelevance | undefined {
  if (profile.groupId && course.groupIds.includes(profile.groupId)) return 'own';
  const levels = userLevels(framework, profile);
  if (course.levelId && levels.some((l) => l.id === course.levelId)) return 'own';
  if (!course.levelId || !levels.length || !hasRule(framework, 'adjoining-levels')) return undefined;
  const level = framework.levels.find((l) => l.id === course.levelId);
  if (level && levels.some((l) => Math.abs(l.order - level.order) === 1)) return 'adjoining';
  return undefined;
}

/** Whether a level's refresh concerns the user: a level of their group, or (without a group
 * level above it) a level they have trained at. A level below their group's is superseded by
 * their own level's training and refresh. */
export function refreshConcernsUser(framework: Framework, profile: Profile, levelId: string, lastDone: string | null): boolean {
  const levels = userLevels(framework, profile);
  if (levels.some((l) => l.id === levelId)) return true;
  const order = framework.levels.find((l) => l.id === levelId)?.order ?? -1;
  if (levels.some((l) => l.order > order)) return false;
  return lastDone != null;
}
