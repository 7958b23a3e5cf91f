/** Titles read right (no doubled words, over every framework and random records), and a
 * volunteer is told who "your manager" is for them, without any rule changing. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { trainingPhrase } from '../../src/domain/suggestions';
import { doubledWord, forVolunteer, VOLUNTEER_MANAGER } from '../../src/domain/wording';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import { dateArb, recordArb } from './arbitraries';
import { profile, training } from './fixtures';

const frameworks = await loadAllFrameworks();

describe('doubled words', () => {
  test('doubledWord finds "training training" and lets ordinary titles be', () => {
    expect(doubledWord('Refresh your Universal training training')).toBe('training');
    expect(doubledWord('Complete Specialist Training training')).toBe('Training');
    expect(doubledWord('Complete Universal training')).toBeNull();
    expect(doubledWord('Module 1 and 2, then 3')).toBeNull();
  });

  test('a level or topic title that already says training or courses is not followed by "training"', () => {
    expect(trainingPhrase('Level 3 Specialist courses')).toBe('Level 3 Specialist courses');
    expect(trainingPhrase('Specialist training')).toBe('Specialist training');
    expect(trainingPhrase('Universal')).toBe('Universal training');
    expect(trainingPhrase('Core Working Together')).toBe('Core Working Together training');
  });

  for (const fw of frameworks)
    test(`${fw.shortName}: no suggestion title or reason doubles a word, for any group, role, volunteer or record`, () => {
      const roles = [null, ...fw.roles.map((r) => r.id)];
      fc.assert(
        fc.property(
          recordArb(fw),
          dateArb,
          fc.constantFrom(...roles),
          fc.boolean(),
          ({ record, groupId, flags }, today, roleId, volunteer) => {
            const role = fw.roles.find((r) => r.id === roleId);
            const prof = profile({
              frameworkId: fw.id,
              groupId: role?.groupId ?? groupId,
              roleId: role?.id ?? null,
              volunteer,
              flags: Object.fromEntries(flags.map((f) => [f, true])),
            });
            for (const s of computeProgress({ framework: fw, profile: prof, record }, today).suggestions) {
              expect(doubledWord(s.title), s.title).toBeNull();
              expect(doubledWord(s.reason), s.reason).toBeNull();
            }
          },
        ),
        { numRuns: 60 },
      );
    });

  test('no course, level or pathway item title of any framework doubles a word', () => {
    for (const fw of frameworks)
      for (const t of [...fw.courses, ...fw.levels, ...fw.pathways.flatMap((p) => p.items)].map((x) => x.title))
        expect(doubledWord(t), `${fw.shortName}: ${t}`).toBeNull();
  });
});

describe('volunteers', () => {
  test('"your manager" says who that is for a volunteer; the possessive reads as a person would write it', () => {
    expect(forVolunteer('Agree it with your manager first.')).toBe(`Agree it with ${VOLUNTEER_MANAGER} first.`);
    expect(forVolunteer("Get your manager's approval for Module 3")).toBe(`Get the approval of ${VOLUNTEER_MANAGER} for Module 3`);
    expect(forVolunteer('Raise it with your line manager.')).toBe(
      'Raise it with your line manager or the person who coordinates your volunteering.',
    );
    // Once is enough: applying it twice changes nothing.
    expect(forVolunteer(forVolunteer('Agree it with your manager first.'))).toBe(`Agree it with ${VOLUNTEER_MANAGER} first.`);
  });

  test('London self-assessment with a manager: a volunteer is told who; the step, its force and source stay the same', () => {
    const london = frameworks.find((f) => f.id === 'london')!;
    const today = '2026-11-30';
    const record = { trainings: [], plans: [], reflections: [], certificates: [], enrolments: [] };
    const staff = computeProgress(
      { framework: london, profile: profile({ frameworkId: 'london', groupId: 'london-group-c' }), record },
      today,
    );
    const volunteer = computeProgress(
      { framework: london, profile: profile({ frameworkId: 'london', groupId: 'london-group-c', volunteer: true }), record },
      today,
    );
    const pick = (list: typeof staff.suggestions) => list.find((s) => s.action.type === 'confirm-step')!;
    const a = pick(staff.suggestions);
    const b = pick(volunteer.suggestions);
    expect(a.reason).toContain('with your manager');
    expect(a.reason).not.toContain('volunteering');
    expect(b.reason).toContain(`with ${VOLUNTEER_MANAGER}`);
    expect({ ...b, reason: a.reason, title: a.title }).toEqual(a);
    expect(volunteer.suggestions.map((s) => s.id)).toEqual(staff.suggestions.map((s) => s.id));
  });

  test('Solihull manager approval on a plan: a volunteer is asked for the approval of the person who coordinates their volunteering', () => {
    const solihull = frameworks.find((f) => f.id === 'solihull')!;
    const today = '2026-11-30';
    const plan = {
      id: 'p1',
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
      title: 'Module 3, thresholds',
      plannedDate: '2027-01-10',
      link: { frameworkId: 'solihull', courseId: 'solihull-module-3' },
      hours: null,
      approval: null,
      notes: '',
      doneTrainingId: null,
    };
    const record = {
      trainings: [training('2026-06-01', { agency: 'single' })],
      plans: [plan],
      reflections: [],
      certificates: [],
      enrolments: [],
    };
    const list = computeProgress(
      { framework: solihull, profile: profile({ frameworkId: 'solihull', volunteer: true }), record },
      today,
    ).suggestions;
    const approval = list.find((s) => s.action.type === 'record-approval');
    expect(approval?.title).toBe(`Get the approval of ${VOLUNTEER_MANAGER} for Module 3, thresholds`);
  });
});
