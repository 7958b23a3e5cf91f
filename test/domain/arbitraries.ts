/** fast-check generators shared by the engine's and the progress model's property tests: a
 * random record (trainings, plans, certificates, a pathway enrolment) linked to a framework's
 * courses, levels and pathway items, with a random group, flags and year basis. */
import fc from 'fast-check';
import { addDaysIso } from '../../src/domain/dates';
import type { Plan, RecordSnapshot, Training } from '../../src/domain/types';
import type { Framework, ProfileFlag } from '../../src/frameworks/types';
import { certificate, enrolment, plan, training } from './fixtures';

export const FLAGS: ProfileFlag[] = ['makesReferrals', 'attendsConferences', 'earlyHelpAssessments', 'schoolDsl', 'managesOrSupervises'];

export const dateArb = fc.integer({ min: 0, max: 365 * 12 }).map((d) => addDaysIso('2018-01-01', d));

export function recordArb(
  fw: Framework,
): fc.Arbitrary<{ record: RecordSnapshot; groupId: string | null; flags: ProfileFlag[]; basis: 'rolling' | 'calendar' | 'april' }> {
  const courseIds = fw.courses.map((c) => c.id);
  const levelIds = fw.levels.map((l) => l.id);
  const items = fw.pathways.flatMap((p) => p.items.map((i) => ({ pathwayId: p.id, pathwayItemId: i.id })));
  const linkArb = fc.oneof(
    fc.constant(null),
    courseIds.length ? fc.constantFrom(...courseIds).map((courseId) => ({ frameworkId: fw.id, courseId })) : fc.constant(null),
    levelIds.length ? fc.constantFrom(...levelIds).map((levelId) => ({ frameworkId: fw.id, levelId })) : fc.constant(null),
    items.length ? fc.constantFrom(...items).map((i) => ({ frameworkId: fw.id, ...i })) : fc.constant(null),
  );
  const trainingArb = fc
    .record({
      endDate: dateArb,
      hours: fc.integer({ min: 0, max: 48 }).map((q) => q / 4),
      agency: fc.constantFrom('single' as const, 'multi' as const),
      mode: fc.constantFrom('face-to-face' as const, 'virtual' as const, 'supervision' as const),
      link: linkArb,
      impact: fc.option(fc.constant({ text: 'Changed practice', date: '2026-01-01' }), { nil: null }),
      title: fc.constantFrom('Prevent awareness', 'Neglect', 'Working Together', ''),
    })
    .map((t) => training(t.endDate, t as Partial<Training>));
  const planArb = fc
    .record({
      plannedDate: dateArb,
      link: linkArb,
      hours: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
      approved: fc.boolean(),
    })
    .map((p) =>
      plan(p.plannedDate, {
        link: p.link,
        hours: p.hours,
        approval: p.approved ? { approved: true, byName: 'M', date: p.plannedDate } : null,
      } as Partial<Plan>),
    );
  return fc
    .record({
      trainings: fc.array(trainingArb, { maxLength: 25 }),
      plans: fc.array(planArb, { maxLength: 6 }),
      certMask: fc.array(fc.boolean(), { maxLength: 25 }),
      enrol: fc.option(
        fc.record({ pathway: fw.pathways.length ? fc.constantFrom(...fw.pathways.map((p) => p.id)) : fc.constant(''), start: dateArb }),
        { nil: null },
      ),
      groupId: fc.option(fw.groups.length ? fc.constantFrom(...fw.groups.map((g) => g.id)) : fc.constant('none'), { nil: null }),
      flags: fc.subarray(FLAGS),
      basis: fc.constantFrom('rolling' as const, 'calendar' as const, 'april' as const),
    })
    .map(({ trainings, plans, certMask, enrol, groupId, flags, basis }) => ({
      record: {
        trainings,
        plans,
        reflections: [],
        certificates: trainings.filter((_, i) => certMask[i]).map((t) => certificate(t.id)),
        enrolments: enrol && enrol.pathway ? [enrolment(enrol.pathway, enrol.start, fw.id)] : [],
      },
      groupId,
      flags,
      basis,
    }));
}
