import type { Framework } from './types';

// PLACEHOLDER: to be encoded from ../shared/seeds/003_e5fc25b61485eef5.txt (frameworks issue).
const SOURCE = '003_e5fc25b61485eef5.txt';

export const london: Framework = {
  id: 'london',
  partnership: '',
  shortName: 'London',
  title: '',
  edition: '',
  sourceFile: SOURCE,
  area: 'London',
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
