/**
 * The suggestions for every bundled framework x group/role/pathway, with an empty record and
 * with a typical one (single-agency foundation training 8 months ago, the first course or level
 * of the user's own 5 months ago, a pathway started 6 months ago with its introductory training
 * done): the count and the first three titles. `npm run suggestions:table` prints it; a test
 * holds every count to SUGGESTION_LIMIT.
 */
import { addMonthsIso } from '../src/domain/dates';
import { computeProgress } from '../src/domain/progress';
import type { Suggestion } from '../src/domain/suggestions';
import type { Enrolment, Profile, RecordSnapshot, Training } from '../src/domain/types';
import type { Framework } from '../src/frameworks/types';

export interface TableRow {
  framework: string;
  who: string;
  record: 'empty' | 'typical';
  count: number;
  first: string[];
  suggestions: Suggestion[];
}

const STAMP = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

function profileFor(fw: Framework, groupId: string | null, roleId: string | null): Profile {
  return {
    id: 'profile',
    ...STAMP,
    name: 'Sam',
    jobTitle: '',
    employer: '',
    volunteer: false,
    frameworkId: fw.id,
    groupId,
    roleId,
    roleTitle: '',
    flags: {},
    extraFrameworkIds: [],
    previousFrameworkIds: [],
    schemes: [],
    yearBasis: 'rolling',
    lastSupervisionDate: null,
    appraisalYearStartMonth: null,
  };
}

function entry(id: string, title: string, endDate: string, extra: Partial<Training>): Training {
  return {
    id,
    ...STAMP,
    title,
    provider: { kind: 'employer', name: 'Employer' },
    startDate: endDate,
    endDate,
    hours: 3,
    mode: 'face-to-face',
    level: '',
    agency: 'single',
    participatory: true,
    notes: '',
    link: null,
    impact: null,
    ...extra,
  } as Training;
}

function typicalRecord(fw: Framework, profile: Profile, pathwayId: string | null, today: string): RecordSnapshot {
  const trainings: Training[] = [entry('t-foundation', 'Safeguarding foundation (my employer)', addMonthsIso(today, -8), {})];
  const enrolments: Enrolment[] = [];
  const pathway = fw.pathways.find((p) => p.id === pathwayId);
  if (pathway) {
    const start = addMonthsIso(today, -6);
    enrolments.push({ id: 'e1', ...STAMP, frameworkId: fw.id, pathwayId: pathway.id, startDate: start, endedAt: null } as Enrolment);
    const intro = pathway.items.find((i) => i.introductory);
    if (intro)
      trainings.push(
        entry('t-intro', intro.title, addMonthsIso(today, -5), {
          agency: 'multi',
          link: { frameworkId: fw.id, courseId: intro.courseId, pathwayId: pathway.id, pathwayItemId: intro.id },
        }),
      );
  } else {
    const levels = fw.groups.find((g) => g.id === profile.groupId)?.levelIds ?? [];
    const course = fw.courses.find(
      (c) => (c.levelId && levels.includes(c.levelId)) || (profile.groupId && c.groupIds.includes(profile.groupId)),
    );
    if (course)
      trainings.push(
        entry('t-course', course.title, addMonthsIso(today, -5), { agency: 'multi', link: { frameworkId: fw.id, courseId: course.id } }),
      );
    else if (levels[0])
      trainings.push(
        entry('t-level', 'Level training', addMonthsIso(today, -5), { agency: 'multi', link: { frameworkId: fw.id, levelId: levels[0] } }),
      );
  }
  return {
    trainings,
    plans: [],
    reflections: [],
    certificates: trainings.map((t) => ({ id: `c-${t.id}`, trainingId: t.id }) as never),
    enrolments,
  };
}

/** Every framework x (no group, each group, each role, each pathway) x (empty, typical). */
export function suggestionTable(frameworks: readonly Framework[], today: string): TableRow[] {
  const rows: TableRow[] = [];
  for (const fw of frameworks) {
    const who: Array<{ label: string; groupId: string | null; roleId: string | null; pathwayId: string | null }> = [
      { label: 'no group chosen', groupId: null, roleId: null, pathwayId: null },
      ...fw.groups.map((g) => ({ label: g.title, groupId: g.id, roleId: null, pathwayId: null })),
      ...fw.roles.map((r) => ({ label: `${r.title} (role)`, groupId: r.groupId, roleId: r.id, pathwayId: null })),
      ...fw.pathways.map((p) => ({ label: `${p.roleTitle} pathway`, groupId: p.groupId, roleId: null, pathwayId: p.id })),
    ];
    for (const w of who) {
      const profile = profileFor(fw, w.groupId, w.roleId);
      for (const kind of ['empty', 'typical'] as const) {
        const record: RecordSnapshot =
          kind === 'empty'
            ? { trainings: [], plans: [], reflections: [], certificates: [], enrolments: [] }
            : typicalRecord(fw, profile, w.pathwayId, today);
        const { suggestions } = computeProgress({ framework: fw, profile, record }, today);
        rows.push({
          framework: fw.shortName,
          who: w.label,
          record: kind,
          count: suggestions.length,
          first: suggestions.slice(0, 3).map((s) => s.title),
          suggestions,
        });
      }
    }
  }
  return rows;
}

export function formatTable(rows: readonly TableRow[]): string {
  const lines = rows.map((r) => `${r.framework} | ${r.who} | ${r.record} | ${r.count} | ${r.first.join(' / ')}`);
  const largest = Math.max(0, ...rows.map((r) => r.count));
  return ['framework | group, role or pathway | record | count | first three', ...lines, `largest: ${largest} suggestions`].join('\n');
}
