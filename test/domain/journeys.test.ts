/** Each bundled framework: a realistic practitioner from a blank record to fully up to date,
 * checking what the engine says at each step. */
import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/domain/progress';
import type { Suggestion } from '../../src/domain/suggestions';
import type { Plan, RecordSnapshot, Training } from '../../src/domain/types';
import { coventry } from '../../src/frameworks/coventry';
import { london } from '../../src/frameworks/london';
import { sandwell } from '../../src/frameworks/sandwell';
import { solihull } from '../../src/frameworks/solihull';
import { worcestershire } from '../../src/frameworks/worcestershire';
import { certificate, enrolment, plan, profile, record, training } from './fixtures';

const TODAY = '2026-11-27';
const ids = (l: Suggestion[]) => l.map((s) => s.id);

/** Adds trainings with their certificates (a tidy record has them). */
function withCerts(r: RecordSnapshot, ...ts: Training[]): RecordSnapshot {
  return { ...r, trainings: [...r.trainings, ...ts], certificates: [...r.certificates, ...ts.map((t) => certificate(t.id))] };
}
const link = (frameworkId: string, courseId: string) => ({ link: { frameworkId, courseId } });

describe('Solihull: a school DSL who makes referrals', () => {
  const p = profile({ frameworkId: 'solihull', flags: { schoolDsl: true, makesReferrals: true } });

  test('start: the required foundation step, then Modules 1 and 2 (blocked until it is done), then the hours guide', () => {
    const list = suggest(solihull, p, record(), TODAY);
    // Modules 1 and 2 wait on the required foundation step, so only what can be done now shows.
    expect(ids(list)).toEqual(['prerequisite:solihull-single-agency-foundation-first', 'hours:solihull-yearly-multi-agency-hours']);
    expect(list[1].reason).toContain('not a fixed rule');
    expect(list[1].action).toEqual({ type: 'log-training' });
    // Once the foundation is logged, Modules 1 and 2 come, first, with the manager's approval.
    const next = suggest(solihull, p, withCerts(record(), training('2026-01-15', { agency: 'single' })), TODAY);
    expect(ids(next).slice(0, 2)).toEqual(['course:solihull-module-1', 'course:solihull-module-2']);
    expect(next[0].reason).toContain("You need your manager's approval");
  });

  test('to fully up to date: foundation, a plan approved, Modules 1 and 2 done (9 hours this year)', () => {
    let r = withCerts(record(), training('2026-01-15', { agency: 'single', title: 'School safeguarding foundation' }));
    const m1Plan: Plan = plan('2026-12-03', { title: 'Module 1', link: { frameworkId: 'solihull', courseId: 'solihull-module-1' } });
    r = { ...r, plans: [m1Plan] };
    let list = suggest(solihull, p, r, TODAY);
    expect(list[0]).toMatchObject({ id: `approval:${m1Plan.id}`, force: 'requirement' });
    expect(ids(list)).not.toContain('course:solihull-module-1');
    expect(list.find((s) => s.id === 'course:solihull-module-2')!.blockedBy).toBeUndefined();
    // Approved, then done; Module 2 done too.
    r = { ...r, plans: [{ ...m1Plan, approval: { approved: true, byName: 'Head teacher', date: '2026-11-01' }, doneTrainingId: 'x' }] };
    r = withCerts(
      r,
      training('2026-12-03', { hours: 3, ...link('solihull', 'solihull-module-1') }),
      training('2026-06-10', { hours: 6, ...link('solihull', 'solihull-module-2') }),
    );
    list = suggest(solihull, p, r, '2026-12-04');
    expect(list).toEqual([]);
  });
});

