import { describe, expect, it } from 'vitest';
import { solihull } from '../../src/frameworks/solihull';
import type { Rule } from '../../src/frameworks/types';
import { validateFramework } from '../../src/frameworks/validate';
import { missingPhrases, phrasesToFind, readSeed } from './seed-text';
import { SEED_FILES } from '../../src/frameworks/seed-files';

const course = (id: string) => {
  const c = solihull.courses.find((x) => x.id === id);
  if (!c) throw new Error(`no course ${id}`);
  return c;
};
const rulesOf = <K extends Rule['kind']>(kind: K) => solihull.rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);

describe('Solihull SSCP framework', () => {
  it('has all 19 multi-agency courses, in the course list order, with unique ids', () => {
    expect(solihull.courses).toHaveLength(19);
    expect(new Set(solihull.courses.map((c) => c.id)).size).toBe(19);
    const modules = solihull.courses.map((c) => /^Module (\S+)/.exec(c.title)?.[1] ?? c.title);
    expect(modules).toEqual([
      '1',
      '1b',
      '2',
      '3',
      '4',
      '5',
      '5.1',
      '5.2',
      '5.3',
      '6',
      '6b',
      '6c',
      '6d',
      '6.4',
      '7',
      '8',
      '9',
      'Managing Allegations Against Staff',
      'An Introduction to safeguarding for the Vol & Com sector',
    ]);
    for (const c of solihull.courses) {
      expect(c.multiAgency).toBe(true);
      expect(c.outcomes.length).toBeGreaterThan(0);
      expect(c.audience).toBeTruthy();
      expect(c.modes?.length).toBe(1);
      expect(c.cite.file).toBe(SEED_FILES.solihull);
    }
  });

  it('uses the course list titles, not the forecast table wording', () => {
    expect(course('solihull-module-5-1').title).toBe('Module 5.1 Introduction to contextual safeguarding');
    expect(course('solihull-module-5-2').title).toBe('Module 5.2 Working with parents as partners');
    expect(course('solihull-module-6-4').title).toBe('Module 6.4 Understanding & responding to perpetrators of domestic abuse');
  });

  it('gives lengths as assumed hours beside the source wording', () => {
    const m5 = course('solihull-module-5');
    expect(m5.length).toEqual({ hours: 3, stated: false, sourceText: '½ day' });
    expect(m5.modes).toEqual(['virtual']);
    expect(course('solihull-module-2').length).toEqual({ hours: 6, stated: false, sourceText: 'Full day' });
    expect(course('solihull-module-2').modes).toEqual(['face-to-face']);
    expect(course('solihull-module-5-3').modes).toEqual(['face-to-face']);
    expect(course('solihull-module-5-3').modeText).toBe('face to face');
    const halfDays = solihull.courses.filter((c) => c.length?.sourceText === '½ day').length;
    const fullDays = solihull.courses.filter((c) => c.length?.sourceText === 'Full day').length;
    expect([halfDays, fullDays]).toEqual([10, 9]);
    expect(solihull.courses.every((c) => c.length?.stated === false)).toBe(true);
    const virtual = solihull.courses.filter((c) => c.modes?.[0] === 'virtual').map((c) => c.id);
    expect(virtual).toEqual([
      'solihull-module-1',
      'solihull-module-5',
      'solihull-module-5-1',
      'solihull-module-5-2',
      'solihull-vol-com-introduction',
    ]);
  });

  it('keeps the untitled continuation block with Module 3', () => {
    expect(course('solihull-module-3').outcomes).toHaveLength(8);
    expect(course('solihull-module-4').outcomes).toHaveLength(4);
  });

  it('has the six priority skills', () => {
    expect(solihull.approaches.map((a) => a.title)).toEqual([
      'Application of thresholds',
      'Early help assessments',
      'Information sharing',
      'Challenge in practice',
      'Effective use of supervision',
      'Analysis and judgement',
    ]);
  });

  it('groups every course under an audience the source names, every reference resolving', () => {
    const groupIds = new Set(solihull.groups.map((g) => g.id));
    expect(groupIds.size).toBe(solihull.groups.length);
    for (const c of solihull.courses) {
      expect(c.groupIds.length).toBe(1);
      expect(groupIds.has(c.groupIds[0])).toBe(true);
    }
    for (const g of solihull.groups) expect(solihull.courses.some((c) => c.groupIds.includes(g.id))).toBe(true);
    expect(solihull.roles).toEqual([]);
    expect(solihull.levels).toEqual([]);
  });

  it('encodes the rules with their force', () => {
    expect(solihull.rules.map((r) => r.kind).sort()).toEqual(['manager-approval', 'order', 'prerequisite', 'yearly-hours']);
    const [pre] = rulesOf('prerequisite');
    expect(pre.force).toBe('requirement');
    expect(pre.appliesTo).toEqual({ allCourses: true });
    expect(pre.anyOf).toHaveLength(1);
    expect(pre.anyOf[0].singleAgencyTraining).toBe(true);

    const [approval] = rulesOf('manager-approval');
    expect(approval.force).toBe('requirement');
    expect(approval.appliesTo.allCourses).toBe(true);

    const [order] = rulesOf('order');
    expect(order.force).toBe('recommendation');
    expect(order.first).toEqual(['solihull-module-1', 'solihull-module-2']);
    expect(order.appliesTo.flags).toEqual(['schoolDsl']);
    expect(order.appliesTo.courseIds).toHaveLength(17);
    expect(order.appliesTo.courseIds).not.toContain('solihull-module-1');

    const [hours] = rulesOf('yearly-hours');
    expect(hours.force).toBe('guidance');
    expect([hours.minHours, hours.idealHours, hours.counts]).toEqual([3, 6, 'multi-agency']);
    expect(hours.appliesTo.flags?.sort()).toEqual(['attendsConferences', 'earlyHelpAssessments', 'makesReferrals', 'managesOrSupervises']);
    expect(hours.text).toMatch(/not a fixed rule/);

    const courseIds = new Set(solihull.courses.map((c) => c.id));
    for (const id of [...order.first, ...(order.appliesTo.courseIds ?? [])]) expect(courseIds.has(id)).toBe(true);
  });

  it('has unique ids and a citation on every item, with honest notes', () => {
    const ids = [...solihull.groups, ...solihull.courses, ...solihull.rules, ...solihull.approaches].map((x) => x.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(phrasesToFind(solihull).length).toBeGreaterThan(19 + 10 + 6 + 4);
    expect(solihull.notes.join(' ')).toMatch(/assumed/);
  });

  it('passes the framework schema and cross-reference checks', () => {
    expect(validateFramework(solihull)).toEqual([]);
  });

  it('finds every course title and cited phrase in the source (fails, saying where they belong, where ../shared/seeds is absent)', () => {
    expect(missingPhrases(solihull, readSeed(SEED_FILES.solihull))).toEqual([]);
  });
});
