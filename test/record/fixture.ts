import type { Framework } from '../../src/frameworks/types';
import { profileFields } from '../fixtures/profile';

const cite = { file: 'fixture.txt', section: 'test' };

/** A small framework with two levels, courses, a pathway step with no course, an approval rule
 * and a charging rule. */
export const fixtureFramework: Framework = {
  id: 'fixture',
  partnership: 'Fixture Safeguarding Children Partnership',
  shortName: 'Fixture',
  title: 'Fixture strategy',
  edition: '2026',
  sourceFile: 'fixture.txt',
  area: 'Fixture',
  levels: [
    { id: 'l1', title: 'Level 1', order: 0, outcomes: [], cite },
    { id: 'l2', title: 'Level 2', order: 1, outcomes: [], cite },
  ],
  groups: [],
  roles: [],
  courses: [
    {
      id: 'intro',
      title: 'Introduction to safeguarding',
      levelId: 'l1',
      groupIds: [],
      outcomes: [],
      length: { hours: 3, stated: false, sourceText: '½ day' },
      modes: ['e-learning'],
      multiAgency: false,
      cite,
    },
    {
      id: 'neglect',
      title: 'Neglect: recognising and responding',
      levelId: 'l2',
      groupIds: [],
      outcomes: [],
      length: { hours: 6, stated: true, sourceText: '6 hours' },
      modes: ['face-to-face'],
      multiAgency: true,
      cite,
    },
    {
      id: 'exploitation',
      title: 'Child exploitation',
      levelId: 'l2',
      groupIds: [],
      outcomes: [],
      length: { hours: 2.5, stated: true, sourceText: '2.5 hours' },
      modes: ['virtual'],
      multiAgency: true,
      cite,
    },
  ],
  rules: [
    {
      id: 'approval',
      kind: 'manager-approval',
      force: 'requirement',
      text: 'Do not attend unless your manager has approved it.',
      cite,
      appliesTo: { levelIds: ['l2'] },
    },
    {
      id: 'charges',
      kind: 'charging',
      force: 'requirement',
      text: 'Non-contributing agencies are charged.',
      cite,
      appliesTo: { levelIds: ['l2'] },
      charges: [{ when: 'a non-contributing agency attends a Level 2 course', amountGbp: 125 }],
    },
  ],
  pathways: [
    {
      id: 'p1',
      roleTitle: 'Practitioner',
      groupId: 'g',
      durationMonths: 12,
      cite,
      items: [
        { id: 'i1', title: 'Introduction to safeguarding', courseId: 'intro' },
        { id: 'i2', title: 'Shadowing a designated lead', courseId: null },
      ],
    },
  ],
  approaches: [],
  notes: [],
  cite,
};

export const fixtureProfile = profileFields({
  name: 'Alex',
  jobTitle: 'Family support worker',
  employer: 'Council',
  frameworkId: 'fixture',
  yearBasis: 'april',
});
