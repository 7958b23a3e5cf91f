import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/domain/progress';
import { citationSource, type Suggestion } from '../../src/domain/suggestions';
import type { Profile } from '../../src/domain/types';
import { framework, NMC_ENROLMENT, plan, profile, record, reflection, training } from './fixtures';

const fw = framework();
const byId = (list: Suggestion[], id: string) => list.find((s) => s.id === id);
const schemeIds = (list: Suggestion[]) => list.filter((s) => s.id.startsWith('scheme:')).map((s) => s.id);

const nmcEnrolment = NMC_ENROLMENT;
const sweEnrolment: Profile['schemes'][number] = { schemeId: 'swe', renewalDate: null, options: {} };

const confirmer = {
  name: 'B. Manager',
  nmcPin: '',
  otherRegistrationType: 'Health and Care Professions Council',
  otherRegistrationNumber: 'PA12345',
  email: 'b.manager@example.org',
  address: 'City Hospital, AB1 2CD',
};

/** A nurse part-way through: 28 CPD hours, 14 of them participatory; feedback, accounts, the
 * discussion and the confirmation all done. */
function nurseRecord() {
  return record({
    trainings: [
      training('2025-05-01', { hours: 14, participatory: true, title: 'Safeguarding children level 3' }),
      training('2026-02-01', { hours: 14, participatory: false, title: 'E-learning refresher' }),
    ],
    reflections: [
      ...['2025-01-10', '2025-03-10', '2025-06-10', '2025-09-10', '2026-01-10'].map((d) => reflection(d, 'feedback')),
      ...['2025-01-11', '2025-03-11', '2025-06-11', '2025-09-11', '2026-01-11'].map((d) => reflection(d, 'reflection')),
      reflection('2026-02-02', 'reflective-discussion'),
      reflection('2026-02-03', 'confirmation', { person: confirmer }),
    ],
  });
}

