import { afterEach, expect, test } from 'vitest';
import { PassportDB } from '../../src/db/db';

let dbs: PassportDB[] = [];
afterEach(async () => {
  for (const d of dbs) await d.delete();
  dbs = [];
});

test('schema version 1 opens with every table the product needs', async () => {
  const d = new PassportDB('test-schema');
  dbs.push(d);
  await d.open();
  expect(d.tables.map((t) => t.name).sort()).toEqual([
    'certificates',
    'deletions',
    'drafts',
    'enrolments',
    'plans',
    'profile',
    'reflections',
    'settings',
    'trainings',
  ]);
  expect(d.verno).toBe(1);
});
