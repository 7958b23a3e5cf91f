import { describe, expect, it } from 'vitest';
import { coventry } from '../../src/frameworks/coventry';
import { describeLength, describeModes, describeRuleDetails, FORCE_BADGE, ruleCourseTitles } from '../../src/frameworks/describe';
import type { Rule } from '../../src/frameworks/types';

describe('describeLength', () => {
  it('marks assumed hours with the source’s own wording', () => {
    expect(describeLength({ hours: 3, stated: false, sourceText: '½ day' })).toBe('3 hours (assumed from ½ day)');
    expect(describeLength({ hours: 30, stated: false, sourceText: '5 days' })).toBe('30 hours (assumed from 5 days)');
  });
  it('keeps stated wording beside the number, without repeating it', () => {
    expect(describeLength({ hours: 6, stated: true, sourceText: '1 day or 6 hours' })).toBe('6 hours (1 day or 6 hours)');
    expect(describeLength({ hours: 1, stated: true, sourceText: '1 hour' })).toBe('1 hour');
  });
});

describe('describeModes', () => {
  it('prefers the source’s wording, else lists the modes', () => {
    expect(describeModes(['virtual'], 'Virtual (Teams)')).toBe('Virtual (Teams)');
    expect(describeModes(['face-to-face', 'virtual'], undefined)).toBe('face to face or virtual');
    expect(describeModes(undefined, undefined)).toBeNull();
  });
});

describe('describeRuleDetails', () => {
  it('names levels by title and lists the ways to meet a prerequisite', () => {
    const rule = coventry.rules.find((r) => r.id === 'level-3-prerequisite')!;
    expect(describeRuleDetails(rule, coventry)).toEqual([
      'Applies to: Level 3 Specialist courses.',
      'Met by any one of: All relevant earlier training (you confirm it); Level 2 Working Together to Safeguard Children.',
    ]);
  });
  it('lists charges, with no charge for a substitute', () => {
    const rule = coventry.rules.find((r) => r.id === 'charge-cancellation')!;
    expect(describeRuleDetails(rule, coventry)).toEqual([
      'Applies to: Level 2 Working Together to Safeguard Children and Level 3 Specialist courses.',
      'Cancelled with between 2 and 4 weeks’ notice: £75.',
      'Cancelled with less than 2 weeks’ notice, or not attended: £125.',
      'An appropriate substitute attends instead: no charge.',
    ]);
  });
  it('labels the three forces', () => {
    expect(Object.values(FORCE_BADGE)).toEqual(['Requirement', 'Recommendation', 'Guidance']);
  });
});

describe('rules naming many courses', () => {
  it('summarise them as a count, and list their titles apart', () => {
    const ids = coventry.courses.map((c) => c.id);
    const rule: Rule = {
      id: 'x',
      kind: 'manager-approval',
      force: 'requirement',
      text: 'Ask first.',
      appliesTo: { courseIds: [...ids, ids[0]] },
      cite: coventry.cite,
    };
    expect(describeRuleDetails(rule, coventry)).toEqual(['Applies to 4 courses.']);
    expect(ruleCourseTitles(rule, coventry)).toEqual([...coventry.courses.map((c) => c.title), coventry.courses[0].title]);
    const few: Rule = { ...rule, appliesTo: { courseIds: ids.slice(0, 2) } };
    expect(describeRuleDetails(few, coventry)).toEqual([
      'Applies to: Introduction to Safeguarding Children and Working Together to Safeguard Children.',
    ]);
  });
});
