import { describe, expect, test } from 'vitest';
import {
  actionsFromText,
  canonicalContent,
  changedSinceText,
  coveredStates,
  entriesInPeriod,
  lastSignOffCovering,
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
});