describe('Coventry: a group 3 practitioner (Levels 2 and 3)', () => {
  const p = profile({ frameworkId: 'coventry', groupId: 'group-3' });

  test('start: Level 2 course and Level 3 open, with the earlier steps ranked first and not blocking', () => {
    const list = suggest(coventry, p, record(), TODAY);
    for (const s of list) expect(s.blockedBy).toBeUndefined();
    expect(ids(list)).toContain('level:level-3');
    expect(ids(list)).toContain('course:working-together-to-safeguard-children');
    expect(list.find((s) => s.id === 'level:level-3')!.reason).toContain('Ideally after: All relevant earlier training, or Level 2');
    // Level 2 is suggested itself, so Level 3's "ideally after" needs no card of its own, and
    // Level 3 never ranks above Level 2.
    expect(ids(list)).not.toContain('prerequisite:level-3-prerequisite');
    expect(ids(list).indexOf('level:level-3')).toBeGreaterThan(ids(list).indexOf('course:working-together-to-safeguard-children'));
  });

  test('to fully up to date: foundation, Level 2, then Level 3', () => {
    let r = withCerts(record(), training('2025-09-01', { agency: 'single', title: 'Agency induction' }));
    expect(ids(suggest(coventry, p, r, TODAY))).not.toContain('prerequisite:level-2-prerequisite');
    r = withCerts(r, training('2026-02-01', { agency: 'multi', ...link('coventry', 'working-together-to-safeguard-children') }));
    const mid = suggest(coventry, p, r, TODAY);
    expect(ids(mid)).not.toContain('prerequisite:level-3-prerequisite'); // a logged Level 2 meets it
    expect(mid.find((s) => s.id === 'level:level-3')!.reason).not.toContain('Ideally after');
    r = withCerts(r, training('2026-05-01', { title: 'Neglect (Level 3)', link: { frameworkId: 'coventry', levelId: 'level-3' } }));
    r = withCerts(r, training('2026-06-01', { ...link('coventry', 'right-help-right-time-training') }));
    expect(suggest(coventry, p, r, TODAY)).toEqual([]);
  });
});

describe('London: a children’s social worker (Group C) on the sample pathway', () => {
  const p = profile({ frameworkId: 'london', groupId: 'london-group-c' });
  const PW = 'london-pathway-childrens-social-worker';
  const pathway = london.pathways.find((x) => x.id === PW)!;
  const assessed = { confirmedSteps: ['london-assess-level-first/level-assessed'] };

  test('start: choose a pathway, assess your level with your manager (required)', () => {
    const list = suggest(london, p, record(), TODAY);
    expect(list[0]).toMatchObject({ id: 'prerequisite:london-assess-level-first', force: 'requirement', action: { type: 'confirm-step' } });
    expect(ids(list)).toContain('pathway:choose');
  });

  test('enrolled: the introductory item first, deadline two years from the start; other courses wait', () => {
    const r = withCerts(
      { ...record(), enrolments: [enrolment(PW, '2025-03-01', 'london')] },
      training('2025-02-01', { ...link('london', 'london-intro-basic-awareness') }),
    );
    const list = suggest(london, p, r, TODAY, assessed);
    expect(list[0]).toMatchObject({ id: `pathway:${PW}:${pathway.items[0].id}`, dueDate: '2027-03-01', kind: 'next-step' });
    expect(list.filter((s) => s.id.startsWith('pathway:')).length).toBe(pathway.items.length);
    expect(list.some((s) => s.kind === 'recommended')).toBe(false);
  });

  test('to fully up to date: every pathway item, then the CORE and SPECIALIST courses of Group C', () => {
    let r: RecordSnapshot = { ...record(), enrolments: [enrolment(PW, '2025-03-01', 'london')] };
    r = withCerts(r, training('2025-02-01', { agency: 'single', title: 'Council induction: safeguarding basic awareness' }));
    r = withCerts(r, ...pathway.items.map((i, n) => training(`2025-0${(n % 9) + 1}-15`, { ...link('london', i.courseId!) })));
    const after = suggest(london, p, r, TODAY, assessed);
    expect(after.some((s) => s.id.startsWith('pathway:'))).toBe(false);
    // One card leads to the CORE and SPECIALIST courses on "Courses for you", not one card each.
    const recommended = after.filter((s) => s.ruleId === 'london-after-pathway');
    expect(recommended).toHaveLength(1);
    expect(recommended[0]).toMatchObject({ title: 'Choose your next CORE and SPECIALIST courses', action: { type: 'open-courses' } });
    // Every Group C course done: nothing is left (adjoining levels are only on "Courses for you").
    const groupC = london.courses.filter((c) => c.levelId === 'london-group-c' && !pathway.items.some((i) => i.courseId === c.id));
    r = withCerts(r, ...groupC.map((c) => training('2026-03-03', { ...link('london', c.id) })));
    const done = suggest(london, p, r, TODAY, assessed);
    expect(done.filter((s) => s.ruleId === 'london-after-pathway' || s.ruleId === 'london-adjoining-levels')).toEqual([]);
  });
});

