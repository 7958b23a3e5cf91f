import { describe, expect, test } from 'vitest';
import {
  actionsFromText,
  canonicalContent,
  changedSinceSigned,
  changedSinceText,
  coveredIds,
  coveredStates,
  entriesInPeriod,
  lastSignOffCovering,
  signOffCoverText,
} from '../../src/domain/signoff';
import type { Reflection, SignOff } from '../../src/domain/types';
import { training } from './fixtures';

const reflection = (id: string, date: string): Reflection => ({
  id,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  trainingId: null,
  kind: 'supervision',
  date,
  title: 'Case discussion',
  template: 'free',
  sections: {},
  text: 'What I took from it',
  peerReflection: false,
});

describe('sign-off content', () => {
  test('the canonical content ignores timestamps and key order, and changes with any content', () => {
    const t = training('2026-11-01');
    const reordered = Object.fromEntries(Object.entries(t).reverse()) as typeof t;
    expect(canonicalContent({ ...reordered, updatedAt: '2027-05-05T00:00:00.000Z' })).toBe(canonicalContent(t));
    expect(canonicalContent({ ...t, hours: t.hours + 0.25 })).not.toBe(canonicalContent(t));
    expect(canonicalContent({ ...t, impact: { text: 'x', date: '2027-01-01' } })).not.toBe(canonicalContent(t));
  });

  test('entries in the period, oldest first; outside it left out', () => {
    const a = training('2026-10-01', { title: 'A' });
    const b = training('2026-12-01', { title: 'B' });
    const r = reflection('r1', '2026-10-15');
    const got = entriesInPeriod([b, a], [r, reflection('r0', '2026-08-01')], '2026-09-01', '2026-11-30');
    expect(got.map((e) => e.title)).toEqual(['A', 'Case discussion']);
  });

  test('changed, unchanged and deleted entries; the newest sign-off covering an entry', () => {
    const s = {
      covered: [
        { table: 'trainings', id: 't', title: 'T', sha256: 'aa' },
        { table: 'reflections', id: 'r', title: 'R', sha256: 'bb' },
        { table: 'trainings', id: 'gone', title: 'G', sha256: 'cc' },
      ],
    } as Pick<SignOff, 'covered'>;
    const states = coveredStates(
      s,
      new Map([
        ['t', 'aa'],
        ['r', 'changed'],
      ]),
    );
    expect([...states]).toEqual([
      ['t', 'unchanged'],
      ['r', 'changed'],
      ['gone', 'deleted'],
    ]);
    expect(changedSinceText('2027-01-12')).toBe('changed since signed on 12 Jan 2027');
    const older = { id: 'o', date: '2026-10-01', createdAt: 'x', covered: [{ id: 't' }] } as SignOff;
    const newer = { id: 'n', date: '2027-01-12', createdAt: 'x', covered: [{ id: 't' }] } as SignOff;
    expect(lastSignOffCovering([older, newer], 't')?.id).toBe('n');
    expect(lastSignOffCovering([older, newer], 'none')).toBeUndefined();
  });

  test('agreed actions typed one per line, bullets and numbers taken off', () => {
    let n = 0;
    expect(actionsFromText('- Book level 3\n\n2. Read the neglect toolkit\n  • Shadow a strategy meeting ', () => `a${++n}`)).toEqual([
      { id: 'a1', text: 'Book level 3', status: 'agreed' },
      { id: 'a2', text: 'Read the neglect toolkit', status: 'agreed' },
      { id: 'a3', text: 'Shadow a strategy meeting', status: 'agreed' },
    ]);
  });

  test('changed since signed: judged against the newest sign-off covering each entry; deleted entries are not listed', () => {
    const so = (id: string, date: string, covered: Array<[string, string]>) =>
      ({
        id,
        date,
        createdAt: `${date}T10:00:00.000Z`,
        covered: covered.map(([cid, sha256]) => ({
          table: cid.startsWith('r') ? 'reflections' : 'trainings',
          id: cid,
          title: `T ${cid}`,
          sha256,
        })),
      }) as SignOff;
    // t1 was signed in October as 'old' and again in January as 'new'; t2 only in October.
    const oct = so('oct', '2026-10-01', [
      ['t1', 'old'],
      ['t2', 'x2'],
      ['r1', 'y1'],
    ]);
    const jan = so('jan', '2027-01-12', [['t1', 'new']]);
    const now = new Map([
      ['t1', 'new'], // unchanged since January (though changed since October)
      ['t2', 'x2-edited'],
      ['r1', 'y1'],
    ]);
    const got = changedSinceSigned([oct, jan], now);
    expect([...got.values()]).toEqual([{ id: 't2', table: 'trainings', title: 'T t2', signedOn: '2026-10-01' }]);
    // Changed after January: dated by the January sign-off, not October's.
    expect(changedSinceSigned([jan, oct], new Map([['t1', 'edited']])).get('t1')?.signedOn).toBe('2027-01-12');
    // Deleted since (no current hash): not "changed".
    expect(changedSinceSigned([oct], new Map()).size).toBe(0);
    expect([...coveredIds([oct, jan])].sort()).toEqual(['r1', 't1', 't2']);
    expect(changedSinceText('2027-01-12', true)).toBe('Changed since signed on 12 Jan 2027');
  });

  test('what a sign-off covered, in plain words when there is nothing', () => {
    expect(signOffCoverText(3, 2)).toBe('It covers 3 entries and 2 agreed actions.');
    expect(signOffCoverText(1, 1)).toBe('It covers 1 entry and 1 agreed action.');
    expect(signOffCoverText(2, 0)).toBe('It covers 2 entries; no actions were agreed.');
    expect(signOffCoverText(0, 1)).toBe('It records 1 agreed action; there was no training or reflection in the period.');
    expect(signOffCoverText(0, 0)).toBe(
      'It records the supervision; there was no training or reflection in the period, and no actions were agreed.',
    );
    for (const [e, a] of [
      [0, 0],
      [0, 3],
      [4, 0],
    ])
      expect(signOffCoverText(e, a)).not.toMatch(/\b0\b/);
  });
});
