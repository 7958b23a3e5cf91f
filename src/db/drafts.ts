import { db } from './db';
import { nowIso } from './ids';

/** Form drafts, saved as the user types, so a reload, crash or update never loses input. One
 * put, no read first: a write started as the page is hidden must land in a single transaction.
 * `createdAt` is the draft's first save (the caller keeps it). */
export async function saveDraft(id: string, data: Record<string, unknown>, createdAt?: string): Promise<void> {
  const now = nowIso();
  await db.drafts.put({ id, data, createdAt: createdAt ?? now, updatedAt: now });
}

export async function loadDraft(id: string): Promise<Record<string, unknown> | null> {
  return (await db.drafts.get(id))?.data ?? null;
}

export async function clearDraft(id: string): Promise<void> {
  await db.drafts.delete(id);
}
