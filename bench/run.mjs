#!/usr/bin/env node
// npm run bench: runs every bench/*.bench.mjs (each default-exports an async function that
// prints its own figures and ratios). `npm run bench -- name` runs only files containing "name".
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const filter = process.argv[2] ?? '';
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs') && f.includes(filter))
  .sort();
for (const f of files) {
  console.log(`\n## ${f.replace('.bench.mjs', '')}`);
  const mod = await import(pathToFileURL(new URL(f, import.meta.url).pathname).href);
  await mod.default();
}
