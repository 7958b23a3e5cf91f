/**
 * The app lock's work (loaded on first use by ./lock.ts): keys (src/lock/keys.ts), the
 * resumable conversion (src/lock/convert.ts over src/db/lock.ts's store), the backoff.
 */
import {
  WrongSecretError,
  changePasscode,
  createKeyring,
  recoverAndRekey,
  replaceRecoveryKey,
  unlockWithPasscode,
  type Keyring,
} from '../lock/keys';
import { convertAll } from '../lock/convert';
import { nextTryAt } from '../lock/backoff';
import { pendingCount, readLock, removeKeyring, saveKeyring, saveLockSettings, sealStore } from '../db/lock';
import { currentDataKey, setDataKey, setSealing } from '../db/seal';
import { convertDrafts } from '../db/draft-seal';
import { lockStore } from './lock-store';
import { StorageError, describeStorageError } from '../db/errors';

/** PBKDF2's iterations; tests lower it (the work factor has its own test in test/lock). */
let iterations: number | undefined;
export function setIterationsForTests(n: number | undefined): void {
  iterations = n;
}
const opts = () => (iterations ? { iterations } : {});

async function keyringOrThrow(): Promise<Keyring> {
  const { keyring } = await readLock();
  if (!keyring) throw new Error('The app lock is not on.');
  return keyring;
}

/** The passcode's data key; a wrong passcode throws an Error in the user's words. */
async function keyWithPasscode(keyring: Keyring, passcode: string): Promise<CryptoKey> {
  try {
    return await unlockWithPasscode(keyring, passcode);
  } catch (e) {
    if (e instanceof WrongSecretError) throw new Error(e.message, { cause: e });
    throw e;
  }
}

let running: Promise<void> | null = null;

/** Resolves when no conversion is running (one resumed after unlock runs in the background). */
export function whenConverted(): Promise<void> {
  return (running ?? Promise.resolve()).catch(() => undefined);
}

/**
 * Runs (or resumes) the conversion to `target` with the key in memory. Progress goes to
 * `converting`; a storage error (a full disk) leaves the records converted so far in their new
 * state, the rest in the old, and the marker kept, so the next unlock (or try) carries on.
 */
async function runConversion(target: 'sealed' | 'open'): Promise<void> {
  if (running) return running;
  const key = currentDataKey();
  if (!key) throw new Error('Unlock the record first.');
  const job = (async () => {
    const total = await pendingCount(target);
    let before = 0;
    let tableDone = 0;
    let lastTable = '';
    lockStore.set({ converting: { target, done: 0, total } });
    try {
      const result = await convertAll(sealStore, target, key, {
        onProgress: (p) => {
          if (p.table !== lastTable) {
            before += tableDone;
            tableDone = 0;
            lastTable = p.table;
          }
          tableDone = p.done;
          lockStore.set({ converting: { target, done: Math.min(before + tableDone, total), total } });
        },
      });
      // The drafts of open forms too (few and small: one transaction).
      await convertDrafts(target, key);
      const broken = result.broken.map((b) => b.message);
      if (broken.length) lockStore.set({ broken: [...new Set([...lockStore.get().broken, ...broken])] });
      if (target === 'open') {
        if (broken.length) {
          throw new Error(
            `${broken.length === 1 ? 'One record' : `${broken.length} records`} could not be opened, so the lock stays on to keep ${
              broken.length === 1 ? 'it' : 'them'
            } as they are. Everything else is open.`,
          );
        }
        await removeKeyring();
        setSealing(false);
        setDataKey(null);
        lockStore.set({ enabled: false, locked: false });
      } else {
        await saveLockSettings({ converting: null });
      }
    } catch (caught) {
      const e = caught instanceof Error && caught.name === 'QuotaExceededError' ? describeStorageError(caught) : caught;
      const c = lockStore.get().converting;
      if (e instanceof StorageError && /storage space/.test(e.message) && c) {
        const doing = target === 'sealed' ? 'protecting' : 'unprotecting';
        throw new Error(
          `Your device ran out of storage space while ${doing} your record. Nothing is lost: ${c.done.toLocaleString('en-GB')} of ${c.total.toLocaleString(
            'en-GB',
          )} items are done and the rest are as they were. Free some space; this carries on by itself the next time you unlock.`,
          { cause: caught },
        );
      }
      throw e;
    } finally {
      lockStore.set({ converting: null });
    }
  })();
  running = job;
  try {
    await job;
  } finally {
    running = null;
  }
}

