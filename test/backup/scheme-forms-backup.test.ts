/** The NMC's forms (written reflective account with the Code's themes, reflective discussion
 * partner, confirmer) and Social Work England's CPD form are stored on reflections: they travel in
 * backups with them, match the published JSON Schema, merge (newer wins), and bad values are
 * refused with nothing written. */
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
import { saveReflection } from '../../src/state/reflections';
import { recordTooLong } from '../../src/domain/limits';
import { clearAll, profile } from './fixtures';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../docs/backup-schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat('date', { type: 'string', validate: (s: string) => isIsoDate(s) });
ajv.addFormat('date-time', { type: 'string', validate: (s: string) => !Number.isNaN(Date.parse(s)) });
const validate = ajv.compile(schema);

function edit(bytes: Uint8Array, change: (doc: { tables: Record<string, Array<Record<string, unknown>>> }) => void): Uint8Array {
  const files = unzipSync(bytes);
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  change(doc);
  files['backup.json'] = strToU8(JSON.stringify(doc));
  return zipSync(files);
}

const confirmer = {
  name: 'Dr Alan Reid',
  nmcPin: '',
  otherRegistrationType: 'General Medical Council',
  otherRegistrationNumber: '7012345',
  email: 'alan.reid@example.nhs.uk',
  address: 'Riverside Health Centre, Leeds LS1 4AP',
};

async function forms() {
  const account = await saveReflection({
    trainingId: null,
    kind: 'reflection',
    date: '2026-10-25',
    title: 'Missed appointments',
    template: 'nmc',
    sections: { nature: 'A workshop', learned: 'Not brought', changed: 'I follow up', code: 'Safety first' },
    text: '',
    peerReflection: false,
    codeThemes: ['prioritise-people', 'preserve-safety'],
  });
  const confirmation = await saveReflection({
    trainingId: null,
    kind: 'confirmation',
    date: '2026-11-10',
    title: 'NMC revalidation confirmation',
    template: 'free',
    sections: {},
    text: '',
    peerReflection: false,
    person: confirmer,
  });
  const piece = await saveReflection({
    trainingId: null,
    kind: 'reflection',
    date: '2026-11-01',
    title: 'Learning from a case review',
    template: 'swe',
    sections: { description: 'Reading a review', learned: 'Drift', impact: 'I review plans', peer: 'My colleague asked why' },
    text: '',
    peerReflection: true,
    cpdType: 'Reading',
  });
  return [account, confirmation, piece];
}

beforeEach(async () => {
  await clearAll(db);
  await db.profile.put(profile());
});

test('the forms are exported, match the published schema, and restore exactly', async () => {
  const saved = await forms();
  const bytes = await backupBytes(await exportBackup());
  const doc = JSON.parse(new TextDecoder().decode(unzipSync(bytes)['backup.json']));
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
  await clearAll(db);
  await importBackup(bytes, 'replace');
  const back = await db.reflections.toArray();
  expect(back.sort((a, b) => a.date.localeCompare(b.date))).toEqual(saved.sort((a, b) => a.date.localeCompare(b.date)));
  expect(back.find((r) => r.kind === 'confirmation')?.person).toEqual(confirmer);
});

test('merge: a confirmer corrected on the other device wins; the same file again changes nothing', async () => {
  const [, confirmation] = await forms();
  await db.reflections.put({ ...confirmation, updatedAt: '2026-06-01T10:00:00.000Z' });
  const phone = await backupBytes(await exportBackup());
  await db.reflections.put({
    ...confirmation,
    person: { ...confirmer, email: 'a.reid@example.nhs.uk' },
    updatedAt: '2026-07-12T10:00:00.000Z',
  });
  const laptop = await backupBytes(await exportBackup());
  await clearAll(db);
  await importBackup(phone, 'replace');
  const result = await importBackup(laptop, 'merge');
  if (result.mode !== 'merge') throw new Error('merge expected');
  expect((await db.reflections.get(confirmation.id))?.person?.email).toBe('a.reid@example.nhs.uk');
  const again = await importBackup(laptop, 'merge');
  if (again.mode !== 'merge') throw new Error('merge expected');
  expect(again.summary.updated.reflections ?? 0).toBe(0);
});

test('a theme the Code does not have, or a confirmer name past the limit, is refused and nothing is written', async () => {
  await forms();
  const bytes = await backupBytes(await exportBackup());
  await clearAll(db);
  for (const hostile of [
    edit(bytes, (d) => (d.tables.reflections.find((r) => r.template === 'nmc')!.codeThemes = ['be-nice'])),
    edit(bytes, (d) => ((d.tables.reflections.find((r) => r.kind === 'confirmation')!.person as { name: string }).name = 'x'.repeat(201))),
    edit(bytes, (d) => (d.tables.reflections.find((r) => r.kind === 'confirmation')!.kind = 'approval')),
  ]) {
    const err = await importBackup(hostile, 'replace').catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(await db.reflections.count()).toBe(0);
  }
});

test("the state's check refuses an over-long NMC PIN or address before saving", () => {
  expect(recordTooLong({ person: { ...confirmer, address: 'a'.repeat(201) } })).toMatch(/^Professional address: too long to save/);
  expect(recordTooLong({ person: { ...confirmer, nmcPin: '1'.repeat(201) } })).toMatch(/^NMC PIN: too long to save/);
  expect(recordTooLong({ person: confirmer, cpdType: 'Reading' })).toBeNull();
});
