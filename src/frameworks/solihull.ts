import type { Framework } from './types';

// PLACEHOLDER: to be encoded from ../shared/seeds/000_eee293a4731eeb46.txt (frameworks issue).
const SOURCE = '000_eee293a4731eeb46.txt';

export const solihull: Framework = {
  id: 'solihull',
  partnership: '',
  shortName: 'Solihull',
  title: '',
  edition: '',
  sourceFile: SOURCE,
  area: 'Solihull',
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
