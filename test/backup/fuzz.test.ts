/**
 * Fuzz: 1,000 mutated and truncated backups (fixed seed, so a failure can be replayed). Each is
 * either refused with a BackupError in plain words and the store left exactly as it was, or
 * (a harmless mutation, e.g. a zip timestamp) accepted. Never an unhandled error.
 */
import { expect, test } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { importBackup } from '../../src/backup/import';
import { BackupError, type BackupProblem } from '../../src/backup/errors';
import { clearAll, digest, seed } from './fixtures';

const SEED = 20261127;
const RUNS = 1000;

/** mulberry32: small, fast, deterministic. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIRD_VALUES: unknown[] = [
  null,
  '',
  'x',
  -1,
  1e308,
  0.5,
  true,
  [],
  {},
  '2026-13-45',
  '<img src=x onerror=alert(1)>',
  { id: 1 },
  'a'.repeat(5000),
];

function mutate(good: Uint8Array, rnd: () => number): { bytes: Uint8Array; kind: string } {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rnd() * xs.length)];
  const at = () => Math.floor(rnd() * good.length);
  const kind = pick(['truncate', 'flip', 'delete-range', 'insert', 'tail', 'json-field', 'json-drop', 'json-envelope']);
  const bytes = good.slice();
  switch (kind) {
    case 'truncate':
      return { bytes: good.slice(0, at()), kind };
    case 'flip': {
      const n = 1 + Math.floor(rnd() * 8);
      for (let i = 0; i < n; i++) bytes[at()] ^= 1 << Math.floor(rnd() * 8);
      return { bytes, kind };
    }
    case 'tail': {
      // The central directory and end record: sizes, offsets, CRCs, entry counts.
      for (let i = 0; i < 3; i++) bytes[good.length - 1 - Math.floor(rnd() * 400)] = Math.floor(rnd() * 256);
      return { bytes, kind };
    }
    case 'delete-range': {
      const start = at();
      return { bytes: new Uint8Array([...good.subarray(0, start), ...good.subarray(start + 1 + Math.floor(rnd() * 300))]), kind };
    }
    case 'insert': {
      const start = at();
      const junk = Array.from({ length: 1 + Math.floor(rnd() * 50) }, () => Math.floor(rnd() * 256));
      return { bytes: new Uint8Array([...good.subarray(0, start), ...junk, ...good.subarray(start)]), kind };
    }
    default: {
      // Valid zips whose backup.json is wrong in one place.
      const files = unzipSync(good);
      const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
      if (kind === 'json-envelope') {
        const key = pick(['format', 'formatVersion', 'appVersion', 'exportedAt', 'counts', 'tables', 'deletions']);
        doc[key] = pick(WEIRD_VALUES);
      } else {
        const table = pick(Object.keys(doc.tables).filter((t) => doc.tables[t].length));
        const record = pick<Record<string, unknown>>(doc.tables[table]);
        const field = pick(Object.keys(record));
        if (kind === 'json-drop') delete record[field];
        else record[field] = pick(WEIRD_VALUES);
      }
      files['backup.json'] = strToU8(JSON.stringify(doc));
      return { bytes: zipSync(files, { level: 0 }), kind };
    }
  }
}

test(`${RUNS} mutated and truncated backups: refused in plain words with the store unchanged, never an unhandled error`, async () => {
  await clearAll(db);
  await seed(db, { trainings: 8, certificates: 3, certificateSize: 1500 });
  const good = await backupBytes(await exportBackup());
  const rnd = random(SEED);
  let baseline = await digest(db);
  const refused: Partial<Record<BackupProblem, number>> = {};
  let accepted = 0;

  for (let run = 0; run < RUNS; run++) {
    const { bytes, kind } = mutate(good, rnd);
    const mode = run % 10 === 0 ? 'replace' : 'merge';
    let outcome: unknown;
    try {
      outcome = await importBackup(bytes, mode, { keepSafetyCopy: () => {} });
    } catch (e) {
      outcome = e;
    }
    if (outcome instanceof Error) {
      if (!(outcome instanceof BackupError)) {
        throw new Error(`run ${run} (${kind}, ${mode}): unexpected ${outcome.name}: ${outcome.message}`);
      }
      expect(outcome.message, `run ${run}`).toMatch(/Nothing on this device has been changed/);
      refused[outcome.problem] = (refused[outcome.problem] ?? 0) + 1;
      const now = await digest(db);
      if (now !== baseline) throw new Error(`run ${run} (${kind}, ${mode}): the store changed after a refused import`);
    } else {
      // A harmless mutation: the file still holds a valid backup. Back to the baseline.
      accepted++;
      await importBackup(good, 'replace');
      baseline = await digest(db);
    }
  }
  console.log(`fuzz (seed ${SEED}): ${RUNS - accepted} refused ${JSON.stringify(refused)}, ${accepted} accepted as still valid`);
  expect(RUNS - accepted).toBeGreaterThan(RUNS * 0.8);
  expect(Object.keys(refused).length).toBeGreaterThanOrEqual(5);
}, 240_000);
