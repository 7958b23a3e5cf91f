/** Checking a framework file: every kind of bad file is refused (or its text shown inert) with a
 * message naming the item and the field; a fuzz of mutated files never makes the reader throw. */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FRAMEWORK_FILE_LIMITS, frameworkToFile } from '../../src/frameworks/file-format';
import { MAX_LISTED_PROBLEMS, readFrameworkFile } from '../../src/frameworks/file-read';
import { largeFrameworkFile } from '../fixtures/large-framework';

const exampleText = readFileSync(resolve(__dirname, '../../docs/example-framework.json'), 'utf8');
type Json = ReturnType<typeof example>;
function example() {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return JSON.parse(exampleText) as { format: string; formatVersion: unknown; framework: any };
}
function errorsOf(json: unknown): string[] {
  const r = readFrameworkFile(typeof json === 'string' ? json : JSON.stringify(json));
  expect(r.ok).toBe(false);
  return r.ok ? [] : r.errors;
}
function changed(change: (j: Json) => void): Json {
  const j = example();
  change(j);
  return j;
}

describe('refused, with a message that says why', () => {
  test('not JSON', () => {
    expect(errorsOf('PK\u0003\u0004 not a json file')).toEqual([expect.stringMatching(/not a framework file: it is not JSON/)]);
  });

  test('JSON but not a framework file', () => {
    expect(errorsOf({ hello: 1 })[0]).toMatch(/not a framework file for this app/);
    expect(errorsOf([1, 2])[0]).toMatch(/not a framework file for this app/);
  });

  test('a newer or unknown format version', () => {
    expect(errorsOf(changed((j) => (j.formatVersion = 2)))[0]).toMatch(/format version 2, made for a newer version of the app/);
    expect(errorsOf(changed((j) => (j.formatVersion = '1')))[0]).toMatch(/format version \("1"\) is not one this app reads/);
  });

  test('10 MB', () => {
    const j = example();
    j.framework.notes = [('x'.repeat(1000) + ' ').repeat(10_500)];
    expect(errorsOf(j)).toEqual([expect.stringMatching(/^This file is 10\.\d MB; a framework file can be at most 5 MB/)]);
  });

  test('10,000 courses: said once', () => {
    const j = example();
    const c = j.framework.courses[0];
    j.framework.courses = Array.from({ length: 10_000 }, (_, i) => ({ ...c, id: `c-${i}` }));
    expect(errorsOf(j)).toEqual([
      `This framework has 10,000 courses; a framework file can have at most ${FRAMEWORK_FILE_LIMITS.courses.toLocaleString('en-GB')}.`,
    ]);
  });

  test("a level that is not one of the framework's, named by course title and field", () => {
    expect(errorsOf(changed((j) => (j.framework.courses[1].levelId = 'l4')))).toEqual([
      "course 'Working Together in Practice': level 'l4' is not one of the framework's levels.",
    ]);
  });

  test('wrong types and missing or misspelt fields name the item and the field', () => {
    const errors = errorsOf(
      changed((j) => {
        j.framework.courses[0].length.hours = 0;
        delete j.framework.courses[2].title;
        j.framework.courses[3].levelid = 'level-3';
        j.framework.levels[0].title = 5;
      }),
    );
    expect(errors).toEqual(
      expect.arrayContaining([
        "course 'Safeguarding Awareness': length.hours must be more than 0 (it is 0)",
        "course 'neglect': title is missing",
        "course 'Leading Safeguarding': levelid is not a field of the format (check its spelling)",
        "level 'level-1': title must be text (it is 5)",
      ]),
    );
  });

  test('cyclic prerequisites', () => {
    const errors = errorsOf(
      changed((j) =>
        j.framework.rules.push({
          id: 'neglect-before-awareness',
          kind: 'order',
          force: 'recommendation',
          text: 'Neglect first.',
          appliesTo: { courseIds: ['awareness'] },
          first: ['neglect'],
          cite: j.framework.cite,
        }),
      ),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/prerequisites go round in a circle \(.*course 'Recognising Neglect'.*\)/);
    expect(errors[0]).toMatch(/'neglect-before-awareness'/);
  });

  test('a course meeting a prerequisite it also falls under is not a circle (as the engine reads it)', () => {
    const r = readFrameworkFile(
      JSON.stringify(
        changed((j) =>
          j.framework.rules.push({
            id: 'any-course-after-awareness',
            kind: 'prerequisite',
            force: 'requirement',
            text: 'Awareness first.',
            appliesTo: { allCourses: true },
            anyOf: [{ id: 'awareness', title: 'Awareness', courseIds: ['awareness'] }],
            cite: j.framework.cite,
          }),
        ),
      ),
    );
    expect(r.ok).toBe(true);
  });

  test('an unknown rule kind', () => {
    expect(errorsOf(changed((j) => (j.framework.rules[2].kind = 'teleport')))).toEqual([
      expect.stringMatching(
        /^rule 'manager-approval': kind is not a rule kind the app can follow \(it follows prerequisite, order,.*\) \(it is "teleport"\)$/,
      ),
    ]);
  });

  test('duplicate ids, named by both items', () => {
    const errors = errorsOf(changed((j) => (j.framework.courses[3].id = 'neglect')));
    expect(errors).toEqual(["course 'Leading Safeguarding': the id 'neglect' is also the id of course 'Recognising Neglect'."]);
  });

  test('the id of a bundled framework', () => {
    const r = readFrameworkFile(JSON.stringify(changed((j) => (j.framework.id = 'solihull'))), { reservedIds: new Set(['solihull']) });
    expect(r.ok ? [] : r.errors).toEqual([expect.stringMatching(/its id 'solihull' is the id of a framework the app already includes/)]);
  });

  test('many problems: the first few are listed and the rest counted', () => {
    const j = example();
    j.framework.courses = Array.from({ length: 50 }, (_, i) => ({ id: `c${i}`, title: '' }));
    const errors = errorsOf(j);
    expect(errors).toHaveLength(MAX_LISTED_PROBLEMS + 1);
    expect(errors.at(-1)).toMatch(/^…and \d+ more problems\.$/);
  });
});

