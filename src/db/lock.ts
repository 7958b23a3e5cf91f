/**
 * The app lock's storage: the keyring and the lock's settings (table `lock`, database version
 * 4), and the store the conversion (src/lock/convert.ts) runs over, each batch one transaction.
 */
import { db } from './db';
import { describeStorageError } from './errors';
import { currentDataKey, isSealing, LockedError } from './seal';
import { DEFAULT_LOCK_SETTINGS, type LockSettingsRow } from './lock-rows';
import { currentSettings, readLock, saveLockSettings, writeLock } from './lock-settings';
import type { Keyring } from '../lock/keys';
import type { SealStore } from '../lock/convert';
import type { SealableTable } from '../lock/fields';

export { DEFAULT_LOCK_SETTINGS, readLock, saveLockSettings, type LockSettingsRow };

/** Stores the keyring, and the settings' patch with it (one transaction). */
export function saveKeyring(keyring: Keyring, patch: Partial<Omit<LockSettingsRow, 'id'>> = {}): Promise<void> {
  return writeLock(async () => {
    await db.lock.put({ id: 'keyring', keyring });
    await db.lock.put({ ...(await currentSettings()), ...patch, id: 'settings' });
  });
}

/** The lock is off: the keyring goes (every record has been opened) and no conversion is under way. */
export function removeKeyring(): Promise<void> {
  return writeLock(async () => {
    await db.lock.delete('keyring');
    await db.lock.put({ ...(await currentSettings()), converting: null, id: 'settings' });
  });
}

type Rec = { id: string; updatedAt?: string; sealed?: unknown };

export const SEALABLE: SealableTable[] = ['trainings', 'reflections', 'plans', 'signoffs', 'certificates'];

/** The conversion's store: pending records found from the seal-marker index alone (no record,
 * no certificate bytes read), each batch written in one transaction. */
export const sealStore: SealStore = {
  async pendingIds(table, target) {
    const t = db.table(table);
    const sealed = (await t.where('sealed.version').above(0).primaryKeys()) as string[];
    if (target === 'open') return sealed;
    const done = new Set(sealed);
    return ((await t.toCollection().primaryKeys()) as string[]).filter((id) => !done.has(id));
  },
  async read(table, ids) {
    return ((await db.table(table).bulkGet(ids)) as Array<{ id: string } | undefined>).filter((r): r is { id: string } => !!r);
  },
  async write(table, records) {
    const t = db.table(table);
    try {
      await db.transaction('rw', t, async () => {
        // Only records unchanged since they were read: one deleted meanwhile is not brought back,
        // and one saved meanwhile (already written in its new state) is not overwritten.
        const current = (await t.bulkGet(records.map((r) => r.id))) as Array<Rec | undefined>;
        const keep = (records as Rec[]).filter((r, i) => {
          const c = current[i];
          return c && c.updatedAt === r.updatedAt && Boolean(c.sealed) !== Boolean(r.sealed);
        });
        if (keep.length) await t.bulkPut(keep);
      });
    } catch (e) {
      throw describeStorageError(e);
    }
  },
};

/** How many records the conversion to `target` still has to do, over every sealable table. */
export async function pendingCount(target: 'sealed' | 'open'): Promise<number> {
  let n = 0;
  for (const t of SEALABLE) n += (await sealStore.pendingIds(t, target)).length;
  return n;
}

/** Before an import writes (merge or replace) with the app lock on: unlocked only, and the
 * "sealing under way" marker set, so that if the page closes before the imported records are
 * sealed, the next unlock seals them. */
export async function beforeImportWrite(): Promise<void> {
  if (!isSealing()) return;
  if (!currentDataKey()) throw new LockedError();
  await saveLockSettings({ converting: 'sealed' });
}

/** After an import with the app lock on: the records it wrote (open, as the backup holds them)
 * are sealed, each batch in one transaction, and the marker cleared. */
export async function sealPending(): Promise<void> {
  const key = currentDataKey();
  if (!isSealing() || !key) return;
  const { convertAll } = await import('../lock/convert');
  await convertAll(sealStore, 'sealed', key);
  await saveLockSettings({ converting: null });
}
