import { db } from './db';
import { nowIso } from './ids';

/** Form drafts, saved as the user types, so a reload, crash or update never loses input. */
export async function saveDraft(id: string, data: Record<string, unknown>): Promise<void> {
  const now = nowIso();
  const existing = await db.drafts.get(id);
  await db.drafts.put({ id, data, createdAt: existing?.createdAt ?? now, updatedAt: now });
}

export async function loadDraft(id: string): Promise<Record<string, unknown> | null> {
  return (await db.drafts.get(id))?.data ?? null;
}

export async function clearDraft(id: string): Promise<void> {
  await db.drafts.delete(id);
}
