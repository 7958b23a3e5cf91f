import { afterEach, expect, test } from 'vitest';
import { PassportDB } from '../../src/db/db';

let dbs: PassportDB[] = [];
afterEach(async () => {
  for (const d of dbs) await d.delete();
  dbs = [];
});

test('the schema opens with every table the product needs (version 2: frameworks added from files; version 3: sign-offs; version 4: the app lock)', async () => {
  const d = new PassportDB('test-schema');
  dbs.push(d);
  await d.open();
  expect(d.tables.map((t) => t.name).sort()).toEqual([
    'certificates',
    'deletions',
    'drafts',
    'enrolments',
    'frameworks',
    'lock',
    'plans',
    'profile',
    'reflections',
    'settings',
    'signoffs',
    'trainings',
  ]);
  expect(d.verno).toBe(4);
});