describe('Sandwell: impact follow-up and minimum content', () => {
  const p = profile({ frameworkId: 'sandwell', groupId: 'sandwell-group-3' });

  test('start: Core Working Together, a statutory requirement for Group 3, then the other five minimum topics, labelled as the app’s interpretation', () => {
    const list = suggest(sandwell, p, record(), TODAY);
    expect(list[0]).toMatchObject({ id: 'topic-training:sandwell-core-working-together-group-3', force: 'requirement' });
    // One card for the other five topics, not five cards.
    const topics = list.filter((s) => s.id.startsWith('topic:'));
    expect(topics).toHaveLength(1);
    expect(topics[0].title).toMatch(/and 3 more$/);
    expect(topics[0].reason).toContain('the app’s interpretation');
  });

  test('to fully up to date: topics covered, impact notes written, certificates kept', () => {
    const titles = [
      'Level 1 Safeguarding Children',
      'Prevent awareness',
      'FGM e-learning',
      'Lead Professional training',
      'Introduction to Early Help in Sandwell',
      'Core Working Together',
    ];
    let r = withCerts(record(), ...titles.map((t, i) => training(`2026-0${i + 1}-10`, { title: t })));
    const list = suggest(sandwell, p, r, TODAY);
    expect(list.filter((s) => s.id.startsWith('topic:'))).toEqual([]);
    // June's training is in its 3-6 month window (10 Sep 2026 to 10 Dec 2026): due soon.
    const due = list.find((s) => s.kind === 'due-soon')!;
    expect(due).toMatchObject({ action: { type: 'write-impact-note' }, dueDate: '2026-12-10' });
    expect(list.filter((s) => s.kind === 'overdue').length).toBeGreaterThan(0);
    r = {
      ...r,
      trainings: r.trainings.map((t) => ({ ...t, impact: { text: 'I now check the early help offer first.', date: '2026-11-01' } })),
    };
    expect(suggest(sandwell, p, r, TODAY)).toEqual([]);
  });
});

describe('Worcestershire: a practitioner (Safeguarding Lead level), refreshed every 3 years', () => {
  const p = profile({ frameworkId: 'worcestershire', groupId: 'worcestershire-practitioners' });
  const lead = (date: string) => training(date, { link: { frameworkId: 'worcestershire', levelId: 'worcestershire-lead' } });

  const level = (date: string, levelId: string) => training(date, { link: { frameworkId: 'worcestershire', levelId } });

  test('start: mandatory induction and Universal training (for all staff with contact), then the own level, all required', () => {
    const list = suggest(worcestershire, p, record(), TODAY);
    expect(ids(list)).toEqual(['level:worcestershire-induction', 'level:worcestershire-universal', 'level:worcestershire-lead']);
    expect(list.map((s) => s.force)).toEqual(['requirement', 'requirement', 'requirement']);
    expect(list.map((s) => s.title)).toContain('Complete Universal training');
  });

  test('refresh due soon, overdue, then refreshed: up to date', () => {
    expect(
      suggest(worcestershire, p, withCerts(record(), lead('2023-12-01'), level('2026-10-01', 'worcestershire-universal')), TODAY)[0],
    ).toMatchObject({
      kind: 'due-soon',
      dueDate: '2026-12-01',
      force: 'requirement',
    });
    expect(suggest(worcestershire, p, withCerts(record(), lead('2023-11-01')), TODAY)[0]).toMatchObject({
      kind: 'overdue',
      dueDate: '2026-11-01',
    });
    const rest = [level('2020-01-10', 'worcestershire-induction'), level('2026-10-01', 'worcestershire-universal')];
    expect(suggest(worcestershire, p, withCerts(record(), lead('2023-11-01'), lead('2026-11-20'), ...rest), TODAY)).toEqual([]);
  });
});
