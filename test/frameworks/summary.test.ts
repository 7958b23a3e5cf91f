import { describe, expect, it } from 'vitest';
import { coventry } from '../../src/frameworks/coventry';
import { summariseFramework } from '../../src/frameworks/summary';

describe('summariseFramework', () => {
  it('counts Coventry’s levels, groups, roles and rules by kind', () => {
    const s = summariseFramework(coventry);
    expect(s).toMatchObject({ id: 'coventry', levels: 4, groups: 8, roles: 48, courses: 3, pathways: 0, approaches: 2 });
    expect(s.rulesByKind).toEqual({ prerequisite: 2, charging: 2, duty: 3 });
  });

  it('counts pathway items resolved to a catalogue course and those without one, and assumed hours', () => {
    const cite = coventry.cite;
    const s = summariseFramework({
      ...coventry,
      courses: [
        {
          id: 'a',
          title: 'A',
          groupIds: [],
          outcomes: [],
          length: { hours: 3, stated: false, sourceText: '½ day' },
          category: 'CORE',
          cite,
        },
        { id: 'b', title: 'B', groupIds: [], outcomes: [], length: { hours: 6, stated: true, sourceText: '6 hours' }, cite },
      ],
      pathways: [
        {
          id: 'p',
          roleTitle: 'Role',
          groupId: 'group-1',
          durationMonths: 24,
          items: [
            { id: '1', title: 'A', courseId: 'a' },
            { id: '2', title: 'B', courseId: 'b' },
            { id: '3', title: 'Elsewhere', courseId: null },
          ],
          cite,
        },
      ],
    });
    expect(s.pathwayItems).toEqual({ total: 3, resolved: 2, withoutCatalogueCourse: 1 });
    expect(s.coursesWithCategory).toBe(1);
    expect(s.coursesWithAssumedHours).toBe(1);
  });
});
