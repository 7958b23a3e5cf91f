import { describe, expect, it } from 'vitest';
import { coventry } from '../../src/frameworks/coventry';
import { sourceContains } from '../../src/frameworks/source-text';
import type { Rule } from '../../src/frameworks/types';
import { readSeedFile } from './seed-text';
import { SEED_FILES } from '../../src/frameworks/seed-files';

function rule<K extends Rule['kind']>(id: string, kind: K): Extract<Rule, { kind: K }> {
  const r = coventry.rules.find((x) => x.id === id);
  if (!r || r.kind !== kind) throw new Error(`no ${kind} rule ${id}`);
  return r as Extract<Rule, { kind: K }>;
}

describe('Coventry CSCP framework', () => {
  it('has the four Table 1 levels in order', () => {
    expect(coventry.levels.map((l) => [l.id, l.order])).toEqual([
      ['single-agency', 0],
      ['level-1', 1],
      ['level-2', 2],
      ['level-3', 3],
    ]);
    expect(coventry.levels.find((l) => l.id === 'single-agency')?.audience).toBe('All staff');
    expect(coventry.levels.map((l) => l.outcomes.length)).toEqual([2, 6, 5, 3]);
  });

  it('has the eight Table 2 target groups, with levels where Table 2 maps them', () => {
    expect(coventry.groups.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `group-${n}`));
    const levelsOf = (id: string) => coventry.groups.find((g) => g.id === id)?.levelIds;
    expect(levelsOf('group-1')).toEqual(['single-agency']);
    expect(levelsOf('group-2')).toEqual(['single-agency', 'level-1']);
    expect(levelsOf('group-3')).toEqual(['level-2', 'level-3']);
    expect(levelsOf('group-4')).toEqual(['level-2', 'level-3']);
    expect(levelsOf('group-5')).toBeUndefined();
    for (const g of coventry.groups) {
      expect(g.suggestedContent?.length, g.id).toBeGreaterThan(0);
      expect(g.suggestedMethods?.length, g.id).toBeGreaterThan(0);
    }
    expect(coventry.groups.find((g) => g.id === 'group-4')?.suggestedContent).toContain('Section 47 enquiries');
  });

  it('lists example roles per group as Table 2 gives them', () => {
    const count = (groupId: string) => coventry.roles.filter((r) => r.groupId === groupId).length;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((n) => count(`group-${n}`))).toEqual([7, 8, 16, 5, 0, 3, 2, 7]);
    expect(coventry.roles).toHaveLength(48);
    // GPs appear in groups 2 and 3 in the source; both are kept, with distinct ids.
    expect(coventry.roles.filter((r) => r.title === 'GPs').map((r) => r.id)).toEqual(['group-2-gps', 'group-3-gps']);
  });

  it('words the Level 2 prerequisite as the source does, as a recommendation', () => {
    const r = rule('level-2-prerequisite', 'prerequisite');
    expect(r.force).toBe('recommendation');
    expect(r.appliesTo.levelIds).toEqual(['level-2']);
    expect(r.anyOf.find((s) => s.singleAgencyTraining)?.levelIds).toEqual(['single-agency']);
    expect(r.anyOf.some((s) => s.levelIds?.includes('level-1'))).toBe(true);
  });

  it('asks the user to confirm "all relevant earlier training" for Level 3, or a logged Level 2', () => {
    const r = rule('level-3-prerequisite', 'prerequisite');
    expect(r.force).toBe('recommendation');
    expect(r.anyOf.find((s) => s.userConfirmed)?.title).toBe('All relevant earlier training');
    expect(r.anyOf.some((s) => s.levelIds?.includes('level-2'))).toBe(true);
  });

  it('holds the charging policy for Level 2 and 3 as stated facts ("will be charged"), not guidance', () => {
    const fee = rule('charge-non-contributing-agencies', 'charging');
    const cancel = rule('charge-cancellation', 'charging');
    for (const r of [fee, cancel]) {
      expect(r.force).toBe('requirement');
      expect(r.cite.quote).toMatch(/^will be charged/);
      expect(r.appliesTo.levelIds).toEqual(['level-2', 'level-3']);
    }
    expect(fee.charges.map((c) => c.amountGbp)).toEqual([125]);
    expect(cancel.charges.map((c) => c.amountGbp)).toEqual([75, 125, 0]);
  });

  it('names Right Help Right Time and Signs of Safety as approaches', () => {
    expect(coventry.approaches.map((a) => a.title)).toEqual(['Right Help Right Time', 'Signs of Safety']);
    expect(coventry.pathways).toEqual([]);
  });

  it('lists only the courses its tables name, with their level’s outcomes and no invented length', () => {
    expect(coventry.courses.map((c) => [c.title, c.levelId])).toEqual([
      ['Introduction to Safeguarding Children', 'level-1'],
      ['Working Together to Safeguard Children', 'level-2'],
      ['Right Help Right Time Training', undefined],
    ]);
    const workingTogether = coventry.courses[1];
    expect(workingTogether.outcomes).toEqual(coventry.levels.find((l) => l.id === 'level-2')?.outcomes);
    expect(workingTogether.groupIds).toEqual(['group-3', 'group-4']);
    expect(coventry.courses.every((c) => c.length === undefined && c.modes === undefined)).toBe(true);
  });

  it('cites its own source file on every item, with short quotes', () => {
    const cited = [
      coventry,
      ...coventry.levels,
      ...coventry.groups,
      ...coventry.roles,
      ...coventry.courses,
      ...coventry.rules,
      ...coventry.approaches,
    ];
    for (const item of cited) {
      expect(item.cite.file).toBe(SEED_FILES.coventry);
      expect(item.cite.quote, item.cite.section).toBeTruthy();
      expect(item.cite.quote!.length, item.cite.quote).toBeLessThanOrEqual(80);
    }
  });

  it('quotes phrases that appear in the source (fails, saying where they belong, where ../shared/seeds is absent)', () => {
    const source = readSeedFile(coventry.sourceFile);
    const cited = [
      coventry,
      ...coventry.levels,
      ...coventry.groups,
      ...coventry.roles,
      ...coventry.courses,
      ...coventry.rules,
      ...coventry.approaches,
    ];
    const missing = cited.map((i) => i.cite.quote!).filter((q) => !sourceContains(source, q));
    expect(missing).toEqual([]);
    // The level titles are the source's own phrases, except "Level 3 Specialist courses".
    const titles = coventry.levels.map((l) => l.title).filter((t) => !sourceContains(source, t));
    expect(titles).toEqual(['Level 3 Specialist courses']);
    expect(sourceContains(source, 'Specialist courses')).toBe(true);
    expect(coventry.courses.filter((c) => !sourceContains(source, c.title))).toEqual([]);
  });
});
