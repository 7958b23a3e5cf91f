/**
 * The app lock at the storage layer: the data key while unlocked (in memory only), and the
 * helpers that open sealed records where they are read for display and seal records where they
 * are written. The crypto is src/lock/fields.ts, loaded only when the lock is on (the check is a
 * boolean). Lists, hours and suggestions read the clear fields and never call these.
 */
import type { SealableTable } from '../lock/fields';

let dataKey: CryptoKey | null = null;
/** A keyring is stored: new and changed records must be written sealed. */
let sealing = false;
const brokenListeners = new Set<(message: string) => void>();

export function setSealing(on: boolean): void {
  sealing = on;
}

export function isSealing(): boolean {
  return sealing;
}

export function setDataKey(key: CryptoKey | null): void {
  dataKey = key;
}

export function currentDataKey(): CryptoKey | null {
  return dataKey;
}

/** Told of each record whose seal fails its check (named in the user's words). */
export function onSealBroken(listener: (message: string) => void): () => void {
  brokenListeners.add(listener);
  return () => brokenListeners.delete(listener);
}

export class LockedError extends Error {
  constructor() {
    super('Your record is locked. Unlock it with your passcode to make changes.');
    this.name = 'LockedError';
  }
}

const fields = () => import('../lock/fields');

const SEALABLE_NAMES: readonly string[] = ['trainings', 'reflections', 'plans', 'signoffs', 'certificates'];
export function isSealable(table: string): table is SealableTable {
  return SEALABLE_NAMES.includes(table);
}

type WithId = { id: string };

/** The record with its private fields readable (the lock off, or unlocked). A broken seal is
 * reported (onSealBroken) and the record returned with its clear fields only. */
export async function openOne<T extends WithId>(table: SealableTable, record: T): Promise<T>;
export async function openOne<T extends WithId>(table: SealableTable, record: T | undefined): Promise<T | undefined>;
export async function openOne<T extends WithId>(table: SealableTable, record: T | undefined): Promise<T | undefined> {
  if (!record || !(record as { sealed?: unknown }).sealed || !dataKey) return record;
  const f = await fields();
  try {
    return await f.openRecord(table, record, dataKey);
  } catch (e) {
    if (!(e instanceof f.SealBrokenError)) throw e;
    for (const l of brokenListeners) l(e.message);
    return record;
  }
}

export async function openMany<T extends WithId>(table: SealableTable, records: T[]): Promise<T[]> {
  if (!dataKey || !records.some((r) => (r as { sealed?: unknown }).sealed)) return records;
  return Promise.all(records.map((r) => openOne(table, r)));
}

/** What to store: sealed when the lock is on (throws LockedError while locked), as it is
 * otherwise. A record that already carries its seal (read and written back with only clear
 * fields changed) is stored as it is. */
export async function sealOne<T extends WithId>(table: SealableTable, record: T): Promise<T> {
  if (!sealing || (record as { sealed?: unknown }).sealed) return record;
  if (!dataKey) throw new LockedError();
  return (await fields()).sealRecord(table, record, dataKey);
}

export async function sealMany<T extends WithId>(table: SealableTable, records: T[]): Promise<T[]> {
  if (!sealing) return records;
  return Promise.all(records.map((r) => sealOne(table, r)));
}
