import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  countByTraining,
  EMPTY_FILTER,
  filterReflections,
  filterTrainings,
  impactNotesDue,
  levelsInRecord,
  yearlyTotals,
  yearsBackCovered,
  summariseRecord,
  type LinkCounts,
} from '../../src/domain/record-filter';
import type { Reflection, Training } from '../../src/domain/types';
import { impactWindow } from '../../src/domain/impact';

function training(p: Partial<Training> & { id: string }): Training {
  return {
    title: 'Course',
    providerKind: 'partnership',
    providerName: 'SSCP',
    startDate: p.endDate ?? '2026-05-01',
    endDate: '2026-05-01',
    hours: 3,
    mode: 'face-to-face',
    level: 'Level 2',
    link: null,
    agency: 'multi',
    participatory: true,
    notes: '',
    impact: null,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...p,
  };
}

const today = '2026-11-27';
const ctx = { basis: 'april' as const, today };
const entries = [
  training({
    id: 'a',
    title: 'Neglect: recognising and responding',
    endDate: '2026-09-10',
    level: 'Level 2',
    link: { frameworkId: 'solihull', courseId: 'neglect' },
  }),
  training({
    id: 'b',
    title: 'Domestic abuse awareness',
    endDate: '2026-03-15',
    level: 'Level 1',
    providerName: 'My employer',
    agency: 'single',
    hours: 1.5,
  }),
  training({
    id: 'c',
    title: 'Child exploitation',
    endDate: '2025-06-01',
    level: 'Level 3',
    link: { frameworkId: 'solihull', pathwayId: 'p', pathwayItemId: 'i' },
    notes: 'County lines',
  }),
  training({
    id: 'd',
    title: 'Online safety e-learning',
    endDate: '2026-07-01',
    level: 'Level 1',
    impact: { text: 'Changed my online checks', date: '2026-10-01' },
  }),
];
const counts: LinkCounts = { certificates: countByTraining(['a', 'a', 'c', null]), reflections: countByTraining(['b']) };

