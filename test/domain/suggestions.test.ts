import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/domain/progress';
import type { Suggestion } from '../../src/domain/suggestions';
import type { Framework } from '../../src/frameworks/types';
import { certificate, course, enrolment, framework, level, linked, plan, profile, record, rule, training } from './fixtures';

const byId = (list: Suggestion[], id: string) => list.find((s) => s.id === id);
const ids = (list: Suggestion[]) => list.map((s) => s.id);

describe('refresh', () => {
  const fw = framework({
    levels: [level('universal', 0, 'Universal'), level('lead', 1, 'Safeguarding Lead')],
    groups: [{ id: 'all', title: 'All staff', description: '', levelIds: ['universal'], cite: { file: 'f', section: 's' } }],
    rules: [rule({ id: 'refresh-3y', kind: 'refresh', force: 'requirement', levelIds: ['universal', 'lead'], intervalMonths: 36 })],
  });
  const p = profile({ groupId: 'all' });
  const done = (date: string) => record({ trainings: [training(date, { link: { frameworkId: 'fx', levelId: 'universal' } })] });

  test('due today is due soon, with the date; the next day it is overdue', () => {
    const today = suggest(fw, p, done('2023-11-27'), '2026-11-27');
    const s = byId(today, 'refresh:refresh-3y:universal')!;
    expect(s.kind).toBe('due-soon');
    expect(s.dueDate).toBe('2026-11-27');
    expect(s.reason).toContain('expires today');
    expect(s.reason).toContain('must');
    const tomorrow = suggest(fw, p, done('2023-11-27'), '2026-11-28');
    expect(byId(tomorrow, 'refresh:refresh-3y:universal')).toMatchObject({ kind: 'overdue', dueDate: '2026-11-27' });
    expect(byId(tomorrow, 'refresh:refresh-3y:universal')!.reason).toContain('expired on 27 Nov 2026');
  });

  test('due within 90 days is shown; 91 days ahead is not', () => {
    expect(byId(suggest(fw, p, done('2023-11-27'), '2026-08-29'), 'refresh:refresh-3y:universal')?.kind).toBe('due-soon');
    expect(byId(suggest(fw, p, done('2023-11-27'), '2026-08-28'), 'refresh:refresh-3y:universal')).toBeUndefined();
  });

  test('29 February: three years on is 28 February', () => {
    const s = byId(suggest(fw, p, done('2024-02-29'), '2027-03-01'), 'refresh:refresh-3y:universal')!;
    expect(s).toMatchObject({ kind: 'overdue', dueDate: '2027-02-28' });
  });

  test('a planned refresh is not suggested again', () => {
    const r = done('2023-01-01');
    r.plans.push(plan('2026-12-10', { link: { frameworkId: 'fx', levelId: 'universal' } }));
    expect(byId(suggest(fw, p, r, '2026-11-27'), 'refresh:refresh-3y:universal')).toBeUndefined();
  });

  test("a level of the user's group never done is a next step; other levels not done are not suggested", () => {
    const list = suggest(fw, p, record(), '2026-11-27');
    expect(byId(list, 'level:universal')).toMatchObject({ kind: 'next-step', action: { type: 'plan-course', levelId: 'universal' } });
    expect(byId(list, 'level:lead')).toBeUndefined();
    expect(ids(list).some((id) => id.startsWith('refresh:'))).toBe(false);
  });

  test('a level done in free text (its title) counts', () => {
    const r = record({ trainings: [training('2026-01-05', { level: 'universal ' })] });
    expect(byId(suggest(fw, p, r, '2026-11-27'), 'level:universal')).toBeUndefined();
  });
});

