import type { Framework, RuleKind } from './types';

/** The counts that `npm run frameworks:summary` prints for one framework. */
export interface FrameworkSummary {
  id: string;
  sourceFile: string;
  levels: number;
  groups: number;
  roles: number;
  courses: number;
  /** Courses marked CORE or SPECIALIST in the source. */
  coursesWithCategory: number;
  /** Courses whose hours are assumed from a length such as "½ day", not stated. */
  coursesWithAssumedHours: number;
  rulesByKind: Partial<Record<RuleKind, number>>;
  pathways: number;
  pathwayItems: { total: number; resolved: number; withoutCatalogueCourse: number };
  approaches: number;
  notes: number;
}

export function summariseFramework(f: Framework): FrameworkSummary {
  const rulesByKind: Partial<Record<RuleKind, number>> = {};
  for (const rule of f.rules) rulesByKind[rule.kind] = (rulesByKind[rule.kind] ?? 0) + 1;
  const items = f.pathways.flatMap((p) => p.items);
  const resolved = items.filter((i) => i.courseId !== null).length;
  return {
    id: f.id,
    sourceFile: f.sourceFile,
    levels: f.levels.length,
    groups: f.groups.length,
    roles: f.roles.length,
    courses: f.courses.length,
    coursesWithCategory: f.courses.filter((c) => c.category !== undefined).length,
    coursesWithAssumedHours: f.courses.filter((c) => c.length && !c.length.stated).length,
    rulesByKind,
    pathways: f.pathways.length,
    pathwayItems: { total: items.length, resolved, withoutCatalogueCourse: items.length - resolved },
    approaches: f.approaches.length,
    notes: f.notes.length,
  };
}
