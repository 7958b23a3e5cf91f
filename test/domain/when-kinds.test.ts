/** The "when" badge reads from the whole list: an earlier step that a "next" suggestion waits on
 * is itself "Next", never "When you can" above the step it unlocks (issue 12.4). */
import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/domain/progress';
import { whenKinds, type Suggestion } from '../../src/domain/suggestions';
import { coventry } from '../../src/frameworks/coventry';
import { london } from '../../src/frameworks/london';
import { sandwell } from '../../src/frameworks/sandwell';
import { solihull } from '../../src/frameworks/solihull';
import { worcestershire } from '../../src/frameworks/worcestershire';
import { profile, record } from './fixtures';

const TODAY = '2026-11-27';
const byTitle = (list: Suggestion[]) => {
  const kinds = whenKinds(list);
  return Object.fromEntries(list.map((s, i) => [s.title, kinds[i]]));
};

describe('whenKinds', () => {
  test('Coventry Group 3, empty record: Working Together (Level 2) reads Next, like the Level 3 step that comes after it', () => {
    const list = suggest(coventry, profile({ frameworkId: 'coventry', groupId: 'group-3' }), record(), TODAY);
    const wt = list.find((s) => s.title === 'Working Together to Safeguard Children')!;
    expect(wt.kind).toBe('recommended');
    expect(byTitle(list)).toMatchObject({
      'Working Together to Safeguard Children': 'next-step',
      'Complete Level 3 Specialist courses': 'next-step',
      // Nothing waits on it: it stays "When you can".
      'Right Help Right Time Training': 'recommended',
    });
  });

  test('for every framework and group with an empty record: never "When you can" above a pressing step that waits on it, and nothing becomes less pressing', () => {
    const order = { overdue: 0, 'due-soon': 1, 'next-step': 2, recommended: 3, housekeeping: 4 } as const;
    for (const fw of [coventry, london, sandwell, solihull, worcestershire]) {
      for (const g of fw.groups) {
        const list = suggest(fw, profile({ frameworkId: fw.id, groupId: g.id }), record(), TODAY);
        const kinds = whenKinds(list);
        list.forEach((s, i) => {
          expect(order[kinds[i]]).toBeLessThanOrEqual(order[s.kind]);
          if (kinds[i] !== s.kind) expect(kinds[i]).toBe('next-step');
          const mine = [s.target, ...(s.covers ?? [])];
          const waiting = list.filter((o, j) => order[kinds[j]] <= 2 && (o.after ?? []).some((t) => mine.includes(t)));
          if (waiting.length) expect(order[kinds[i]]).toBeLessThanOrEqual(2);
        });
      }
    }
  });
});
