import { describe, expect, it } from 'vitest';
import { FRAMEWORKS, loadAllFrameworks, loadFramework } from '../../src/frameworks/registry';
import type { Framework } from '../../src/frameworks/types';
import { validateFramework } from '../../src/frameworks/validate';

/** A small valid framework to break in the negative tests. */
function sample(): Framework {
  const file = 'sample.txt';
  const cite = { file, section: 'Table 1', quote: 'a phrase' };
  return {
    id: 'sample',
    partnership: 'Sample Partnership',
    shortName: 'Sample',
    title: 'Sample strategy',
    edition: '2026',
    sourceFile: file,
    area: 'Sample',
    levels: [
      { id: 'level-1', title: 'Level 1', order: 0, outcomes: ['Know things'], cite },
      { id: 'level-2', title: 'Level 2', order: 1, outcomes: [], cite },
    ],
    groups: [{ id: 'group-a', title: 'Group A', description: 'Everyone', levelIds: ['level-1'], cite }],
    roles: [{ id: 'librarian', title: 'Librarian', groupId: 'group-a', cite }],
    courses: [
      {
        id: 'intro',
        title: 'Introduction',
        levelId: 'level-1',
        groupIds: ['group-a'],
        outcomes: ['Recognise abuse'],
        length: { hours: 3, stated: false, sourceText: '½ day' },
        cite,
      },
      { id: 'next', title: 'Next steps', levelId: 'level-2', groupIds: [], outcomes: [], cite },
    ],
    rules: [
      {
        id: 'intro-first',
        kind: 'prerequisite',
        force: 'requirement',
        text: 'Do the introduction first.',
        appliesTo: { courseIds: ['next'] },
        anyOf: [{ id: 'intro-done', title: 'Introduction', courseIds: ['intro'] }],
        cite,
      },
      {
        id: 'order',
        kind: 'order',
        force: 'recommendation',
        text: 'Intro first.',
        appliesTo: { levelIds: ['level-2'] },
        first: ['intro'],
        cite,
      },
    ],
    pathways: [
      {
        id: 'path',
        roleTitle: 'Librarian',
        groupId: 'group-a',
        durationMonths: 24,
        items: [
          { id: 'p1', title: 'Introduction', courseId: 'intro', introductory: true },
          { id: 'p2', title: 'Something else', courseId: null },
        ],
        cite,
      },
    ],
    approaches: [{ id: 'approach', title: 'An approach', description: 'How we work.', cite }],
    notes: [],
    cite,
  };
}

describe('validateFramework over the registry', () => {
  it('finds no problems in any of the five bundled frameworks', async () => {
    const frameworks = await loadAllFrameworks();
    expect(frameworks.map((f) => f.id)).toEqual(FRAMEWORKS.map((f) => f.id));
    for (const f of frameworks) {
      expect(validateFramework(f), f.id).toEqual([]);
    }
  });

  it.each(FRAMEWORKS.map((f) => [f.id, f] as const))('%s matches its registry entry', async (id, info) => {
    const f = await loadFramework(id);
    expect(f.id).toBe(info.id);
    expect(f.sourceFile).toBe(info.sourceFile);
    expect(f.shortName).toBe(info.shortName);
  });
});

describe('validateFramework', () => {
  it('accepts a valid framework', () => {
    expect(validateFramework(sample())).toEqual([]);
  });

  it('reports a reference that does not resolve', () => {
    const f = sample();
    f.courses[1].levelId = 'level-9';
    f.pathways[0].items[0].courseId = 'missing-course';
    const problems = validateFramework(f);
    expect(problems).toContain('Course "next" refers to level "level-9", which does not exist.');
    expect(problems).toContain('Pathway "path", item "p1" refers to course "missing-course", which does not exist.');
  });

  it('reports broken references inside rules (selectors, prior steps, order)', () => {
    const f = sample();
    const [prerequisite, order] = f.rules;
    if (prerequisite.kind !== 'prerequisite' || order.kind !== 'order') throw new Error('sample changed');
    prerequisite.appliesTo.groupIds = ['group-z'];
    prerequisite.anyOf[0].courseIds = ['gone'];
    order.first = ['also-gone'];
    const problems = validateFramework(f);
    expect(problems).toContain('Rule "intro-first" refers to group "group-z", which does not exist.');
    expect(problems).toContain('Rule "intro-first", prior step "intro-done" refers to course "gone", which does not exist.');
    expect(problems).toContain('Rule "order" refers to course "also-gone", which does not exist.');
  });

  it('reports a duplicate id', () => {
    const f = sample();
    f.courses[1].id = 'intro';
    expect(validateFramework(f)).toContain('Framework "sample": course id "intro" is used more than once.');
  });

  it('reports a missing citation, and one of another file', () => {
    const f = sample();
    delete (f.roles[0] as Partial<Framework['roles'][number]>).cite;
    expect(validateFramework(f).some((p) => p.startsWith('Framework "sample", roles.0.cite: '))).toBe(true);

    const g = sample();
    g.groups[0].cite = { file: 'other.txt', section: 'Table 2' };
    expect(validateFramework(g)).toContain('Group "group-a" cites "other.txt", not the framework\'s source file "sample.txt".');
  });

  it('reports levels out of order and hours that are not positive', () => {
    const f = sample();
    f.levels[1].order = 0;
    expect(validateFramework(f).some((p) => p.includes('ascending, unique order'))).toBe(true);

    const g = sample();
    g.courses[0].length = { hours: 0, stated: true, sourceText: '0 hours' };
    expect(validateFramework(g).some((p) => p.startsWith('Framework "sample", courses.0.length.hours: '))).toBe(true);
  });

  it('reports a field the model does not know, and a rule kind it does not know', () => {
    const f = sample() as unknown as Record<string, unknown>;
    f.colour = 'blue';
    expect(validateFramework(f).length).toBeGreaterThan(0);
    const g = sample();
    (g.rules[0] as { kind: string }).kind = 'something-new';
    expect(validateFramework(g).length).toBeGreaterThan(0);
  });

  it('reports a prior step that nothing can satisfy', () => {
    const f = sample();
    const r = f.rules[0];
    if (r.kind !== 'prerequisite') throw new Error('sample changed');
    r.anyOf[0] = { id: 'nothing', title: 'Nothing' };
    expect(validateFramework(f)).toContain(
      'Rule "intro-first", prior step "nothing" cannot be met: it names no level, course, single-agency training or confirmation.',
    );
  });
});
