/** Fidelity to the sources (issue 12, deliverable 7): each rule's force and wording as the seed
 * text gives it, checked through what the engine and the framework screens say. */
import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/domain/progress';
import { partnershipName } from '../../src/domain/suggestions';
import { describeRuleDetails } from '../../src/frameworks/describe';
import { london } from '../../src/frameworks/london';
import { sandwell } from '../../src/frameworks/sandwell';
import { certificate, plan, profile, record, training } from './fixtures';

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

describe('Sandwell Group 3: Core Working Together is a statutory requirement; childminders exempt, recommended as good practice (001 l.83)', () => {
  const TODAY = '2026-11-27';
  const card = (roleId: string | null, r = record(), groupId = 'sandwell-group-3') =>
    suggest(sandwell, profile({ frameworkId: 'sandwell', groupId, roleId }), r, TODAY).find(
      (s) => s.id === 'topic-training:sandwell-core-working-together-group-3',
    );

  test('a Group 3 practitioner: a requirement, first, citing the source', () => {
    const s = card('sandwell-g3-health-visitors')!;
    expect(s).toMatchObject({ kind: 'next-step', force: 'requirement', title: 'Complete Core Working Together training' });
    expect(s.reason).toBe('Group 3 has a statutory requirement to access Core Working Together training. Sandwell says you must do this.');
    expect(s.cite?.quote).toBe('Childminders are exempt from the statutory requirement to access Core Working Together');
    const list = suggest(sandwell, profile({ frameworkId: 'sandwell', groupId: 'sandwell-group-3' }), record(), TODAY);
    expect(list[0].id).toBe(s.id);
  });

  test('a childminder: exempt from the requirement, so a recommendation in the source’s words', () => {
    const s = card('sandwell-g3-childminders')!;
    expect(s.force).toBe('recommendation');
    expect(s.reason).toMatch(/^Childminders are exempt from the statutory requirement to access Core Working Together; SCSP recommends/);
    expect(s.reason).not.toMatch(/must/);
    expect(s.cite?.quote).toBe('however, attendance is recommended by SCSP as good practice');
  });

  test('other groups are not asked; done or planned, it is not suggested; the minimum-content card does not list it twice', () => {
    expect(card(null, record(), 'sandwell-group-2')).toBeUndefined();
    const done = training('2026-05-01', { title: 'Core Working Together (SCSP)' });
    expect(card(null, record({ trainings: [done], certificates: [certificate(done.id)] }))).toBeUndefined();
    expect(card(null, record({ plans: [plan('2027-01-20', { title: 'Working Together workshop' })] }))).toBeUndefined();
    const list = suggest(sandwell, profile({ frameworkId: 'sandwell', groupId: 'sandwell-group-3' }), record(), TODAY);
    const topics = list.find((s) => s.id.startsWith('topic:'))!;
    expect(topics.title).not.toMatch(/Core Working Together/);
    expect(topics.reason).not.toMatch(/Core Working Together/);
  });

  test('the Frameworks screen’s details name the topic and the exemption with its force', () => {
    const rule = sandwell.rules.find((r) => r.id === 'sandwell-core-working-together-group-3')!;
    expect(describeRuleDetails(rule, sandwell)).toEqual([
      'For: Group 3: works predominantly with children and families, assessing and planning.',
      'Met by training that covers Core Working Together.',
      'Childminders (recommendation): Childminders are exempt from the statutory requirement to access Core Working Together; SCSP recommends attending it as good practice.',
    ]);
  });
});