describe('NMC revalidation in the ranked list', () => {
  const nurse = profile({ schemes: [nmcEnrolment] });

  test('91 days before revalidation: a gentle recommendation naming what is left, the scheme and its source', () => {
    const s = byId(suggest(fw, nurse, nurseRecord(), '2026-12-30'), 'scheme:nmc:targets')!;
    expect(s).toMatchObject({ kind: 'recommended', force: 'requirement', dueDate: '2027-03-31', action: { type: 'log-training' } });
    expect(s.title).toBe('NMC: 7 CPD hours and 6 participatory CPD hours still to log');
    expect(s.reason).toMatch(/^Revalidation due 31 Mar 2027\. Counted from your record/); // the title names both left
    expect(s.reason).toContain("Check the NMC's current revalidation guidance");
    expect(s.reason).toContain('Counted from your record between 1 Apr 2024 and 31 Mar 2027.');
    expect(s.reason).not.toContain('practice hours'); // far from the deadline: no extras
    expect(s.cite?.scheme).toMatchObject({
      shortName: 'NMC',
      publisher: 'Nursing and Midwifery Council (NMC)',
      document: 'Revalidation: how to revalidate with the NMC',
    });
    expect(citationSource(s.cite!, fw)).toBe(
      'Nursing and Midwifery Council (NMC), “Revalidation: how to revalidate with the NMC”, Revalidation requirements',
    );
  });

  test('90 days before: due soon, reminding of the declared practice hours and the declarations', () => {
    const list = suggest(fw, profile({ schemes: [{ ...nmcEnrolment, options: { practiceHours: 300 } }] }), nurseRecord(), '2026-12-31');
    const s = byId(list, 'scheme:nmc:targets')!;
    expect(s.kind).toBe('due-soon');
    expect(s.reason).toContain('Your practice hours: 300 of 450 hours by your own figure; update it on the Schemes screen.');
    expect(s.reason).toContain('Also: declarations.');
    const none = byId(
      suggest(fw, profile({ schemes: [{ ...nmcEnrolment, options: {} }] }), nurseRecord(), '2026-12-31'),
      'scheme:nmc:targets',
    )!;
    expect(none.reason).toContain('Enter your practice hours on the Schemes screen (450 hours needed)');
    // Due soon ranks above every next step and recommendation.
    expect(list.findIndex((x) => x.kind !== 'overdue' && x.kind !== 'due-soon')).toBeGreaterThan(list.indexOf(s));
  });

  test('the day after revalidation with the date unchanged: overdue, asking for the new date', () => {
    const s = byId(suggest(fw, nurse, nurseRecord(), '2027-04-01'), 'scheme:nmc:targets')!;
    expect(s).toMatchObject({ kind: 'overdue', dueDate: '2027-03-31' });
    expect(s.reason).toMatch(/^Revalidation due 31 Mar 2027\. The date has passed\. If you have already renewed, set your new date/);
  });

  test('every target met: no target suggestion', () => {
    const r = nurseRecord();
    r.trainings.push(training('2026-06-01', { hours: 7, participatory: true }));
    expect(schemeIds(suggest(fw, nurse, r, '2027-01-15'))).toEqual([]);
  });

  test('more than two left: the title names two and counts the rest; one left, in the singular, with its own section', () => {
    const many = byId(suggest(fw, nurse, record(), '2026-11-27'), 'scheme:nmc:targets')!;
    expect(many.title).toBe('NMC: 35 CPD hours, 20 participatory CPD hours and 4 more still to log');
    expect(many.reason).toContain(
      'Still to log: 35 CPD hours, 20 participatory CPD hours, 5 pieces of practice-related feedback, 5 written reflective accounts, 1 reflective discussion with another NMC registrant and 1 confirmation.',
    );
    const r = nurseRecord();
    r.trainings.push(training('2026-06-01', { hours: 7, participatory: true }));
    r.reflections.splice(-2, 1); // the reflective discussion (the confirmation stays)
    r.reflections.shift(); // one piece of feedback
    r.reflections.push(reflection('2026-03-01', 'reflective-discussion'));
    const one = byId(suggest(fw, nurse, r, '2026-11-27'), 'scheme:nmc:targets')!;
    expect(one.title).toBe('NMC: 1 piece of practice-related feedback still to log');
    expect(one.cite?.section).toBe('Practice-related feedback');
    // The action opens the feedback form, not "Log training".
    expect(one.action).toEqual({ type: 'write-reflection', form: 'feedback' });
  });

  test('no renewal date: a housekeeping item to add it, and no deadline on the targets', () => {
    const list = suggest(fw, profile({ schemes: [{ schemeId: 'nmc', renewalDate: null }] }), nurseRecord(), '2026-11-27');
    expect(byId(list, 'scheme:nmc:renewal-date')).toMatchObject({ kind: 'housekeeping', action: { type: 'open-schemes' } });
    expect(byId(list, 'scheme:nmc:targets')).toMatchObject({ kind: 'recommended', dueDate: undefined });
  });
});

describe('a user following two schemes', () => {
  const both = profile({ schemes: [nmcEnrolment, sweEnrolment] });

  test('one entry counts for both; an entry excluded from NMC still counts for SWE', () => {
    const r = record({
      trainings: [
        training('2026-12-05', { hours: 30, participatory: true, title: 'Child protection conference skills', excludedSchemes: ['nmc'] }),
      ],
      reflections: [reflection('2026-12-06', 'reflection', { peerReflection: true })],
    });
    const list = suggest(fw, both, r, '2026-12-10');
    // NMC does not count the excluded 30 hours.
    expect(byId(list, 'scheme:nmc:targets')!.title).toMatch(/^NMC: 35 CPD hours, 20 participatory CPD hours/);
    // SWE counts the training and the free-standing peer-reflected reflection: two pieces, one with peer reflection.
    expect(byId(list, 'scheme:swe:targets')).toBeUndefined();
    const withoutExclusion = suggest(fw, both, { ...r, trainings: [{ ...r.trainings[0], excludedSchemes: [] }] }, '2026-12-10');
    expect(byId(withoutExclusion, 'scheme:nmc:targets')!.title).toBe(
      'NMC: 5 CPD hours, 5 pieces of practice-related feedback and 3 more still to log',
    );
  });

  test('SWE registration year: 30 November is due soon with the date, 1 December starts a new year', () => {
    const r = record({ trainings: [training('2026-03-01')] });
    const last = byId(suggest(fw, both, r, '2026-11-30'), 'scheme:swe:targets')!;
    expect(last).toMatchObject({ kind: 'due-soon', dueDate: '2026-11-30', action: { type: 'log-training' } });
    expect(last.title).toBe('SWE: 1 piece of CPD and 1 piece of CPD with peer reflection still to log');
    const first = byId(suggest(fw, both, r, '2026-12-01'), 'scheme:swe:targets')!;
    expect(first).toMatchObject({ kind: 'recommended', dueDate: '2027-11-30' });
    expect(first.title).toMatch(/^SWE: 2 pieces of CPD and 1 piece of CPD with peer reflection/);
    expect(first.reason).toMatch(/^CPD deadline 30 Nov 2027\./);
    expect(first.reason).toContain("Check Social Work England's current CPD guidance");
  });
});

