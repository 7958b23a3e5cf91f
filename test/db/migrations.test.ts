/**
 * The migration rule, shown working: every schema change is a new Dexie version with an upgrade
 * function, tested by opening it over a populated database of the previous version. Here a
 * test-only version 5 adds an index and a derived field; the real next version follows the same
 * pattern in src/db/db.ts with a test like this one.
 */
import { afterEach, expect, test } from 'vitest';
import Dexie from 'dexie';
import { PassportDB, SCHEMA_V1, SCHEMA_V4 } from '../../src/db/db';
import { describeStorageError } from '../../src/db/errors';
import type { Certificate, Deletion, Reflection, Training } from '../../src/domain/types';
import { makeProfile } from '../fixtures/profile';

const NAME = 'migration-fixture';
const T0 = '2026-01-05T09:00:00.000Z';

type TrainingV2 = Training & { participatoryHours: number };

/** What a version 5 would look like: schema v4 plus an index on `mode`, and a field derived in
 * the upgrade. Later versions are added below earlier ones; released versions never change. */
class PassportDBv2 extends PassportDB {
  constructor(name: string) {
    super(name);
    this.version(5)
      .stores({ ...SCHEMA_V4, trainings: `${SCHEMA_V4.trainings}, mode` })
      .upgrade((tx) =>
        tx
          .table('trainings')
          .toCollection()
          .modify((t: TrainingV2) => {
            t.participatoryHours = t.participatory ? t.hours : 0;
          }),
      );
  }
}

const training = (id: string, over: Partial<Training>): Training => ({
  id,
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
  ...over,
});

const fixture = {
  profile: makeProfile({
    createdAt: T0,
    updatedAt: T0,
    name: 'Alex Practitioner',
    jobTitle: 'Family support worker',
    employer: 'Council',
    frameworkId: 'solihull',
    groupId: 'g2',
    roleTitle: 'Worker',
    flags: { makesReferrals: true },
  }),
  trainings: [
    training('11111111-1111-4111-8111-111111111111', {}),
    training('22222222-2222-4222-8222-222222222222', { mode: 'e-learning', participatory: false, hours: 1.5, link: null }),
  ],
  certificate: {
    id: '33333333-3333-4333-8333-333333333333',
    createdAt: T0,
    updatedAt: T0,
    trainingId: '11111111-1111-4111-8111-111111111111',
    fileName: 'certificate.pdf',
    mimeType: 'application/pdf',
    size: 8,
    originalSize: 8,
    sha256: 'ab'.repeat(32),
    bytes: new Uint8Array([37, 80, 68, 70, 45, 49, 46, 55]).buffer,
  } satisfies Certificate,
  reflection: {
    id: '44444444-4444-4444-8444-444444444444',
    createdAt: T0,
    updatedAt: T0,
    trainingId: '11111111-1111-4111-8111-111111111111',
    kind: 'reflection',
    date: '2026-01-06',
    title: 'What I learned',
    template: 'what-so-what-now-what',
    sections: { what: 'a', soWhat: 'b', nowWhat: 'c' },
    text: '',
    peerReflection: false,
  } satisfies Reflection,
  deletion: { id: '55555555-5555-4555-8555-555555555555', table: 'plans', deletedAt: T0 } satisfies Deletion,
};

let open: PassportDB[] = [];
afterEach(async () => {
  for (const d of open) d.close();
  open = [];
  await new PassportDB(NAME).delete();
});

/** A database as the first release left it: schema version 1 only. */
async function populatedV1(): Promise<void> {
  const v1 = new Dexie(NAME);
  v1.version(1).stores(SCHEMA_V1);
  await v1.open();
  expect(v1.verno).toBe(1);
  await v1.transaction('rw', ['profile', 'trainings', 'certificates', 'reflections', 'deletions'], async () => {
    await v1.table('profile').put(fixture.profile);
    await v1.table('trainings').bulkPut(fixture.trainings);
    await v1.table('certificates').put(fixture.certificate);
    await v1.table('reflections').put(fixture.reflection);
    await v1.table('deletions').put(fixture.deletion);
  });
  v1.close();
}

