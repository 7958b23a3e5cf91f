/**
 * What start-up needs from the app lock's table: one read of two small rows, and the settings
 * saved. Kept apart from ./lock.ts (the keyring and the conversion's store), which loads only
 * when the lock is used, so that the first load stays small.
 */
import { db } from './db';
import { describeStorageError } from './errors';
import { DEFAULT_LOCK_SETTINGS, type LockSettingsRow } from './lock-rows';
import type { Keyring } from '../lock/keys';

/** What start-up needs: one read of two small rows. */
export async function readLock(): Promise<{ keyring: Keyring | null; settings: LockSettingsRow }> {
  const [k, s] = await db.lock.bulkGet(['keyring', 'settings']);
  return {
    keyring: k?.id === 'keyring' ? k.keyring : null,
    settings: s?.id === 'settings' ? { ...DEFAULT_LOCK_SETTINGS, ...s } : { ...DEFAULT_LOCK_SETTINGS },
  };
}

/** One read-write transaction over the lock table, storage errors in the user's words. */
export async function writeLock(fn: () => Promise<unknown>): Promise<void> {
  try {
    await db.transaction('rw', db.lock, fn);
  } catch (e) {
    throw describeStorageError(e);
  }
}

export async function currentSettings(): Promise<LockSettingsRow> {
  const s = await db.lock.get('settings');
  return s?.id === 'settings' ? { ...DEFAULT_LOCK_SETTINGS, ...s } : { ...DEFAULT_LOCK_SETTINGS };
}

/** Changes the lock's settings (read and written in one transaction). */
export function saveLockSettings(patch: Partial<Omit<LockSettingsRow, 'id'>>): Promise<void> {
  return writeLock(async () => db.lock.put({ ...(await currentSettings()), ...patch, id: 'settings' }));
}
