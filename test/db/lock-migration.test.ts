/** Database version 4 (the app lock) over a populated version 3 database: every record intact,
 * certificate bytes included; the seal-marker index finds no sealed record; the `lock` table
 * is empty (the lock is off) and usable. */
import { afterEach, expect, test } from 'vitest';
import Dexie from 'dexie';
import { PassportDB, SCHEMA_V3 } from '../../src/db/db';
import { certificate, plan, reflection, training } from '../backup/fixtures';
import { makeProfile } from '../fixtures/profile';

const NAME = 'lock-migration-fixture';
const T0 = '2026-01-05T09:00:00.000Z';

let open: Dexie[] = [];
afterEach(async () => {
  for (const d of open) d.close();
  open = [];
  await Dexie.delete(NAME);
});

test('version 4 over a populated version 3 database: every record intact, nothing sealed, the lock table empty and usable', async () => {
  const old = new Dexie(NAME);
  old.version(3).stores(SCHEMA_V3);
  await old.open();
  const profile = makeProfile({ createdAt: T0, updatedAt: T0, name: 'Alex Practitioner', frameworkId: 'solihull' });
  const trainings = Array.from({ length: 30 }, (_, i) => ({ ...training(`t-${i}`), notes: `Private note ${i}` }));
  const reflections = [reflection('r-1', 't-1'), reflection('r-2', null)];
  const plans = [plan('p-1')];
  const certs = await Promise.all([certificate('c-1', 't-1', 2048), certificate('c-2', null, 512)]);
  const signoff = {
    id: 's-1',
    createdAt: T0,
    updatedAt: T0,
    date: '2026-02-01',
    periodStart: '2026-01-01',
    periodEnd: '2026-02-01',
    supervisorName: 'Jo Supervisor',
    supervisorRole: 'Team manager',
    notes: 'Discussed the referral',
    agreedActions: [{ id: 'a1', text: 'Book level 3', status: 'agreed' }],
    signature: { kind: 'typed', text: 'Jo Supervisor' },
    covered: [],
    sha256: 'cd'.repeat(32),
  };
  await old.table('profile').put(profile);
  await old.table('trainings').bulkPut(trainings);
  await old.table('reflections').bulkPut(reflections);
  await old.table('plans').bulkPut(plans);
  await old.table('certificates').bulkPut(certs);
  await old.table('signoffs').put(signoff);
  await old.table('settings').put({ id: 'backup.reminder', value: { days: 30 }, createdAt: T0, updatedAt: T0 });
  old.close();

  const v4 = new PassportDB(NAME);
  open.push(v4);
  await v4.open();
  expect(v4.verno).toBe(4);
  expect(await v4.profile.get('profile')).toEqual(profile);
  expect(await v4.trainings.orderBy('id').toArray()).toEqual([...trainings].sort((a, b) => a.id.localeCompare(b.id)));
  expect(await v4.reflections.orderBy('id').toArray()).toEqual(reflections);
  expect(await v4.plans.toArray()).toEqual(plans);
  expect(await v4.signoffs.toArray()).toEqual([signoff]);
  const stored = await v4.certificates.orderBy('id').toArray();
  expect(stored.map((c) => [...new Uint8Array(c.bytes)])).toEqual(certs.map((c) => [...new Uint8Array(c.bytes)]));
  expect(await v4.settings.get('backup.reminder')).toMatchObject({ value: { days: 30 } });
  // Older indexes still work; the new seal-marker index is there and finds no sealed record.
  expect(await v4.certificates.where('trainingId').equals('t-1').count()).toBe(1);
  for (const t of ['trainings', 'reflections', 'plans', 'signoffs', 'certificates']) {
    expect(await v4.table(t).where('sealed.version').above(0).count()).toBe(0);
  }
  // The lock table: empty (the lock is off), and it takes the keyring and settings rows.
  expect(await v4.lock.count()).toBe(0);
  await v4.lock.put({ id: 'settings', autoLockMinutes: 5, failures: 0, lastFailureAt: null, converting: null });
  await v4.trainings.put({ ...trainings[0]!, sealed: { version: 1, iv: new Uint8Array(12), fields: new Uint8Array(16) } } as never);
  expect(await v4.trainings.where('sealed.version').equals(1).primaryKeys()).toEqual([trainings[0]!.id]);
});
