import { afterEach, describe, expect, test } from 'vitest';
import { db } from '../../src/db/db';
import {
  bulkAddTrainings,
  deleteTraining,
  linkedCounts,
  saveTraining,
  setImpactNote,
  undoDeleteTraining,
  type TrainingInput,
} from '../../src/db/trainings';
import {
  addCertificates,
  getCertificate,
  linkCertificate,
  removeCertificate,
  replaceCertificate,
  restoreCertificates,
} from '../../src/db/certificates';
import { saveReflection } from '../../src/db/reflections';
import { markPlanDone, savePlan } from '../../src/db/plans';
import { sha256Hex } from '../../src/ui/record/certificate-files';
import { prepareCertificateFile } from '../../src/ui/record/certificate-files';
import { minimalPdf, pdfOfSize } from '../fixtures/pdf';

afterEach(async () => {
  await Promise.all(db.tables.map((t) => t.clear()));
});

const entry = (p: Partial<TrainingInput> = {}): TrainingInput => ({
  title: 'Working Together',
  providerKind: 'partnership',
  providerName: 'SSCP',
  startDate: '2026-11-20',
  endDate: '2026-11-20',
  hours: 3,
  mode: 'virtual',
  level: 'Level 2',
  link: null,
  agency: 'multi',
  participatory: true,
  notes: '',
  impact: null,
  ...p,
});

async function pdfFile(text = 'certificate') {
  const bytes = (await minimalPdf(text)).buffer as ArrayBuffer;
  return {
    fileName: 'cert.pdf',
    mimeType: 'application/pdf' as const,
    size: bytes.byteLength,
    originalSize: bytes.byteLength,
    sha256: await sha256Hex(bytes),
    bytes,
  };
}

const reflection = (trainingId: string | null) => ({
  trainingId,
  kind: 'reflection' as const,
  date: '2026-11-21',
  title: 'What I learnt',
  template: 'free' as const,
  sections: {},
  text: 'Notes',
  peerReflection: false,
});

describe('deleting an entry with undo', () => {
  test('deletes the entry, its certificates and reflections in one go, and undo restores all of them', async () => {
    const t = await saveTraining(entry());
    const other = await saveTraining(entry({ title: 'Other' }));
    const certs = await addCertificates(t.id, [await pdfFile('a'), await pdfFile('b')]);
    const refl = await saveReflection(reflection(t.id));
    const keep = await saveReflection(reflection(other.id));
    expect(await linkedCounts(t.id)).toEqual({ certificates: 2, reflections: 1 });

    const undo = await deleteTraining(t.id, 'delete');
    expect(await db.trainings.get(t.id)).toBeUndefined();
    expect(await db.certificates.count()).toBe(0);
    expect(await db.reflections.toArray()).toEqual([keep]);
    expect((await db.deletions.toArray()).map((d) => d.table).sort()).toEqual(['certificates', 'certificates', 'reflections', 'trainings']);

    await undoDeleteTraining(undo);
    expect(await db.trainings.get(t.id)).toEqual(t);
    const back = await db.certificates.where('trainingId').equals(t.id).toArray();
    expect(back.map((c) => c.id).sort()).toEqual(certs.map((c) => c.id).sort());
    expect(new Uint8Array(back[0].bytes)).toEqual(new Uint8Array(certs.find((c) => c.id === back[0].id)!.bytes));
    expect(await db.reflections.get(refl.id)).toEqual(refl);
    expect(await db.deletions.count()).toBe(0);
  });

  test('"unlink" keeps certificates and reflections as free-standing items; undo links them again', async () => {
    const t = await saveTraining(entry());
    const [cert] = await addCertificates(t.id, [await pdfFile()]);
    const refl = await saveReflection(reflection(t.id));
    const undo = await deleteTraining(t.id, 'unlink');
    expect((await db.certificates.get(cert.id))?.trainingId).toBeNull();
    expect((await db.reflections.get(refl.id))?.trainingId).toBeNull();
    expect((await db.deletions.toArray()).map((d) => d.id)).toEqual([t.id]);
    await undoDeleteTraining(undo);
    expect((await db.certificates.get(cert.id))?.trainingId).toBe(t.id);
    expect((await db.reflections.get(refl.id))?.trainingId).toBe(t.id);
    expect(await linkedCounts(t.id)).toEqual({ certificates: 1, reflections: 1 });
  });

  test('a failure part-way changes nothing (one transaction)', async () => {
    const t = await saveTraining(entry());
    await addCertificates(t.id, [await pdfFile()]);
    const original = db.deletions.bulkPut.bind(db.deletions);
    db.deletions.bulkPut = (() => Promise.reject(new Error('disk full'))) as unknown as typeof db.deletions.bulkPut;
    try {
      await expect(deleteTraining(t.id, 'delete')).rejects.toThrow(/disk full/);
    } finally {
      db.deletions.bulkPut = original;
    }
    expect(await db.trainings.get(t.id)).toBeDefined();
    expect(await db.certificates.count()).toBe(1);
  });
});

