// @vitest-environment jsdom
/** Every text field has a limit (src/domain/limits.ts): the import refuses longer text before
 * anything is written, and the forms will not take more (maxlength). */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { limitText, TEXT_LIMITS } from '../../src/domain/limits';
import { TrainingForm } from '../../src/ui/record/TrainingForm';
import { clearAll, digest, seed } from '../backup/fixtures';

beforeEach(() => clearAll(db));
afterEach(() => cleanup());

async function edited(edit: (doc: { tables: Record<string, Record<string, unknown>[]> }) => void): Promise<Uint8Array> {
  await seed(db, { trainings: 2, certificates: 0 });
  const files = unzipSync(await backupBytes(await exportBackup()));
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  edit(doc);
  files['backup.json'] = strToU8(JSON.stringify(doc));
  return zipSync(files);
}

test.each([
  ['a 10 MB training title', 'trainings', 'title', 10 * 1024 * 1024],
  ['training notes over the limit', 'trainings', 'notes', TEXT_LIMITS.notes + 1],
  ['a reflection text over the limit', 'reflections', 'text', TEXT_LIMITS.long + 1],
  ['a profile name over the limit', 'profile', 'name', TEXT_LIMITS.short + 1],
])('%s is refused on import, naming the field; nothing changes', async (_name, table, field, length) => {
  const bytes = await edited((d) => (d.tables[table][0][field] = 'x'.repeat(length)));
  const before = await digest(db);
  const err = await importBackup(bytes, 'merge').catch((e) => e);
  expect(err.message).toMatch(new RegExp(`Record 1 of the .* "${field}" is not valid`));
  expect(await digest(db)).toBe(before);
});

test('text at the limit is accepted', async () => {
  const bytes = await edited((d) => (d.tables.trainings[0].title = 'x'.repeat(TEXT_LIMITS.short)));
  await expect(importBackup(bytes, 'merge')).resolves.toBeDefined();
});

test('the training form will not take more than the limits', async () => {
  render(<TrainingForm framework={null} frameworkId="fixture" />);
  expect((await screen.findByLabelText('Title')).getAttribute('maxlength')).toBe(String(TEXT_LIMITS.short));
  expect(document.getElementById('field-notes')!.getAttribute('maxlength')).toBe(String(TEXT_LIMITS.notes));
});

test('limitText bounds text for the PDF', () => {
  expect(limitText('abc', 5)).toBe('abc');
  expect(limitText('x'.repeat(10_000_000), 200)).toHaveLength(200);
});
