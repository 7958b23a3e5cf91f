/** docs/backup-schema.json is the machine-checkable description of backup.json: a real export
 * passes it, and the documents the app refuses as invalid fail it too. */
import { beforeEach, expect, test } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { isIsoDate } from '../../src/domain/dates';
import { clearAll, seed } from './fixtures';
import { RECORD_SCHEMAS } from '../../src/backup/schema';
import { TEXT_LIMITS } from '../../src/domain/limits';
import { visitTextFields } from './schema-limits';

const schema = JSON.parse(readFileSync(resolve(__dirname, '../../docs/backup-schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
ajv.addFormat('date', { type: 'string', validate: (s: string) => isIsoDate(s) });
ajv.addFormat('date-time', { type: 'string', validate: (s: string) => !Number.isNaN(Date.parse(s)) && /^\d{4}-\d\d-\d\dT/.test(s) });
const validate = ajv.compile(schema);

// backup.json as parsed: the tests below edit it freely to make it invalid.
type Doc = { formatVersion: number; tables: Record<string, Record<string, unknown>[]>; deletions: Record<string, unknown>[] };
let doc: Doc;
beforeEach(async () => {
  await clearAll(db);
  await seed(db, { trainings: 5, certificates: 2 });
  const files = unzipSync(await backupBytes(await exportBackup()));
  doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
});

test('an exported backup.json satisfies the published JSON Schema', () => {
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
});

test.each([
  ['a future format version', (d: Doc) => (d.formatVersion = 2)],
  ['an impossible date', (d: Doc) => (d.tables.trainings[0].startDate = '2026-02-30')],
  ['an unknown training mode', (d: Doc) => (d.tables.trainings[1].mode = 'osmosis')],
  ['a certificate without its checksum', (d: Doc) => delete d.tables.certificates[0].sha256],
  ['a deletion marker for an unknown table', (d: Doc) => (d.deletions[0].table = 'x')],
  [
    'a deletion marker for the profile',
    (d: Doc) => (d.deletions[0] = { id: 'profile', table: 'profile', deletedAt: '2026-06-01T00:00:00.000Z' }),
  ],
  ['drafts in the backup', (d: Doc) => (d.tables.drafts = [])],
])('the schema rejects %s', (_name, edit) => {
  edit(doc);
  expect(validate(doc)).toBe(false);
});

test('the published schema carries every text field limit of src/domain/limits.ts, as the import enforces it', () => {
  const fields: string[] = [];
  for (const [table, vb] of Object.entries(RECORD_SCHEMAS)) {
    const def = table === 'deletions' ? 'deletion' : table;
    visitTextFields(schema, vb as never, { $ref: `#/$defs/${def}` }, table, (path, max, node) => {
      fields.push(path);
      expect(node.maxLength, path).toBe(max);
    });
  }
  expect(fields).toEqual(
    expect.arrayContaining(['trainings.title', 'trainings.notes', 'reflections.text', 'certificates.fileName', 'profile.name']),
  );
  expect(fields.length).toBeGreaterThan(40);
  doc.tables.trainings[0].title = 'x'.repeat(TEXT_LIMITS.short + 1);
  expect(validate(doc)).toBe(false);
});