describe('filtering the training list', () => {
  test('no filter: everything, newest first; or oldest first', () => {
    expect(filterTrainings(entries, counts, EMPTY_FILTER, ctx).map((t) => t.id)).toEqual(['a', 'd', 'b', 'c']);
    expect(filterTrainings(entries, counts, { ...EMPTY_FILTER, sort: 'oldest' }, ctx).map((t) => t.id)).toEqual(['c', 'b', 'd', 'a']);
  });

  test('search finds every word in title, provider, notes or impact note, case-insensitively', () => {
    const q = (query: string) => filterTrainings(entries, counts, { ...EMPTY_FILTER, query }, ctx).map((t) => t.id);
    expect(q('NEGLECT')).toEqual(['a']);
    expect(q('county')).toEqual(['c']);
    expect(q('employer abuse')).toEqual(['b']);
    expect(q('online checks')).toEqual(['d']);
    expect(q('neglect county')).toEqual([]);
  });

  test('year on the profile basis (April to March), level, source, certificate and reflection', () => {
    const f = (p: Partial<typeof EMPTY_FILTER>) => filterTrainings(entries, counts, { ...EMPTY_FILTER, ...p }, ctx).map((t) => t.id);
    expect(f({ yearBack: 0 })).toEqual(['a', 'd']); // April 2026 to March 2027
    expect(f({ yearBack: 1 })).toEqual(['b', 'c']); // April 2025 to March 2026
    expect(f({ level: 'Level 1' })).toEqual(['d', 'b']);
    expect(f({ source: 'framework' })).toEqual(['a', 'c']);
    expect(f({ source: 'external' })).toEqual(['d', 'b']);
    expect(f({ certificate: 'without' })).toEqual(['d', 'b']);
    expect(f({ certificate: 'with' })).toEqual(['a', 'c']);
    expect(f({ reflection: 'with' })).toEqual(['b']);
    expect(f({ yearBack: 0, certificate: 'without' })).toEqual(['d']);
    expect(
      filterTrainings(entries, counts, { ...EMPTY_FILTER, impactDue: true }, { basis: 'april', today: '2027-01-05' }).map((t) => t.id),
    ).toEqual(['a']);
  });

  test('filtering never invents or drops entries: the parts partition the whole (property)', () => {
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        endDate: fc
          .date({ min: new Date('2020-01-01'), max: new Date('2026-11-27'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        linked: fc.boolean(),
      }),
      { maxLength: 60 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const ts = rows.map((r) =>
          training({ id: r.id, endDate: r.endDate, startDate: r.endDate, link: r.linked ? { frameworkId: 'x', courseId: 'c' } : null }),
        );
        const none = { certificates: new Map(), reflections: new Map() };
        const fw = filterTrainings(ts, none, { ...EMPTY_FILTER, source: 'framework' }, ctx).length;
        const ext = filterTrainings(ts, none, { ...EMPTY_FILTER, source: 'external' }, ctx).length;
        const all = filterTrainings(ts, none, EMPTY_FILTER, ctx);
        expect(fw + ext).toBe(ts.length);
        expect(all.length).toBe(ts.length);
        for (let i = 1; i < all.length; i++) expect(all[i - 1].endDate >= all[i].endDate).toBe(true);
        const years = yearsBackCovered(ts, 'calendar', today);
        let sum = 0;
        for (let back = 0; back <= years; back++)
          sum += filterTrainings(ts, none, { ...EMPTY_FILTER, yearBack: back }, { basis: 'calendar', today }).length;
        expect(sum).toBe(ts.length);
      }),
    );
  });

  test('5,000 entries: the search finds exactly the matching ones (speed is measured by npm run bench)', () => {
    const many = Array.from({ length: 5000 }, (_, i) =>
      training({
        id: `t${i}`,
        title: `Course ${i % 97}`,
        endDate: `20${String(10 + (i % 17)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`,
      }),
    );
    const r = filterTrainings(many, counts, { ...EMPTY_FILTER, query: 'course 42', yearBack: null }, ctx);
    const expected = many
      .filter((t) => t.title === 'Course 42')
      .map((t) => t.id)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(r.map((t) => t.id).sort()).toEqual(expected);
  });
});

test('yearly hour totals on the profile basis, current year first', () => {
  const totals = yearlyTotals(entries, 'april', today, 2);
  expect(totals[0].window.label).toBe('April 2026 to March 2027');
  expect(totals[0].totals).toMatchObject({ total: 6, entries: 2, multiAgency: 6 });
  expect(totals[1].window.label).toBe('April 2025 to March 2026');
  expect(totals[1].totals).toMatchObject({ total: 4.5, entries: 2, multiAgency: 3 });
  expect(yearsBackCovered(entries, 'april', today)).toBe(1);
  expect(yearsBackCovered([], 'april', today)).toBe(0);
});

test('impact notes due: inside 3-6 months after the training, without a note', () => {
  const due = impactNotesDue(entries, today);
  // a ended 10 Sep 2026: window opens 10 Dec 2026, not yet. d has a note. b: Mar 2026, overdue.
  expect([...due.keys()]).toEqual([]);
  const later = impactNotesDue(entries, '2027-01-05');
  expect([...later.keys()]).toEqual(['a']);
  expect(later.get('a')).toMatchObject({ opens: '2026-12-10', closes: '2027-03-10', status: 'due' });
});

test('impact notes due: the quick pre-filter agrees with the exact window on every day (property)', () => {
  fc.assert(
    fc.property(
      fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
      fc.date({ min: new Date('2024-01-01'), max: new Date('2027-12-31'), noInvalidDate: true }),
      (end, now) => {
        const endDate = end.toISOString().slice(0, 10);
        const day = now.toISOString().slice(0, 10);
        const t = training({ id: 'x', endDate, startDate: endDate });
        const exact = impactWindow(t, day).status === 'due';
        expect(impactNotesDue([t], day).has('x')).toBe(exact);
      },
    ),
    { numRuns: 2000 },
  );
});

