import { describe, expect, it } from 'vitest';
import { sandwell } from '../../src/frameworks/sandwell';
import type { Rule } from '../../src/frameworks/types';
import { validateFramework } from '../../src/frameworks/validate';
import { missingPhrases, phrasesToFind, readSeed } from './seed-text';
import { SEED_FILES } from '../../src/frameworks/seed-files';

const rulesOf = <K extends Rule['kind']>(kind: K) => sandwell.rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);
const group = (n: number) => sandwell.groups.find((g) => g.id === `sandwell-group-${n}`)!;

describe('Sandwell SCSP framework', () => {
  it('has target groups 1-6, with groups 5 and 6 sharing the source text', () => {
    expect(sandwell.groups.map((g) => g.id)).toEqual([1, 2, 3, 4, 5, 6].map((n) => `sandwell-group-${n}`));
    expect(group(5).description).toBe(group(6).description);
    expect(group(5).note).toMatch(/same description/);
    expect(group(4).description).toMatch(/s47 enquiries/);
  });

  it('names example roles for groups 1-3 only', () => {
    const counts = [1, 2, 3, 4, 5, 6].map((n) => sandwell.roles.filter((r) => r.groupId === `sandwell-group-${n}`).length);
    expect(counts).toEqual([8, 15, 22, 0, 0, 0]);
    const titles = sandwell.roles.map((r) => r.title);
    expect(titles).toContain('Librarians');
    expect(titles).toContain('Teachers');
    expect(titles).toContain('Childminders');
    expect(sandwell.roles.find((r) => r.title === 'Health Visitors')?.groupId).toBe('sandwell-group-3');
    expect(group(3).note).toMatch(/Childminders are exempt/);
  });

  it('lists every employee responsibility of section 9 as a requirement ("Employees also have responsibilities")', () => {
    const duties = rulesOf('duty');
    expect(duties.map((d) => d.id)).toEqual([
      'sandwell-duty-maintain-knowledge',
      'sandwell-duty-identify-needs',
      'sandwell-duty-access-training',
      'sandwell-duty-keep-record',
      'sandwell-duty-keep-certificates',
    ]);
    expect(duties.every((d) => d.force === 'requirement')).toBe(true);
  });

  it('follows up impact 3-6 months after training, naming the three evaluation levels', () => {
    const [evaluation] = rulesOf('evaluation-followup');
    expect([evaluation.fromMonths, evaluation.toMonths]).toEqual([3, 6]);
    // SCSP's own process, to which it invites learners (001 l.211): information, not a duty.
    expect(evaluation.force).toBe('guidance');
    expect(evaluation.text).toMatch(/to which SCSP invites all learners/);
    expect(evaluation.text).not.toMatch(/you should|Reflect on the impact/i);
    expect(evaluation.text).toMatch(/end of each course/);
    expect(evaluation.text).toMatch(/impact follow-up/);
    expect(evaluation.text).toMatch(/audit/);
  });

  it('has the minimum content checklist as guidance, labelled as the app’s interpretation', () => {
    const [content] = rulesOf('minimum-content');
    expect(content.force).toBe('guidance');
    expect(content.topics.map((t) => t.title)).toEqual([
      'Level 1 Safeguarding Children',
      'Prevent',
      'FGM',
      'Lead Professional',
      'Introduction to Early Help in Sandwell',
      'Core Working Together',
    ]);
    for (const t of content.topics) expect(t.keywords.length).toBeGreaterThan(0);
    expect(content.interpretation).toMatch(/written for agencies/);
    expect(content.interpretation).toMatch(/which of these minimum topics your record covers/);
    expect(content.note).toMatch(/second FGM entry/);
    expect(sandwell.notes.join(' ')).toMatch(/one block has no heading/);
  });

  it('holds Core Working Together for Group 3 as a statutory requirement, with childminders exempt and recommended (001 l.83)', () => {
    const [rule] = rulesOf('topic-training');
    expect(rule).toMatchObject({
      id: 'sandwell-core-working-together-group-3',
      force: 'requirement',
      topicId: 'sandwell-topic-core-working-together',
      appliesTo: { groupIds: ['sandwell-group-3'] },
    });
    expect(rule.exemptions).toHaveLength(1);
    expect(rule.exemptions![0]).toMatchObject({ roleIds: ['sandwell-g3-childminders'], force: 'recommendation' });
    expect(sandwell.roles.find((r) => r.id === 'sandwell-g3-childminders')?.title).toBe('Childminders');
    // Both quotes are among the phrases the source check looks for (and finds: the test below).
    const phrases = phrasesToFind(sandwell).map((p) => p.text);
    expect(phrases).toEqual(expect.arrayContaining([rule.cite.quote!, rule.exemptions![0].cite.quote!]));
  });

  it('keeps the single-agency-first rule as a recommendation: "Employers should ensure" (001 l.157)', () => {
    const [pre] = rulesOf('prerequisite');
    expect(pre.force).toBe('recommendation');
    expect(pre.cite.quote).toBe('employees undertake single agency child protection training before they attend');
    expect(pre.anyOf[0].singleAgencyTraining).toBe(true);
  });

  it('has no levels or courses, as the source gives none, and unique ids', () => {
    expect(sandwell.levels).toEqual([]);
    expect(sandwell.courses).toEqual([]);
    const ids = [...sandwell.groups, ...sandwell.roles, ...sandwell.rules].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of [...sandwell.groups, ...sandwell.roles, ...sandwell.rules]) {
      expect(x.cite.file).toBe(SEED_FILES.sandwell);
      expect(x.cite.quote).toBeTruthy();
    }
  });

  it('passes the framework schema and cross-reference checks', () => {
    expect(validateFramework(sandwell)).toEqual([]);
  });

  it('finds every cited phrase in the source (fails, saying where they belong, where ../shared/seeds is absent)', () => {
    expect(missingPhrases(sandwell, readSeed(SEED_FILES.sandwell))).toEqual([]);
  });
});