describe('prerequisites and order', () => {
  const courses = ['m1', 'm2', 'm3'].map((id) => course(id));
  const prereq = (force: 'requirement' | 'recommendation') =>
    rule({
      id: 'single-agency-first',
      kind: 'prerequisite',
      force,
      appliesTo: { allCourses: true },
      anyOf: [{ id: 'foundation', title: 'Your agency’s foundation training', singleAgencyTraining: true }],
    });
  const order = (force: 'requirement' | 'recommendation') =>
    rule({ id: 'dsl-order', kind: 'order', force, appliesTo: { allCourses: true, flags: ['schoolDsl'] }, first: ['m1', 'm2'] });
  const dsl = profile({ flags: { schoolDsl: true } });

  test('a required earlier step blocks and is itself the first suggestion', () => {
    const fw = framework({ courses, rules: [prereq('requirement'), order('recommendation')] });
    const list = suggest(fw, dsl, record(), '2026-11-27');
    expect(list[0]).toMatchObject({
      id: 'prerequisite:single-agency-first',
      force: 'requirement',
      kind: 'next-step',
      action: { type: 'log-training' },
    });
    // Courses that wait on it are not doable now: they are not suggested until it is met.
    expect(byId(list, 'course:m1')).toBeUndefined();
    expect(byId(list, 'course:m2')).toBeUndefined();
  });

  test('once a single-agency training is logged, nothing blocks and the step goes', () => {
    const fw = framework({ courses, rules: [prereq('requirement'), order('recommendation')] });
    const list = suggest(fw, dsl, record({ trainings: [training('2026-01-01', { agency: 'single' })] }), '2026-11-27');
    expect(byId(list, 'prerequisite:single-agency-first')).toBeUndefined();
    expect(byId(list, 'course:m1')!.blockedBy).toBeUndefined();
    expect(byId(list, 'course:m1')!.reason).toContain('ideally');
  });

  test('a recommended order ranks the first modules, and does not block the others', () => {
    const fw = framework({
      courses,
      rules: [
        order('recommendation'),
        rule({
          id: 'hours',
          kind: 'yearly-hours',
          force: 'guidance',
          appliesTo: { flags: ['schoolDsl'] },
          minHours: 9,
          counts: 'multi-agency',
        }),
      ],
    });
    const list = suggest(fw, dsl, record({ trainings: [linked('m1', '2026-10-01'), linked('m2', '2026-10-02')] }), '2026-11-27');
    // m1 and m2 done: the hours gap points at m3, unblocked.
    expect(byId(list, 'hours:hours')!.action).toEqual({ type: 'plan-course', courseId: 'm3' });
    const none = suggest(fw, dsl, record(), '2026-11-27');
    expect(ids(none).slice(0, 2)).toEqual(['course:m1', 'course:m2']);
  });

  test('a required order blocks the other modules until the first ones are done', () => {
    const fw = framework({
      courses,
      rules: [
        order('requirement'),
        rule({
          id: 'hours',
          kind: 'yearly-hours',
          force: 'guidance',
          appliesTo: { flags: ['schoolDsl'] },
          minHours: 9,
          counts: 'multi-agency',
        }),
      ],
    });
    const r = record({ trainings: [linked('m1', '2026-10-01')] });
    // The only unblocked course left is m2, so the hours gap points at it.
    expect(byId(suggest(fw, dsl, r, '2026-11-27'), 'hours:hours')!.action.courseId).toBe('m2');
  });

  test('the order rule does not apply without the flag', () => {
    const fw = framework({ courses, rules: [order('recommendation')] });
    expect(suggest(fw, profile(), record(), '2026-11-27')).toEqual([]);
  });

  test('a step only the user can confirm is asked, and met once confirmed', () => {
    const fw = framework({
      levels: [level('l2', 0, 'Level 2'), level('l3', 1, 'Level 3')],
      groups: [{ id: 'g', title: 'G', description: '', levelIds: ['l3'], cite: { file: 'f', section: 's' } }],
      rules: [
        rule({
          id: 'l3-after',
          kind: 'prerequisite',
          force: 'requirement',
          appliesTo: { levelIds: ['l3'] },
          anyOf: [{ id: 'earlier', title: 'All relevant earlier training', userConfirmed: true }],
        }),
      ],
    });
    const p = profile({ groupId: 'g' });
    const list = suggest(fw, p, record(), '2026-11-27');
    expect(byId(list, 'prerequisite:l3-after')).toMatchObject({ action: { type: 'confirm-step', stepKey: 'l3-after/earlier' } });
    expect(byId(list, 'level:l3')).toBeUndefined();
    const after = suggest(fw, p, record(), '2026-11-27', { confirmedSteps: ['l3-after/earlier'] });
    expect(byId(after, 'prerequisite:l3-after')).toBeUndefined();
    expect(byId(after, 'level:l3')!.blockedBy).toBeUndefined();
  });

  test('a recommended prerequisite is a note, not a block', () => {
    const fw = framework({
      levels: [level('l1', 0, 'Level 1'), level('l2', 1, 'Level 2')],
      groups: [{ id: 'g', title: 'G', description: '', levelIds: ['l2'], cite: { file: 'f', section: 's' } }],
      rules: [
        rule({
          id: 'l2-after',
          kind: 'prerequisite',
          force: 'recommendation',
          appliesTo: { levelIds: ['l2'] },
          anyOf: [
            { id: 'sa', title: 'Single agency foundation training', singleAgencyTraining: true },
            { id: 'l1', title: 'Level 1', levelIds: ['l1'] },
          ],
        }),
      ],
    });
    const list = suggest(fw, profile({ groupId: 'g' }), record(), '2026-11-27');
    const l2 = byId(list, 'level:l2')!;
    expect(l2.blockedBy).toBeUndefined();
    expect(l2.reason).toContain('Ideally after: Single agency foundation training, or Level 1.');
    expect(byId(list, 'prerequisite:l2-after')!.force).toBe('recommendation');
    const withL1 = suggest(
      fw,
      profile({ groupId: 'g' }),
      record({ trainings: [training('2025-05-05', { link: { frameworkId: 'fx', levelId: 'l1' } })] }),
      '2026-11-27',
    );
    expect(byId(withL1, 'prerequisite:l2-after')).toBeUndefined();
  });
});

