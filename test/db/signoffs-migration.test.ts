/** Database version 3 (supervisors' sign-offs) over populated version 1 and version 2
 * databases: every record intact, the new table empty and usable. */
import { afterEach, expect, test } from 'vitest';
import Dexie from 'dexie';
import { PassportDB, SCHEMA_V1, SCHEMA_V2 } from '../../src/db/db';
import type { Reflection, SignOff, Training } from '../../src/domain/types';
import { makeProfile } from '../fixtures/profile';

const NAME = 'signoff-migration-fixture';
const T0 = '2026-01-05T09:00:00.000Z';
const profile = makeProfile({ createdAt: T0, updatedAt: T0, name: 'Alex Practitioner', frameworkId: 'solihull' });
const training: Training = {
  id: '11111111-1111-4111-8111-111111111111',
  createdAt: T0,
  updatedAt: T0,
  title: 'Safeguarding children level 2',
  providerKind: 'partnership',
  providerName: 'Solihull SCP',
  startDate: '2026-01-05',
  endDate: '2026-01-05',
  hours: 3,
  mode: 'face-to-face',
  level: 'Level 2',
  link: { frameworkId: 'solihull', courseId: 'c1' },
  agency: 'multi',
  participatory: true,
  notes: 'Café notes – with “quotes”',
  impact: null,
};
const reflection: Reflection = {
  id: '44444444-4444-4444-8444-444444444444',
  createdAt: T0,
  updatedAt: T0,
  trainingId: training.id,
  kind: 'reflection',
  date: '2026-01-06',
  title: 'What I learned',
  template: 'what-so-what-now-what',
  sections: { what: 'a', soWhat: 'b', nowWhat: 'c' },
  text: '',
  peerReflection: false,
};
const userFramework = {
  id: '66666666-6666-4666-8666-666666666666',
  createdAt: T0,
  updatedAt: T0,
  frameworkId: 'example-partnership',
  edition: 'Example edition 1',
  published: '2026-09',
  file: { format: 'safeguarding-passport-framework' },
};
const signoff: SignOff = {
  id: '77777777-7777-4777-8777-777777777777',
  createdAt: T0,
  updatedAt: T0,
  date: '2026-02-01',
  periodStart: '2026-01-01',
  periodEnd: '2026-02-01',
  supervisorName: 'Jo Supervisor',
  supervisorRole: 'Team manager',
  notes: '',
  agreedActions: [{ id: 'a1', text: 'Book level 3', status: 'agreed' }],
  signature: { kind: 'typed', text: 'Jo Supervisor' },
  covered: [{ table: 'trainings', id: training.id, title: training.title, sha256: 'ab'.repeat(32) }],
  sha256: 'cd'.repeat(32),
};

let open: Dexie[] = [];
afterEach(async () => {
  for (const d of open) d.close();
  open = [];
  await Dexie.delete(NAME);
});

async function populated(version: 1 | 2): Promise<void> {
  const old = new Dexie(NAME);
  old.version(1).stores(SCHEMA_V1);
  if (version === 2) old.version(2).stores(SCHEMA_V2);
  await old.open();
  expect(old.verno).toBe(version);
  await old.table('profile').put(profile);
  await old.table('trainings').put(training);
  await old.table('reflections').put(reflection);
  await old.table('settings').put({ id: 'backup.reminder', value: { days: 30, changes: 20 }, createdAt: T0, updatedAt: T0 });
  if (version === 2) await old.table('frameworks').put(userFramework);
  old.close();
}

test.each([1, 2] as const)(
  'version 3 over a populated version %i database: every record intact, sign-offs empty and usable',
  async (version) => {
    await populated(version);
    const v3 = new PassportDB(NAME);
    open.push(v3);
    await v3.open();
    expect(v3.verno).toBe(4);
    expect(await v3.profile.get('profile')).toEqual(profile);
    expect(await v3.trainings.toArray()).toEqual([training]);
    expect(await v3.reflections.toArray()).toEqual([reflection]);
    expect(await v3.settings.get('backup.reminder')).toMatchObject({ value: { days: 30, changes: 20 } });
    expect(await v3.frameworks.toArray()).toEqual(version === 2 ? [userFramework] : []);
    expect(await v3.trainings.where('link.courseId').equals('c1').count()).toBe(1);

    expect(await v3.signoffs.count()).toBe(0);
    await v3.signoffs.put(signoff);
    expect(await v3.signoffs.where('date').between('2026-01-01', '2026-12-31').toArray()).toEqual([signoff]);
  },
);
