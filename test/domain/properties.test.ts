/** Property tests: on any valid record, the engine never throws and never suggests what is
 * already done or planned. Run against a fixture using every rule kind and the real frameworks. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDaysIso, addMonthsIso } from '../../src/domain/dates';
import { impactWindow } from '../../src/domain/impact';
import { suggest } from '../../src/domain/progress';
import type { RecordSnapshot } from '../../src/domain/types';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import type { Framework } from '../../src/frameworks/types';
import { dateArb, recordArb } from './arbitraries';
import { course, framework, level, profile, rule, training } from './fixtures';

const fixture: Framework = framework({
  levels: [level('l1', 0), level('l2', 1), level('l3', 2)],
  groups: [
    { id: 'g1', title: 'G1', description: '', levelIds: ['l1'], cite: { file: 'f', section: 's' } },
    { id: 'g2', title: 'G2', description: '', levelIds: ['l2', 'l3'], cite: { file: 'f', section: 's' } },
  ],
  courses: [
    course('c1', { levelId: 'l1', category: 'CORE', groupIds: ['g1'], topics: ['t1'] }),
    course('c2', { levelId: 'l2', category: 'SPECIALIST' }),
    course('c3', { levelId: 'l3', category: 'CORE', multiAgency: false }),
    course('c4'),
  ],
  pathways: [
    {
      id: 'pw',
      roleTitle: 'R',
      groupId: 'g2',
      durationMonths: 24,
      cite: { file: 'f', section: 's' },
      items: [
        { id: 'i1', title: 'Intro', courseId: 'c1', introductory: true },
        { id: 'i2', title: 'c2', courseId: 'c2' },
        { id: 'i3', title: 'External', courseId: null },
      ],
    },
  ],
  rules: [
    rule({
      id: 'pre',
      kind: 'prerequisite',
      force: 'requirement',
      appliesTo: { allCourses: true },
      anyOf: [{ id: 's', title: 'S', singleAgencyTraining: true }],
    }),
    rule({
      id: 'pre3',
      kind: 'prerequisite',
      force: 'recommendation',
      appliesTo: { levelIds: ['l3'] },
      anyOf: [
        { id: 'u', title: 'U', userConfirmed: true },
        { id: 'l2', title: 'L2', levelIds: ['l2'] },
      ],
    }),
    rule({
      id: 'order',
      kind: 'order',
      force: 'recommendation',
      appliesTo: { allCourses: true, flags: ['schoolDsl'] },
      first: ['c1', 'c2'],
    }),
    rule({ id: 'approval', kind: 'manager-approval', force: 'requirement', appliesTo: { allCourses: true } }),
    rule({ id: 'refresh', kind: 'refresh', force: 'requirement', levelIds: ['l1', 'l2'], intervalMonths: 36 }),
    rule({
      id: 'hours',
      kind: 'yearly-hours',
      force: 'guidance',
      appliesTo: { flags: ['makesReferrals'] },
      minHours: 3,
      idealHours: 6,
      counts: 'multi-agency',
    }),
    rule({ id: 'eval', kind: 'evaluation-followup', force: 'recommendation', fromMonths: 3, toMonths: 6 }),
    rule({
      id: 'min',
      kind: 'minimum-content',
      force: 'guidance',
      interpretation: 'App.',
      topics: [{ id: 't1', title: 'T1', keywords: ['prevent'] }],
    }),
    rule({ id: 'duty', kind: 'duty', force: 'requirement', text: 'Keep your certificates.' }),
    rule({ id: 'after', kind: 'after-pathway', force: 'recommendation', then: ['CORE', 'SPECIALIST'] }),
    rule({ id: 'adj', kind: 'adjoining-levels', force: 'guidance' }),
  ],
});

function checkNothingDoneSuggested(fw: Framework, rec: RecordSnapshot, list: ReturnType<typeof suggest>): void {
  const done = new Set<string>();
  const planned = new Set<string>();
  for (const t of rec.trainings) if (t.link?.courseId) done.add(t.link.courseId);
  for (const p of rec.plans) if (!p.doneTrainingId && p.link?.courseId) planned.add(p.link.courseId);
  const itemsDone = new Set(rec.trainings.filter((t) => t.link?.pathwayItemId).map((t) => t.link!.pathwayItemId));
  const impactDone = new Set(rec.trainings.filter((t) => t.impact).map((t) => t.id));
  const certified = new Set(rec.certificates.map((c) => c.trainingId));
  const ids = new Set<string>();
  for (const s of list) {
    expect(ids.has(s.id), `duplicate id ${s.id}`).toBe(false);
    ids.add(s.id);
    if (s.action.type === 'plan-course' && s.action.courseId) {
      expect(done.has(s.action.courseId), `${s.id} suggests done course ${s.action.courseId}`).toBe(false);
      expect(planned.has(s.action.courseId), `${s.id} suggests planned course ${s.action.courseId}`).toBe(false);
    }
    if (s.action.pathwayItemId && s.action.type === 'log-training') expect(itemsDone.has(s.action.pathwayItemId)).toBe(false);
    if (s.action.type === 'write-impact-note') expect(impactDone.has(s.action.trainingId!)).toBe(false);
    if (s.action.type === 'attach-certificate' && s.action.trainingId) expect(certified.has(s.action.trainingId)).toBe(false);
    expect(s.reason.length).toBeGreaterThan(0);
  }
  void fw;
}

function property(fw: Framework, runs: number) {
  fc.assert(
    fc.property(recordArb(fw), dateArb, fc.array(fc.string(), { maxLength: 2 }), ({ record, groupId, flags, basis }, today, confirmed) => {
      const p = profile({ frameworkId: fw.id, groupId, flags: Object.fromEntries(flags.map((f) => [f, true])), yearBasis: basis });
      const list = suggest(fw, p, record, today, { confirmedSteps: confirmed });
      checkNothingDoneSuggested(fw, record, list);
    }),
    { numRuns: runs },
  );
}

describe('engine properties', () => {
  test('fixture with every rule kind: never throws, never suggests what is done or planned', () => {
    property(fixture, 400);
  });

  test('every bundled framework: never throws, never suggests what is done or planned', async () => {
    for (const fw of await loadAllFrameworks()) property(fw, 100);
  });
});

test('every impact note due, or overdue within the last 12 months, is prompted or counted (the date prefilter drops none)', () => {
  const fw = framework({ rules: [rule({ id: 'eval', kind: 'evaluation-followup', force: 'recommendation', fromMonths: 3, toMonths: 6 })] });
  fc.assert(
    fc.property(
      fc.array(
        fc.integer({ min: 0, max: 800 }).map((d) => addDaysIso('2025-06-01', d)),
        { maxLength: 40 },
      ),
      fc.integer({ min: 0, max: 700 }).map((d) => addDaysIso('2025-09-01', d)),
      (dates, today) => {
        const trainings = dates.map((d) => training(d));
        const list = suggest(fw, profile(), { trainings, plans: [], certificates: [], enrolments: [] }, today);
        const each = new Set(
          list.filter((s) => s.action.type === 'write-impact-note' && s.action.trainingId).map((s) => s.action.trainingId),
        );
        const others = list.find((s) => s.id === 'impact:eval:others');
        const recentFrom = addMonthsIso(today, -12);
        const expected = trainings.filter((t) => {
          const w = impactWindow(t, today, 3, 6);
          return w.status === 'due' || (w.status === 'overdue' && w.closes >= recentFrom);
        });
        // Each one is prompted on its own (at most 5 due and 5 overdue) or counted in "N more".
        for (const id of each) expect(expected.some((t) => t.id === id)).toBe(true);
        expect(each.size + Number(others?.title.match(/^\d+/)?.[0] ?? 0)).toBe(expected.length);
        expect(each.size).toBeLessThanOrEqual(10);
      },
    ),
    { numRuns: 500 },
  );
});
