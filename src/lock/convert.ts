/**
 * Turning the lock on or off: every sealable record sealed (or opened), in batches, each batch
 * written in one transaction by the store. Resumable by construction: a record's own marker
 * (`sealed`) says which state it is in, so after a reload, a closed tab or a full disk part-way,
 * running the job again picks up exactly the records not yet converted. A batch is all or
 * nothing, so there is never a half-converted record. The store (src/db) owns the transactions;
 * this module owns the order and the crypto.
 */
import { SealBrokenError, openRecord, sealRecord, type SealableTable } from './fields';

export const SEALABLE_TABLES: SealableTable[] = ['trainings', 'reflections', 'plans', 'signoffs', 'certificates'];

type Rec = { id: string; sealed?: unknown };

export interface SealStore {
  /** Ids of the table's records whose state is not yet `target` (sealed: no marker; open: a marker). */
  pendingIds(table: SealableTable, target: 'sealed' | 'open'): Promise<string[]>;
  read(table: SealableTable, ids: string[]): Promise<Rec[]>;
  /** Writes the converted records in ONE transaction: all of them, or none (and throws). */
  write(table: SealableTable, records: Rec[]): Promise<void>;
}

export interface ConvertProgress {
  table: SealableTable;
  done: number;
  total: number;
}

export interface ConvertResult {
  converted: number;
  /** Records that could not be opened (their seal is broken): left sealed, each named. */
  broken: SealBrokenError[];
}

/** Certificates are large: fewer per transaction. */
const BATCH: Record<SealableTable, number> = { trainings: 200, reflections: 200, plans: 200, signoffs: 100, certificates: 10 };

export async function convertAll(
  store: SealStore,
  target: 'sealed' | 'open',
  key: CryptoKey,
  opts: { onProgress?: (p: ConvertProgress) => void; batch?: Partial<Record<SealableTable, number>> } = {},
): Promise<ConvertResult> {
  const result: ConvertResult = { converted: 0, broken: [] };
  for (const table of SEALABLE_TABLES) {
    const ids = await store.pendingIds(table, target);
    const size = opts.batch?.[table] ?? BATCH[table];
    opts.onProgress?.({ table, done: 0, total: ids.length });
    for (let i = 0; i < ids.length; i += size) {
      const records = await store.read(table, ids.slice(i, i + size));
      const out: Rec[] = [];
      for (const r of records) {
        if (target === 'sealed') out.push(await sealRecord(table, r, key));
        else {
          try {
            out.push(await openRecord(table, r, key));
          } catch (e) {
            if (e instanceof SealBrokenError) result.broken.push(e);
            else throw e;
          }
        }
      }
      if (out.length) await store.write(table, out);
      result.converted += out.length;
      opts.onProgress?.({ table, done: Math.min(i + size, ids.length), total: ids.length });
    }
  }
  return result;
}
