/**
 * Faults while turning the app lock on and off, over the real database (fake-indexeddb) with
 * 5,000 entries and 200 certificates: a full disk part-way leaves a clear message, every record
 * whole (sealed with its marker, or as it was), and a state that a reload and an unlock finish
 * by themselves; a reload mid-way through turning it off does the same.
 */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { db } from '../../src/db/db';
import { sealStore } from '../../src/db/lock';
import { setDataKey, setSealing } from '../../src/db/seal';
import { disableLock, enableLock, getLockState, loadLock, unlock } from '../../src/state/lock';
import { setIterationsForTests, whenConverted } from '../../src/state/lock-actions';
import { getCertificate } from '../../src/db/certificates';
import { getTraining } from '../../src/db/trainings';
import { clearAll, training } from '../backup/fixtures';
import type { Certificate } from '../../src/domain/types';

const PASS = '246810';
const realWrite = sealStore.write;
const isSealed = (r: unknown) => Boolean((r as { sealed?: unknown } | undefined)?.sealed);

function bytesOf(i: number): ArrayBuffer {
  const b = new Uint8Array(4096);
  for (let j = 0; j < b.length; j++) b[j] = (i * 31 + j * 7) & 0xff;
  return b.buffer;
}

beforeEach(async () => {
  setIterationsForTests(1000);
  setDataKey(null);
  setSealing(false);
  await clearAll(db);
  await loadLock();
  await db.trainings.bulkPut(Array.from({ length: 5000 }, (_, i) => ({ ...training(`t-${i}`), notes: `Private note ${i}` })));
  await db.certificates.bulkPut(
    Array.from({ length: 200 }, (_, i): Certificate => ({
      id: `c-${i}`,
      createdAt: '2026-01-05T09:00:00.000Z',
      updatedAt: '2026-01-05T09:00:00.000Z',
      trainingId: `t-${i}`,
      fileName: `Certificate ${i}.pdf`,
      mimeType: 'application/pdf',
      size: 4096,
      originalSize: 4096,
      sha256: 'ab'.repeat(32),
      bytes: bytesOf(i),
    })),
  );
});
afterEach(() => {
  sealStore.write = realWrite;
});

/** Full after `n` more batch writes: each later batch fails as a full disk does (nothing written). */
function diskFullAfter(n: number) {
  let left = n;
  sealStore.write = async (table, records) => {
    if (left-- <= 0) throw Object.assign(new Error('Quota exceeded'), { name: 'QuotaExceededError' });
    return realWrite(table, records);
  };
}

async function reload() {
  setDataKey(null);
  setSealing(false);
  await loadLock();
}

/** Every record whole: sealed ones open to their original text; open ones as they were. */
async function expectEveryRecordWhole() {
  const rows = await db.trainings.toArray();
  for (const r of rows) if (!isSealed(r)) expect(r.notes).toBe(`Private note ${r.id.slice(2)}`);
  for (const id of ['t-0', 't-2500', 't-4999']) expect((await getTraining(id))!.notes).toBe(`Private note ${id.slice(2)}`);
  const c = await getCertificate('c-199');
  expect(new Uint8Array(c!.bytes)).toEqual(new Uint8Array(bytesOf(199)));
  expect(c!.fileName).toBe('Certificate 199.pdf');
}

test('a full disk while turning the lock on: a clear message, nothing lost, and the next unlock finishes', async () => {
  diskFullAfter(10); // 10 batches of 200 entries sealed, then the disk is full
  const err = await enableLock(PASS).catch((e: Error) => e);
  expect(err).toBeInstanceOf(Error);
  expect((err as Error).message).toMatch(
    /^Your device ran out of storage space while protecting your record\. Nothing is lost: 2,000 of 5,200/,
  );
  expect(getLockState()).toMatchObject({ enabled: true, converting: null });
  expect(await db.trainings.where('sealed.version').equals(1).count()).toBe(2000);
  expect(await db.lock.get('settings')).toMatchObject({ converting: 'sealed' });
  await expectEveryRecordWhole();

  // Space freed, the page reloaded: locked; the unlock carries on sealing by itself.
  sealStore.write = realWrite;
  await reload();
  expect(getLockState()).toMatchObject({ enabled: true, locked: true });
  expect(await unlock(PASS)).toEqual({ ok: true });
  await whenConverted();
  expect(await db.trainings.where('sealed.version').equals(1).count()).toBe(5000);
  expect(await db.certificates.where('sealed.version').equals(1).count()).toBe(200);
  expect(await db.lock.get('settings')).toMatchObject({ converting: null });
  await expectEveryRecordWhole();
});

test('a reload while turning the lock off: after the unlock, the opening finishes and the lock goes', async () => {
  await enableLock(PASS);
  expect(await db.certificates.where('sealed.version').equals(1).count()).toBe(200);
  diskFullAfter(12); // stands for the tab closing part-way: some batches opened, the rest not
  await expect(disableLock(PASS)).rejects.toThrow(/while unprotecting your record/);
  sealStore.write = realWrite;
  await reload();
  expect(getLockState()).toMatchObject({ enabled: true, locked: true });
  expect(await db.trainings.where('sealed.version').equals(1).count()).toBe(5000 - 12 * 200);
  expect(await unlock(PASS)).toEqual({ ok: true });
  await whenConverted();
  expect(getLockState()).toMatchObject({ enabled: false, locked: false });
  expect(await db.lock.get('keyring')).toBeUndefined();
  const rows = await db.trainings.toArray();
  expect(rows.filter(isSealed)).toHaveLength(0);
  expect(rows.every((r) => r.notes === `Private note ${r.id.slice(2)}`)).toBe(true);
  const certs = await db.certificates.toArray();
  expect(certs.every((c) => !isSealed(c) && c.fileName.startsWith('Certificate '))).toBe(true);
  expect(new Uint8Array((await db.certificates.get('c-7'))!.bytes)).toEqual(new Uint8Array(bytesOf(7)));
});
