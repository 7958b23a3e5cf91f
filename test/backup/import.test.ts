import { beforeEach, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { deleteRecords, putRecord } from '../../src/db/records';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { buildBackup, storedSource } from '../../src/backup/export-build';
import { importBackup, readBackup } from '../../src/backup/import';
import { BackupError } from '../../src/backup/errors';
import { describeMerge, total } from '../../src/backup/merge';
import { recordBackupMade, lastBackupAt } from '../../src/db/backup-io';
import { clearAll, digest, profile, seed, T0, T1, T2, training } from './fixtures';

beforeEach(() => clearAll(db));

/** Rewrites backup.json inside a backup (to make files that are valid zips but bad backups). */
/** backup.json as parsed: the tests edit it freely to make it invalid. */
type BackupDoc = {
  formatVersion?: unknown;
  counts: Record<string, number>;
  tables: Record<string, Record<string, unknown>[]>;
  deletions: Record<string, unknown>[];
};

function editDocument(bytes: Uint8Array, edit: (doc: BackupDoc) => void): Uint8Array {
  const files = unzipSync(bytes);
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  edit(doc);
  files['backup.json'] = strToU8(JSON.stringify(doc));
  return zipSync(files);
}

async function expectRefused(bytes: Uint8Array, problem: string, message: RegExp): Promise<void> {
  const before = await digest(db);
  const err = await importBackup(bytes, 'merge').catch((e) => e);
  expect(err).toBeInstanceOf(BackupError);
  expect(err.problem).toBe(problem);
  expect(err.message).toMatch(message);
  expect(err.message).toMatch(/Nothing on this device has been changed/);
  expect(await digest(db)).toBe(before);
  // Replace mode refuses the same file before making its safety copy or writing anything.
  const again = await importBackup(bytes, 'replace').catch((e) => e);
  expect(again.problem).toBe(problem);
  expect(await digest(db)).toBe(before);
}

describe('round trip', () => {
  test('a backup restored into an empty device gives back every record, byte for byte', async () => {
    await seed(db, { trainings: 10, certificates: 4 });
    const file = await exportBackup();
    const before = await digest(db);
    await clearAll(db);
    await db.drafts.put({
      id: 'training:new',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
      data: { title: 'Half typed' },
    });
    const result = await importBackup(await backupBytes(file), 'merge');
    expect(result.mode).toBe('merge');
    expect(await digest(db)).toBe(before);
    if (result.mode === 'merge') {
      expect(result.summary.added).toMatchObject({ trainings: 10, certificates: 4, profile: 1 });
      expect(describeMerge(result.summary)).toMatch(
        /^Added 1 profile, 10 training entries, 4 certificates, 2 reflections, 1 pathway enrolment, 1 plan, 1 setting\.$/,
      );
    }
  });

  test('importing the same file twice changes nothing the second time', async () => {
    await seed(db);
    const file = await exportBackup();
    await clearAll(db);
    await importBackup(await backupBytes(file), 'merge');
    const once = await digest(db);
    const second = await importBackup(await backupBytes(file), 'merge');
    expect(await digest(db)).toBe(once);
    if (second.mode !== 'merge') throw new Error('merge expected');
    expect(total(second.summary.added) + total(second.summary.updated) + total(second.summary.deleted)).toBe(0);
    expect(describeMerge(second.summary)).toMatch(/^Nothing needed to change/);
  });
});

test("the profile's supervision, appraisal and registration details travel in a backup and come back the same", async () => {
  await seed(db, { trainings: 2, certificates: 0 });
  const details = {
    lastSupervisionDate: '2026-09-01',
    nextSupervisionDate: '2026-12-01',
    supervisorName: 'Priya Shah',
    appraisalYearStartMonth: 4,
    lineManager: 'Tom O\u2019Neill',
    nmcPin: '12A3456E',
    sweRegistrationNumber: 'SW12345',
  };
  await db.profile.put({ ...profile(T1), ...details });
  const bytes = await backupBytes(await exportBackup());
  const doc = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['backup.json']));
  expect(doc.tables.profile[0]).toMatchObject(details);
  const before = await digest(db);
  await clearAll(db);
  // Form drafts stay on the device (the seed has one): put it back to compare the rest.
  await db.drafts.put({ id: 'training:new', createdAt: T0, updatedAt: T0, data: { title: 'Half typed' } });
  await importBackup(bytes, 'merge');
  expect(await db.profile.get('profile')).toMatchObject(details);
  expect(await digest(db)).toBe(before);
  // A damaged date is refused, naming the field; nothing is written.
  await expectRefused(
    editDocument(bytes, (d) => (d.tables.profile[0].nextSupervisionDate = '2026-02-30')),
    'invalid-record',
    /"nextSupervisionDate"/,
  );
});