describe('manager approval and plans', () => {
  const fw = framework({
    courses: [course('m1')],
    rules: [rule({ id: 'approval', kind: 'manager-approval', force: 'requirement', appliesTo: { allCourses: true } })],
  });
  test('a plan without approval asks for it; an approved plan does not', () => {
    const open = plan('2026-12-01', { link: { frameworkId: 'fx', courseId: 'm1' } });
    expect(byId(suggest(fw, profile(), record({ plans: [open] }), '2026-11-27'), `approval:${open.id}`)).toMatchObject({
      kind: 'next-step',
      force: 'requirement',
      dueDate: '2026-12-01',
      action: { type: 'record-approval', planId: open.id },
    });
    const ok = { ...open, approval: { approved: true, byName: 'Sam', date: '2026-11-01' } };
    expect(byId(suggest(fw, profile(), record({ plans: [ok] }), '2026-11-27'), `approval:${open.id}`)).toBeUndefined();
  });
  test('a plan whose date has passed asks whether it was done', () => {
    const past = plan('2026-11-26');
    expect(byId(suggest(fw, profile(), record({ plans: [past] }), '2026-11-27'), `plan-past:${past.id}`)!.kind).toBe('housekeeping');
    expect(byId(suggest(fw, profile(), record({ plans: [past] }), '2026-11-26'), `plan-past:${past.id}`)).toBeUndefined();
  });
});