describe('plans', () => {
  test('"Mark as done" creates the entry and marks the plan done, atomically', async () => {
    const plan = await savePlan({
      title: 'Neglect',
      plannedDate: '2026-11-20',
      link: null,
      hours: 3,
      approval: null,
      notes: '',
      doneTrainingId: null,
    });
    const { training, plan: done } = await markPlanDone(plan.id, entry({ title: 'Neglect' }));
    expect(done.doneTrainingId).toBe(training.id);
    expect((await db.plans.get(plan.id))?.doneTrainingId).toBe(training.id);
    expect((await db.trainings.get(training.id))?.title).toBe('Neglect');
    // A second tap does not log it twice.
    await expect(markPlanDone(plan.id, entry())).rejects.toThrow(/already been marked as done/);
    expect(await db.trainings.count()).toBe(1);
  });

  test('when the entry cannot be written, the plan stays open', async () => {
    const plan = await savePlan({
      title: 'Neglect',
      plannedDate: '2026-11-20',
      link: null,
      hours: 3,
      approval: null,
      notes: '',
      doneTrainingId: null,
    });
    const existing = await saveTraining(entry());
    // Re-using an existing id makes the add fail inside the transaction.
    await expect(markPlanDone(plan.id, entry({ id: existing.id }))).rejects.toThrow();
    expect((await db.plans.get(plan.id))?.doneTrainingId).toBeNull();
    expect(await db.trainings.count()).toBe(1);
  });
});

describe('certificates', () => {
  test('bytes and SHA-256 round-trip through IndexedDB; a PDF is kept byte for byte', async () => {
    const raw = await pdfOfSize(4096, (n) => Uint8Array.from({ length: n }, (_, i) => (i * 31 + 7) & 0xff));
    const file = new File([raw], 'Certificate.pdf', { type: 'application/pdf' });
    const prepared = await prepareCertificateFile(file);
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    expect(prepared.file).toMatchObject({ mimeType: 'application/pdf', size: 4096, originalSize: 4096 });
    const [stored] = await addCertificates(null, [prepared.file]);
    const read = await getCertificate(stored.id);
    expect(new Uint8Array(read!.bytes)).toEqual(raw);
    expect(await sha256Hex(read!.bytes)).toBe(read!.sha256);
    expect(read!.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a certificate added on its own is linked later; replace keeps the id; remove can be undone', async () => {
    const t = await saveTraining(entry());
    const [c] = await addCertificates(null, [await pdfFile('first')]);
    await linkCertificate(c.id, t.id);
    expect((await getCertificate(c.id))?.trainingId).toBe(t.id);
    const second = await pdfFile('second');
    await replaceCertificate(c.id, second);
    const r = await getCertificate(c.id);
    expect(r?.sha256).toBe(second.sha256);
    expect(r?.trainingId).toBe(t.id);
    const removed = await removeCertificate(c.id);
    expect(await getCertificate(c.id)).toBeUndefined();
    await restoreCertificates(removed);
    expect((await getCertificate(c.id))?.sha256).toBe(second.sha256);
    await expect(linkCertificate(c.id, 'no-such-entry')).rejects.toThrow(/no longer exists/);
  });

  test('a wrong type and a file over 20 MB are refused by name', async () => {
    const doc = await prepareCertificateFile(new File(['PK\u0003\u0004 not a pdf'], 'certificate.pdf'));
    expect(doc).toMatchObject({ ok: false, name: 'certificate.pdf' });
    const big = new File([new Uint8Array(25 * 1024 * 1024)], 'huge.jpg');
    const r = await prepareCertificateFile(big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/"huge.jpg".*25 MB.*20 MB/);
  });
});

test('impact note and bulk add', async () => {
  const [a] = await bulkAddTrainings([entry(), entry({ title: 'B' })]);
  const t = await setImpactNote(a.id, { text: 'I now use the neglect toolkit', date: '2027-02-20' });
  expect((await db.trainings.get(a.id))?.impact).toEqual(t.impact);
  expect(await db.trainings.count()).toBe(2);
});
