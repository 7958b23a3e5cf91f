// @vitest-environment node
/**
 * Certificates' bytes are not held from the check until the write (issue 13.6, memory): the
 * checked backup keeps only where each file is, and the write reads each again from the file,
 * a few at a time, checked again exactly as at the check. What lands is byte-identical; a file
 * that changed since its check is refused as it is written, and nothing is written.
 */
import { beforeEach, expect, test } from 'vitest';
import { db } from '../../src/db/db';
import { backupBytes, exportBackup } from '../../src/backup/export';
import { applyBackup, checkBackup } from '../../src/backup/import';
import { BackupError } from '../../src/backup/errors';
import { bytesSource, readDirectory } from '../../src/backup/zip-stream';
import type { Certificate } from '../../src/domain/types';
import { clearAll, digest, seed, training } from './fixtures';

let file: Uint8Array;
let originals: Certificate[];
beforeEach(async () => {
  await clearAll(db);
  await seed(db, { trainings: 5, certificates: 9 });
  originals = await db.certificates.toArray();
  file = await backupBytes(await exportBackup());
  await clearAll(db);
  await db.trainings.put(training('here-only'));
});

for (const mode of ['merge', 'replace'] as const) {
  test(`${mode}: the checked backup holds no certificate bytes; every certificate lands byte-identical`, async () => {
    const checked = await checkBackup(file);
    expect(checked.incoming.tables.certificates).toHaveLength(9);
    for (const c of checked.incoming.tables.certificates) expect(c).not.toHaveProperty('bytes');
    await applyBackup(checked, mode, { keepSafetyCopy: () => {} });
    const stored = await db.certificates.toArray();
    expect(stored).toHaveLength(originals.length);
    for (const original of originals) {
      const got = stored.find((c) => c.id === original.id)!;
      expect(got.bytes).toBeInstanceOf(ArrayBuffer);
      expect(got.bytes.byteLength).toBe(original.size);
      expect(Buffer.from(got.bytes).equals(Buffer.from(original.bytes))).toBe(true);
      expect(got.sha256).toBe(original.sha256);
    }
    expect(await db.trainings.count()).toBe(mode === 'merge' ? 6 : 5);
  });

  test(`${mode}: a certificate changed in the file after the check is refused as it is written, and nothing is written`, async () => {
    const checked = await checkBackup(file);
    const before = await digest(db);
    // One byte of the last certificate's stored data (written after the other tables and the
    // first certificates: the whole transaction must be undone).
    const entries = [...(await readDirectory(bytesSource(file))).values()].filter((e) => e.name.startsWith('certificates/'));
    const last = entries.sort((a, b) => b.localOffset - a.localOffset)[0];
    const view = new DataView(file.buffer, file.byteOffset);
    const dataStart = last.localOffset + 30 + view.getUint16(last.localOffset + 26, true) + view.getUint16(last.localOffset + 28, true);
    file[dataStart + 40] ^= 0xff;
    const err = await applyBackup(checked, mode, { keepSafetyCopy: () => {} }).catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.problem).toBe('checksum');
    expect(err.message).toMatch(/does not match its checksum/);
    expect(await digest(db)).toBe(before);
  });
}
