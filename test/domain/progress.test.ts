/** The one progress model: over all five frameworks x every group, role and pathway x random
 * records, what Home, the Pathway and Hours screens and the calendar (.ics) show agrees. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { reminderEvents } from '../../src/domain/ics';
import { computeProgress, type Progress } from '../../src/domain/progress';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import type { Framework } from '../../src/frameworks/types';
import { dateArb, recordArb } from './arbitraries';
import { enrolment, profile, training } from './fixtures';

const frameworks = await loadAllFrameworks();

/** Everything the views show, cross-checked. */
function checkAgreement(p: Progress): void {
  const { suggestions, pathway, levels, refreshes, hours, summary } = p;
  const events = reminderEvents(p);

  // Pathway: Home's line, the Pathway screen and the .ics read the same counts.
  if (pathway) {
    expect(summary.pathway).toMatchObject({ done: pathway.done, total: pathway.total });
    expect(pathway.items.filter((i) => i.status === 'done').length).toBe(pathway.done);
    const ev = events.find((e) => e.key === `pathway:${pathway.pathway.id}:deadline`);
    if (!pathway.complete) {
      expect(ev?.description.startsWith(`${pathway.done} of ${pathway.total} items done.`)).toBe(true);
      for (const i of pathway.items) if (i.status !== 'done') expect(ev!.description).toContain(i.item.title);
    } else expect(ev).toBeUndefined();
    // No suggestion for an item that is done or planned; every other item's suggestion says which item it is.
    for (const s of suggestions) {
      if (!s.action.pathwayItemId) continue;
      const item = pathway.items.find((i) => i.item.id === s.action.pathwayItemId);
      expect(item?.status, `${s.title} suggests an item that is ${item?.status}`).toBe('to-do');
    }
  } else expect(summary.pathway).toBeNull();

  // Levels: nothing suggested for a level that is done (and not due) or planned.
  for (const s of suggestions) {
    if (s.action.type !== 'plan-course' || !s.action.levelId) continue;
    const l = levels.find((x) => x.level.id === s.action.levelId)!;
    expect(['to-do', 'due', 'superseded'], `${s.title}: level is ${l.state}`).toContain(l.state);
    if (l.state === 'superseded') expect(s.id.startsWith('prerequisite:')).toBe(true);
  }
  // A level opened by introductory training is done only with it (the pathway says the same).
  const intro = pathway?.items.find((i) => i.item.introductory);
  if (pathway && intro && intro.status !== 'done' && pathway.pathway.groupId === p.profile.groupId)
    for (const l of levels.filter((x) => x.target))
      expect(l.state, `${l.level.title} done while ${intro.item.title} is not`).not.toBe('done');

  // Refreshes: every due one is on Home (unless planned), in the calendar, and its level reads "due".
  for (const r of refreshes) {
    if (r.dueDate) expect(events.some((e) => e.key === `refresh:${r.ruleId}:${r.levelId}` && e.date === r.dueDate)).toBe(true);
    if (r.status !== 'overdue' && r.status !== 'due-soon') continue;
    const l = levels.find((x) => x.level.id === r.levelId)!;
    expect(l.state).toBe('due');
    if (!p.index.levelPlanned.has(r.levelId))
      expect(suggestions.find((s) => s.id === `refresh:${r.ruleId}:${r.levelId}`)?.kind).toBe(r.status);
  }
  expect(summary.refreshesDue.length).toBe(refreshes.filter((r) => r.status === 'overdue' || r.status === 'due-soon').length);

  // Hours: Home's bars and the Hours screen read p.hours; a target not met (and not closed by
  // plans) has its suggestion, a met one has none.
  for (const h of hours) {
    const s = suggestions.find((x) => x.id === `hours:${h.ruleId}`);
    const gap = h.status === 'below-minimum' ? h.toMinimum : h.toIdeal;
    if (h.status === 'met' || h.planned >= gap) expect(s).toBeUndefined();
    else expect(s).toBeDefined();
  }
  expect(summary.overdue).toBe(suggestions.filter((s) => s.kind === 'overdue').length);
}

function space(fw: Framework) {
  const roles = [null, ...fw.roles.map((r) => r.id)];
  return fc.tuple(recordArb(fw), dateArb, fc.constantFrom(...roles));
}

describe('one progress model', () => {
  for (const fw of frameworks)
    test(`${fw.shortName}: every view agrees, over every group, role and pathway and random records`, () => {
      fc.assert(
        fc.property(space(fw), ([{ record, groupId, flags, basis }, today, roleId]) => {
          const role = fw.roles.find((r) => r.id === roleId);
          const prof = profile({
            frameworkId: fw.id,
            groupId: role?.groupId ?? groupId,
            roleId: role?.id ?? null,
            flags: Object.fromEntries(flags.map((f) => [f, true])),
            yearBasis: basis,
          });
          checkAgreement(computeProgress({ framework: fw, profile: prof, record }, today));
        }),
        { numRuns: 150 },
      );
    });

  test('London Group C: one Court skills course does not make Group C done while its introductory training is not', () => {
    const fw = frameworks.find((f) => f.id === 'london')!;
    const court = fw.courses.find((c) => c.levelId === 'london-group-c' && /court/i.test(c.title))!;
    const pw = fw.pathways.find((p) => p.groupId === 'london-group-c')!;
    const record = {
      trainings: [training('2026-03-01', { link: { frameworkId: 'london', courseId: court.id } })],
      plans: [],
      certificates: [],
      enrolments: [enrolment(pw.id, '2026-01-01', 'london')],
    };
    const p = computeProgress(
      { framework: fw, profile: profile({ frameworkId: 'london', groupId: 'london-group-c' }), record },
      '2026-06-01',
    );
    const groupC = p.levels.find((l) => l.level.id === 'london-group-c')!;
    expect(groupC.state).toBe('to-do');
    expect(groupC.before.join(' ')).toMatch(/Group C/);
    expect(p.pathway!.items.find((i) => i.item.introductory)!.status).toBe('to-do');
  });
});
