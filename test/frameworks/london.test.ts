import { describe, expect, it } from 'vitest';
import { london } from '../../src/frameworks/london';
import type { Rule } from '../../src/frameworks/types';
import { readSeedFile } from './seed-text';
import { SEED_FILES } from '../../src/frameworks/seed-files';

/** The check the brief states: whitespace runs become one space, – — ‑ become "-", case kept. */
const normalise = (s: string) =>
  s
    .replace(/[\u2013\u2014\u2011]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();

const course = (id: string) => {
  const c = london.courses.find((x) => x.id === id);
  if (!c) throw new Error(`no course ${id}`);
  return c;
};
const pathwayFor = (roleTitle: string) => {
  const p = london.pathways.find((x) => x.roleTitle === roleTitle);
  if (!p) throw new Error(`no pathway for ${roleTitle}`);
  return p;
};
const rulesOf = <K extends Rule['kind']>(kind: K) => london.rules.filter((r): r is Extract<Rule, { kind: K }> => r.kind === kind);

describe('London "Competence Matters" framework', () => {
  it('has the five levels in order: introductory, Group A, B, C, Advanced', () => {
    expect(london.levels.map((l) => [l.id, l.order])).toEqual([
      ['london-introductory', 0],
      ['london-group-a', 1],
      ['london-group-b', 2],
      ['london-group-c', 3],
      ['london-advanced', 4],
    ]);
    for (const l of london.levels) expect(l.audience).toBeTruthy();
  });

  it('has groups A, B and C with descriptions, and only the roles the sample pathways give', () => {
    expect(london.groups.map((g) => g.id)).toEqual(['london-group-a', 'london-group-b', 'london-group-c']);
    for (const g of london.groups) expect(g.description.length).toBeGreaterThan(50);
    expect(london.roles.map((r) => [r.title, r.groupId])).toEqual(london.pathways.map((p) => [p.roleTitle, p.groupId]));
    expect(london.roles).toHaveLength(9);
  });

  it('has all 68 courses, split 4 / 20 / 26 / 13 / 5 by level, with unique ids', () => {
    expect(london.courses).toHaveLength(68);
    expect(new Set(london.courses.map((c) => c.id)).size).toBe(68);
    const byLevel = (levelId: string) => london.courses.filter((c) => c.levelId === levelId).length;
    expect([
      byLevel('london-introductory'),
      byLevel('london-group-a'),
      byLevel('london-group-b'),
      byLevel('london-group-c'),
      byLevel('london-advanced'),
    ]).toEqual([4, 20, 26, 13, 5]);
  });

  it('gives CORE or SPECIALIST for 59 courses: all group courses, none introductory or Advanced', () => {
    expect(london.courses.filter((c) => c.category)).toHaveLength(59);
    const count = (levelId: string, category: 'CORE' | 'SPECIALIST') =>
      london.courses.filter((c) => c.levelId === levelId && c.category === category).length;
    expect([count('london-group-a', 'CORE'), count('london-group-a', 'SPECIALIST')]).toEqual([11, 9]);
    expect([count('london-group-b', 'CORE'), count('london-group-b', 'SPECIALIST')]).toEqual([15, 11]);
    expect([count('london-group-c', 'CORE'), count('london-group-c', 'SPECIALIST')]).toEqual([5, 8]);
    for (const c of london.courses.filter((x) => x.levelId === 'london-introductory' || x.levelId === 'london-advanced')) {
      expect(c.category).toBeUndefined();
    }
    // Spot checks on either side of the flattened label boundaries.
    expect(course('london-a-dynamics-in-working-relationships').category).toBe('CORE');
    expect(course('london-a-children-with-disabilities').category).toBe('SPECIALIST');
    expect(course('london-b-conferences-and-core-groups').category).toBe('CORE');
    expect(course('london-b-parental-substance-misuse-level-2').category).toBe('SPECIALIST');
    expect(course('london-c-achieving-best-evidence').category).toBe('CORE');
    expect(course('london-c-forced-marriage').category).toBe('SPECIALIST');
  });

  it('gives every course an aim, some content, positive hours, its groups and a citation', () => {
    const groupIds = new Set(london.groups.map((g) => g.id));
    const levelIds = new Set(london.levels.map((l) => l.id));
    for (const c of london.courses) {
      expect(c.aim, c.id).toBeTruthy();
      expect(c.outcomes.length, c.id).toBeGreaterThan(0);
      expect(c.length?.hours, c.id).toBeGreaterThan(0);
      expect(levelIds.has(c.levelId ?? ''), c.id).toBe(true);
      for (const g of c.groupIds) expect(groupIds.has(g), c.id).toBe(true);
      expect(c.cite.file).toBe(SEED_FILES.london);
      expect(c.cite.quote, c.id).toBeTruthy();
      expect(c.modes, c.id).toBeUndefined(); // the source gives no mode
    }
  });

  it('keeps each Level 1 / Level 2 variant as its own entry', () => {
    expect(course('london-a-communicating-with-children-level-1').title).toBe('Communicating with children about concerns Level 1');
    expect(course('london-b-communicating-with-children-level-2').title).toBe('Communicating with children about concerns Level 2');
    expect(course('london-b-court-skills-level-1').levelId).toBe('london-group-b');
    expect(course('london-c-court-skills-level-2').levelId).toBe('london-group-c');
  });

  it("states a Group B course's hours as the source does", () => {
    expect(course('london-b-focus-on-neglect').length).toEqual({ hours: 6, stated: true, sourceText: '1 day or 6 hours' });
    expect(course('london-b-attachment').length).toEqual({ hours: 12, stated: true, sourceText: '2 days or 12 hours' });
    expect(course('london-a-recording-and-record-keeping').length).toEqual({
      hours: 3,
      stated: true,
      sourceText: '½ day or 3 hours',
    });
    expect(course('london-intro-basic-awareness').length).toEqual({ hours: 3, stated: true, sourceText: 'minimum 3hrs' });
  });

  it('assumes 30 hours, not stated, for the two "5 days" courses and no other', () => {
    const assumed = london.courses.filter((c) => c.length?.stated === false);
    expect(assumed.map((c) => c.title)).toEqual(['Joint Investigation Training', 'Achieving Best Evidence (ABE)']);
    for (const c of assumed) expect(c.length).toEqual({ hours: 30, stated: false, sourceText: '5 days' });
  });

  it("has nine two-year pathways, each starting with its group's introductory training", () => {
    expect(london.pathways.map((p) => p.roleTitle)).toEqual([
      'Learning Support Assistant',
      'Sports Instructor',
      'Radiologist',
      'Educational Psychologist',
      'General Practitioner',
      'Community Safety Officer (Police Crisis intervention Team)',
      'Children’s Social Worker',
      'Manager of Children’s Residential Home',
      'Community Paediatrician',
    ]);
    for (const p of london.pathways) {
      expect(p.durationMonths).toBe(24);
      const [first, ...rest] = p.items;
      const letter = p.groupId.slice(-1).toUpperCase();
      expect(first).toMatchObject({
        title: `Introductory training Group ${letter} (or equivalent)`,
        courseId: `london-intro-shared-responsibility-group-${letter.toLowerCase()}`,
        introductory: true,
      });
      for (const item of rest) expect(item.introductory, item.id).toBeFalsy();
    }
    expect(london.pathways.map((p) => p.items.length)).toEqual([6, 7, 7, 7, 9, 9, 8, 6, 7]);
  });

  it('resolves every pathway courseId to a catalogue course, with only the two DV Level 2 items unresolved', () => {
    const ids = new Set(london.courses.map((c) => c.id));
    const itemIds = london.pathways.flatMap((p) => p.items.map((i) => i.id));
    expect(new Set(itemIds).size).toBe(itemIds.length);
    const unresolved = london.pathways.flatMap((p) => p.items.filter((i) => i.courseId === null).map((i) => `${p.roleTitle}: ${i.title}`));
    for (const p of london.pathways) {
      for (const i of p.items) if (i.courseId !== null) expect(ids.has(i.courseId), i.id).toBe(true);
    }
    expect(unresolved).toEqual([
      'General Practitioner: Domestic violence – Level 2',
      'Community Safety Officer (Police Crisis intervention Team): Domestic violence – Level 2',
    ]);
    for (const p of london.pathways) for (const i of p.items) if (i.courseId === null) expect(i.note).toMatch(/external training/);
  });

  it('matches the Children’s Social Worker pathway to the source, item by item', () => {
    const csw = pathwayFor('Children’s Social Worker');
    expect(csw.groupId).toBe('london-group-c');
    expect(csw.items.map((i) => [i.title, i.courseId])).toEqual([
      ['Introductory training Group C (or equivalent)', 'london-intro-shared-responsibility-group-c'],
      ['Communicating with children about concerns – Level 2', 'london-b-communicating-with-children-level-2'],
      ['Court skills – Level 2', 'london-c-court-skills-level-2'],
      ['Overcoming dangerous dynamics in professional practice', 'london-c-overcoming-dangerous-dynamics'],
      ['Joint Investigation training', 'london-c-joint-investigation-training'],
      ['ABE', 'london-c-achieving-best-evidence'],
      ['Skills in complex analysis and risk assessment', 'london-c-complex-analysis-and-risk-assessment'],
      ['Assessment and treatment of young people who sexually abuse', 'london-c-young-people-who-sexually-abuse'],
    ]);
  });

  it('splits "Joint Investigation training and ABE" into two items, in both pathways that name it', () => {
    for (const role of ['Children’s Social Worker', 'Community Safety Officer (Police Crisis intervention Team)']) {
      const items = pathwayFor(role).items;
      const jit = items.findIndex((i) => i.courseId === 'london-c-joint-investigation-training');
      expect(jit, role).toBeGreaterThan(0);
      expect(items[jit + 1]?.courseId).toBe('london-c-achieving-best-evidence');
      expect(items[jit]?.note).toMatch(/Joint Investigation training and ABE/);
    }
    expect(course('london-c-joint-investigation-training').title).toBe('Joint Investigation Training');
    expect(course('london-c-achieving-best-evidence').title).toBe('Achieving Best Evidence (ABE)');
  });

  it('splits the GP\'s "Domestic violence – Level 1 and 2": Level 1 resolves, Level 2 has no catalogue course', () => {
    const dv = pathwayFor('General Practitioner').items.filter((i) => i.title.startsWith('Domestic violence'));
    expect(dv.map((i) => [i.title, i.courseId])).toEqual([
      ['Domestic violence – Level 1', 'london-a-domestic-violence-level-1'],
      ['Domestic violence – Level 2', null],
    ]);
    for (const i of dv) expect(i.note).toMatch(/Level 1 and 2/);
    expect(course('london-a-domestic-violence-level-1').title).toBe('Domestic violence as a serious child protection issue Level 1');
    expect(london.courses.some((c) => /domestic violence/i.test(c.title) && /Level 2/.test(c.title))).toBe(false);
  });

  it('resolves differently worded items to the course that truly matches, with a note', () => {
    const radiologist = pathwayFor('Radiologist').items[1];
    expect(radiologist).toMatchObject({
      title: 'Understanding dangerous dynamics in working relationships',
      courseId: 'london-a-dynamics-in-working-relationships',
    });
    expect(radiologist?.note).toBeTruthy();
    const paediatrician = pathwayFor('Community Paediatrician').items;
    expect(paediatrician.find((i) => i.title === 'Complex skills in analysis and risk assessment')?.courseId).toBe(
      'london-c-complex-analysis-and-risk-assessment',
    );
    expect(paediatrician.find((i) => i.title === 'Fabricated and Induced Illness')?.courseId).toBe(
      'london-b-fabricated-or-induced-illness',
    );
  });

  it("states the adjoining-levels and after-pathway rules with the source's force", () => {
    expect(rulesOf('adjoining-levels')).toHaveLength(1);
    expect(rulesOf('adjoining-levels')[0]?.force).toBe('guidance');
    const after = rulesOf('after-pathway');
    expect(after).toHaveLength(1);
    expect(after[0]?.then).toEqual(['CORE', 'SPECIALIST']);
    expect(after[0]?.force).toBe('recommendation');
    const basic = london.rules.find((r) => r.id === 'london-basic-awareness-first');
    expect(basic?.kind).toBe('prerequisite');
    expect(basic?.force).toBe('requirement');
    if (basic?.kind === 'prerequisite') {
      expect(basic.appliesTo.courseIds).toHaveLength(67);
      expect(basic.appliesTo.courseIds).not.toContain('london-intro-basic-awareness');
    }
    expect(rulesOf('refresh')).toHaveLength(0); // the source states no refresh interval of its own
    const ruleIds = london.rules.map((r) => r.id);
    expect(new Set(ruleIds).size).toBe(ruleIds.length);
  });

  it('finds every course title, pathway item wording and cited quote in the seed file (fails, saying where they belong, where ../shared/seeds is absent)', () => {
    const text = normalise(readSeedFile(SEED_FILES.london));
    const phrases: Array<[string, string]> = [];
    for (const c of london.courses) phrases.push([`${c.id} title`, c.title]);
    for (const p of london.pathways) for (const i of p.items) phrases.push([`${i.id} title`, i.title]);
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
      else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        const id = typeof record.id === 'string' ? record.id : where;
        const quote = (record.cite as { quote?: string } | undefined)?.quote;
        if (record.cite) {
          expect(quote, `${id} has no quote`).toBeTruthy();
          phrases.push([`${id} quote`, quote ?? '']);
        }
        for (const [key, v] of Object.entries(record)) if (key !== 'cite') walk(v, `${id}.${key}`);
      }
    };
    walk(london, london.id);
    expect(phrases.length).toBeGreaterThan(68 + 66 + 68);
    const missing = phrases.filter(([, text_]) => !text.includes(normalise(text_))).map(([w, t]) => `${w}: "${t}"`);
    expect(missing).toEqual([]);
  });
});
