import type { Framework } from './types';

// PLACEHOLDER: to be encoded from ../shared/seeds/002_a75d285a6badc3b2.txt (frameworks issue).
const SOURCE = '002_a75d285a6badc3b2.txt';

export const coventry: Framework = {
  id: 'coventry',
  partnership: '',
  shortName: 'Coventry',
  title: '',
  edition: '',
  sourceFile: SOURCE,
  area: 'Coventry',
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