describe('yearly hours', () => {
  const fw = framework({
    courses: [
      course('half', { length: { hours: 3, stated: false, sourceText: '½ day' } }),
      course('full', { length: { hours: 6, stated: false, sourceText: 'Full day' } }),
    ],
    rules: [
      rule({
        id: 'hours',
        kind: 'yearly-hours',
        force: 'guidance',
        appliesTo: { flags: ['makesReferrals', 'managesOrSupervises'] },
        minHours: 3,
        idealHours: 6,
        counts: 'multi-agency',
      }),
    ],
  });
  const p = (basis: 'rolling' | 'calendar' | 'april' = 'rolling') => profile({ flags: { makesReferrals: true }, yearBasis: basis });
  const hoursOf = (list: Suggestion[]) => byId(list, 'hours:hours');

  test('below the minimum: the gap, what closes it, and "not a fixed rule"', () => {
    const r = record({ trainings: [training('2026-06-01', { hours: 1.5 }), training('2026-06-02', { hours: 5, agency: 'single' })] });
    const s = hoursOf(suggest(fw, p(), r, '2026-11-27'))!;
    expect(s.title).toBe('1.5 hours more multi-agency training this year');
    expect(s.reason).toContain('You have 1.5 hours of multi-agency training in the last 12 months');
    expect(s.reason).toContain('not a fixed rule');
    expect(s.action).toEqual({ type: 'plan-course', courseId: 'half' });
    expect(s.force).toBe('guidance');
  });

  test('between minimum and ideal: ideally; at the ideal: nothing', () => {
    const s = hoursOf(suggest(fw, p(), record({ trainings: [training('2026-06-01', { hours: 4 })] }), '2026-11-27'))!;
    expect(s.title).toBe('Ideally 2 hours more multi-agency training this year');
    expect(hoursOf(suggest(fw, p(), record({ trainings: [training('2026-06-01', { hours: 6 })] }), '2026-11-27'))).toBeUndefined();
  });

  test('not for users the rule does not name', () => {
    expect(hoursOf(suggest(fw, profile(), record(), '2026-11-27'))).toBeUndefined();
    expect(hoursOf(suggest(fw, profile({ flags: { managesOrSupervises: true } }), record(), '2026-11-27'))).toBeDefined();
  });

  test('planned hours that close the gap silence it', () => {
    const r = record({ plans: [plan('2026-12-05', { link: { frameworkId: 'fx', courseId: 'half' } })] });
    expect(hoursOf(suggest(fw, p(), r, '2026-11-27'))).toBeUndefined();
  });

  const counted = (basis: 'rolling' | 'calendar' | 'april', trainingDate: string, today: string) =>
    hoursOf(suggest(fw, p(basis), record({ trainings: [training(trainingDate, { hours: 6 })] }), today)) === undefined;

  test('rolling year edges, including 29 February', () => {
    expect(counted('rolling', '2025-11-28', '2026-11-27')).toBe(true);
    expect(counted('rolling', '2025-11-27', '2026-11-27')).toBe(false);
    expect(counted('rolling', '2027-03-01', '2028-02-29')).toBe(true);
    expect(counted('rolling', '2027-02-28', '2028-02-29')).toBe(false);
    expect(counted('rolling', '2024-02-29', '2025-02-28')).toBe(true);
    expect(counted('rolling', '2024-02-28', '2025-02-28')).toBe(false);
  });

  test('calendar year edges', () => {
    expect(counted('calendar', '2026-01-01', '2026-12-31')).toBe(true);
    expect(counted('calendar', '2025-12-31', '2026-12-31')).toBe(false);
    expect(counted('calendar', '2025-12-31', '2026-01-01')).toBe(false);
  });

  test('April to March edges', () => {
    expect(counted('april', '2025-04-01', '2026-03-31')).toBe(true);
    expect(counted('april', '2025-03-31', '2026-03-31')).toBe(false);
    expect(counted('april', '2026-03-31', '2026-04-01')).toBe(false);
    expect(counted('april', '2026-04-01', '2026-04-01')).toBe(true);
  });
});

