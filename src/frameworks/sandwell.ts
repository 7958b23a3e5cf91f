import type { Framework } from './types';

// PLACEHOLDER: to be encoded from ../shared/seeds/001_6c01093cb756330f.txt (frameworks issue).
const SOURCE = '001_6c01093cb756330f.txt';

export const sandwell: Framework = {
  id: 'sandwell',
  partnership: '',
  shortName: 'Sandwell',
  title: '',
  edition: '',
  sourceFile: SOURCE,
  area: 'Sandwell',
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
