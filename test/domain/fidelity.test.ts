/** Fidelity to the sources (issue 12, deliverable 7): each rule's force and wording as the seed
 * text gives it, checked through what the engine and the framework screens say. */
import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/domain/progress';
import { partnershipName } from '../../src/domain/suggestions';
import { describeRuleDetails } from '../../src/frameworks/describe';
import { london } from '../../src/frameworks/london';
import { sandwell } from '../../src/frameworks/sandwell';
import { certificate, profile, record, training } from './fixtures';

describe('Sandwell: the 3-6 month impact follow-up is SCSP’s process, to which it invites learners (001 l.211)', () => {
  const p = profile({ frameworkId: 'sandwell', groupId: 'sandwell-group-2' });
  const t = training('2026-08-27', { title: 'Neglect' });
  const r = record({ trainings: [t], certificates: [certificate(t.id)] });

  test('the prompt says SCSP will invite you, and that a note now keeps it ready; never that Sandwell says you should', () => {
    const s = suggest(sandwell, p, r, '2026-12-01').find((x) => x.id === `impact:sandwell-evaluation:${t.id}`)!;
    expect(s.force).toBe('guidance');
    expect(s.reason).toBe(
      'You did this training on 27 Aug 2026. Sandwell SCSP will invite you to evaluate its impact 3 to 6 months after it ' +
        '(between 27 Nov 2026 and 27 Feb 2027); writing your impact note now keeps it ready.',
    );
    expect(s.reason).not.toMatch(/says you|should|must|asks/);
  });

  test('after the window, it says what SCSP does, not that the user failed a duty', () => {
    const s = suggest(sandwell, p, r, '2027-03-01').find((x) => x.id === `impact:sandwell-evaluation:${t.id}`)!;
    expect(s.reason).toMatch(/Sandwell SCSP invites learners to evaluate its impact 3 to 6 months after it/);
    expect(s.reason).not.toMatch(/says you|should|must/);
  });

  test('the partnership’s short name takes the abbreviation it gives itself', () => {
    expect(partnershipName(sandwell)).toBe('Sandwell SCSP');
    expect(partnershipName(london)).toBe('London');
  });
});

describe('London: after the pathway (003 l.2387)', () => {
  const after = london.rules.find((r) => r.kind === 'after-pathway')!;

  test('"followed by all relevant CORE training courses, and relevant SPECIALIST courses", without an invented order', () => {
    expect(after.text).toContain('followed by all relevant CORE training courses, and relevant SPECIALIST courses');
    expect(after.text).not.toMatch(/\bthen\b/i);
    const details = describeRuleDetails(after, london).join(' ');
    expect(details).toBe('After the pathway: all relevant CORE courses, and relevant SPECIALIST courses.');
    expect(details).not.toMatch(/\bthen\b/i);
  });
});
