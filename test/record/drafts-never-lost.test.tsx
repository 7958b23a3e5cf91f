/**
 * Drafts never lost (issue 13): every change is written at once (no debounce window before a
 * reload or crash), an app update waits until every open form's draft is stored, and when the
 * device is full the typing stays in memory with a visible "not saved" warning until it can be
 * saved.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { TrainingForm } from '../../src/ui/record/TrainingForm';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { loadDraft } from '../../src/db/drafts';
import { flushAllDrafts } from '../../src/state/drafts';
import { useProfileStore } from '../../src/state/profile';
import { fixtureFramework, fixtureProfile } from './fixture';
import { draftWritesSettled } from './draft-writes';

vi.mock('../../src/db/drafts', async () => (await import('./draft-writes')).trackedDrafts());

beforeEach(async () => {
  await db.open();
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(fixtureProfile), error: null });
  location.hash = '#/record/training/new';
});
afterEach(async () => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  cleanup();
  await draftWritesSettled();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const type = (label: string, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const titleDraft = async () => (await loadDraft('training:new'))?.title;

test('a keystroke is stored without any timer running (no 250 ms window before a reload or crash)', async () => {
  render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
  await screen.findByLabelText('Title');
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] }); // no timer ever fires
  type('Title', 'Typed just before the crash');
  await draftWritesSettled(); // IndexedDB work only; no setTimeout advanced
  expect(await titleDraft()).toBe('Typed just before the crash');
});

test('an update waits for every open form: flushAllDrafts resolves once the latest typing is stored', async () => {
  render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
  await screen.findByLabelText('Title');
  type('Title', 'One');
  type('Title', 'One two');
  type('Title', 'One two three'); // typed after the "Update available" notice
  await flushAllDrafts();
  expect(await titleDraft()).toBe('One two three');
});

test('storage full: the typing stays, a "not saved" warning shows, and it is saved once there is room', async () => {
  render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
  await screen.findByLabelText('Title');
  const put = vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  type('Title', 'Kept in memory');
  const alert = await screen.findByText(/Not saved on this device yet: its storage is full/);
  expect(alert.getAttribute('role')).toBe('alert');
  expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Kept in memory');
  expect(await titleDraft()).toBeUndefined();

  put.mockRestore(); // room again
  type('Title', 'Kept in memory, then saved');
  await waitFor(() => expect(screen.queryByText(/Not saved on this device yet/)).toBeNull());
  await draftWritesSettled();
  expect(await titleDraft()).toBe('Kept in memory, then saved');
});