test('levels in the record are listed once, in natural order', () => {
  expect(levelsInRecord(entries)).toEqual(['Level 1', 'Level 2', 'Level 3']);
});

test('reflections are searchable, including by their training title', () => {
  const r = (p: Partial<Reflection> & { id: string }): Reflection => ({
    trainingId: null,
    kind: 'reflection',
    date: '2026-10-01',
    title: '',
    template: 'free',
    sections: {},
    text: '',
    peerReflection: false,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    ...p,
  });
  const rs = [
    r({ id: '1', trainingId: 'a', title: 'After the course', sections: { what: 'Learnt about neglect tools' }, date: '2026-09-12' }),
    r({ id: '2', kind: 'supervision', text: 'Discussed my caseload with my manager', date: '2026-10-20' }),
  ];
  const title = (id: string) => entries.find((t) => t.id === id)?.title;
  expect(filterReflections(rs, '', title).map((x) => x.id)).toEqual(['2', '1']);
  expect(filterReflections(rs, 'tools', title).map((x) => x.id)).toEqual(['1']);
  expect(filterReflections(rs, 'recognising', title).map((x) => x.id)).toEqual(['1']);
  expect(filterReflections(rs, 'supervision manager', title).map((x) => x.id)).toEqual(['2']);
});

test('editing an entry keeps what the form does not show (impact note, scheme exclusions)', async () => {
  const { trainingToValues, valuesToTraining } = await import('../../src/ui/record/training-values');
  const t = training({
    id: 'e',
    impact: { text: 'Now I ask about neglect earlier', date: '2026-10-01' },
    excludedSchemes: ['nmc'],
    link: { frameworkId: 'f', courseId: 'c', levelId: null },
  });
  const back = valuesToTraining({ ...trainingToValues(t, null), title: 'Renamed' }, null, 'f', t);
  expect(back).toMatchObject({
    id: 'e',
    title: 'Renamed',
    impact: t.impact,
    excludedSchemes: ['nmc'],
    link: { frameworkId: 'f', courseId: 'c' },
  });
});

test('summariseRecord, one pass, gives exactly what the separate functions give (property)', () => {
  const day = fc
    .date({ min: new Date('2015-01-01'), max: new Date('2027-06-30'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const arb = fc.array(
    fc.record({
      endDate: day,
      hours: fc.integer({ min: 0, max: 40 }).map((q) => q / 4),
      level: fc.constantFrom('', ' ', 'Level 1', 'Level 2', 'Level 10'),
      multi: fc.boolean(),
      participatory: fc.boolean(),
      impact: fc.constantFrom(null, '', 'Changed how I record concerns'),
    }),
    { maxLength: 80 },
  );
  fc.assert(
    fc.property(
      arb,
      day,
      fc.constantFrom('rolling', 'calendar', 'april') as fc.Arbitrary<'rolling' | 'calendar' | 'april'>,
      (rows, today, basis) => {
        const ts = rows.map((r, i) =>
          training({
            id: `t${i}`,
            endDate: r.endDate,
            startDate: r.endDate,
            hours: r.hours,
            level: r.level,
            agency: r.multi ? 'multi' : 'single',
            participatory: r.participatory,
            impact: r.impact === null ? null : { text: r.impact, date: today },
          }),
        );
        const s = summariseRecord(ts, basis, today, 3);
        expect(s.totals).toEqual(yearlyTotals(ts, basis, today, 3));
        expect(s.levels).toEqual(levelsInRecord(ts));
        expect(s.yearsBack).toBe(yearsBackCovered(ts, basis, today));
        expect([...s.impactDue]).toEqual([...impactNotesDue(ts, today)]);
      },
    ),
  );
});
