/** Editions of a framework the user added: which is newer, what changed, and entries recorded
 * under an earlier edition keep counting under the newer one. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  carryRecordToEdition,
  comparePublished,
  diffEditions,
  diffIsEmpty,
  editionCrosswalk,
  editionDiffLines,
  editionDiffSummary,
  editionStanding,
} from '../../src/domain/editions';
import { computeProgress, progressInput } from '../../src/domain/progress';
import { readFrameworkFile } from '../../src/frameworks/file-read';
import type { Course, Framework } from '../../src/frameworks/types';
import { profile, training } from './fixtures';

function readDoc(name: string): Framework {
  const r = readFrameworkFile(readFileSync(resolve(__dirname, '../../docs', name), 'utf8'));
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.framework;
}
const edition1 = readDoc('example-framework.json');
const edition2 = readDoc('example-framework-edition-2.json');

describe('which edition is newer', () => {
  test('by publication date, at the precision both give', () => {
    expect(comparePublished('2027-03', '2026-09')).toBe(1);
    expect(comparePublished('2026', '2026-09')).toBe(0);
    expect(comparePublished('2026-09-01', '2026-10')).toBe(-1);
    expect(comparePublished(null, '2026')).toBe(0);
    expect(editionStanding(edition2, edition1)).toBe('newer');
    expect(editionStanding(edition1, edition2)).toBe('older');
    expect(editionStanding(edition1, edition1)).toBe('same');
    expect(editionStanding({ edition: 'Version 2', published: null }, { edition: 'Version 1', published: '2026' })).toBe('unclear');
  });
});

describe('what changed between the example editions', () => {
  const d = diffEditions(edition1, edition2);
  test('courses added, removed, renamed; rules changed', () => {
    expect(d.courses.added).toEqual([{ id: 'online-safety', title: 'Keeping Children Safe Online' }]);
    expect(d.courses.removed).toEqual([{ id: 'leading-safeguarding', title: 'Leading Safeguarding' }]);
    expect(d.courses.renamed).toEqual([
      { fromId: 'neglect', toId: 'neglect', from: 'Recognising Neglect', to: 'Recognising and Responding to Neglect' },
    ]);
    expect(d.courses.unchanged.map((p) => p.toId)).toEqual(['awareness', 'working-together']);
    expect(d.rules.changed.map((r) => r.id).sort()).toEqual(['keep-certificates', 'refresh-3-years', 'working-together-first']);
    expect(d.rules.added).toEqual([]);
    expect(d.rules.removed).toEqual([]);
  });
  test('in the user’s words, short', () => {
    expect(editionDiffSummary(d)).toBe('3 courses: 1 added, 1 removed, 1 renamed; 3 rules: 3 changed.');
    const lines = editionDiffLines(d);
    expect(lines.map((l) => l.heading)).toEqual(['Courses added', 'Courses removed', 'Courses renamed', 'Rules changed']);
    expect(lines[2]!.lines).toEqual(['Recognising Neglect, now called Recognising and Responding to Neglect']);
    expect(lines[3]!.lines).toContain(
      'You must keep your certificates with your training record: now a requirement (was a recommendation)',
    );
    expect(editionDiffSummary(diffEditions(edition1, edition1))).toBe('No courses or rules changed.');
  });
  test('a course whose id changed but whose title did not is the same course', () => {
    const moved = { ...edition2, courses: edition2.courses.map((c) => (c.id === 'awareness' ? { ...c, id: 'awareness-2' } : c)) };
    const dm = diffEditions(edition1, moved);
    expect(dm.courses.unchanged).toContainEqual({
      fromId: 'awareness',
      toId: 'awareness-2',
      from: 'Safeguarding Awareness',
      to: 'Safeguarding Awareness',
    });
    expect(dm.courses.added.map((c) => c.id)).not.toContain('awareness-2');
  });
});

// Frameworks made from a pool of course ids and titles, so that two of them share some ids,
// some titles, and differ in the rest.
const courseArb = fc.record({
  id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'),
  title: fc.constantFrom('Awareness', 'awareness ', 'Neglect', 'Working Together', 'Working together & more', 'Online', 'Leading'),
});
const coursesArb = fc.uniqueArray(courseArb, { selector: (c) => c.id, maxLength: 8 });
function withCourses(courses: Array<{ id: string; title: string }>, forces: Array<'requirement' | 'guidance'>): Framework {
  return {
    ...edition1,
    courses: courses.map((c): Course => ({
      id: c.id,
      title: c.title,
      groupIds: [],
      outcomes: [],
      levelId: 'level-1',
      cite: edition1.cite,
    })),
    rules: edition1.rules.map((r, i) => (forces[i] ? { ...r, force: forces[i] } : r)),
  };
}
const frameworkArb = fc
  .tuple(coursesArb, fc.array(fc.constantFrom<'requirement' | 'guidance'>('requirement', 'guidance'), { maxLength: 4 }))
  .map(([c, f]) => withCourses(c, f));

describe('properties', () => {
  test('an edition compared with itself: nothing changed', () => {
    fc.assert(
      fc.property(frameworkArb, (a) => {
        const d = diffEditions(a, a);
        expect(diffIsEmpty(d)).toBe(true);
        expect(d.courses.unchanged.length).toBe(a.courses.length);
      }),
    );
  });
  test('every course id of either edition is in exactly one of added, removed, renamed, unchanged', () => {
    fc.assert(
      fc.property(frameworkArb, frameworkArb, (a, b) => {
        const d = diffEditions(a, b);
        const fromIds = [
          ...d.courses.removed.map((c) => c.id),
          ...d.courses.renamed.map((p) => p.fromId),
          ...d.courses.unchanged.map((p) => p.fromId),
        ];
        const toIds = [
          ...d.courses.added.map((c) => c.id),
          ...d.courses.renamed.map((p) => p.toId),
          ...d.courses.unchanged.map((p) => p.toId),
        ];
        expect(fromIds.sort()).toEqual(a.courses.map((c) => c.id).sort());
        expect(toIds.sort()).toEqual(b.courses.map((c) => c.id).sort());
        // Each category holds only what it says.
        for (const c of d.courses.added) expect(a.courses.some((x) => x.id === c.id)).toBe(false);
        for (const c of d.courses.removed) expect(b.courses.some((x) => x.id === c.id)).toBe(false);
        for (const p of d.courses.renamed)
          expect(p.fromId === p.toId && p.from.trim().toLowerCase() !== p.to.trim().toLowerCase()).toBe(true);
      }),
    );
  });
  test('the carried record never changes the stored entries and links only to the current edition’s courses or levels', () => {
    fc.assert(
      fc.property(
        frameworkArb,
        frameworkArb,
        fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), { maxLength: 10 }),
        (old, current, ids) => {
          const trainings = ids.map((id, i) => training('2026-01-01', { id: `t${i}`, link: { frameworkId: old.id, courseId: id } }));
          const before = JSON.stringify(trainings);
          const record = { trainings, plans: [], enrolments: [], certificates: [], reflections: [] };
          const carried = carryRecordToEdition(record as never, current, [old]) as typeof record;
          expect(JSON.stringify(trainings)).toBe(before);
          const currentIds = new Set(current.courses.map((c) => c.id));
          for (const t of carried.trainings) {
            const courseId = t.link?.courseId;
            const known = old.courses.some((c) => c.id === t.link?.courseId) || currentIds.has(t.link?.courseId ?? '');
            if (courseId && known) expect(currentIds.has(courseId) || !old.courses.some((c) => c.id === courseId)).toBe(true);
          }
          expect(carried.trainings.map((t) => [t.id, t.title, t.hours, t.startDate])).toEqual(
            trainings.map((t) => [t.id, t.title, t.hours, t.startDate]),
          );
        },
      ),
    );
  });
});

describe('entries recorded under the earlier edition keep counting', () => {
  const current: Framework = { ...edition2, earlierEditions: [edition1] };
  const me = profile({ frameworkId: 'example-partnership', groupId: 'group-b', roleId: 'family-support-worker' });
  const today = '2027-04-01';
  const entries = [
    training('2027-01-10', {
      id: 'renamed',
      title: 'Recognising Neglect',
      link: { frameworkId: 'example-partnership', courseId: 'neglect' },
    }),
    training('2027-01-11', {
      id: 'removed',
      title: 'Leading Safeguarding',
      link: { frameworkId: 'example-partnership', courseId: 'leading-safeguarding' },
    }),
  ];
  const record = { trainings: entries, plans: [], enrolments: [], certificates: [], reflections: [] };

  test('a renamed course counts as done; a removed course counts at its level', () => {
    const input = progressInput(current, me, { record: record as never, confirmedSteps: [] });
    const carried = input.record.trainings;
    expect(carried.find((t) => t.id === 'renamed')!.link).toMatchObject({ courseId: 'neglect' });
    expect(carried.find((t) => t.id === 'removed')!.link).toMatchObject({ courseId: null, levelId: 'level-3' });
    // The stored entries keep their own link and title.
    expect(entries[1]!.link).toEqual({ frameworkId: 'example-partnership', courseId: 'leading-safeguarding' });
    const p = computeProgress(input, today);
    expect(p.levels.find((l) => l.level.id === 'level-3')?.doneBy ?? []).toContain('removed');
    expect(p.suggestions.some((s) => s.action.courseId === 'neglect')).toBe(false);
  });

  test('the crosswalk reads the earlier edition as a previous framework', () => {
    const rows = editionCrosswalk(edition1, edition2, entries);
    expect(rows.map((r) => [r.trainingId, r.status])).toEqual([
      ['renamed', 'renamed'],
      ['removed', 'level'],
    ]);
    expect(rows[0]!.explanation).toBe('Recognising Neglect is now called Recognising and Responding to Neglect: it counts as it did.');
    expect(rows[1]!.explanation).toMatch(/^Leading Safeguarding is not in the new edition; it still counts at Level 3/);
  });
});
