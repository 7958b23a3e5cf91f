/**
 * Faults that must lose nothing: a schema upgrade of a full database, a full disk during a write
 * or an import, two tabs while one upgrades, and a crash in the middle of an import.
 * fake-indexeddb gives real IndexedDB semantics (transactions, aborts, versionchange).
 */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { db, PassportDB, SCHEMA_V4 } from '../../src/db/db';
import { closeOnUpgradeElsewhere } from '../../src/db/lifecycle';
import { putRecord } from '../../src/db/records';
import { describeStorageError, StorageError } from '../../src/db/errors';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { sha256Hex } from '../../src/backup/hash';
import type { Training } from '../../src/domain/types';
import { certificate, clearAll, digest, plan, reflection, seed, training } from '../backup/fixtures';

/** The next version of the schema (4), as a later release would add it: a new index, and an upgrade that
 * changes data (every training gains a field). */
class PassportDBNext extends PassportDB {
  constructor(name: string) {
    super(name);
    this.version(5)
      .stores({ ...SCHEMA_V4, trainings: `${SCHEMA_V4.trainings}, endDate` })
      .upgrade((tx) =>
        tx
          .table('trainings')
          .toCollection()
          .modify((t: Training & { durationDays?: number }) => {
            t.durationDays = 1;
          }),
      );
  }
}

const opened: PassportDB[] = [];
function open<T extends PassportDB>(d: T): T {
  opened.push(d);
  return d;
}
afterEach(async () => {
  for (const d of opened.splice(0)) {
    d.close();
    await d.delete().catch(() => {});
  }
});

/** Makes the Nth IndexedDB write (put or add) from now on run `fault` first (like a full disk
 * or a closed tab at that moment). Returns the function that undoes the patch. */
function faultOnPut(n: number, fault: (store: IDBObjectStore) => void): () => void {
  const proto = IDBObjectStore.prototype;
  const originals = { put: proto.put, add: proto.add };
  let calls = 0;
  for (const method of ['put', 'add'] as const) {
    proto[method] = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
      if (++calls === n) fault(this);
      return originals[method].apply(this, args);
    };
  }
  return () => Object.assign(proto, originals);
}

const quotaExceeded = () => {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
};

describe('schema upgrade', () => {
  test('a database with 5,000 entries and 200 certificates upgrades to the next version losing nothing', async () => {
    const v1 = open(new PassportDB('upgrade-test'));
    await seed(v1, { trainings: 0, certificates: 0 }); // profile, a plan, settings, a deletion
    const trainings = Array.from({ length: 4000 }, (_, i) => training(`t-${i}`));
    const certs = await Promise.all(Array.from({ length: 200 }, (_, i) => certificate(`c-${i}`, `t-${i}`, 4096)));
    await v1.transaction('rw', v1.trainings, v1.reflections, v1.plans, v1.certificates, async () => {
      await v1.trainings.bulkAdd(trainings);
      await v1.reflections.bulkAdd(Array.from({ length: 800 }, (_, i) => reflection(`r-${i}`, `t-${i}`)));
      await v1.plans.bulkAdd(Array.from({ length: 199 }, (_, i) => plan(`plan-${i}`)));
      await v1.certificates.bulkAdd(certs);
    });
    const before = await digest(v1);
    v1.close();

    const v2 = open(new PassportDBNext('upgrade-test'));
    await v2.open();
    expect(v2.verno).toBe(5);
    expect(await v2.trainings.count()).toBe(4000);
    expect((await v2.reflections.count()) + (await v2.plans.count()) + (await v2.trainings.count())).toBe(5000);
    expect(await v2.certificates.count()).toBe(200);
    // Everything is as it was, apart from the field the upgrade added to every training.
    expect(await digest(v2, ['durationDays'])).toBe(before);
    expect(await v2.trainings.filter((t) => (t as Training & { durationDays?: number }).durationDays !== 1).count()).toBe(0);
    // The new index works, and certificate files are intact.
    expect(await v2.trainings.where('endDate').equals('2026-01-05').count()).toBe(4000);
    for (const c of await v2.certificates.toArray()) expect(await sha256Hex(c.bytes)).toBe(c.sha256);
  });
});

