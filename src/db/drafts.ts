import { db } from './db';
import { nowIso } from './ids';
import { currentDataKey, isSealing, LockedError } from './seal';
import type { Draft } from '../domain/types';

/** Sealing drafts: loaded only while the app lock is on. */
const sealing = () => import('./draft-seal');

/** Form drafts, saved as the user types, so a reload, crash or update never loses input. One
 * put, no read first: a write started as the page is hidden must land in a single transaction.
 * With the app lock on, the draft is sealed before the put under the data key taken at the call
 * (a save started just before the app locks still lands, sealed); while locked (no key) it is
 * refused and the form keeps it in memory and tries again (src/ui/hooks/useDraft.ts).
 * `createdAt` is the draft's first save (the caller keeps it). */
export async function saveDraft(id: string, data: Record<string, unknown>, createdAt?: string): Promise<void> {
  const now = nowIso();
  let row: Draft = { id, data, createdAt: createdAt ?? now, updatedAt: now };
  if (isSealing()) {
    const key = currentDataKey();
    if (!key) throw new LockedError();
    row = await (await sealing()).sealDraft(row, key);
  }
  await db.drafts.put(row);
}

/** The draft's values (opened while unlocked); null if there is none, or it is sealed and the
 * record is locked. */
export async function loadDraft(id: string): Promise<Record<string, unknown> | null> {
  const row = await db.drafts.get(id);
  if (!row) return null;
  if (!(row as { sealed?: unknown }).sealed) return row.data;
  const key = currentDataKey();
  return key ? (await sealing()).openDraft(row, key) : null;
}

export async function clearDraft(id: string): Promise<void> {
  await db.drafts.delete(id);
}
