import type { Framework } from './types';

// PLACEHOLDER: to be encoded from ../shared/seeds/004_e96677bbec97bd35.txt (frameworks issue).
const SOURCE = '004_e96677bbec97bd35.txt';

export const worcestershire: Framework = {
  id: 'worcestershire',
  partnership: '',
  shortName: 'Worcestershire',
  title: '',
  edition: '',
  sourceFile: SOURCE,
  area: 'Worcestershire',
  levels: [],
  groups: [],
  roles: [],
  courses: [],
  rules: [],
  pathways: [],
  approaches: [],
  notes: [],
  cite: { file: SOURCE, section: 'whole document' },
};
