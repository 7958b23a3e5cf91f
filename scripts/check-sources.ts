/**
 * npm run frameworks:check-sources: every course title, level title and cited quote of every
 * bundled framework must appear in its cited seed file (after normalising whitespace, dashes and
 * quotes: src/frameworks/source-text.ts). Exits 1 if any is missing, and also where ../shared/seeds
 * does not exist (a checkout without the seeds): a check that could not run must not pass.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAllFrameworks } from '../src/frameworks/registry';
import { checkSourcePhrases } from '../src/frameworks/source-text';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// An optional argument names another seeds folder (used to try the checker by hand).
const seedsDir = resolve(repoRoot, process.argv[2] ?? '../shared/seeds');

async function main(): Promise<number> {
  if (!existsSync(seedsDir)) {
    console.log(
      `frameworks:check-sources: FAILED: the seeds folder ${seedsDir} does not exist, so the framework sources cannot be checked. ` +
        'The seeds belong in ../shared/seeds beside the repository (see DEVELOPERS.md); put them there, or name another folder: ' +
        'npm run frameworks:check-sources -- <folder>.',
    );
    return 1;
  }
  const readSource = (file: string): string | null => {
    const path = resolve(seedsDir, file);
    return existsSync(path) ? readFileSync(path, 'utf8') : null;
  };
  let missingTotal = 0;
  for (const framework of await loadAllFrameworks()) {
    const result = checkSourcePhrases(framework, readSource);
    missingTotal += result.missing.length;
    const found = result.checked - result.missing.length - result.composedLevelTitles.length;
    console.log(
      `${framework.id} (${framework.sourceFile}): ${found} of ${result.checked} phrases found, ${result.missing.length} missing` +
        (result.composedLevelTitles.length ? `, ${result.composedLevelTitles.length} level titles not verbatim (not checked)` : ''),
    );
    for (const file of result.missingFiles) console.log(`  source file not found: ${file}`);
    for (const p of result.missing) console.log(`  MISSING ${p.kind} at ${p.where} in ${p.file}: "${p.text}"`);
    for (const p of result.composedLevelTitles) console.log(`  note: level title at ${p.where} is not a source phrase: "${p.text}"`);
  }
  console.log(missingTotal === 0 ? 'All phrases found in their sources.' : `${missingTotal} phrases not found in their sources.`);
  return missingTotal === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