test('HTML in every text field is accepted as plain text, with a warning; nothing is interpreted', () => {
  const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const j = example();
  const put = (x: unknown): unknown => {
    if (typeof x === 'string') return x;
    if (Array.isArray(x)) return x.map(put);
    if (x && typeof x === 'object') {
      const o = x as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (
          [
            'title',
            'text',
            'description',
            'audience',
            'aim',
            'note',
            'partnership',
            'edition',
            'area',
            'quote',
            'section',
            'roleTitle',
            'interpretation',
            'when',
            'sourceText',
          ].includes(k) &&
          typeof o[k] === 'string'
        ) {
          o[k] = `${o[k]} ${payload}`;
        } else o[k] = put(o[k]);
      }
    }
    return x;
  };
  put(j.framework);
  const r = readFrameworkFile(JSON.stringify(j));
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.warnings[0]).toMatch(/looks like web page code .* shows it as plain text and never runs it/);
  expect(r.framework.courses[0]!.title).toBe(`Safeguarding Awareness ${payload}`);
});

/** Mutations of a valid file: a value replaced by another of any JSON type, a key removed or
 * added, an array emptied or an item duplicated, the text cut short. */
function mutate(json: unknown, path: number[], kind: number, replacement: unknown): unknown {
  const clone = structuredClone(json) as Record<string, unknown>;
  let node: unknown = clone;
  let parent: Record<string | number, unknown> | unknown[] | null = null;
  let key: string | number = '';
  for (const step of path) {
    if (Array.isArray(node) && node.length) {
      parent = node;
      key = step % node.length;
      node = node[key];
    } else if (node && typeof node === 'object') {
      const keys = Object.keys(node);
      if (!keys.length) break;
      parent = node as Record<string, unknown>;
      key = keys[step % keys.length]!;
      node = (node as Record<string, unknown>)[key];
    } else break;
  }
  if (!parent) return replacement;
  const p = parent as Record<string | number, unknown>;
  switch (kind % 5) {
    case 0:
      p[key] = replacement;
      break;
    case 1:
      if (Array.isArray(p)) p.splice(key as number, 1);
      else delete p[key];
      break;
    case 2:
      if (Array.isArray(p)) p.push(structuredClone(p[key as number]));
      else p[`${String(key)}x`] = replacement;
      break;
    case 3:
      p[key] = Array.isArray(node) ? [] : typeof node === 'string' ? `${node}<b>` : { __proto__: replacement, constructor: 1 };
      break;
    default:
      p['__proto__'] = replacement;
  }
  return clone;
}

test('fuzz: 1,000 mutated files never make the reader throw; what it accepts is a valid framework', () => {
  const base = JSON.parse(exampleText);
  let accepted = 0;
  fc.assert(
    fc.property(
      fc.array(fc.nat(), { minLength: 1, maxLength: 7 }),
      fc.nat(),
      fc.jsonValue({ maxDepth: 2 }),
      fc.option(fc.nat({ max: 4000 }), { freq: 8 }),
      (path, kind, replacement, cut) => {
        let text = JSON.stringify(mutate(base, path, kind, replacement));
        if (cut !== null) text = text.slice(0, cut);
        const result = readFrameworkFile(text);
        if (result.ok) {
          accepted++;
          // What is accepted is whole: it writes out and reads back as the same framework.
          const again = readFrameworkFile(JSON.stringify(frameworkToFile(result.framework)));
          expect(again.ok && again.framework).toEqual(result.framework);
        } else {
          expect(result.errors.length).toBeGreaterThan(0);
          for (const e of result.errors) expect(typeof e).toBe('string');
        }
      },
    ),
    { numRuns: 1000 },
  );
  expect(accepted).toBeGreaterThan(0);
});

test('the bench’s generated 1,000-course file is a valid framework file', () => {
  const r = readFrameworkFile(JSON.stringify(largeFrameworkFile(1000)));
  expect(r.ok ? r.framework.courses.length : r.errors).toBe(1000);
});