describe('pathways', () => {
  const fw: Framework = framework({
    levels: [level('A', 1, 'Group A'), level('B', 2, 'Group B'), level('C', 3, 'Group C')],
    groups: [{ id: 'gB', title: 'Group B', description: '', levelIds: ['B'], cite: { file: 'f', section: 's' } }],
    courses: [
      course('intro', { levelId: 'B' }),
      course('b1', { levelId: 'B', category: 'CORE' }),
      course('b2', { levelId: 'B', category: 'SPECIALIST' }),
      course('b3', { levelId: 'B', category: 'CORE' }),
      course('a1', { levelId: 'A', category: 'CORE' }),
      course('c1', { levelId: 'C', category: 'CORE' }),
      course('x', { levelId: undefined }),
    ],
    pathways: [
      {
        id: 'pw',
        roleTitle: 'Social Worker',
        groupId: 'gB',
        durationMonths: 24,
        cite: { file: 'f', section: 'pathways' },
        items: [
          { id: 'i0', title: 'Introductory training (or equivalent)', courseId: 'intro', introductory: true },
          { id: 'i1', title: 'Course b1', courseId: 'b1' },
          { id: 'i2', title: 'Something external', courseId: null },
        ],
      },
    ],
    rules: [
      rule({ id: 'after', kind: 'after-pathway', force: 'recommendation', then: ['CORE', 'SPECIALIST'] }),
      rule({ id: 'adjoining', kind: 'adjoining-levels', force: 'guidance' }),
    ],
  });
  const p = profile({ groupId: 'gB' });
  const enrolled = (extra: Parameters<typeof record>[0] = {}) => record({ enrolments: [enrolment('pw', '2026-01-10')], ...extra });

  test('without an enrolment: choose a pathway', () => {
    expect(suggest(fw, p, record(), '2026-11-27')[0]).toMatchObject({ id: 'pathway:choose', action: { type: 'choose-pathway' } });
  });

  test('items in order from the introductory one, with the deadline; the rest wait', () => {
    const list = suggest(fw, p, enrolled(), '2026-11-27');
    expect(ids(list)).toEqual(['pathway:pw:i0', 'pathway:pw:i1', 'pathway:pw:i2']);
    expect(list[0].dueDate).toBe('2028-01-10');
    expect(list[0].reason).toContain('introductory');
    expect(list[2].action).toEqual({ type: 'log-training', pathwayId: 'pw', pathwayItemId: 'i2' });
  });

  test('done and planned items are not suggested; an external entry linked to an item meets it', () => {
    const r = enrolled({
      trainings: [
        linked('intro', '2026-02-01'),
        training('2026-03-01', { link: { frameworkId: 'fx', pathwayId: 'pw', pathwayItemId: 'i2' } }),
      ],
      plans: [plan('2026-12-12', { link: { frameworkId: 'fx', courseId: 'b1' } })],
    });
    expect(ids(suggest(fw, p, r, '2026-11-27')).filter((i) => i.startsWith('pathway'))).toEqual([]);
  });

  test('near the end of the suggested two years: due soon; past them: not overdue, "past the suggested two years"', () => {
    expect(suggest(fw, p, enrolled(), '2027-12-01')[0].kind).toBe('due-soon');
    expect(suggest(fw, p, enrolled(), '2028-01-10')[0].kind).toBe('due-soon');
    const past = suggest(fw, p, enrolled(), '2028-01-11')[0];
    expect(past.kind).toBe('next-step');
    expect(past.reason).toContain('past the suggested two years');
  });

  test('after the pathway: CORE, then SPECIALIST, then adjoining levels', () => {
    const r = enrolled({
      trainings: [
        linked('intro', '2026-02-01'),
        linked('b1', '2026-03-01'),
        training('2026-03-02', { link: { frameworkId: 'fx', pathwayItemId: 'i2' } }),
      ],
    });
    const list = suggest(fw, p, r, '2026-11-27');
    // One card opens "Courses for you" (CORE, then SPECIALIST, then adjoining levels, as guidance).
    expect(ids(list).filter((i) => i.startsWith('course:'))).toEqual([]);
    expect(byId(list, 'courses:after-pathway')).toMatchObject({
      kind: 'recommended',
      force: 'recommendation',
      ruleId: 'after',
      action: { type: 'open-courses' },
    });
  });
});

describe('evaluation follow-up', () => {
  const fw = framework({ rules: [rule({ id: 'eval', kind: 'evaluation-followup', force: 'recommendation', fromMonths: 3, toMonths: 6 })] });
  const t = training('2026-08-27', { title: 'Neglect' });
  const at = (today: string, tr = t) =>
    byId(suggest(fw, profile(), record({ trainings: [tr], certificates: [certificate(tr.id)] }), today), `impact:eval:${tr.id}`);

  test('the window opens exactly 3 months after and closes exactly 6 months after', () => {
    expect(at('2026-11-26')).toBeUndefined();
    expect(at('2026-11-27')).toMatchObject({
      kind: 'due-soon',
      dueDate: '2027-02-27',
      action: { type: 'write-impact-note', trainingId: t.id },
    });
    expect(at('2027-02-27')!.kind).toBe('due-soon');
    expect(at('2027-02-28')!.kind).toBe('overdue');
  });

  test('month ends clamp (31 Aug + 6 months = 28 Feb)', () => {
    expect(at('2027-01-01', training('2026-08-31'))!.dueDate).toBe('2027-02-28');
  });

  test('an impact note ends it; long-past windows stop prompting', () => {
    expect(at('2026-12-01', { ...t, impact: { text: 'Changed how I record', date: '2026-12-01' } })).toBeUndefined();
    expect(at('2028-03-01')).toBeUndefined();
  });

  test('reason says ideally for a recommendation', () => {
    expect(at('2026-12-01')!.reason).toContain('ideally');
  });
});

