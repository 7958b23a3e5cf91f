import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseSourceText } from '../../src/frameworks/source-text';
import type { Framework } from '../../src/frameworks/types';

/** The seeds live beside the repository: <repo root>/../shared/seeds. */
export const SEEDS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/seeds');

/** The raw text of a seed file. A missing seed FAILS the test that needs it, saying where the
 * seeds belong: a source check that cannot run must never look like one that passed. */
export function readSeedFile(file: string): string {
  const path = resolve(SEEDS_DIR, file);
  if (!existsSync(path)) {
    throw new Error(
      `Seed file not found: ${path}. The framework sources (the seeds) belong in ../shared/seeds beside the repository ` +
        `(here ${SEEDS_DIR}; see DEVELOPERS.md). Put them there: without them the cited phrases cannot be checked.`,
    );
  }
  return readFileSync(path, 'utf8');
}

/** The normalised text of a seed file (src/frameworks/source-text.ts, as check-sources uses);
 * throws, saying where the seeds belong, when it is missing. */
export function readSeed(file: string): string {
  return normaliseSourceText(readSeedFile(file));
}

/** Every course title and every cited quote in a framework, with where it was found. */
export function phrasesToFind(framework: Framework): Array<{ where: string; text: string }> {
  const found: Array<{ where: string; text: string }> = [];
  for (const course of framework.courses) found.push({ where: `${course.id} title`, text: course.title });
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const cite = record.cite as { quote?: string } | undefined;
      const id = typeof record.id === 'string' ? record.id : where;
      if (cite?.quote) found.push({ where: `${id} quote`, text: cite.quote });
      for (const [key, v] of Object.entries(record)) if (key !== 'cite') walk(v, `${id}.${key}`);
    }
  };
  walk(framework, framework.id);
  return found;
}

/** The phrases that do not appear in the seed text (empty when all are found). */
export function missingPhrases(framework: Framework, seedText: string): string[] {
  return phrasesToFind(framework)
    .filter((p) => normaliseSourceText(p.text) === '' || !seedText.includes(normaliseSourceText(p.text)))
    .map((p) => `${p.where}: "${p.text}"`);
}
