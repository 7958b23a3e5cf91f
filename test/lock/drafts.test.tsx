/**
 * Drafts under the app lock (fake-indexeddb): with the lock on, what the user is typing is stored
 * sealed (the raw row holds none of it), opened again after unlock and after a reload; turning the
 * lock on or off converts the stored drafts; the "drafts never lost" guarantees (saved on pagehide,
 * the storage-full warning) hold with the lock on.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { db } from '../../src/db/db';
import { clearDraft, loadDraft, saveDraft } from '../../src/db/drafts';
import { setDataKey, setSealing } from '../../src/db/seal';
import { saveProfile } from '../../src/db/profile';
import { disableLock, enableLock, getLockState, loadLock, lockNow, unlock } from '../../src/state/lock';
import { setIterationsForTests } from '../../src/state/lock-actions';
import { useProfileStore } from '../../src/state/profile';
import { TrainingForm } from '../../src/ui/record/TrainingForm';
import { clearAll } from '../backup/fixtures';
import { fixtureFramework, fixtureProfile } from '../record/fixture';
import { draftWritesSettled } from '../record/draft-writes';

vi.mock('../../src/db/drafts', async () => (await import('../record/draft-writes')).trackedDrafts());

const PASS = '246810';
const SECRET = 'Worried about the bruise on her arm';
const raw = async (id: string) => db.drafts.get(id) as Promise<({ sealed?: unknown } & Record<string, unknown>) | undefined>;

/** What a reload does to the lock: the key is gone, the database opened again, the lock read. */
async function reload(): Promise<void> {
  setDataKey(null);
  setSealing(false);
  db.close();
  await db.open();
  await loadLock();
}

beforeEach(async () => {
  setIterationsForTests(1000);
  setDataKey(null);
  setSealing(false);
  await db.open();
  await clearAll(db);
  await loadLock();
});
afterEach(async () => {
  vi.restoreAllMocks();
  cleanup();
  await draftWritesSettled();
  setDataKey(null);
  setSealing(false);
});

describe('drafts with the app lock on', () => {
  test('stored sealed (no plaintext in the raw row) and read back open while unlocked', async () => {
    await enableLock(PASS);
    await saveDraft('reflection:new', { title: 'Home visit', text: SECRET });
    const row = await raw('reflection:new');
    expect(row?.sealed).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain('bruise');
    expect(JSON.stringify(row)).not.toContain('Home visit');
    expect(await loadDraft('reflection:new')).toEqual({ title: 'Home visit', text: SECRET });
  });

  test('after a reload: nothing while locked, a save while locked is refused and changes nothing, restored after unlock', async () => {
    await enableLock(PASS);
    await saveDraft('impact:t-1', { text: SECRET });
    await reload();
    expect(getLockState().locked).toBe(true);
    expect(await loadDraft('impact:t-1')).toBeNull();
    const before = await raw('impact:t-1');
    await expect(saveDraft('impact:t-1', { text: 'typed while locked' })).rejects.toThrow(/locked/);
    expect(await raw('impact:t-1')).toEqual(before);

    expect(await unlock(PASS)).toEqual({ ok: true });
    expect(await loadDraft('impact:t-1')).toEqual({ text: SECRET });
  });

  test('a save started just before the app locks still lands, sealed', async () => {
    await enableLock(PASS);
    const saving = saveDraft('training:new', { notes: SECRET });
    lockNow();
    await saving;
    expect(JSON.stringify(await raw('training:new'))).not.toContain('bruise');
    expect(await unlock(PASS)).toEqual({ ok: true });
    expect(await loadDraft('training:new')).toEqual({ notes: SECRET });
  });

  test('turning the lock on seals the drafts already stored; turning it off opens them', async () => {
    await saveDraft('training:new', { title: 'Half typed', notes: SECRET });
    await saveDraft('profile', { name: 'Alex' });
    expect(JSON.stringify(await raw('training:new'))).toContain('bruise');

    await enableLock(PASS);
    for (const id of ['training:new', 'profile']) expect((await raw(id))?.sealed).toBeTruthy();
    expect(JSON.stringify(await db.drafts.toArray())).not.toContain('bruise');
    expect(JSON.stringify(await db.drafts.toArray())).not.toContain('Alex');

    await disableLock(PASS);
    expect(await raw('training:new')).toMatchObject({ data: { title: 'Half typed', notes: SECRET } });
    expect((await raw('training:new'))?.sealed).toBeUndefined();
    expect(await loadDraft('profile')).toEqual({ name: 'Alex' });
  });

  test('a draft stored open while the lock was on (before drafts were sealed) is sealed at the next unlock', async () => {
    await enableLock(PASS);
    await db.drafts.put({
      id: 'plan:new',
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      data: { notes: SECRET },
    });
    await reload();
    expect(await unlock(PASS)).toEqual({ ok: true });
    await waitFor(async () => expect((await raw('plan:new'))?.sealed).toBeTruthy());
    expect(JSON.stringify(await raw('plan:new'))).not.toContain('bruise');
    expect(await loadDraft('plan:new')).toEqual({ notes: SECRET });
  });

  test('a tampered sealed draft is not trusted: no draft, and clearing it works', async () => {
    await enableLock(PASS);
    await saveDraft('training:new', { notes: SECRET });
    const row = (await raw('training:new'))!;
    const seal = row.sealed as { fields: Uint8Array };
    seal.fields[0] ^= 1;
    await db.drafts.put(row as never);
    expect(await loadDraft('training:new')).toBeNull();
    await clearDraft('training:new');
    expect(await raw('training:new')).toBeUndefined();
  });
});

describe('a form typed in with the app lock on', () => {
  beforeEach(async () => {
    useProfileStore.setState({ status: 'ready', profile: await saveProfile(fixtureProfile), error: null });
    location.hash = '#/record/training/new';
    await enableLock(PASS);
  });
  const type = (label: RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

  test('each change is stored sealed; after a reload and unlock the form comes back with it', async () => {
    const first = render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
    await screen.findByLabelText(/^Notes/);
    type(/^Notes/, SECRET);
    window.dispatchEvent(new Event('pagehide'));
    await draftWritesSettled();
    const row = await raw('training:new');
    expect(row?.sealed).toBeTruthy();
    expect(JSON.stringify(row)).not.toContain('bruise');
    first.unmount();
    await draftWritesSettled();

    await reload();
    expect(await unlock(PASS)).toEqual({ ok: true });
    render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
    await waitFor(() => expect((screen.getByLabelText(/^Notes/) as HTMLTextAreaElement).value).toBe(SECRET));
  });

  test('storage full: the typing stays with the "not saved" warning, and is stored sealed once there is room', async () => {
    render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
    await screen.findByLabelText(/^Notes/);
    const put = vi.spyOn(db.drafts, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    type(/^Notes/, SECRET);
    await screen.findByText(/Not saved on this device yet: its storage is full/);
    expect(await raw('training:new')).toBeUndefined();
    put.mockRestore();
    type(/^Notes/, `${SECRET}, then saved`);
    await waitFor(() => expect(screen.queryByText(/Not saved on this device yet/)).toBeNull());
    await draftWritesSettled();
    expect(JSON.stringify(await raw('training:new'))).not.toContain('bruise');
    expect(await loadDraft('training:new')).toMatchObject({ notes: `${SECRET}, then saved` });
  });
});
