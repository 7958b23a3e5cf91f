import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { unzipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, markBackupSaved, type ExportProgress, backupBytes } from '../../src/backup/export';
import { backupJsonPieces } from '../../src/backup/export-build';
import type { BackupDocument } from '../../src/backup/format';
import { BACKUP_FORMAT, BACKUP_TABLES, certificatePath, safeFileName } from '../../src/backup/format';
import { changesSince, lastBackupAt, recordBackupMade } from '../../src/db/backup-io';
import { putRecord } from '../../src/db/records';
import { certificate, clearAll, seed, training } from './fixtures';

let dir: string;
beforeEach(async () => {
  await clearAll(db);
  dir = mkdtempSync(join(tmpdir(), 'backup-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('format helpers', () => {
  test("the backup carries every table of the database but drafts, deletion markers and the app lock's keyring", () => {
    // The lock's keyring and settings belong to this device: a backup is protected by its own
    // passphrase, never by the lock (issue 17.3).
    const schemaTables = db.tables.map((t) => t.name).filter((n) => n !== 'drafts' && n !== 'deletions' && n !== 'lock');
    expect([...BACKUP_TABLES].sort()).toEqual(schemaTables.sort());
  });

  test('file names inside the zip are safe for every unzip tool', () => {
    expect(safeFileName('My certificate (final).pdf')).toBe('My-certificate-final-.pdf');
    expect(safeFileName('../../etc/passwd')).toBe('etc-passwd');
    expect(safeFileName('Café Ümlaut.png')).toBe('Cafe-Umlaut.png');
    expect(safeFileName('')).toBe('file');
    expect(safeFileName('a'.repeat(300) + '.pdf').length).toBe(80);
    expect(certificatePath('abc', 'x/y.pdf')).toBe('certificates/abc-x-y.pdf');
  });
});

describe('export', () => {
  test('makes a zip that ordinary tools list and read, with every record, counts and checksums', async () => {
    await seed(db, { trainings: 6, certificates: 3 });
    const progress: ExportProgress[] = [];
    const file = await exportBackup({ now: new Date('2026-11-27T10:00:00Z'), onProgress: (p) => progress.push(p) });

    expect(file.fileName).toBe('safeguarding-passport-backup-2026-11-27.zip');
    expect(file.counts).toEqual({
      profile: 1,
      trainings: 6,
      certificates: 3,
      reflections: 2,
      enrolments: 1,
      plans: 1,
      settings: 1,
      frameworks: 0,
      signoffs: 0,
      deletions: 1,
    });
    expect(progress.map((p) => `${p.phase} ${p.done}/${p.total}`)).toEqual([
      'reading 0/0',
      'checking 0/3',
      'checking 3/3',
      'packing 3/3',
      'done 3/3',
    ]);

    const zipPath = join(dir, file.fileName);
    writeFileSync(zipPath, await backupBytes(file));
    const listing = execFileSync('unzip', ['-l', zipPath], { encoding: 'utf8' });
    expect(listing).toContain('backup.json');
    expect(listing).toMatch(/certificates\/c-0-Certificate-c-0\.pdf/);
    expect(execFileSync('unzip', ['-tq', zipPath], { encoding: 'utf8' })).toMatch(/No errors/);

    const doc = JSON.parse(execFileSync('unzip', ['-p', zipPath, 'backup.json'], { encoding: 'utf8' }));
    expect(doc.format).toBe(BACKUP_FORMAT);
    expect(doc.formatVersion).toBe(1);
    expect(doc.exportedAt).toBe('2026-11-27T10:00:00.000Z');
    expect(doc.tables.trainings).toHaveLength(6);
    expect(doc.tables.trainings[0].notes).toContain('<img src=x onerror=alert(1)>');
    expect(doc.deletions).toEqual([{ id: 't-deleted', table: 'trainings', deletedAt: '2026-01-10T09:00:00.000Z' }]);
    expect(doc).not.toHaveProperty('tables.drafts');
    for (const c of doc.tables.certificates) {
      expect(c).not.toHaveProperty('bytes');
      const fileBytes = execFileSync('unzip', ['-p', zipPath, c.path]);
      expect(createHash('sha256').update(fileBytes).digest('hex')).toBe(c.sha256);
      expect(fileBytes.length).toBe(c.size);
    }
  });

  test('never includes drafts or this device’s own settings', async () => {
    await seed(db);
    await recordBackupMade('2026-11-01T00:00:00.000Z');
    const file = await exportBackup();
    const text = new TextDecoder().decode(unzipSync(await backupBytes(file))['backup.json']);
    expect(text).not.toContain('Half typed');
    expect(text).not.toContain('backup.lastAt');
  });

  test('an empty record exports too', async () => {
    const file = await exportBackup();
    expect(file.counts.trainings).toBe(0);
    expect(file.size).toBeGreaterThan(100);
  });

  test('streams the certificates: read from the database one at a time, and the zip still reads back whole', async () => {
    await seed(db, { trainings: 4, certificates: 20 });
    const reads = vi.spyOn(db.certificates, 'bulkGet');
    const progress: string[] = [];
    const file = await exportBackup({ onProgress: (p) => progress.push(`${p.phase} ${p.done}/${p.total}`) });
    // Never the whole record's files at once: each read asks for one certificate.
    expect(reads.mock.calls.length).toBe(20);
    for (const [ids] of reads.mock.calls) expect(ids).toHaveLength(1);
    reads.mockRestore();
    expect(progress).toEqual(['reading 0/0', 'checking 0/20', 'checking 16/20', 'checking 20/20', 'packing 20/20', 'done 20/20']);
    const zipPath = join(dir, file.fileName);
    writeFileSync(zipPath, await backupBytes(file));
    expect(execFileSync('unzip', ['-tq', zipPath], { encoding: 'utf8' })).toMatch(/No errors/);
    const doc = JSON.parse(execFileSync('unzip', ['-p', zipPath, 'backup.json'], { encoding: 'utf8' }));
    expect(doc.tables.certificates).toHaveLength(20);
    for (const c of doc.tables.certificates)
      expect(
        createHash('sha256')
          .update(execFileSync('unzip', ['-p', zipPath, c.path]))
          .digest('hex'),
      ).toBe(c.sha256);
  });
});

describe('backup.json, written a record at a time', () => {
  test('is exactly the text JSON.stringify makes of the whole document', async () => {
    await seed(db, { trainings: 7, certificates: 2 });
    const file = await exportBackup();
    const text = new TextDecoder().decode(unzipSync(await backupBytes(file))['backup.json']);
    const doc = JSON.parse(text);
    expect(doc.tables.trainings).toHaveLength(7);
    expect(doc.tables.frameworks).toEqual([]); // an empty table among full ones
    expect(doc.deletions).toHaveLength(1);
    expect(text).toBe(JSON.stringify(doc, null, 1));
  });

  test('the same text for empty tables and deletions, nested values and awkward strings, never in one piece', () => {
    const doc = {
      format: 'safeguarding-passport-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      exportedAt: '2026-11-27T10:00:00.000Z',
      counts: { trainings: 2 },
      tables: {
        profile: [],
        trainings: [
          {
            id: 'a',
            title: 'Line one\nline two "quoted" \u2028 ünïcödé',
            link: { frameworkId: 'x', courseId: null },
            tags: [1, [2, {}], []],
          },
          { id: 'b', notes: '', impact: undefined, nested: { deep: { deeper: [{ x: 1 }] } } },
        ],
      },
      deletions: [],
    } as unknown as BackupDocument;
    const pieces = [...backupJsonPieces(doc)];
    expect(pieces.join('')).toBe(JSON.stringify(doc, null, 1));
    expect(pieces.length).toBeGreaterThan(4);
    const empty = { ...doc, tables: {}, deletions: [{ id: 't', table: 'trainings', deletedAt: '2026-01-01T00:00:00.000Z' }] };
    expect([...backupJsonPieces(empty as unknown as BackupDocument)].join('')).toBe(JSON.stringify(empty, null, 1));
  });
});

describe('backup reminders', () => {
  test('counts changes since the last backup from updatedAt and deletion markers', async () => {
    await seed(db, { trainings: 3, certificates: 1 });
    // profile, 3 trainings, 1 certificate, 2 reflections, plan, enrolment, setting, 1 deletion
    expect(await changesSince(null)).toBe(11);
    const file = await exportBackup();
    await markBackupSaved(file);
    expect(await lastBackupAt()).toBe(file.exportedAt);
    expect(await changesSince(file.exportedAt)).toBe(0);

    // A second later (a fake clock, not a sleep), two changes.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.parse(file.exportedAt) + 1000);
      await putRecord('trainings', training('t-new'));
      await db.certificates.put({ ...(await certificate('c-new', null)), updatedAt: new Date().toISOString() });
    } finally {
      vi.useRealTimers();
    }
    expect(await changesSince(file.exportedAt)).toBe(2);
  });
});
