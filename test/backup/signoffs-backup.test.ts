/** Supervisors' sign-offs travel in backups like every record: exported, described by the
 * published JSON Schema, merged (newer wins; a review of agreed actions on one device reaches the
 * other), and a backup from before database version 3 (no sign-offs) still imports. */
import { beforeEach, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { BackupError } from '../../src/backup/errors';
import { isIsoDate } from '../../src/domain/dates';
import { entriesInPeriod } from '../../src/domain/signoff';
import { deleteSignOff, restoreSignOffs, signedChanges, signOff } from '../../src/state/signoffs';
import { clearAll, profile, training } from './fixtures';

// A 1x1 white PNG: a drawn signature as the pad gives it (a data URL).
const PNG = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8/5+hHgAHggJ/PchI7wAAAABJRU5ErkJggg==';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../docs/backup-schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat('date', { type: 'string', validate: (s: string) => isIsoDate(s) });
ajv.addFormat('date-time', { type: 'string', validate: (s: string) => !Number.isNaN(Date.parse(s)) });
const validate = ajv.compile(schema);

function edit(
  bytes: Uint8Array,
  change: (doc: { counts: Record<string, unknown>; tables: Record<string, Array<Record<string, unknown>>> }) => void,
): Uint8Array {
  const files = unzipSync(bytes);
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  change(doc);
  files['backup.json'] = strToU8(JSON.stringify(doc));
  return zipSync(files);
}

beforeEach(async () => {
  await clearAll(db);
  await db.profile.put(profile());
});

async function signed() {
  const t = { ...training('t-1'), endDate: '2026-11-01', startDate: '2026-11-01' };
  await db.trainings.put(t);
  return signOff(
    {
      date: '2026-11-20',
      periodStart: '2026-09-01',
      periodEnd: '2026-11-20',
      supervisorName: 'Jo Supervisor',
      supervisorRole: 'Team manager',
      notes: 'Good progress.',
      agreedActions: [{ id: 'a1', text: 'Book level 3', status: 'agreed' }],
      signature: { kind: 'drawn', png: PNG },
    },
    entriesInPeriod([t], [], '2026-09-01', '2026-11-20'),
  );
}

test('a sign-off is exported, matches the published schema, and restores exactly', async () => {
  const s = await signed();
  expect(s.covered).toHaveLength(1);
  expect(s.sha256).toMatch(/^[0-9a-f]{64}$/);
  const bytes = await backupBytes(await exportBackup());
  const doc = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['backup.json']));
  expect(doc.counts.signoffs).toBe(1);
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  await clearAll(db);
  await importBackup(bytes, 'replace');
  expect(await db.signoffs.toArray()).toEqual([s]);
});

test('merge: the newer version of a sign-off wins (an action reviewed on the other device), others are kept', async () => {
  const s = { ...(await signed()), createdAt: '2026-06-01T10:00:00.000Z', updatedAt: '2026-06-01T10:00:00.000Z' };
  await db.signoffs.put(s);
  const phone = await backupBytes(await exportBackup());
  // The laptop reviewed the action later (a date in the past: a future one is never trusted).
  await db.signoffs.put({ ...s, agreedActions: [{ ...s.agreedActions[0], status: 'done' }], updatedAt: '2026-07-12T10:00:00.000Z' });
  const laptop = await backupBytes(await exportBackup());
  await clearAll(db);
  await importBackup(phone, 'replace');
  const result = await importBackup(laptop, 'merge');
  if (result.mode !== 'merge') throw new Error('merge expected');
  expect((await db.signoffs.get(s.id))?.agreedActions[0].status).toBe('done');
  expect(result.summary.updated).toMatchObject({ signoffs: 1 });
  // The same file again changes nothing.
  const again = await importBackup(laptop, 'merge');
  if (again.mode !== 'merge') throw new Error('merge expected');
  expect(again.summary.updated.signoffs ?? 0).toBe(0);
});

test('a backup made before sign-offs existed imports; a signature that is not a PNG image is refused', async () => {
  await signed();
  const bytes = await backupBytes(await exportBackup());
  const old = edit(bytes, (d) => {
    delete d.tables.signoffs;
    delete d.counts.signoffs;
  });
  await clearAll(db);
  await importBackup(old, 'replace');
  expect(await db.signoffs.count()).toBe(0);

  const hostile = edit(bytes, (d) => (d.tables.signoffs[0].signature = { kind: 'drawn', png: 'javascript:alert(1)' }));
  const err = await importBackup(hostile, 'merge').catch((e) => e);
  expect(err).toBeInstanceOf(BackupError);
  expect(err.message).toMatch(/supervision sign-offs/);
  expect(await db.signoffs.count()).toBe(0);
});

test('a deleted sign-off stays deleted: its marker travels in the backup, matches the schema and removes it on merge', async () => {
  const s = await signed();
  const both = await backupBytes(await exportBackup());
  const removed = await deleteSignOff(s.id);
  expect(removed.map((r) => r.id)).toEqual([s.id]);
  expect(await db.signoffs.count()).toBe(0);
  // The entry it covered is untouched.
  expect(await db.trainings.get('t-1')).toBeDefined();
  const after = await backupBytes(await exportBackup());
  const doc = JSON.parse(new TextDecoder().decode(unzipSync(after)['backup.json']));
  expect(doc.deletions).toEqual([expect.objectContaining({ id: s.id, table: 'signoffs' })]);
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);

  // The other device still has it: merging the file with the marker removes it there too.
  await clearAll(db);
  await importBackup(both, 'replace');
  expect(await db.signoffs.count()).toBe(1);
  const result = await importBackup(after, 'merge');
  if (result.mode !== 'merge') throw new Error('merge expected');
  expect(await db.signoffs.count()).toBe(0);
  expect(result.summary.deleted).toMatchObject({ signoffs: 1 });
  // And merging the older file (with the sign-off) back does not bring it back.
  await importBackup(both, 'merge');
  expect(await db.signoffs.count()).toBe(0);
});

test('undoing a deletion puts the sign-off back and removes its marker', async () => {
  const s = await signed();
  const removed = await deleteSignOff(s.id);
  await restoreSignOffs(removed);
  expect(await db.signoffs.get(s.id)).toEqual(s);
  expect(await db.deletions.get(s.id)).toBeUndefined();
});

test('signedChanges: an entry changed after the sign-off is listed with the date it was signed; unchanged or deleted ones are not', async () => {
  const s = await signed();
  expect((await signedChanges()).size).toBe(0);
  // Only the timestamps change: the content as signed is the same.
  await db.trainings.update('t-1', { updatedAt: '2026-12-01T10:00:00.000Z' });
  expect((await signedChanges()).size).toBe(0);
  await db.trainings.update('t-1', { hours: 7 });
  expect([...(await signedChanges()).values()]).toEqual([
    { id: 't-1', table: 'trainings', title: s.covered[0].title, signedOn: '2026-11-20' },
  ]);
  await db.trainings.delete('t-1');
  expect((await signedChanges()).size).toBe(0);
});
