/** The framework file format: every bundled framework exported as a file is valid against the
 * published JSON Schema (read by ajv, a tool apart from the app) and reads back into the same
 * framework, giving the same suggestions over the engine's property-test space. */
import Ajv from 'ajv';
import fc from 'fast-check';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { suggest } from '../../src/domain/progress';
import { frameworkToFile } from '../../src/frameworks/file-format';
import { readFrameworkFile } from '../../src/frameworks/file-read';
import { frameworkJsonSchema } from '../../src/frameworks/file-schema-json';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import type { Framework } from '../../src/frameworks/types';
import { validateFramework } from '../../src/frameworks/validate';
import { profile } from '../domain/fixtures';
import { dateArb, recordArb } from '../domain/arbitraries';

const root = resolve(__dirname, '../..');
const schemaText = readFileSync(join(root, 'docs/framework-schema.json'), 'utf8');
const schema = JSON.parse(schemaText);
const validateJson = new Ajv({ allErrors: true, strict: false }).compile(schema);

function imported(text: string): Framework {
  const result = readFrameworkFile(text);
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.framework;
}

test('docs/framework-schema.json is the one generated from the valibot schema (npm run frameworks:schema)', () => {
  expect(schema).toEqual(JSON.parse(JSON.stringify(frameworkJsonSchema())));
});

test('the example file in docs is valid (JSON Schema and the app) and a bundled-quality framework', () => {
  const text = readFileSync(join(root, 'docs/example-framework.json'), 'utf8');
  expect(validateJson(JSON.parse(text)), JSON.stringify(validateJson.errors)).toBe(true);
  const f = imported(text);
  expect(f.partnership).toMatch(/Example Partnership/);
  expect(validateFramework(f)).toEqual([]);
  // Every rule kind the engine reads is shown by the example.
  expect(new Set(f.rules.map((r) => r.kind)).size).toBe(11);
});

describe('the five bundled frameworks as files', async () => {
  const frameworks = await loadAllFrameworks();

  test.each(frameworks.map((f) => [f.id, f] as const))('%s: valid against the JSON Schema, and reads back unchanged', (_, f) => {
    const text = JSON.stringify(frameworkToFile(f), null, 2);
    const json = JSON.parse(text);
    expect(validateJson(json), JSON.stringify(validateJson.errors?.slice(0, 3))).toBe(true);
    // Citations name the document, not a seed file.
    expect(json.framework.cite.document).toBe(f.title);
    expect(imported(text)).toEqual(f);
  });

  test.each(frameworks.map((f) => [f.id, f] as const))(
    '%s: export -> import gives identical suggestions over the engine property space',
    (_, f) => {
      const back = imported(JSON.stringify(frameworkToFile(f)));
      fc.assert(
        fc.property(recordArb(f), dateArb, ({ record, groupId, flags, basis }, today) => {
          const p = profile({ frameworkId: f.id, groupId, flags: Object.fromEntries(flags.map((x) => [x, true])), yearBasis: basis });
          expect(suggest(back, p, record, today)).toEqual(suggest(f, p, record, today));
        }),
        { numRuns: 60 },
      );
    },
  );
});

test('npm run frameworks:export -- DIR writes <id>.json per bundled framework, each valid and importable', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'fw-export-'));
  try {
    execFileSync('npm', ['run', '--silent', 'frameworks:export', '--', dir], { cwd: root, stdio: 'pipe' });
    const frameworks = await loadAllFrameworks();
    expect(readdirSync(dir).sort()).toEqual(frameworks.map((f) => `${f.id}.json`).sort());
    for (const f of frameworks) {
      const text = readFileSync(join(dir, `${f.id}.json`), 'utf8');
      expect(validateJson(JSON.parse(text))).toBe(true);
      expect(imported(text)).toEqual(f);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);
