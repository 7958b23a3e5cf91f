/**
 * npm run frameworks:schema: writes docs/framework-schema.json, the JSON Schema of the framework
 * file format, generated from the valibot schema the app checks files with
 * (src/frameworks/file-format.ts). A test fails when the committed file is out of date.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { frameworkJsonSchema } from '../src/frameworks/file-schema-json';

const out = resolve(import.meta.dirname, '../docs/framework-schema.json');
writeFileSync(out, `${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
console.log(`Wrote ${out}`);