describe('KCSIE refresh requirements', () => {
  test('the annual update due within 90 days is due soon with its date; the DSL update only for a school DSL', () => {
    const r = record({ trainings: [training('2025-12-15', { title: 'Annual safeguarding update' })] });
    const staff = suggest(fw, profile({ schemes: [{ schemeId: 'kcsie', renewalDate: null }] }), r, '2026-11-27');
    expect(byId(staff, 'scheme:kcsie-annual-update')).toMatchObject({
      kind: 'due-soon',
      force: 'requirement',
      dueDate: '2026-12-15',
      action: { type: 'plan-course' },
    });
    expect(byId(staff, 'scheme:kcsie-annual-update')!.title).toBe('KCSIE: Safeguarding and child protection update');
    expect(byId(staff, 'scheme:kcsie-annual-update')!.reason).toContain(
      'Your latest training that counts (Annual safeguarding update) was on 15 Dec 2025, so the next is due by 15 Dec 2026.',
    );
    expect(byId(staff, 'scheme:kcsie-annual-update')!.cite?.section).toMatch(/^Part two/);
    expect(schemeIds(staff)).toEqual(['scheme:kcsie-annual-update']);

    const old = record({ trainings: [training('2024-10-01', { title: 'Designated safeguarding lead training' })] });
    const dsl = suggest(
      fw,
      profile({ flags: { schoolDsl: true }, schemes: [{ schemeId: 'kcsie', renewalDate: null }] }),
      old,
      '2026-11-27',
    );
    expect(byId(dsl, 'scheme:kcsie-annual-update')).toMatchObject({ kind: 'overdue', dueDate: '2025-10-01' });
    expect(byId(dsl, 'scheme:kcsie-dsl-training')).toMatchObject({ kind: 'overdue', dueDate: '2026-10-01' });
    expect(byId(dsl, 'scheme:kcsie-dsl-training')!.reason).toContain('at least every 2 years');
  });

  test('91 days ahead is not suggested; a plan before the due date is pointed to; nothing logged is a next step', () => {
    const kcsie = profile({ schemes: [{ schemeId: 'kcsie', renewalDate: null }] });
    expect(
      byId(suggest(fw, kcsie, record({ trainings: [training('2026-02-25')] }), '2026-11-26'), 'scheme:kcsie-annual-update'),
    ).toBeUndefined();
    expect(
      byId(suggest(fw, kcsie, record({ trainings: [training('2026-02-25')] }), '2026-11-27'), 'scheme:kcsie-annual-update')?.kind,
    ).toBe('due-soon');
    const p = plan('2026-12-10', { title: 'KCSIE update 2026' });
    const planned = byId(
      suggest(fw, kcsie, record({ trainings: [training('2025-12-15')], plans: [p] }), '2026-11-27'),
      'scheme:kcsie-annual-update',
    )!;
    expect(planned.action).toEqual({ type: 'log-training', planId: p.id });
    expect(planned.reason).toContain('You have planned KCSIE update 2026 for 10 Dec 2026');
    expect(byId(suggest(fw, kcsie, record(), '2026-11-27'), 'scheme:kcsie-annual-update')).toMatchObject({
      kind: 'next-step',
      action: { type: 'log-training' },
    });
  });
});

test('no scheme followed: the framework path is unchanged', () => {
  const list = suggest(fw, profile(), nurseRecord(), '2026-11-27');
  expect(schemeIds(list)).toEqual([]);
  // A record read without reflections (older callers) still works.
  const { reflections: _r, ...lean } = nurseRecord();
  expect(() => suggest(fw, profile({ schemes: [nmcEnrolment] }), lean, '2026-11-27')).not.toThrow();
});
