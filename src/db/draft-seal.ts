/**
 * Drafts under the app lock (loaded only while it is on): what the user is typing is sealed under
 * the same data key as the records' private fields (src/lock/fields.ts, table 'drafts': the form's
 * values as one sealed field, bound to the draft's id), and opened again when the form comes back.
 * Turning the lock on or off converts the stored drafts too (convertDrafts).
 */
import { db } from './db';
import { SealBrokenError, openRecord, sealRecord } from '../lock/fields';
import type { Draft } from '../domain/types';

export type StoredDraft = Draft & { sealed?: unknown };

export function sealDraft(row: Draft, key: CryptoKey): Promise<StoredDraft> {
  return sealRecord('drafts', row, key);
}

/** The draft's values, or null if its seal fails its check (a changed or damaged draft is not
 * trusted; the form starts from the record instead). */
export async function openDraft(row: StoredDraft, key: CryptoKey): Promise<Record<string, unknown> | null> {
  try {
    return (await openRecord('drafts', row, key)).data;
  } catch (e) {
    if (e instanceof SealBrokenError) return null;
    throw e;
  }
}

/**
 * Every stored draft sealed (or opened), in one transaction. A draft saved meanwhile (its
 * `updatedAt` changed) is already in the state it should be and is not overwritten; one that
 * cannot be opened stays sealed.
 */
export async function convertDrafts(target: 'sealed' | 'open', key: CryptoKey): Promise<void> {
  const rows = (await db.drafts.toArray()) as StoredDraft[];
  const out: StoredDraft[] = [];
  for (const r of rows) {
    if (Boolean(r.sealed) === (target === 'sealed')) continue;
    if (target === 'sealed') out.push(await sealDraft(r, key));
    else {
      const data = await openDraft(r, key);
      if (data) {
        const { sealed: _sealed, ...open } = r;
        out.push({ ...open, data });
      }
    }
  }
  if (!out.length) return;
  await db.transaction('rw', db.drafts, async () => {
    const current = (await db.drafts.bulkGet(out.map((r) => r.id))) as Array<StoredDraft | undefined>;
    const keep = out.filter((r, i) => {
      const c = current[i];
      return c && c.updatedAt === r.updatedAt && Boolean(c.sealed) !== Boolean(r.sealed);
    });
    if (keep.length) await db.drafts.bulkPut(keep);
  });
}
