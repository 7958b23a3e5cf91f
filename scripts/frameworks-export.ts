/**
 * npm run frameworks:export -- DIR: writes each bundled framework as a framework file,
 * DIR/<id>.json, in the documented format (docs/framework-format.md, valid against
 * docs/framework-schema.json). Importing one gives back the same framework.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { frameworkToFile } from '../src/frameworks/file-format';
import { loadAllFrameworks } from '../src/frameworks/registry';

const dir = process.argv[2];
if (!dir) {
  console.error('Usage: npm run frameworks:export -- DIR');
  process.exit(2);
}
mkdirSync(resolve(dir), { recursive: true });
for (const framework of await loadAllFrameworks()) {
  const out = resolve(dir, `${framework.id}.json`);
  writeFileSync(out, `${JSON.stringify(frameworkToFile(framework), null, 2)}\n`);
  console.log(`Wrote ${out}`);
}
