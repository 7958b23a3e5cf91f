import { expect, test } from 'vitest';
import { buildRecordIndex } from '../../src/domain/engine/record-index';
import { levelLadder, pathwayProgress } from '../../src/domain/pathway';
import { suggest } from '../../src/domain/progress';
import { london } from '../../src/frameworks/london';
import { worcestershire } from '../../src/frameworks/worcestershire';
import { enrolment, plan, profile, record, training } from './fixtures';

test('Worcestershire ladder for a practitioner: induction (mandatory for all staff) and Universal (all staff with contact) are theirs too, refreshed every 3 years', () => {
  const p = profile({ frameworkId: 'worcestershire', groupId: 'worcestershire-practitioners' });
  const r = record({
    trainings: [
      training('2022-01-01', { link: { frameworkId: 'worcestershire', levelId: 'worcestershire-universal' } }),
      training('2023-12-01', { link: { frameworkId: 'worcestershire', levelId: 'worcestershire-lead' } }),
    ],
  });
  const ladder = levelLadder(buildRecordIndex(worcestershire, r), p, '2026-11-27');
  expect(ladder.map((s) => [s.level.id, s.status, s.target, s.dueDate])).toEqual([
    ['worcestershire-induction', 'to-do', true, null],
    ['worcestershire-universal', 'overdue', true, '2025-01-01'],
    ['worcestershire-lead', 'due-soon', true, '2026-12-01'],
    ['worcestershire-specialist', 'above', false, null],
  ]);
  // The source's Universal refresh applies to all staff with contact: it is not superseded.
  const refreshes = suggest(worcestershire, p, r, '2026-11-27').filter((s) => s.id.startsWith('refresh:'));
  expect(refreshes.map((s) => [s.action.levelId, s.kind])).toEqual([
    ['worcestershire-universal', 'overdue'],
    ['worcestershire-lead', 'due-soon'],
  ]);
  expect(refreshes[0].title).toBe('Refresh your Universal training');
});

test('London pathway progress: done, planned, to do, deadline and the next items', () => {
  const pw = london.pathways.find((x) => x.id === 'london-pathway-general-practitioner')!;
  const r = record({
    trainings: [
      training('2026-01-10', { link: { frameworkId: 'london', courseId: pw.items[0].courseId } }),
      // Domestic violence Level 2 has no catalogue course: met by external training linked to it.
      training('2026-02-10', {
        title: 'DV Level 2 (external)',
        link: { frameworkId: 'london', pathwayId: pw.id, pathwayItemId: pw.items[4].id },
      }),
    ],
    plans: [plan('2026-12-12', { link: { frameworkId: 'london', courseId: pw.items[1].courseId } })],
    enrolments: [enrolment(pw.id, '2025-12-01', 'london')],
  });
  const p = pathwayProgress(buildRecordIndex(london, r), pw, r.enrolments[0], '2026-11-27');
  expect(p.items[4].item.courseId).toBeNull();
  expect([p.done, p.total, p.deadline, p.complete]).toEqual([2, 9, '2027-12-01', false]);
  expect(p.items.map((i) => i.status)).toEqual(['done', 'planned', 'to-do', 'to-do', 'done', 'to-do', 'to-do', 'to-do', 'to-do']);
  expect(p.next.map((n) => n.item.id)).toEqual([pw.items[1].id, pw.items[2].id, pw.items[3].id]);
  expect(p.items[4].evidence[0].title).toBe('DV Level 2 (external)');
});
