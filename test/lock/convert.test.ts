// @vitest-environment node
/**
 * Turning the lock on and off over a store whose batches are all-or-nothing (as IndexedDB
 * transactions are): a failure part-way (a reload, a full disk) leaves every record whole and
 * marked, and running again finishes the job; a broken seal is reported by name and the rest open.
 */
import { describe, expect, test } from 'vitest';
import { convertAll, type SealStore } from '../../src/lock/convert';
import { openRecord, type SealableTable } from '../../src/lock/fields';
import { certificate, plan, reflection, training } from '../backup/fixtures';

const newKey = () => crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
type Rec = { id: string; sealed?: unknown } & Record<string, unknown>;

/** An in-memory store with all-or-nothing batch writes; `failAfter` writes, it throws (a reload, a full disk). */
function memoryStore(
  data: Record<SealableTable, Rec[]>,
  failAfter = Infinity,
  error = () => new DOMException('Quota exceeded', 'QuotaExceededError'),
) {
  const tables = Object.fromEntries(
    Object.entries(data).map(([t, rows]) => [t, new Map(rows.map((r) => [r.id, structuredClone(r)]))]),
  ) as Record<SealableTable, Map<string, Rec>>;
  let writes = 0;
  const store: SealStore = {
    async pendingIds(table, target) {
      return [...tables[table].values()].filter((r) => Boolean(r.sealed) !== (target === 'sealed')).map((r) => r.id);
    },
    async read(table, ids) {
      return ids.map((id) => structuredClone(tables[table].get(id)!));
    },
    async write(table, records) {
      if (writes++ >= failAfter) throw error();
      for (const r of records) tables[table].set(r.id, structuredClone(r));
    },
  };
  return { store, tables, allowMore: (n: number) => ((failAfter = writes + n), undefined) };
}

async function seedData(entries: number, certs: number): Promise<Record<SealableTable, Rec[]>> {
  return {
    trainings: Array.from({ length: entries }, (_, i) => ({ ...training(`t-${i}`), notes: `note ${i}` })) as unknown as Rec[],
    reflections: [reflection('r-1', 't-1')] as unknown as Rec[],
    plans: [plan('p-1')] as unknown as Rec[],
    signoffs: [],
    certificates: (await Promise.all(Array.from({ length: certs }, (_, i) => certificate(`c-${i}`, 't-1', 1024)))) as unknown as Rec[],
  };
}

describe('turning the lock on and off', () => {
  test('seals every record in batches, then opens every one back to what it was', async () => {
    const key = await newKey();
    const original = await seedData(500, 25);
    const { store, tables } = memoryStore(original);
    const progress: string[] = [];
    const on = await convertAll(store, 'sealed', key, { onProgress: (p) => progress.push(`${p.table} ${p.done}/${p.total}`) });
    expect(on.converted).toBe(527);
    expect(progress).toContain('trainings 200/500');
    expect(progress).toContain('certificates 25/25');
    expect([...tables.trainings.values()].every((r) => r.sealed && r.notes === '')).toBe(true);
    expect([...tables.certificates.values()].every((r) => r.sealed && r.fileName === '')).toBe(true);

    const off = await convertAll(store, 'open', key);
    expect(off).toEqual({ converted: 527, broken: [] });
    expect([...tables.trainings.values()]).toEqual(original.trainings);
    expect([...tables.certificates.values()].map((c) => Buffer.from(c.bytes as ArrayBuffer).toString('hex'))).toEqual(
      original.certificates.map((c) => Buffer.from(c.bytes as ArrayBuffer).toString('hex')),
    );
  });

  test('a failure part-way (reload, quota exceeded) leaves no half-converted record, and running again finishes', async () => {
    const key = await newKey();
    const original = await seedData(5000, 200);
    const { store, tables, allowMore } = memoryStore(original, 7);
    await expect(convertAll(store, 'sealed', key)).rejects.toThrow(/Quota exceeded/);
    // Every record is either wholly sealed with its marker, or as it was.
    const trainings = [...tables.trainings.values()];
    const sealed = trainings.filter((r) => r.sealed);
    expect(sealed.length).toBe(7 * 200);
    expect(sealed.every((r) => r.notes === '')).toBe(true);
    expect(trainings.filter((r) => !r.sealed).every((r) => r.notes === original.trainings.find((o) => o.id === r.id)!.notes)).toBe(true);

    allowMore(Infinity);
    const resumed = await convertAll(store, 'sealed', key);
    expect(resumed.converted).toBe(5000 - 1400 + 1 + 1 + 200);
    for (const t of ['trainings', 'reflections', 'plans', 'certificates'] as const) {
      expect(
        [...tables[t].values()].every((r) => r.sealed),
        t,
      ).toBe(true);
    }
    // Nothing was sealed twice: each opens to its original.
    const back = await Promise.all([...tables.trainings.values()].slice(0, 50).map((r) => openRecord('trainings', r, key)));
    expect(back).toEqual(original.trainings.slice(0, 50));
  }, 120_000);

  test('turning it off opens every record it can; a tampered one is named and left sealed, the rest readable', async () => {
    const key = await newKey();
    const { store, tables } = memoryStore(await seedData(20, 2));
    await convertAll(store, 'sealed', key);
    const victim = tables.trainings.get('t-5')!;
    (victim.sealed as { fields: Uint8Array }).fields[0] ^= 1;

    const off = await convertAll(store, 'open', key);
    expect(off.converted).toBe(20 + 1 + 1 + 2 - 1);
    expect(off.broken.map((e) => e.id)).toEqual(['t-5']);
    expect(off.broken[0].message).toMatch(/^The training entry "Course t-5" from \d{1,2} [A-Z][a-z]{2} \d{4} cannot be read/);
    expect(tables.trainings.get('t-5')!.sealed).toBeTruthy();
    expect(tables.trainings.get('t-6')!.notes).toBe('note 6');
  });
});
