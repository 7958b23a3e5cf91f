/** Order that respects the sources, and a short list, as properties over all five frameworks x
 * every group, role and pathway x random records; and the suggestions table's limit. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { SUGGESTION_LIMIT, type Suggestion } from '../../src/domain/suggestions';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import { formatTable, suggestionTable } from '../../scripts/suggestion-table';
import { dateArb, recordArb } from './arbitraries';
import { profile } from './fixtures';

const frameworks = await loadAllFrameworks();
const FORCE = { requirement: 0, recommendation: 1, guidance: 2 };
const targetsOf = (s: Suggestion) => [...(s.target ? [s.target] : []), ...(s.covers ?? [])];

function checkOrder(list: Suggestion[]): void {
  expect(list.length).toBeLessThanOrEqual(SUGGESTION_LIMIT);
  // Only what can be done now: nothing waits on a required step that is not met.
  for (const s of list) expect(s.blockedBy, s.title).toBeUndefined();
  // Never two cards for one course or level.
  const seen = new Set<string>();
  for (const s of list)
    if (s.target) {
      expect(seen.has(s.target), `two cards for ${s.target}`).toBe(false);
      seen.add(s.target);
    }
  // No suggestion above one of its own earlier steps.
  list.forEach((s, i) => {
    for (const t of s.after ?? []) {
      if (targetsOf(s).includes(t)) continue;
      const j = list.findIndex((x) => targetsOf(x).includes(t));
      if (j >= 0) expect(j, `${s.title} ranks above its earlier step ${list[j].title}`).toBeLessThan(i);
    }
  });
  // Within a kind: requirements, then recommendations, then guidance, except where a suggestion
  // waits for its own earlier step.
  for (let i = 1; i < list.length; i++) {
    const a = list[i - 1];
    const b = list[i];
    if (a.kind !== b.kind || (b.after ?? []).length || (a.after ?? []).length) continue;
    expect(FORCE[a.force], `${a.title} (${a.force}) above ${b.title} (${b.force})`).toBeLessThanOrEqual(FORCE[b.force]);
  }
}

describe('order and length', () => {
  for (const fw of frameworks)
    test(`${fw.shortName}: at most ${SUGGESTION_LIMIT}, all doable now, earlier steps first, forces in order`, () => {
      const roles = [null, ...fw.roles.map((r) => r.id)];
      fc.assert(
        fc.property(recordArb(fw), dateArb, fc.constantFrom(...roles), ({ record, groupId, flags, basis }, today, roleId) => {
          const role = fw.roles.find((r) => r.id === roleId);
          const prof = profile({
            frameworkId: fw.id,
            groupId: role?.groupId ?? groupId,
            roleId: role?.id ?? null,
            flags: Object.fromEntries(flags.map((f) => [f, true])),
            yearBasis: basis,
          });
          checkOrder(computeProgress({ framework: fw, profile: prof, record }, today).suggestions);
        }),
        { numRuns: 120 },
      );
    });

  test('the suggestions table: every framework x group/role/pathway, empty and typical record, none above the limit', () => {
    const rows = suggestionTable(frameworks, '2026-11-30');
    for (const r of rows) checkOrder(r.suggestions);
    const text = formatTable(rows);
    const largest = Number(
      text
        .trim()
        .split('\n')
        .at(-1)!
        .match(/^largest: (\d+) suggestions$/)![1],
    );
    expect(largest).toBeLessThanOrEqual(SUGGESTION_LIMIT);
    expect(largest).toBeGreaterThan(0);
    // Titles never double a word ("training training").
    for (const r of rows) for (const s of r.suggestions) expect(s.title, s.title).not.toMatch(/\b(\w+) \1\b/i);
  });

  test('Worcestershire specialist, empty record: induction and Universal (all staff) come before Specialist training', () => {
    const row = suggestionTable(frameworks, '2026-11-30').find(
      (r) => r.framework === 'Worcestershire' && r.who === 'Specialists, advisors, named and designated leads' && r.record === 'empty',
    )!;
    expect(row.first).toEqual(['Complete Induction training', 'Complete Universal training', 'Complete Specialist training']);
    expect(row.suggestions.slice(0, 2).map((s) => s.force)).toEqual(['requirement', 'requirement']);
  });
});
