/**
 * Encryption at rest through the app's own reads and writes (fake-indexeddb): with the lock on,
 * new and edited private fields are stored sealed and read back open while unlocked; lists stay
 * on the clear fields; a backup made while the lock is on is complete and plain; an import while
 * it is on ends sealed; a tampered record is named and the rest stays readable.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import { db } from '../../src/db/db';
import { enableLock, getLockState, loadLock, lockNow, unlock } from '../../src/state/lock';
import { setIterationsForTests } from '../../src/state/lock-actions';
import { setDataKey, setSealing } from '../../src/db/seal';
import { getTraining, loadTrainingList, saveTraining, setImpactNote } from '../../src/db/trainings';
import { getReflection, saveReflection } from '../../src/db/reflections';
import { markPlanDone, savePlan } from '../../src/db/plans';
import { addCertificates, getCertificate, replaceCertificate } from '../../src/db/certificates';
import { allSignOffs, saveSignOff } from '../../src/db/signoffs';
import { readPortfolioRecord } from '../../src/db/portfolio';
import { backupBytes, exportBackup } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { certificate, clearAll, plan, reflection, training } from '../backup/fixtures';
import type { SignOff } from '../../src/domain/types';

const PASS = '246810';
type Sealed = { sealed?: unknown };
const isSealed = (r: unknown) => Boolean((r as Sealed | undefined)?.sealed);

beforeEach(async () => {
  setIterationsForTests(1000);
  setDataKey(null);
  setSealing(false);
  await clearAll(db);
  await loadLock();
});

const input = (id: string, notes: string) => {
  const { createdAt: _c, updatedAt: _u, ...t } = training(id);
  return { ...t, notes };
};

function signoffInput(notes: string): Omit<SignOff, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    date: '2026-02-01',
    periodStart: '2026-01-01',
    periodEnd: '2026-02-01',
    supervisorName: 'Jo Supervisor',
    supervisorRole: 'Team manager',
    notes,
    agreedActions: [{ id: 'a1', text: 'Book level 3', status: 'agreed' }],
    signature: { kind: 'typed', text: 'Jo Supervisor' },
    covered: [],
    sha256: 'cd'.repeat(32),
  };
}

describe('with the app lock on', () => {
  test('new and edited entries, reflections, plans and sign-offs are stored sealed and read back open', async () => {
    await enableLock(PASS);
    const t = await saveTraining(input('t-1', 'Spoke to the DSL about a child'));
    expect(t.notes).toBe('Spoke to the DSL about a child');
    const raw = await db.trainings.get('t-1');
    expect(isSealed(raw)).toBe(true);
    expect(raw!.notes).toBe('');
    expect(JSON.stringify(raw)).not.toContain('DSL');
    expect((await getTraining('t-1'))!.notes).toBe('Spoke to the DSL about a child');

    // An edit, and an impact note added later: both private, both kept.
    await saveTraining({ ...(await getTraining('t-1'))!, notes: 'Edited note' });
    const withImpact = await setImpactNote('t-1', { text: 'I now ask earlier', date: '2026-05-01' });
    expect(withImpact).toMatchObject({ notes: 'Edited note', impact: { text: 'I now ask earlier' } });
    expect((await db.trainings.get('t-1'))!.impact).toEqual({ text: '', date: '2026-05-01' });
    expect(await getTraining('t-1')).toMatchObject({ notes: 'Edited note', impact: { text: 'I now ask earlier', date: '2026-05-01' } });

    const { createdAt: _a, updatedAt: _b, ...r } = { ...reflection('r-1', 't-1'), text: 'How I felt' };
    await saveReflection(r);
    expect((await db.reflections.get('r-1'))!.text).toBe('');
    expect((await getReflection('r-1'))!.text).toBe('How I felt');

    const { createdAt: _c, updatedAt: _d, ...p } = { ...plan('p-1'), notes: 'Ask my manager' };
    await savePlan(p);
    expect((await db.plans.get('p-1'))!.notes).toBe('');
    const done = await markPlanDone('p-1', input('t-2', 'From the plan'));
    expect(done.plan.notes).toBe('Ask my manager');
    expect(isSealed(await db.trainings.get('t-2'))).toBe(true);
    expect((await getTraining('t-2'))!.notes).toBe('From the plan');

    const s1 = await saveSignOff(signoffInput('Discussed the referral'));
    expect((await db.signoffs.get(s1.id))!.notes).toBe('');
    await saveSignOff(signoffInput('Next time'), [{ signoffId: s1.id, actionId: 'a1', status: 'done' }]);
    const signoffs = await allSignOffs();
    expect(signoffs.find((s) => s.id === s1.id)).toMatchObject({ notes: 'Discussed the referral', agreedActions: [{ status: 'done' }] });

    // The list reads clear fields only: titles, dates and hours are there; notes are not opened.
    const list = await loadTrainingList();
    expect(list.trainings.map((x) => [x.title, x.hours, x.notes])).toEqual([
      ['Course t-1', 3, ''],
      ['Course t-2', 3, ''],
    ]);

    // The PDF's read opens them.
    const portfolio = await readPortfolioRecord();
    expect(portfolio.record.trainings.find((x) => x.id === 't-1')!.notes).toBe('Edited note');
  });

  test('certificate bytes and file names are sealed, and read back byte for byte', async () => {
    await enableLock(PASS);
    const c = await certificate('c-x', null, 4096);
    const [stored] = await addCertificates(null, [c]);
    const raw = await db.certificates.get(stored!.id);
    expect(raw!.fileName).toBe('');
    expect(new Uint8Array(raw!.bytes)).not.toEqual(new Uint8Array(c.bytes));
    const back = await getCertificate(stored!.id);
    expect(back!.fileName).toBe(c.fileName);
    expect(new Uint8Array(back!.bytes)).toEqual(new Uint8Array(c.bytes));

    const other = await certificate('c-y', null, 1024, undefined, 'Replacement.pdf');
    const { fileName, mimeType, size, originalSize, sha256, bytes } = other;
    await replaceCertificate(stored!.id, { fileName, mimeType, size, originalSize, sha256, bytes });
    const replaced = await getCertificate(stored!.id);
    expect(replaced!.fileName).toBe('Replacement.pdf');
    expect(new Uint8Array(replaced!.bytes)).toEqual(new Uint8Array(other.bytes));
    expect(isSealed(await db.certificates.get(stored!.id))).toBe(true);
  });

  test('while locked: nothing private is readable, and a save is refused with a clear message', async () => {
    await saveTraining(input('t-1', 'Private'));
    await enableLock(PASS);
    lockNow();
    expect((await getTraining('t-1'))!.notes).toBe('');
    await expect(saveTraining(input('t-9', 'x'))).rejects.toThrow('Unlock it with your passcode');
    await expect(exportBackup()).rejects.toThrow('Unlock it with your passcode');
    expect(await unlock(PASS)).toEqual({ ok: true });
    expect((await getTraining('t-1'))!.notes).toBe('Private');
  });

  test('a backup made while the lock is on is complete and plain; importing it while on stores it sealed', async () => {
    await db.trainings.bulkPut([{ ...training('t-1'), notes: 'First note' }, training('t-2')]);
    await db.certificates.put(await certificate('c-1', 't-1', 2048));
    const certBefore = await db.certificates.get('c-1');
    await enableLock(PASS);
    expect(isSealed(await db.certificates.get('c-1'))).toBe(true);

    const file = await exportBackup({ now: new Date('2026-11-27T10:00:00Z') });
    const zip = unzipSync(await backupBytes(file));
    const doc = JSON.parse(new TextDecoder().decode(zip['backup.json']));
    expect(doc.tables.trainings.find((t: { id: string }) => t.id === 't-1').notes).toBe('First note');
    expect(JSON.stringify(doc)).not.toContain('"sealed"');
    const entry = doc.tables.certificates[0];
    expect(entry.fileName).toBe(certBefore!.fileName);
    expect(new Uint8Array(zip[entry.path]!)).toEqual(new Uint8Array(certBefore!.bytes));

    // Replace the record with the backup while the lock is on: every record ends sealed, and reads open.
    await importBackup(await backupBytes(file), 'replace');
    expect((await db.trainings.toArray()).every(isSealed)).toBe(true);
    expect(isSealed(await db.certificates.get('c-1'))).toBe(true);
    expect((await getTraining('t-1'))!.notes).toBe('First note');
    expect(await db.lock.get('settings')).toMatchObject({ converting: null });
  });

  test('a tampered record is named in the user’s words; the rest stays readable', async () => {
    await db.trainings.bulkPut([
      { ...training('t-1', undefined, 'Level 3 child protection'), notes: 'one' },
      { ...training('t-2'), notes: 'two' },
    ]);
    await enableLock(PASS);
    const raw = (await db.trainings.get('t-1')) as unknown as { sealed: { fields: Uint8Array } };
    raw.sealed.fields[0] ^= 1;
    await db.trainings.put(raw as never);
    const t1 = await getTraining('t-1');
    expect(t1!.title).toBe('Level 3 child protection');
    expect(getLockState().broken).toEqual([
      'The training entry "Level 3 child protection" from 5 Jan 2026 cannot be read: its protected part has been changed or damaged. The rest of your record is still readable.',
    ]);
    expect((await getTraining('t-2'))!.notes).toBe('two');
  });
});