test('version 2 (frameworks added from files, opened as the current version 4) over a populated version 1 database: every record intact, the new table empty and usable', async () => {
  await populatedV1();
  const v2 = new PassportDB(NAME);
  open.push(v2);
  await v2.open();
  expect(v2.verno).toBe(4);
  expect(await v2.profile.get('profile')).toEqual(fixture.profile);
  expect(await v2.trainings.toArray()).toEqual(fixture.trainings);
  expect(await v2.reflections.toArray()).toEqual([fixture.reflection]);
  expect(await v2.deletions.toArray()).toEqual([fixture.deletion]);
  const cert = await v2.certificates.get(fixture.certificate.id);
  expect(new Uint8Array(cert!.bytes)).toEqual(new Uint8Array(fixture.certificate.bytes));
  expect(await v2.trainings.where('link.courseId').equals('c1').count()).toBe(1);

  expect(await v2.frameworks.count()).toBe(0);
  const record = {
    id: '66666666-6666-4666-8666-666666666666',
    createdAt: T0,
    updatedAt: T0,
    frameworkId: 'example-partnership',
    edition: 'Example edition 1',
    published: '2026-09',
    file: { format: 'safeguarding-passport-framework' },
  };
  await v2.frameworks.put(record);
  expect(await v2.frameworks.where('frameworkId').equals('example-partnership').toArray()).toEqual([record]);
});

test('opening a later version (a test-only 5) over a populated version 1 database keeps every record and upgrades them', async () => {
  await populatedV1();

  const v2 = new PassportDBv2(NAME);
  open.push(v2);
  await v2.open();
  expect(v2.verno).toBe(5);

  // Untouched tables: exactly as stored, certificate bytes included.
  expect(await v2.profile.get('profile')).toEqual(fixture.profile);
  expect(await v2.reflections.toArray()).toEqual([fixture.reflection]);
  expect(await v2.deletions.toArray()).toEqual([fixture.deletion]);
  const cert = await v2.certificates.get(fixture.certificate.id);
  expect(new Uint8Array(cert!.bytes)).toEqual(new Uint8Array(fixture.certificate.bytes));
  expect(cert).toMatchObject({ fileName: 'certificate.pdf', sha256: fixture.certificate.sha256, size: 8 });

  // Upgraded table: every field kept, the new field derived, the new index usable.
  const trainings = (await v2.trainings.toArray()) as TrainingV2[];
  expect(trainings).toHaveLength(2);
  expect(trainings).toEqual([
    { ...fixture.trainings[0], participatoryHours: 3 },
    { ...fixture.trainings[1], participatoryHours: 0 },
  ]);
  expect((await v2.trainings.where('mode').equals('e-learning').toArray()).map((t) => t.id)).toEqual([fixture.trainings[1].id]);
  // Existing indexes still work.
  expect(await v2.trainings.where('link.courseId').equals('c1').count()).toBe(1);
  expect(await v2.certificates.where('trainingId').equals(fixture.trainings[0].id).count()).toBe(1);
});

// A phone may still run the older app (an old tab, an update not yet accepted) after a newer
// one upgraded the database. Dexie 4 opens the newer database as it is: no downgrade, no loss.
test('an older app opening a database that a newer version upgraded reads it intact and does not downgrade it', async () => {
  await populatedV1();
  const v2 = new PassportDBv2(NAME);
  await v2.open();
  v2.close();

  const olderApp = new PassportDB(NAME);
  open.push(olderApp);
  await olderApp.open();
  const seen = (await olderApp.trainings.toArray()) as TrainingV2[];
  expect(seen.map((t) => t.participatoryHours)).toEqual([3, 0]);
  expect(await olderApp.profile.get('profile')).toEqual(fixture.profile);
  olderApp.close();

  const again = new PassportDBv2(NAME);
  open.push(again);
  await again.open();
  expect(again.verno).toBe(5);
  expect(await again.trainings.where('mode').equals('face-to-face').count()).toBe(1);
});

test('a database version newer than any the app knows is explained in plain words', () => {
  const e = Object.assign(new Error('The requested version is less than the existing version.'), { name: 'VersionError' });
  expect(describeStorageError(e).problem).toBe('version');
  expect(describeStorageError(e).message).toContain('saved by a newer version of the app');
});