export async function enableLock(passcode: string): Promise<{ recoveryWords: string }> {
  const { keyring: existing } = await readLock();
  if (existing) throw new Error('The app lock is already on.');
  const { keyring, dataKey, recoveryWords } = await createKeyring(passcode, opts());
  // The keyring and "sealing under way" in one transaction, before any record is sealed.
  await saveKeyring(keyring, { converting: 'sealed', failures: 0, lastFailureAt: null });
  setDataKey(dataKey);
  setSealing(true);
  lockStore.set({ enabled: true, locked: false, failures: 0, retryAt: null });
  await runConversion('sealed');
  return { recoveryWords };
}

export async function disableLock(passcode: string): Promise<void> {
  const keyring = await keyringOrThrow();
  const key = await keyWithPasscode(keyring, passcode);
  await saveLockSettings({ converting: 'open' });
  setDataKey(key);
  // New saves are written open from now on; the conversion opens the rest.
  setSealing(false);
  lockStore.set({ locked: false });
  await runConversion('open');
}

export async function unlock(passcode: string): Promise<{ ok: true } | { ok: false; failures: number; retryAt: string | null }> {
  const { keyring, settings } = await readLock();
  if (!keyring) return { ok: true };
  const waitUntil = nextTryAt(settings.failures, settings.lastFailureAt);
  if (waitUntil && Date.now() < Date.parse(waitUntil)) return { ok: false, failures: settings.failures, retryAt: waitUntil };
  let key: CryptoKey;
  try {
    key = await unlockWithPasscode(keyring, passcode);
  } catch (e) {
    if (!(e instanceof WrongSecretError)) throw e;
    const failures = settings.failures + 1;
    const lastFailureAt = new Date().toISOString();
    await saveLockSettings({ failures, lastFailureAt });
    const retryAt = nextTryAt(failures, lastFailureAt);
    lockStore.set({ failures, retryAt });
    return { ok: false, failures, retryAt };
  }
  if (settings.failures) await saveLockSettings({ failures: 0, lastFailureAt: null });
  afterUnlock(key, settings.converting);
  return { ok: true };
}

function afterUnlock(key: CryptoKey, converting: 'sealed' | 'open' | null): void {
  setDataKey(key);
  setSealing(converting !== 'open');
  lockStore.set({ locked: false, failures: 0, retryAt: null });
  // A conversion interrupted by a reload carries on by itself; with none, drafts stored open
  // (saved before drafts were sealed) are sealed now.
  if (converting) runConversion(converting).catch((e) => console.error(e));
  else convertDrafts('sealed', key).catch((e) => console.error(e));
}

export async function recover(
  words: string,
  newPasscode: string,
): Promise<{ ok: true; recoveryWords: string } | { ok: false; message: string }> {
  const { keyring, settings } = await readLock();
  if (!keyring) return { ok: false, message: 'The app lock is not on.' };
  try {
    const next = await recoverAndRekey(keyring, words, newPasscode, opts());
    await saveKeyring(next.keyring, { failures: 0, lastFailureAt: null });
    afterUnlock(next.dataKey, settings.converting);
    return { ok: true, recoveryWords: next.recoveryWords };
  } catch (e) {
    return { ok: false, message: e instanceof Error ? e.message : String(e) };
  }
}

export async function changeLockPasscode(oldPasscode: string, newPasscode: string): Promise<void> {
  const keyring = await keyringOrThrow();
  let next: Keyring;
  try {
    next = await changePasscode(keyring, oldPasscode, newPasscode, opts());
  } catch (e) {
    if (e instanceof WrongSecretError) throw new Error(e.message, { cause: e });
    throw e;
  }
  await saveKeyring(next);
}

export async function newRecoveryKey(passcode: string): Promise<{ recoveryWords: string }> {
  const keyring = await keyringOrThrow();
  let next: { keyring: Keyring; recoveryWords: string };
  try {
    next = await replaceRecoveryKey(keyring, passcode);
  } catch (e) {
    if (e instanceof WrongSecretError) throw new Error(e.message, { cause: e });
    throw e;
  }
  await saveKeyring(next.keyring);
  return { recoveryWords: next.recoveryWords };
}
