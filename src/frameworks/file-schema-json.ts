import { toJsonSchema } from '@valibot/to-json-schema';
import { FRAMEWORK_FILE_VERSION, FrameworkFileSchema } from './file-format';

/**
 * The JSON Schema of the framework file format (docs/framework-schema.json), generated from the
 * valibot schema. Checks that JSON Schema cannot express (trimming) are left out; the app's own
 * checks (ids unique, references resolve, no circular prerequisites) are in docs/framework-format.md.
 * Used by scripts and tests only, never by the app.
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  const schema = toJsonSchema(FrameworkFileSchema, { errorMode: 'ignore', target: 'draft-07' });
  return {
    ...schema,
    $id: `https://safeguarding-passport.invalid/framework-schema-v${FRAMEWORK_FILE_VERSION}.json`,
    title: `Safeguarding Passport framework file, format version ${FRAMEWORK_FILE_VERSION}`,
    description:
      'A safeguarding children partnership training framework that the Safeguarding Passport app imports and follows. See framework-format.md.',
  };
}
