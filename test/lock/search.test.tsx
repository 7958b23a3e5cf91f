/**
 * The record's search with the app lock on (fake-indexeddb): while unlocked it finds the same
 * entries and reflections as with the lock off (words in notes, impact notes and reflections,
 * which are stored sealed), opened in memory only: nothing opened is written back; while locked
 * nothing is opened.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { db } from '../../src/db/db';
import { setDataKey, setSealing } from '../../src/db/seal';
import { saveProfile } from '../../src/db/profile';
import { loadTrainingList, loadTrainingTitles, saveTraining, setImpactNote } from '../../src/db/trainings';
import { allReflections, saveReflection } from '../../src/db/reflections';
import { openedTrainingTexts } from '../../src/db/search-text';
import { countByTraining, EMPTY_FILTER, filterTrainings, filterReflections } from '../../src/domain/record-filter';
import { enableLock, lockNow, loadLock, unlock } from '../../src/state/lock';
import { setIterationsForTests } from '../../src/state/lock-actions';
import { useProfileStore } from '../../src/state/profile';
import { useRecordUi } from '../../src/state/record';
import { TrainingList } from '../../src/ui/record/TrainingList';
import { clearAll, reflection, training } from '../backup/fixtures';
import { fixtureProfile } from '../record/fixture';
import { draftWritesSettled } from '../record/draft-writes';

vi.mock('../../src/db/drafts', async () => (await import('../record/draft-writes')).trackedDrafts());

const PASS = '246810';
const QUERIES = ['bruise', 'ESCALATION', 'threshold referral', 'course t-3', 'solihull', 'supervisor', 'no such words'];

beforeEach(async () => {
  setIterationsForTests(1000);
  setDataKey(null);
  setSealing(false);
  await db.open();
  await clearAll(db);
  await loadLock();
  useRecordUi.getState().resetFilter();
});
afterEach(async () => {
  cleanup();
  await draftWritesSettled();
  setDataKey(null);
  setSealing(false);
});

async function seedRecord(): Promise<void> {
  const notes = [
    'Noticed a bruise and spoke to the DSL',
    'Escalation policy reread',
    '',
    'Talked it over with my supervisor',
    'Nothing to add',
  ];
  for (const [i, n] of notes.entries()) {
    const { createdAt: _c, updatedAt: _u, ...t } = training(`t-${i}`);
    await saveTraining({ ...t, notes: n });
  }
  await setImpactNote('t-2', { text: 'Now I check the threshold document before every referral', date: '2026-05-01' });
  const { createdAt: _c, updatedAt: _u, ...r } = reflection('r-1', 't-0');
  await saveReflection({
    ...r,
    title: 'After the visit',
    sections: { what: 'A bruise I nearly missed', soWhat: 'Escalation matters', nowWhat: 'Ask my supervisor' },
  });
  const { createdAt: _c2, updatedAt: _u2, ...r2 } = reflection('r-2');
  await saveReflection({ ...r2, template: 'free', sections: {}, text: 'Thinking about threshold and referral wording' });
}

/** What the record's two searches show, as the screens work it out (lists read clear fields;
 * with the lock on, the entries' private words are opened in memory). */
async function search(query: string): Promise<{ trainings: string[]; reflections: string[] }> {
  const list = await loadTrainingList();
  const counts = { certificates: countByTraining(list.certificateLinks), reflections: countByTraining(list.reflectionLinks) };
  const openText = await openedTrainingTexts(list.trainings);
  const found = filterTrainings(list.trainings, counts, { ...EMPTY_FILTER, query }, { basis: 'rolling', today: '2026-06-01', openText });
  const titles = await loadTrainingTitles();
  const reflections = filterReflections(await allReflections(), query, (id) => titles.get(id));
  return { trainings: found.map((t) => t.id).sort(), reflections: reflections.map((r) => r.id).sort() };
}

test('the same results with the lock on (unlocked) as off, and nothing opened is written back', async () => {
  await seedRecord();
  const off = Object.fromEntries(await Promise.all(QUERIES.map(async (q) => [q, await search(q)] as const)));
  // The test means something: the note words are found with the lock off.
  expect(off.bruise).toEqual({ trainings: ['t-0'], reflections: ['r-1'] });
  expect(off['threshold referral']).toEqual({ trainings: ['t-2'], reflections: ['r-2'] });
  expect(off.supervisor.trainings).toEqual(['t-3']);

  await enableLock(PASS);
  const stored = JSON.stringify([await db.trainings.toArray(), await db.reflections.toArray()]);
  for (const secret of ['bruise', 'Escalation', 'threshold', 'supervisor']) expect(stored).not.toContain(secret);

  const on = Object.fromEntries(await Promise.all(QUERIES.map(async (q) => [q, await search(q)] as const)));
  expect(on).toEqual(off);
  // Searching opened nothing on disk.
  expect(JSON.stringify([await db.trainings.toArray(), await db.reflections.toArray()])).toBe(stored);

  // Locked: nothing is opened (the key is gone); unlocked again: found again.
  lockNow();
  expect(await openedTrainingTexts((await loadTrainingList()).trainings)).toEqual(new Map());
  expect(await unlock(PASS)).toEqual({ ok: true });
  expect(await search('bruise')).toEqual(off.bruise);
});

test('an entry edited after a search is searched by its new words', async () => {
  await seedRecord();
  await enableLock(PASS);
  expect((await search('bruise')).trainings).toEqual(['t-0']);
  const { createdAt: _c, updatedAt: _u, ...t } = training('t-0');
  await saveTraining({ ...t, notes: 'Rewritten: a safeguarding concern logged' });
  expect((await search('bruise')).trainings).toEqual([]);
  expect((await search('concern logged')).trainings).toEqual(['t-0']);
});

test('the training list finds words in sealed notes while unlocked', async () => {
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(fixtureProfile), error: null });
  await seedRecord();
  await enableLock(PASS);
  render(<TrainingList />);
  expect(await screen.findByText('5 entries.')).toBeTruthy();
  fireEvent.input(screen.getByLabelText('Search your training'), { target: { value: 'escalation' } });
  expect(await screen.findByText('1 of 5 entries match.')).toBeTruthy();
  expect(screen.getByText('Course t-1')).toBeTruthy();
  fireEvent.input(screen.getByLabelText('Search your training'), { target: { value: 'threshold' } });
  expect(await screen.findByText('1 of 5 entries match.')).toBeTruthy();
  expect(screen.getByText('Course t-2')).toBeTruthy();
});