describe('two tabs while one upgrades the schema', () => {
  test('the old tab closes its connection, is told to reload, and nothing is lost', async () => {
    const oldTab = open(new PassportDB('two-tabs'));
    let toldToReload = 0;
    closeOnUpgradeElsewhere(oldTab, () => toldToReload++);
    await oldTab.trainings.add(training('t-1'));
    await oldTab.drafts.put({
      id: 'training:new',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      data: { title: 'Half typed' },
    });

    const newTab = open(new PassportDBNext('two-tabs'));
    await newTab.open(); // would wait for ever if the old tab kept its connection open
    expect(newTab.verno).toBe(5);
    expect(toldToReload).toBe(1);
    expect((await newTab.trainings.get('t-1'))?.title).toBe('Course t-1');
    expect((await newTab.drafts.get('training:new'))?.data).toEqual({ title: 'Half typed' });

    // The old tab does not write with the old schema: it fails with a plain "reload" message.
    const err = await oldTab.trainings.add(training('t-2')).catch((e) => e);
    expect(err.name).toBe('DatabaseClosedError');
    expect(describeStorageError(err).message).toMatch(/updated in another tab\. Reload this page/);
  });
});

describe('a full disk', () => {
  beforeEach(() => clearAll(db));

  test('during a single write: a clear message, nothing partly written', async () => {
    await seed(db);
    const before = await digest(db);
    const restore = faultOnPut(1, quotaExceeded);
    const err = await putRecord('trainings', training('t-new')).catch((e) => e);
    restore();
    expect(err).toBeInstanceOf(StorageError);
    expect(err.problem).toBe('quota');
    expect(err.message).toMatch(/out of storage space.*Nothing already stored was lost/);
    expect(await digest(db)).toBe(before);
  });

  test('in the middle of an import (after hundreds of records were written): all or nothing', async () => {
    await seed(db, { trainings: 300, certificates: 5 });
    const backup = await exportBackup();
    await clearAll(db);
    await seed(db, { trainings: 2, certificates: 1 });
    await db.trainings.put(training('t-0', '2027-01-01T00:00:00.000Z', 'Newer here'));
    const before = await digest(db);

    for (const mode of ['merge', 'replace'] as const) {
      // In replace mode, the safety copy is made before writing; the fault hits the write.
      const restore = faultOnPut(250, quotaExceeded);
      const err = await importBackup(await backupBytes(backup), mode, { keepSafetyCopy: () => {} }).catch((e) => e);
      restore();
      expect(err).toBeInstanceOf(StorageError);
      expect(err.problem).toBe('quota');
      expect(await digest(db)).toBe(before);
    }
  });
});

describe('a crash or reload in the middle of an import', () => {
  beforeEach(() => clearAll(db));

  test('the aborted transaction leaves the store as it was, also for a fresh connection (the reloaded page)', async () => {
    await seed(db, { trainings: 300, certificates: 5 });
    const backup = await exportBackup();
    await clearAll(db);
    await seed(db, { trainings: 3, certificates: 1 });
    const before = await digest(db);

    for (const mode of ['merge', 'replace'] as const) {
      // The tab goes away part-way: the browser aborts the open transaction.
      const restore = faultOnPut(200, (store) => store.transaction.abort());
      const err = await importBackup(await backupBytes(backup), mode, { keepSafetyCopy: () => {} }).catch((e) => e);
      restore();
      expect(err).toBeInstanceOf(StorageError);
      expect(err.message).toMatch(/Nothing already stored was lost/);
      const reloaded = new PassportDB();
      expect(await digest(reloaded)).toBe(before);
      reloaded.close();
    }
    // After the "reload", the same import runs to the end.
    await importBackup(await backupBytes(backup), 'merge');
    expect(await db.trainings.count()).toBe(300);
  });
});
