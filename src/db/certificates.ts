/**
 * Certificates: file bytes (already checked, downscaled and hashed, see
 * src/ui/record/certificate-files.ts) stored with their entry, or on their own to be linked later.
 */
import { db } from './db';
import { newId, nowIso } from './ids';
import { deleteRecords, restoreRecords } from './records';
import { describeStorageError } from './errors';
import type { Certificate } from '../domain/types';
import { openMany, openOne, sealMany, sealOne } from './seal';

export type CertificateFile = Pick<Certificate, 'fileName' | 'mimeType' | 'size' | 'originalSize' | 'sha256' | 'bytes'>;

/** Stores several files for one entry (or none: trainingId null) in one transaction. */
export async function addCertificates(trainingId: string | null, files: CertificateFile[]): Promise<Certificate[]> {
  const now = nowIso();
  const rows = files.map<Certificate>((f) => ({ ...f, id: newId(), trainingId, createdAt: now, updatedAt: now }));
  // With the app lock on, the bytes and file name are sealed before the write.
  const stored = await sealMany('certificates', rows);
  try {
    await db.transaction('rw', db.certificates, () => db.certificates.bulkAdd(stored));
  } catch (e) {
    throw describeStorageError(e);
  }
  return rows;
}

export async function getCertificate(id: string): Promise<Certificate | undefined> {
  return openOne('certificates', await db.certificates.get(id));
}

export async function certificatesOf(trainingId: string): Promise<Certificate[]> {
  return openMany('certificates', await db.certificates.where('trainingId').equals(trainingId).sortBy('createdAt'));
}

/** Replaces a certificate's file, keeping its id, its link and when it was first added. */
export async function replaceCertificate(id: string, file: CertificateFile): Promise<Certificate> {
  // The new file replaces every private field (bytes and file name): built from the record's
  // clear fields and sealed again (before the transaction) when the app lock is on.
  const before = await db.certificates.get(id);
  if (!before) throw new Error('This certificate no longer exists.');
  const { sealed: _seal, ...clear } = before as Certificate & { sealed?: unknown };
  const next: Certificate = { ...clear, ...file, updatedAt: nowIso() };
  const stored = await sealOne('certificates', next);
  try {
    return await db.transaction('rw', db.certificates, async () => {
      const old = await db.certificates.get(id);
      if (!old) throw new Error('This certificate no longer exists.');
      await db.certificates.put({ ...stored, trainingId: old.trainingId });
      return { ...next, trainingId: old.trainingId };
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Links a certificate to an entry, or unlinks it (null). */
export async function linkCertificate(id: string, trainingId: string | null): Promise<void> {
  try {
    await db.transaction('rw', db.certificates, db.trainings, async () => {
      if (trainingId && !(await db.trainings.get(trainingId))) throw new Error('That entry no longer exists.');
      const n = await db.certificates.update(id, { trainingId, updatedAt: nowIso() });
      if (!n) throw new Error('This certificate no longer exists.');
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}

/** Removes a certificate; returns it for Undo. */
export async function removeCertificate(id: string): Promise<Certificate[]> {
  return deleteRecords<Certificate>('certificates', [id]);
}

export function restoreCertificates(certs: Certificate[]): Promise<void> {
  return restoreRecords<Certificate>('certificates', certs);
}

/** The certificates tab without loading every file: the free-standing certificates in full (few,
 * waiting to be linked), and for the linked ones only their entries' ids (from the index). */
export async function certificateOverview(): Promise<{ unlinked: Certificate[]; linkedTrainingIds: string[] }> {
  const [all, linked] = await Promise.all([
    db.certificates.toCollection().primaryKeys(),
    db.certificates.orderBy('trainingId').primaryKeys(),
  ]);
  const linkedIds = new Set(linked);
  const unlinkedIds = all.filter((id) => !linkedIds.has(id));
  const unlinked = await openMany(
    'certificates',
    (await db.certificates.bulkGet(unlinkedIds)).filter((c): c is Certificate => !!c),
  );
  unlinked.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const linkedTrainingIds = (await db.certificates.orderBy('trainingId').keys()) as string[];
  return { unlinked, linkedTrainingIds };
}
