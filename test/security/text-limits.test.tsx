// @vitest-environment jsdom
/** Every text field has a limit (src/domain/limits.ts): the import refuses longer text before
 * anything is written; the forms keep everything typed and say, in plain words, when a field is
 * too long; the state refuses to save it. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { limitText, recordTooLong, TEXT_LIMITS } from '../../src/domain/limits';
import { StorageError } from '../../src/db/errors';
import { saveTraining, setImpactNote, type TrainingInput } from '../../src/db/trainings';
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

test('the training form keeps every character typed past a limit, says so in plain words, and saves nothing', async () => {
  const { container } = render(<TrainingForm framework={null} frameworkId="fixture" />);
  const title = (await screen.findByLabelText('Title')) as HTMLInputElement;
  const notes = document.getElementById('field-notes') as HTMLTextAreaElement;
  // No maxlength: a paste past the limit is never cut off silently.
  expect(title.hasAttribute('maxlength')).toBe(false);
  expect(notes.hasAttribute('maxlength')).toBe(false);
  const longTitle = 'T'.repeat(TEXT_LIMITS.short + 5);
  fireEvent.input(title, { target: { value: longTitle } });
  const message = await screen.findByText(
    'Title: too long. It has 205 characters; the most it can hold is 200. Remove 5 characters to save it; nothing you typed has been removed.',
  );
  expect(message.getAttribute('aria-live') ?? message.closest('[aria-live]')?.getAttribute('aria-live')).toBe('polite');
  expect(title.value).toBe(longTitle);
  const longNotes = 'n'.repeat(TEXT_LIMITS.notes + 1);
  fireEvent.input(notes, { target: { value: longNotes } });
  await screen.findByText(/^Notes: too long\. It has 20,001 characters; the most it can hold is 20,000\. Remove 1 character to save it/);
  expect(notes.value).toBe(longNotes);
  fireEvent.input(screen.getByLabelText('Hours'), { target: { value: '2' } });
  fireEvent.submit(container.querySelector('form')!);
  expect(await screen.findAllByText(/Shorten the title to 200 characters or fewer/)).not.toHaveLength(0);
  expect(await db.trainings.count()).toBe(0);
  expect(title.value).toBe(longTitle); // still all there
  // Within the limit again: the message goes.
  fireEvent.input(title, { target: { value: 'T'.repeat(TEXT_LIMITS.short) } });
  await waitFor(() => expect(screen.queryByText(/Title: too long/)).toBeNull());
});

describe('the state refuses over-long text before anything is written, whoever calls it', () => {
  const training = (p: Partial<TrainingInput> = {}): TrainingInput => ({
    title: 'Course',
    providerKind: 'other',
    providerName: '',
    startDate: '2026-01-05',
    endDate: '2026-01-05',
    hours: 1,
    mode: 'e-learning',
    level: '',
    link: null,
    agency: 'single',
    participatory: false,
    notes: '',
    impact: null,
    ...p,
  });

  test.each([
    [
      'a title',
      { title: 'x'.repeat(TEXT_LIMITS.short + 1) },
      /^Title: too long to save\. It has 201 characters; the most it can hold is 200/,
    ],
    ['notes', { notes: 'x'.repeat(TEXT_LIMITS.notes + 1) }, /^Notes: too long to save\. It has 20,001 characters/],
    ['a provider name', { providerName: 'x'.repeat(TEXT_LIMITS.short + 1) }, /^Provider name: too long to save/],
  ])('a training entry with %s over the limit', async (_, patch, message) => {
    const before = await digest(db);
    const err = await saveTraining(training(patch)).catch((e) => e);
    expect(err).toBeInstanceOf(StorageError);
    expect(err.problem).toBe('too-long');
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/nothing you typed has been removed/);
    expect(await digest(db)).toBe(before);
  });

  test('at the limit is saved; an impact note, a reflection section and a plan are checked too', async () => {
    const t = await saveTraining(training({ title: 'x'.repeat(TEXT_LIMITS.short), notes: 'n'.repeat(TEXT_LIMITS.notes) }));
    expect((await db.trainings.get(t.id))!.title).toHaveLength(TEXT_LIMITS.short);
    const impact = await setImpactNote(t.id, { text: 'i'.repeat(TEXT_LIMITS.long + 1), date: '2026-03-01' }).catch((e) => e);
    expect(impact.message).toMatch(/^Text: too long to save\. It has 50,001 characters/);
    expect((await db.trainings.get(t.id))!.impact).toBeNull();
    expect(recordTooLong({ template: 'gibbs', sections: { feelings: 's'.repeat(TEXT_LIMITS.long + 1) } })).toMatch(
      /^A section of the reflection: too long to save/,
    );
    expect(recordTooLong({ title: 'Plan', notes: '', approval: { approved: true, byName: 'a'.repeat(201), date: null } })).toMatch(
      /^Approved by: too long/,
    );
    expect(recordTooLong({ title: 'ok', notes: 'n'.repeat(TEXT_LIMITS.notes), bytes: new ArrayBuffer(8) })).toBeNull();
  });
});

test('limitText bounds text for the PDF', () => {
  expect(limitText('abc', 5)).toBe('abc');
  expect(limitText('x'.repeat(10_000_000), 200)).toHaveLength(200);
});