describe('housekeeping', () => {
  test('recent training without a certificate; older ones counted together', () => {
    const fw = framework();
    const recent = training('2026-10-01', { title: 'FGM awareness' });
    const withCert = training('2026-10-02');
    const supervision = training('2026-10-03', { mode: 'supervision' });
    const old1 = training('2024-01-01');
    const old2 = training('2023-01-01');
    const list = suggest(
      fw,
      profile(),
      record({ trainings: [recent, withCert, supervision, old1, old2], certificates: [certificate(withCert.id)] }),
      '2026-11-27',
    );
    expect(ids(list)).toEqual([`certificate:${recent.id}`, 'certificates:others']);
    expect(list[1].title).toBe('2 other entries have no certificate');
    expect(list[0].cite).toBeNull();
  });

  test('a duty about certificates gives the citation', () => {
    const fw = framework({
      rules: [rule({ id: 'duty-certs', kind: 'duty', force: 'requirement', text: 'Download and keep your certificates.' })],
    });
    const t = training('2026-10-01');
    expect(suggest(fw, profile(), record({ trainings: [t] }), '2026-11-27')[0]).toMatchObject({
      ruleId: 'duty-certs',
      force: 'requirement',
    });
  });

  test('minimum content topics not covered, labelled as the app’s interpretation', () => {
    const fw = framework({
      rules: [
        rule({
          id: 'minimum',
          kind: 'minimum-content',
          force: 'guidance',
          interpretation: 'This is the app’s interpretation.',
          topics: [
            { id: 'prevent', title: 'Prevent', keywords: ['prevent'] },
            { id: 'fgm', title: 'FGM', keywords: ['fgm', 'female genital mutilation'] },
          ],
        }),
      ],
    });
    const t = training('2026-10-01', { title: 'Prevent duty awareness' });
    const list = suggest(fw, profile(), record({ trainings: [t], certificates: [certificate(t.id)] }), '2026-11-27');
    expect(ids(list)).toEqual(['topic:minimum']);
    expect(list[0].title).toBe('Minimum content not yet in your record: FGM');
    expect(list[0].reason).toContain('interpretation');
    const covered = training('2026-10-02', { title: 'Female Genital Mutilation (e-learning)' });
    expect(
      suggest(fw, profile(), record({ trainings: [t, covered], certificates: [certificate(t.id), certificate(covered.id)] }), '2026-11-27'),
    ).toEqual([]);
  });
});

describe('ranking and wording', () => {
  test('kinds in order; requirements before recommendations before guidance', () => {
    const fw = framework({
      levels: [level('u', 0, 'Universal')],
      courses: [course('m1')],
      rules: [
        rule({ id: 'refresh', kind: 'refresh', force: 'requirement', levelIds: ['u'], intervalMonths: 12 }),
        rule({ id: 'eval', kind: 'evaluation-followup', force: 'recommendation', fromMonths: 3, toMonths: 6 }),
        rule({ id: 'order-rec', kind: 'order', force: 'recommendation', appliesTo: { allCourses: true }, first: ['m1'] }),
        rule({
          id: 'pre',
          kind: 'prerequisite',
          force: 'requirement',
          appliesTo: { allCourses: true },
          anyOf: [{ id: 's', title: 'Foundation', singleAgencyTraining: true }],
        }),
        rule({ id: 'hours', kind: 'yearly-hours', force: 'guidance', appliesTo: {}, minHours: 30, counts: 'any' }),
      ],
    });
    const old = training('2025-01-01', { link: { frameworkId: 'fx', levelId: 'u' } });
    const recent = training('2026-08-20');
    const list = suggest(fw, profile(), record({ trainings: [old, recent] }), '2026-11-27');
    expect(list.map((s) => `${s.kind}/${s.force}`)).toEqual([
      'overdue/requirement',
      'due-soon/recommendation',
      'next-step/requirement', // the foundation step; the course that waits on it is not shown yet
      'recommended/guidance',
      'housekeeping/guidance',
      'housekeeping/guidance',
    ]);
    expect(list[0].reason).toContain('must');
    expect(list[1].reason).toContain('ideally');
    expect(list[3].reason).toContain('not a fixed rule');
  });
});

test('only the three most recent entries without a certificate get their own prompt', () => {
  const ts = Array.from({ length: 8 }, (_, i) => training(`2026-10-0${i + 1}`));
  const list = suggest(framework(), profile(), record({ trainings: ts }), '2026-11-27');
  expect(ids(list)).toEqual([
    ...ts
      .slice(5)
      .reverse()
      .map((t) => `certificate:${t.id}`),
    'certificates:others',
  ]);
  expect(list.at(-1)!.title).toBe('5 other entries have no certificate');
});
