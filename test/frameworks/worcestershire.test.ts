import { describe, expect, it } from 'vitest';
import { worcestershire } from '../../src/frameworks/worcestershire';
import type { Rule } from '../../src/frameworks/types';
import { validateFramework } from '../../src/frameworks/validate';
import { missingPhrases, readSeed } from './seed-text';
import { SEED_FILES } from '../../src/frameworks/seed-files';

const rulesOf = <K extends Rule['kind']>(kind: K) => worcestershire.rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
const level = (id: string) => worcestershire.levels.find((l) => l.id === `worcestershire-${id}`)!;

describe('Worcestershire WSCP framework', () => {
  it('has the four levels in order with their equivalences', () => {
    expect(worcestershire.levels.map((l) => [l.title, l.order, l.equivalence])).toEqual([
      ['Induction', 0, undefined],
      ['Universal training', 1, 'Intercollegiate Level 1'],
      ['Safeguarding Lead / practitioner training', 2, undefined],
      ['Specialist training', 3, 'Intercollegiate Level 4/5'],
    ]);
    for (const l of worcestershire.levels) expect(l.audience).toBeTruthy();
  });

  it('gives the learning outcomes the source gives, and says Specialist has none', () => {
    expect(level('induction').outcomes).toHaveLength(3);
    expect(level('universal').outcomes).toHaveLength(4);
    expect(level('lead').outcomes).toHaveLength(18);
    expect(level('specialist').outcomes).toEqual([]);
    expect(level('specialist').note).toMatch(/no learning outcomes/);
    expect(level('universal').outcomes[0]).toMatch(/physical abuse, sexual abuse, emotional abuse and neglect/);
  });

  it('has one group per level target group, with roles only where the source names them', () => {
    // Induction is mandatory for all staff (l.32); Universal is for all staff with contact (l.209).
    expect(worcestershire.groups.map((g) => g.levelIds)).toEqual([
      ['worcestershire-induction'],
      ['worcestershire-induction', 'worcestershire-universal'],
      ['worcestershire-induction', 'worcestershire-universal', 'worcestershire-lead'],
      ['worcestershire-induction', 'worcestershire-universal', 'worcestershire-specialist'],
    ]);
    expect(worcestershire.levels.map((l) => l.training?.force)).toEqual(['requirement', 'requirement', 'requirement', undefined]);
    expect(worcestershire.roles.map((r) => r.title)).toEqual([
      'Professional advisors',
      'Named and designated lead professionals',
      'Managers',
      'Practitioners with lead roles or dealing with specific issues',
    ]);
    expect(new Set(worcestershire.roles.map((r) => r.groupId))).toEqual(new Set(['worcestershire-specialists']));
  });

  it('refreshes Universal and Lead training every 3 years, as a requirement', () => {
    const refresh = rulesOf('refresh');
    expect(refresh).toHaveLength(1);
    expect(refresh[0].force).toBe('requirement');
    expect(refresh[0].levelIds).toEqual(['worcestershire-universal', 'worcestershire-lead']);
    expect(refresh[0].intervalMonths).toBe(36);
    expect(refresh[0].text).toContain('not less than every 3 years or in line with statutory requirements');
    expect(refresh[0].note).toMatch(/no interval for Induction or Specialist/);
  });

  it('lists the practitioner duties as recommendations: the source words them "should" (004 l.43, l.49)', () => {
    const duties = rulesOf('duty');
    expect(duties).toHaveLength(7);
    expect(duties.every((d) => d.force === 'recommendation')).toBe(true);
    const text = duties.map((d) => d.text).join(' ');
    expect(text).toMatch(/record of your safeguarding training and any certificates/);
    expect(text).toMatch(/Reflect on your practice/);
    expect(text).toMatch(/up to date between training events/);
    expect(text).toMatch(/discuss them with your line manager/);
  });

  it('encodes no order between levels, since the source states none, and says so', () => {
    expect(worcestershire.rules.some((r) => r.kind === 'prerequisite' || r.kind === 'order')).toBe(false);
    expect(worcestershire.notes.join(' ')).toMatch(/states no prerequisite or required order/);
  });

  it('has unique ids and every reference resolving', () => {
    const items = [...worcestershire.levels, ...worcestershire.groups, ...worcestershire.roles, ...worcestershire.rules];
    const ids = items.map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    const levelIds = new Set(worcestershire.levels.map((l) => l.id));
    const groupIds = new Set(worcestershire.groups.map((g) => g.id));
    for (const g of worcestershire.groups) for (const id of g.levelIds ?? []) expect(levelIds.has(id)).toBe(true);
    for (const r of worcestershire.roles) expect(groupIds.has(r.groupId)).toBe(true);
    for (const r of rulesOf('refresh')) for (const id of r.levelIds) expect(levelIds.has(id)).toBe(true);
    for (const x of items) expect(x.cite.quote).toBeTruthy();
  });

  it('passes the framework schema and cross-reference checks', () => {
    expect(validateFramework(worcestershire)).toEqual([]);
  });

  it('finds every cited phrase in the source (fails, saying where they belong, where ../shared/seeds is absent)', () => {
    expect(missingPhrases(worcestershire, readSeed(SEED_FILES.worcestershire))).toEqual([]);
  });
});
