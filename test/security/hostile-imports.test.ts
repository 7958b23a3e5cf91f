// @vitest-environment node
/**
 * Issue 13's hostile backups (each a regression test that fails without its fix): deletion
 * markers for records that cannot be deleted, timestamps in the future or impossible, deeply
 * nested JSON, and the CSP header's frame-ancestors.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { putRecord } from '../../src/db/records';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { BackupError } from '../../src/backup/errors';
import { describeMerge } from '../../src/backup/merge';
import { jsonDepth } from '../../src/backup/limits';
import type { Training } from '../../src/domain/types';
import { CSP, CSP_HEADER, securityHeaders } from '../../vite.config';
import { clearAll, digest, profile, seed, training } from '../backup/fixtures';

beforeEach(() => clearAll(db));

type Row = Record<string, unknown>;
interface Doc {
  counts: Record<string, number>;
  tables: Record<string, Row[]>;
  deletions: Row[];
}

function editDocument(bytes: Uint8Array, edit: (doc: Doc) => void): Uint8Array {
  const files = unzipSync(bytes);
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  edit(doc);
  files['backup.json'] = strToU8(JSON.stringify(doc));
  return zipSync(files);
}

async function goodBackup(): Promise<Uint8Array> {
  await seed(db, { trainings: 3, certificates: 1 });
  return backupBytes(await exportBackup());
}

async function expectRefused(bytes: Uint8Array, message: RegExp): Promise<BackupError> {
  const before = await digest(db);
  for (const mode of ['merge', 'replace'] as const) {
    const err = await importBackup(bytes, mode).catch((e) => e);
    expect(err).toBeInstanceOf(BackupError);
    expect(err.message).toMatch(message);
    expect(err.message).toMatch(/Nothing on this device has been changed/);
    expect(await digest(db)).toBe(before);
  }
  return (await importBackup(bytes, 'merge').catch((e) => e)) as BackupError;
}

describe('deletion markers only for records that can be deleted', () => {
  test.each(['profile', 'settings', 'drafts'])('a marker for the %s is refused; the profile stays', async (table) => {
    const good = await goodBackup();
    const id = table === 'profile' ? 'profile' : table === 'settings' ? 'backup.reminder' : 'training:new';
    const bad = editDocument(good, (d) => {
      d.deletions.push({ id, table, deletedAt: '2026-06-01T00:00:00.000Z' });
      d.counts.deletions++;
    });
    await expectRefused(bad, /deletion records.*not valid.*table/);
    expect(await db.table('profile').get('profile')).toBeTruthy();
  });

  test('a marker naming the profile id under another table deletes nothing but that table’s record, and the profile merges', async () => {
    const good = await goodBackup();
    const newer = editDocument(good, (d) => {
      d.tables.profile[0].name = 'Renamed';
      d.tables.profile[0].updatedAt = '2026-07-01T00:00:00.000Z';
      d.deletions.push({ id: 'profile', table: 'trainings', deletedAt: '2026-06-01T00:00:00.000Z' });
      d.counts.deletions++;
    });
    await importBackup(newer, 'merge');
    expect((await db.table('profile').get('profile')).name).toBe('Renamed');
  });

  test('a profile marker already stored (from an older version) is never spread by a backup', async () => {
    await seed(db);
    await db.table('deletions').put({ id: 'profile', table: 'profile', deletedAt: '2026-06-01T00:00:00.000Z' });
    const files = unzipSync(await backupBytes(await exportBackup()));
    const doc = JSON.parse(new TextDecoder().decode(files['backup.json'])) as Doc;
    expect(doc.deletions.map((d) => d.table)).not.toContain('profile');
    expect(doc.counts.deletions).toBe(doc.deletions.length);
  });
});

describe('timestamps from a file', () => {
  test('an entry stamped 2099 is dated now, never replaces an edit made here, and the merge says so', async () => {
    const good = await goodBackup();
    const future = editDocument(good, (d) => {
      const t = {
        ...d.tables.trainings[0],
        id: 't-future',
        title: 'From the future',
        createdAt: '2099-01-01T00:00:00.000Z',
        updatedAt: '2099-01-01T00:00:00.000Z',
      };
      d.tables.trainings.push(t);
      d.counts.trainings++;
    });
    const first = await importBackup(future, 'merge');
    if (first.mode !== 'merge') throw new Error('merge expected');
    expect(first.summary.added.trainings).toBe(1);
    expect(first.summary.future.trainings).toBe(1);
    expect(describeMerge(first.summary)).toMatch(/1 record in the backup was dated in the future.*never replacing one/);
    const stored = (await db.table('trainings').get('t-future')) as Training;
    expect(Date.parse(stored.updatedAt)).toBeLessThanOrEqual(Date.now());

    await putRecord<Training>('trainings', { ...stored, title: 'Edited here' });
    const second = await importBackup(future, 'merge');
    if (second.mode !== 'merge') throw new Error('merge expected');
    expect(((await db.table('trainings').get('t-future')) as Training).title).toBe('Edited here');
    expect(second.summary.updated.trainings).toBe(0);
  });

  test('an existing record stamped 2099 in the file does not replace this device’s', async () => {
    const good = await goodBackup();
    const future = editDocument(good, (d) => {
      d.tables.trainings[0].title = 'Hostile';
      d.tables.trainings[0].updatedAt = '2099-01-01T00:00:00.000Z';
    });
    await importBackup(future, 'merge');
    expect(((await db.table('trainings').get('t-0')) as Training).title).toBe(training('t-0').title);
  });

  test('a clock a few hours fast is not "the future"', async () => {
    const good = await goodBackup();
    const soon = new Date(Date.now() + 3 * 3600_000).toISOString();
    const bytes = editDocument(good, (d) => {
      d.tables.trainings[0].title = 'Newer';
      d.tables.trainings[0].updatedAt = soon;
    });
    const r = await importBackup(bytes, 'merge');
    if (r.mode !== 'merge') throw new Error('merge expected');
    expect(r.summary.updated.trainings).toBe(1);
    expect(r.summary.future.trainings).toBe(0);
  });

  test.each(['2026-02-30T10:00:00.000Z', '2026-13-01T10:00:00Z', '2026-04-31T00:00:00Z'])('updatedAt %s is refused', async (stamp) => {
    const good = await goodBackup();
    const bad = editDocument(good, (d) => (d.tables.trainings[1].updatedAt = stamp));
    await expectRefused(bad, /Record 2 of the training entries.*"updatedAt" is not valid/);
  });
});

describe('deep JSON', () => {
  test.each([5_000, 100_000])('%i levels are refused before anything is written, in plain words', async (levels) => {
    const good = await goodBackup();
    const files = unzipSync(good);
    const text = new TextDecoder().decode(files['backup.json']);
    const deep = '['.repeat(levels) + ']'.repeat(levels);
    files['backup.json'] = strToU8(text.replace('"value":', `"value":${deep},"was":`));
    const err = await expectRefused(zipSync(files), /nested more than 64 levels deep/);
    expect(err.message).not.toMatch(/stack/i);
  });

  test('jsonDepth skips brackets inside strings and escapes', () => {
    expect(jsonDepth(strToU8('{"a":"[[[[\\"[[","b":[1,{"c":[]}]}'))).toBe(4);
    expect(jsonDepth(strToU8('[[[[[[[[[['), 5)).toBe(6);
  });
});

test('the CSP header forbids framing (frame-ancestors cannot be set from a meta tag)', () => {
  expect(securityHeaders['Content-Security-Policy']).toBe(CSP_HEADER);
  expect(CSP_HEADER).toBe(`${CSP}; frame-ancestors 'none'`);
  expect(CSP).not.toContain('frame-ancestors');
  expect(securityHeaders['X-Frame-Options']).toBe('DENY');
  expect(profile().id).toBe('profile');
});
