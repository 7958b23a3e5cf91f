/**
 * Reads for the Portfolio screen: the whole record with certificate details but not their bytes
 * (read one at a time, so a large store is never held at once) and the user's confirmed steps
 * (the same progress input as Home's, src/domain/progress.ts), and the bytes of the chosen
 * certificates when the PDF is built.
 */
import { db } from './db';
import { loadConfirmedSteps } from './enrolments';
import type { EngineSource } from '../domain/progress';
import type { Certificate, RecordSnapshot } from '../domain/types';
import { openMany } from './seal';

export async function readPortfolioRecord(): Promise<EngineSource<RecordSnapshot>> {
  const read = await db.transaction(
    'r',
    [db.trainings, db.plans, db.reflections, db.enrolments, db.certificates, db.settings, db.signoffs],
    async () => {
      const certificates: RecordSnapshot['certificates'] = [];
      const [trainings, plans, reflections, enrolments, , confirmedSteps, signoffs] = await Promise.all([
        db.trainings.toArray(),
        db.plans.toArray(),
        db.reflections.toArray(),
        db.enrolments.toArray(),
        db.certificates.each(({ bytes: _bytes, ...meta }) => {
          certificates.push(meta);
        }),
        loadConfirmedSteps(),
        db.signoffs.toArray(),
      ]);
      return { record: { trainings, plans, reflections, enrolments, certificates, signoffs }, confirmedSteps };
    },
  );
  // The PDF prints notes and reflections: opened (the app lock on and unlocked) after the read.
  const r = read.record;
  const [trainings, plans, reflections, signoffs, certificates] = await Promise.all([
    openMany('trainings', r.trainings),
    openMany('plans', r.plans),
    openMany('reflections', r.reflections),
    openMany('signoffs', r.signoffs ?? []),
    openMany('certificates', r.certificates as Certificate[]),
  ]);
  return { ...read, record: { ...r, trainings, plans, reflections, signoffs, certificates } };
}

export async function readCertificateFiles(
  ids: string[],
): Promise<Array<{ id: string; bytes: ArrayBuffer; mimeType: Certificate['mimeType'] }>> {
  const found = await openMany(
    'certificates',
    (await db.certificates.bulkGet(ids)).filter((c): c is Certificate => !!c),
  );
  return found.filter((c): c is Certificate => !!c).map((c) => ({ id: c.id, bytes: c.bytes, mimeType: c.mimeType }));
}
