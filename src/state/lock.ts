/**
 * The app lock for the screens (Settings > App lock, the lock screen, auto-lock). Start-up reads
 * two small rows (is a keyring stored?); everything with crypto or conversion is in
 * ./lock-actions.ts, loaded only when the lock is used. The data key lives in memory only
 * (src/db/seal.ts) while unlocked.
 */
import { store, type LockState } from './lock-store';
import { readLock, saveLockSettings } from '../db/lock-settings';
import { currentDataKey, onSealBroken, setDataKey, setSealing } from '../db/seal';
import { nextTryAt } from '../lock/backoff';

export type { LockState };

onSealBroken((message) => {
  const { broken } = store.getState();
  if (!broken.includes(message)) store.setState({ broken: [...broken, message] });
});

export function useLock<T>(selector: (s: LockState) => T): T {
  return store(selector);
}

export function getLockState(): LockState {
  return store.getState();
}

/** At start-up: reads the keyring; enabled means locked until the passcode is given. */
export async function loadLock(): Promise<void> {
  const { keyring, settings } = await readLock();
  const enabled = !!keyring;
  setSealing(enabled);
  if (!enabled) setDataKey(null);
  store.setState({
    enabled,
    locked: enabled && !currentDataKey(),
    autoLockMinutes: settings.autoLockMinutes,
    failures: settings.failures,
    retryAt: nextTryAt(settings.failures, settings.lastFailureAt),
  });
}

const actions = () => import('./lock-actions');

/** Turns the lock on: a new data key, and every record sealed (progress in `converting`).
 * The recovery words are shown once and never stored. */
export async function enableLock(passcode: string): Promise<{ recoveryWords: string }> {
  return (await actions()).enableLock(passcode);
}

/** Turns the lock off: every record opened, then the keyring removed. */
export async function disableLock(passcode: string): Promise<void> {
  return (await actions()).disableLock(passcode);
}

export async function unlock(passcode: string): Promise<{ ok: true } | { ok: false; failures: number; retryAt: string | null }> {
  return (await actions()).unlock(passcode);
}

/** A forgotten passcode: the recovery words set a new passcode, and a new recovery key is made. */
export async function recover(
  words: string,
  newPasscode: string,
): Promise<{ ok: true; recoveryWords: string } | { ok: false; message: string }> {
  return (await actions()).recover(words, newPasscode);
}

export async function changeLockPasscode(oldPasscode: string, newPasscode: string): Promise<void> {
  return (await actions()).changeLockPasscode(oldPasscode, newPasscode);
}

/** A new recovery key; the old words stop working. */
export async function newRecoveryKey(passcode: string): Promise<{ recoveryWords: string }> {
  return (await actions()).newRecoveryKey(passcode);
}

/** Forgets the data key: the record stays locked until the passcode is given again. */
export function lockNow(): void {
  setDataKey(null);
  const s = store.getState();
  if (s.enabled) store.setState({ locked: true });
}

export async function setAutoLockMinutes(minutes: number): Promise<void> {
  const m = Math.max(0, Math.round(minutes));
  await saveLockSettings({ autoLockMinutes: m });
  store.setState({ autoLockMinutes: m });
}
