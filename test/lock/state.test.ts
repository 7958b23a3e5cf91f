/**
 * The app lock's state seam (src/state/lock.ts) over the real database (fake-indexeddb): turning
 * it on seals the records, locking forgets the key, wrong passcodes slow down (persisted, never
 * a wipe), the recovery words set a new passcode, turning it off opens everything.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../src/db/db';
import {
  changeLockPasscode,
  disableLock,
  enableLock,
  getLockState,
  loadLock,
  lockNow,
  newRecoveryKey,
  recover,
  setAutoLockMinutes,
  unlock,
} from '../../src/state/lock';
import { setIterationsForTests } from '../../src/state/lock-actions';
import { setDataKey, setSealing } from '../../src/db/seal';
import { certificate, plan, reflection, training } from '../backup/fixtures';

const PASS = '246810';

beforeEach(async () => {
  setIterationsForTests(1000);
  setDataKey(null);
  setSealing(false);
  await Promise.all(db.tables.map((t) => t.clear()));
  await loadLock();
});

async function seed(n = 20) {
  await db.trainings.bulkPut(Array.from({ length: n }, (_, i) => ({ ...training(`t-${i}`), notes: `Private note ${i}` })));
  await db.reflections.put({ ...reflection('r-1', 't-1'), text: 'What I felt' });
  await db.plans.put({ ...plan('p-1'), notes: 'Ask my manager' });
  await db.certificates.put(await certificate('c-1', 't-1', 1024));
}

/** A page reload: the key in memory is gone; the state is read again from the database. */
async function reload() {
  setDataKey(null);
  setSealing(false);
  await loadLock();
}

describe('the app lock', () => {
  test('is off by default, with a 5-minute auto-lock', async () => {
    expect(getLockState()).toMatchObject({ enabled: false, locked: false, autoLockMinutes: 5, failures: 0, retryAt: null, broken: [] });
  });

  test('turning it on seals every record; after a reload it is locked; the passcode unlocks', async () => {
    await seed();
    const { recoveryWords } = await enableLock(PASS);
    expect(recoveryWords.split(' ')).toHaveLength(12);
    expect(getLockState()).toMatchObject({ enabled: true, locked: false, converting: null });
    const stored = await db.trainings.toArray();
    expect(stored.every((t) => (t as { sealed?: unknown }).sealed && t.notes === '')).toBe(true);
    expect((await db.certificates.get('c-1'))?.fileName).toBe('');
    expect((await db.plans.get('p-1'))?.notes).toBe('');

    await reload();
    expect(getLockState()).toMatchObject({ enabled: true, locked: true });
    expect(await unlock(PASS)).toEqual({ ok: true });
    expect(getLockState().locked).toBe(false);
    lockNow();
    expect(getLockState().locked).toBe(true);
  });

  test('wrong passcodes slow down after 3, the delay survives a reload, nothing is wiped', async () => {
    await seed(3);
    await enableLock(PASS);
    await reload();
    for (let i = 1; i <= 3; i++) expect(await unlock('000000')).toEqual({ ok: false, failures: i, retryAt: null });
    const fourth = await unlock('000000');
    expect(fourth).toMatchObject({ ok: false, failures: 4 });
    expect(fourth.ok === false && fourth.retryAt).toBeTruthy();
    // Refused while the delay runs, even with the right passcode, and after a reload.
    await reload();
    expect(getLockState()).toMatchObject({ failures: 4, retryAt: fourth.ok === false ? fourth.retryAt : null });
    expect(await unlock(PASS)).toMatchObject({ ok: false, failures: 4 });
    // The delay has passed (moved back in the stored state): the right passcode unlocks, failures reset.
    await db.lock.update('settings', { lastFailureAt: new Date(Date.now() - 60_000).toISOString() } as never);
    expect(await unlock(PASS)).toEqual({ ok: true });
    expect(getLockState()).toMatchObject({ failures: 0, retryAt: null });
    expect(await db.trainings.count()).toBe(3);
  });

  test('the recovery words set a new passcode and give new words; the old passcode stops working', async () => {
    await seed(2);
    const { recoveryWords } = await enableLock(PASS);
    await reload();
    expect(await recover('abandon '.repeat(11) + 'about', 'new-passphrase')).toMatchObject({ ok: false });
    const r = await recover(recoveryWords.toUpperCase(), 'new-passphrase');
    expect(r.ok).toBe(true);
    expect(r.ok && r.recoveryWords).not.toBe(recoveryWords);
    expect(getLockState().locked).toBe(false);
    await reload();
    expect(await unlock(PASS)).toMatchObject({ ok: false });
    expect(await unlock('new-passphrase')).toEqual({ ok: true });
  });

  test('changing the passcode and a new recovery key need the passcode (a clear message otherwise)', async () => {
    await enableLock(PASS);
    await expect(changeLockPasscode('999999', '13579135')).rejects.toThrow('That passcode is not right');
    await changeLockPasscode(PASS, '13579135');
    await expect(newRecoveryKey(PASS)).rejects.toThrow('That passcode is not right');
    const { recoveryWords } = await newRecoveryKey('13579135');
    expect(recoveryWords.split(' ')).toHaveLength(12);
    await reload();
    expect(await unlock('13579135')).toEqual({ ok: true });
  });

  test('turning it off needs the passcode and opens every record as it was', async () => {
    await seed(5);
    const before = await db.trainings.orderBy('id').toArray();
    const cert = await db.certificates.get('c-1');
    await enableLock(PASS);
    await reload();
    await expect(disableLock('111111')).rejects.toThrow('That passcode is not right');
    await disableLock(PASS);
    expect(getLockState()).toMatchObject({ enabled: false, locked: false, converting: null });
    expect(await db.trainings.orderBy('id').toArray()).toEqual(before);
    expect(await db.certificates.get('c-1')).toEqual(cert);
    expect(await db.lock.get('keyring')).toBeUndefined();
    await reload();
    expect(getLockState().enabled).toBe(false);
  });

  test('the auto-lock time is kept', async () => {
    await setAutoLockMinutes(0);
    await reload();
    expect(getLockState().autoLockMinutes).toBe(0);
  });
});