test('a backup unzipped and zipped again with ordinary tools still imports', async () => {
  await seed(db, { trainings: 4, certificates: 2 });
  const file = await exportBackup();
  const before = await digest(db);
  const dir = mkdtempSync(join(tmpdir(), 'rezip-'));
  try {
    writeFileSync(join(dir, 'original.zip'), await backupBytes(file));
    execFileSync('unzip', ['-q', 'original.zip', '-d', 'unpacked'], { cwd: dir });
    execFileSync('zip', ['-q', '-r', '-X', '../repacked.zip', '.'], { cwd: join(dir, 'unpacked') });
    await clearAll(db);
    await importBackup(new Uint8Array(readFileSync(join(dir, 'repacked.zip'))), 'merge');
    await db.drafts.put({
      id: 'training:new',
      createdAt: '2026-01-10T09:00:00.000Z',
      updatedAt: '2026-01-10T09:00:00.000Z',
      data: { title: 'Half typed' },
    });
    expect(await digest(db)).toBe(before);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('merge (phone and laptop)', () => {
  test('newer updatedAt wins on either side; records only on one side are kept', async () => {
    // The "laptop": t-a edited later there, t-b older there, t-c only there.
    await db.trainings.bulkPut([training('t-a', T2, 'Laptop newer'), training('t-b', T1, 'Laptop older'), training('t-c', T1)]);
    await db.profile.put(profile(T2, 'Laptop name'));
    const laptop = await exportBackup();
    // The "phone".
    await clearAll(db);
    await db.trainings.bulkPut([training('t-a', T1, 'Phone older'), training('t-b', T2, 'Phone newer'), training('t-d', T1)]);
    await db.profile.put(profile(T1, 'Phone name'));

    const result = await importBackup(await backupBytes(laptop), 'merge');
    if (result.mode !== 'merge') throw new Error('merge expected');
    expect((await db.trainings.get('t-a'))?.title).toBe('Laptop newer');
    expect((await db.trainings.get('t-b'))?.title).toBe('Phone newer');
    expect((await db.trainings.toCollection().primaryKeys()).sort()).toEqual(['t-a', 't-b', 't-c', 't-d']);
    expect((await db.profile.get('profile'))?.name).toBe('Laptop name');
    expect(result.summary.added.trainings).toBe(1);
    expect(result.summary.updated).toMatchObject({ trainings: 1, profile: 1 });
    expect(result.summary.skipped.trainings).toBe(1);
  });

  test('a record deleted on the other device is removed here, and is not brought back later', async () => {
    await db.trainings.bulkPut([training('t-a'), training('t-b')]);
    const before = await exportBackup();
    await deleteRecords('trainings', ['t-a']);
    const afterDelete = await exportBackup();

    await clearAll(db);
    await importBackup(await backupBytes(before), 'merge'); // this device has t-a and t-b
    const result = await importBackup(await backupBytes(afterDelete), 'merge');
    if (result.mode !== 'merge') throw new Error('merge expected');
    expect(result.summary.deleted.trainings).toBe(1);
    expect(await db.trainings.get('t-a')).toBeUndefined();
    expect(await db.deletions.get('t-a')).toMatchObject({ table: 'trainings' });
    // The old backup still holds t-a: importing it again does not resurrect it.
    await importBackup(await backupBytes(before), 'merge');
    expect(await db.trainings.get('t-a')).toBeUndefined();
  });

  test('a record deleted here is not brought back by a backup made before the deletion', async () => {
    await db.trainings.bulkPut([training('t-a'), training('t-b')]);
    const old = await exportBackup();
    await deleteRecords('trainings', ['t-a']);
    const result = await importBackup(await backupBytes(old), 'merge');
    if (result.mode !== 'merge') throw new Error('merge expected');
    expect(await db.trainings.get('t-a')).toBeUndefined();
    expect(result.summary.skipped.trainings).toBe(2);
  });
});

describe('restore (replace)', () => {
  test('replaces the record after handing over a backup of the current data; keeps drafts and device settings', async () => {
    await db.trainings.bulkPut([training('t-old')]);
    await recordBackupMade('2026-11-01T00:00:00.000Z');
    await db.drafts.put({ id: 'training:new', createdAt: T1, updatedAt: T1, data: { title: 'Half typed' } });
    const current = await digest(db);

    // A backup from another device.
    const other = await buildBackup(
      storedSource({
        tables: {
          profile: [profile()],
          trainings: [training('t-new')],
          certificates: [],
          reflections: [],
          enrolments: [],
          plans: [],
          settings: [],
          frameworks: [],
          signoffs: [],
        },
        deletions: [],
      }),
    );
    let safetyCopy: Uint8Array | null = null;
    const result = await importBackup(await backupBytes(other), 'replace', {
      keepSafetyCopy: async (f) => void (safetyCopy = await backupBytes(f)),
    });
    expect(result.mode).toBe('replace');
    expect(await db.trainings.toCollection().primaryKeys()).toEqual(['t-new']);
    expect(await db.drafts.get('training:new')).toBeDefined();
    expect(await lastBackupAt()).toBe('2026-11-01T00:00:00.000Z');

    // The safety copy brings the old record back exactly.
    expect(safetyCopy).not.toBeNull();
    if (result.mode === 'replace')
      expect(result.safetyCopy.fileName).toMatch(/^safeguarding-passport-before-restore-\d{4}-\d\d-\d\d\.zip$/);
    await importBackup(safetyCopy!, 'replace');
    expect(await digest(db)).toBe(current);
  });

  test('if the safety copy cannot be kept, nothing is replaced', async () => {
    await db.trainings.bulkPut([training('t-old')]);
    const before = await digest(db);
    const other = await exportBackup();
    await expect(
      importBackup(await backupBytes(other), 'replace', {
        keepSafetyCopy: () => {
          throw new Error('download refused');
        },
      }),
    ).rejects.toThrow('download refused');
    expect(await digest(db)).toBe(before);
  });
});

describe('bad files get a clear message and change nothing', () => {
  let good: Uint8Array;
  beforeEach(async () => {
    await seed(db);
    good = await backupBytes(await exportBackup());
  });

  test('not a zip', async () => {
    await expectRefused(
      strToU8('%PDF-1.7 this is a certificate, not a backup'),
      'not-zip',
      /not a Safeguarding Passport backup: backups are zip files/,
    );
    await expectRefused(new Uint8Array(0), 'not-zip', /not one/);
  });

  test('a zip that is not a backup', async () => {
    await expectRefused(zipSync({ 'notes.txt': strToU8('hello') }), 'not-backup', /no backup\.json inside/);
    await expectRefused(zipSync({ 'backup.json': strToU8('{"hello": 1}') }), 'not-backup', /not one this app made/);
  });

  test('truncated (cut short while downloading)', async () => {
    await expectRefused(good.slice(0, Math.floor(good.length / 2)), 'truncated', /incomplete or damaged/);
    await expectRefused(good.slice(0, good.length - 10), 'truncated', /incomplete or damaged/);
  });

  test('future and unknown format versions', async () => {
    await expectRefused(
      editDocument(good, (d) => (d.formatVersion = 2)),
      'future-version',
      /newer version of Safeguarding Passport \(backup format 2/,
    );
    await expectRefused(
      editDocument(good, (d) => (d.formatVersion = 0)),
      'wrong-version',
      /format version \(0\) is not one this app knows/,
    );
    await expectRefused(
      editDocument(good, (d) => delete d.formatVersion),
      'wrong-version',
      /format version/,
    );
  });

  test('a certificate that does not match its checksum', async () => {
    const files = unzipSync(good);
    const path = Object.keys(files).find((n) => n.startsWith('certificates/'))!;
    files[path][100] ^= 0xff;
    await expectRefused(zipSync(files, { level: 0 }), 'checksum', /certificate "Certificate c-\d\.pdf" does not match its checksum/);
  });

  test('a certificate listed but missing', async () => {
    const files = unzipSync(good);
    const path = Object.keys(files).find((n) => n.startsWith('certificates/'))!;
    delete files[path];
    await expectRefused(zipSync(files), 'missing-file', /is listed but its file is missing/);
  });

  test('backup.json damaged inside the zip (CRC-32 mismatch)', async () => {
    const bytes = editDocument(good, () => {});
    // Store backup.json uncompressed, then change one character of it in place.
    const files = unzipSync(bytes);
    const stored = zipSync({
      'backup.json': [files['backup.json'], { level: 0 }],
      ...Object.fromEntries(Object.entries(files).filter(([n]) => n !== 'backup.json')),
    });
    const at = new TextDecoder().decode(stored).indexOf('Course t-1');
    stored[at] = 'X'.charCodeAt(0);
    await expectRefused(stored, 'checksum', /does not match its checksum/);
  });

  test('a record that fails validation is named by its table and position', async () => {
    await expectRefused(
      editDocument(good, (d) => (d.tables.trainings[2].startDate = '2026-02-30')),
      'invalid-record',
      /Record 3 of the training entries in this backup is not valid: the field "startDate"/,
    );
    await expectRefused(
      editDocument(good, (d) => (d.tables.trainings[0].hours = 'three')),
      'invalid-record',
      /Record 1 of the training entries.*"hours"/,
    );
    await expectRefused(
      editDocument(good, (d) => (d.tables.reflections[1].kind = 'gossip')),
      'invalid-record',
      /Record 2 of the reflections.*"kind"/,
    );
    await expectRefused(
      editDocument(good, (d) => (d.deletions[0].table = 'elsewhere')),
      'invalid-record',
      /Record 1 of the deletion records/,
    );
    await expectRefused(
      editDocument(good, (d) => d.tables.trainings.push(d.tables.trainings[0]) && d.counts.trainings++),
      'invalid-record',
      /repeats an earlier record's id/,
    );
  });

  test('counts that do not match the records', async () => {
    await expectRefused(
      editDocument(good, (d) => d.tables.trainings.pop()),
      'not-backup',
      /says it holds 6 training entries but holds 5/,
    );
  });

  test('a file larger than the device can hold is refused before any write', async () => {
    const before = await digest(db);
    const err = await importBackup(good, 'merge', { estimate: async () => ({ usage: 900, quota: 1000 }) }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.problem).toBe('too-large');
    expect(err.message).toMatch(/this device has room for only 100 bytes more/);
    expect(await digest(db)).toBe(before);
    await expect(readBackup(good, { estimate: async () => ({ usage: 0, quota: 10 * 1024 ** 3 }) })).resolves.toBeDefined();
  });

  test('records typed by the user with markup are imported as plain text', async () => {
    await putRecord('trainings', { ...training('t-x'), title: '<img src=x onerror=alert(1)>' });
    const file = await exportBackup();
    await clearAll(db);
    await importBackup(await backupBytes(file), 'merge');
    expect((await db.trainings.get('t-x'))?.title).toBe('<img src=x onerror=alert(1)>');
  });
});
