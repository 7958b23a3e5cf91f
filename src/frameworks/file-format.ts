import * as v from 'valibot';
import type { Citation, Framework, Rule } from './types';

/**
 * The framework file format: a framework as a JSON file that a partnership's training officer can
 * write without code, and that the app imports, checks and follows like a bundled one. This
 * valibot schema is the one definition: the import checks files against it, and
 * docs/framework-schema.json is generated from it (`npm run frameworks:schema`).
 *
 * The file carries the same data as src/frameworks/types.ts, with citations that name a document
 * (not a seed file), a page where the source has pages, and limits that keep a file to a size the
 * app can show and follow on a phone. Documented in docs/framework-format.md.
 */

export const FRAMEWORK_FILE_FORMAT = 'safeguarding-passport-framework';
export const FRAMEWORK_FILE_VERSION = 1;

/** Limits on a file, so that one the app accepts is one it can show and follow on a phone. */
export const FRAMEWORK_FILE_LIMITS = {
  bytes: 5 * 1024 * 1024,
  levels: 50,
  groups: 100,
  roles: 1000,
  courses: 2000,
  rules: 500,
  pathways: 200,
  pathwayItems: 200,
  approaches: 100,
  notes: 100,
  /** Outcomes, topics, keywords, ids in a list... */
  listItems: 2000,
  textLength: 5000,
  idLength: 200,
} as const;

const L = FRAMEWORK_FILE_LIMITS;

const text = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.nonEmpty('must not be empty'),
  v.maxLength(L.textLength, `must be at most ${L.textLength} characters`),
);
const optionalText = v.optional(text);
const id = v.pipe(
  v.string('must be text'),
  v.maxLength(L.idLength, `must be at most ${L.idLength} characters`),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens (like "level-2")'),
);
const ids = v.pipe(v.array(id, 'must be a list'), v.maxLength(L.listItems, `must have at most ${L.listItems} items`));
const texts = v.pipe(v.array(text, 'must be a list'), v.maxLength(L.listItems, `must have at most ${L.listItems} items`));
const positive = v.pipe(v.number('must be a number'), v.finite('must be a number'), v.gtValue(0, 'must be more than 0'));
const nonNegative = v.pipe(v.number('must be a number'), v.finite('must be a number'), v.minValue(0, 'must be 0 or more'));
const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'must be a list'), v.maxLength(max, `must have at most ${max} items`));
const bool = v.boolean('must be true or false');

/** "2024", "2024-09" or "2024-09-01": the publication date as precisely as the source gives it. */
const publishedDate = v.pipe(
  v.string('must be a date written 2024, 2024-09 or 2024-09-01'),
  v.regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be a date written 2024, 2024-09 or 2024-09-01'),
);

export const FileCitationSchema = v.strictObject({
  /** The document cited: the framework's own document, or another one by its title. */
  document: text,
  /** Section, table or heading. */
  section: text,
  /** Page or pages, where the document has pages ("12", "12-13"). */
  page: optionalText,
  /** A short phrase of the source, verbatim. */
  quote: optionalText,
});

const LevelSchema = v.strictObject({
  id,
  title: text,
  order: v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more')),
  equivalence: optionalText,
  audience: optionalText,
  outcomes: texts,
  note: optionalText,
  cite: FileCitationSchema,
  /** How strongly the source asks the groups at this level to train at it, and where it says so. */
  training: v.optional(
    v.strictObject({
      force: v.picklist(['requirement', 'recommendation', 'guidance'], 'must be requirement, recommendation or guidance'),
      cite: FileCitationSchema,
    }),
  ),
});

const RoleSchema = v.strictObject({ id, title: text, groupId: id, cite: FileCitationSchema });

const GroupSchema = v.strictObject({
  id,
  title: text,
  description: text,
  levelIds: v.optional(ids),
  suggestedContent: v.optional(texts),
  suggestedMethods: v.optional(texts),
  note: optionalText,
  cite: FileCitationSchema,
});

const CourseSchema = v.strictObject({
  id,
  title: text,
  levelId: v.optional(id),
  groupIds: ids,
  audience: optionalText,
  aim: optionalText,
  outcomes: texts,
  /** hours the app counts; stated: whether the source states them in hours; sourceText: the source's own wording. */
  length: v.optional(v.strictObject({ hours: positive, stated: bool, sourceText: text })),
  modes: v.optional(
    list(v.picklist(['face-to-face', 'virtual', 'e-learning', 'blended'], 'must be face-to-face, virtual, e-learning or blended'), 4),
  ),
  modeText: optionalText,
  category: v.optional(v.picklist(['CORE', 'SPECIALIST'], 'must be CORE or SPECIALIST')),
  multiAgency: v.optional(bool),
  topics: v.optional(ids),
  note: optionalText,
  cite: FileCitationSchema,
});

const PathwaySchema = v.strictObject({
  id,
  roleTitle: text,
  groupId: id,
  durationMonths: positive,
  items: list(
    v.strictObject({
      id,
      title: text,
      courseId: v.nullable(id),
      note: optionalText,
      introductory: v.optional(bool),
    }),
    L.pathwayItems,
  ),
  cite: FileCitationSchema,
});

export const PROFILE_FLAGS = ['makesReferrals', 'attendsConferences', 'earlyHelpAssessments', 'schoolDsl', 'managesOrSupervises'] as const;

const SelectorSchema = v.strictObject({
  courseIds: v.optional(ids),
  levelIds: v.optional(ids),
  allCourses: v.optional(bool),
  flags: v.optional(list(v.picklist(PROFILE_FLAGS, `must be one of ${PROFILE_FLAGS.join(', ')}`), PROFILE_FLAGS.length)),
  groupIds: v.optional(ids),
});

const PriorStepSchema = v.strictObject({
  id,
  title: text,
  levelIds: v.optional(ids),
  courseIds: v.optional(ids),
  singleAgencyTraining: v.optional(bool),
  userConfirmed: v.optional(bool),
});

export const RULE_FORCES = ['requirement', 'recommendation', 'guidance'] as const;

const ruleBase = {
  id,
  force: v.picklist(RULE_FORCES, 'must be requirement, recommendation or guidance'),
  text,
  cite: FileCitationSchema,
  note: optionalText,
};

const nonEmptyList = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(
    v.array(item, 'must be a list'),
    v.minLength(1, 'must have at least one item'),
    v.maxLength(max, `must have at most ${max} items`),
  );

/** Every rule kind the engine reads. */
export const RULE_KINDS = [
  'prerequisite',
  'order',
  'manager-approval',
  'refresh',
  'yearly-hours',
  'evaluation-followup',
  'minimum-content',
  'duty',
  'charging',
  'after-pathway',
  'adjoining-levels',
  'topic-training',
] as const satisfies readonly Rule['kind'][];

const RuleSchema = v.variant(
  'kind',
  [
    v.strictObject({ ...ruleBase, kind: v.literal('prerequisite'), appliesTo: SelectorSchema, anyOf: nonEmptyList(PriorStepSchema, 50) }),
    v.strictObject({ ...ruleBase, kind: v.literal('order'), appliesTo: SelectorSchema, first: nonEmptyList(id, L.listItems) }),
    v.strictObject({ ...ruleBase, kind: v.literal('manager-approval'), appliesTo: SelectorSchema }),
    v.strictObject({ ...ruleBase, kind: v.literal('refresh'), levelIds: nonEmptyList(id, L.levels), intervalMonths: positive }),
    v.strictObject({
      ...ruleBase,
      kind: v.literal('yearly-hours'),
      appliesTo: SelectorSchema,
      minHours: positive,
      idealHours: v.optional(positive),
      counts: v.picklist(['multi-agency', 'any'], 'must be multi-agency or any'),
    }),
    v.strictObject({ ...ruleBase, kind: v.literal('evaluation-followup'), fromMonths: nonNegative, toMonths: positive }),
    v.strictObject({
      ...ruleBase,
      kind: v.literal('minimum-content'),
      topics: nonEmptyList(v.strictObject({ id, title: text, keywords: nonEmptyList(text, 100), note: optionalText }), 200),
      interpretation: text,
    }),
    v.strictObject({ ...ruleBase, kind: v.literal('duty') }),
    v.strictObject({
      ...ruleBase,
      kind: v.literal('charging'),
      appliesTo: SelectorSchema,
      charges: nonEmptyList(v.strictObject({ when: text, amountGbp: nonNegative }), 50),
    }),
    v.strictObject({
      ...ruleBase,
      kind: v.literal('after-pathway'),
      then: nonEmptyList(v.picklist(['CORE', 'SPECIALIST'], 'must be CORE or SPECIALIST'), 2),
    }),
    v.strictObject({ ...ruleBase, kind: v.literal('adjoining-levels') }),
    v.strictObject({
      ...ruleBase,
      kind: v.literal('topic-training'),
      /** A topic of the framework's minimum-content rule. */
      topicId: id,
      appliesTo: SelectorSchema,
      /** Roles exempted, each with what the source says for them instead and at what force. */
      exemptions: v.optional(
        list(
          v.strictObject({
            roleIds: nonEmptyList(id, L.listItems),
            force: v.picklist(RULE_FORCES, 'must be requirement, recommendation or guidance'),
            text,
            cite: FileCitationSchema,
          }),
          50,
        ),
      ),
    }),
  ],
  `is not a rule kind the app can follow (it follows ${RULE_KINDS.join(', ')})`,
);

export const FileFrameworkSchema = v.strictObject({
  /** Lower-case letters, digits and hyphens; the same id in a later file is a newer edition of the same framework. */
  id,
  partnership: text,
  shortName: v.pipe(text, v.maxLength(60, 'must be at most 60 characters')),
  /** The document's title. */
  title: text,
  edition: text,
  /** When the document was published, as precisely as it says; null where it is undated. */
  published: v.nullable(publishedDate),
  area: text,
  /** An identifier of the source document (e.g. its file name), kept for checking; defaults to the title. */
  sourceFile: optionalText,
  levels: list(LevelSchema, L.levels),
  groups: list(GroupSchema, L.groups),
  roles: list(RoleSchema, L.roles),
  courses: list(CourseSchema, L.courses),
  rules: list(RuleSchema, L.rules),
  pathways: list(PathwaySchema, L.pathways),
  approaches: list(v.strictObject({ id, title: text, description: text, cite: FileCitationSchema }), L.approaches),
  notes: list(text, L.notes),
  cite: FileCitationSchema,
});

export const FrameworkFileSchema = v.strictObject({
  $schema: v.optional(v.string()),
  format: v.literal(FRAMEWORK_FILE_FORMAT, `must be "${FRAMEWORK_FILE_FORMAT}"`),
  formatVersion: v.literal(FRAMEWORK_FILE_VERSION, `must be ${FRAMEWORK_FILE_VERSION}`),
  framework: FileFrameworkSchema,
});

export type FrameworkFile = v.InferOutput<typeof FrameworkFileSchema>;
export type FileFramework = FrameworkFile['framework'];
export type FileCitation = v.InferOutput<typeof FileCitationSchema>;

// ---- Conversion, both ways. Lossless: frameworkToFile then fileToFramework gives back an equal framework.

function toFileCitation(c: Citation, f: Framework): FileCitation {
  const out: FileCitation = { document: c.file === f.sourceFile ? f.title : c.file, section: c.section };
  if (c.page !== undefined) out.page = c.page;
  if (c.quote !== undefined) out.quote = c.quote;
  return out;
}

function fromFileCitation(c: FileCitation, f: FileFramework): Citation {
  const out: Citation = { file: c.document === f.title ? (f.sourceFile ?? f.title) : c.document, section: c.section };
  if (c.page !== undefined) out.page = c.page;
  if (c.quote !== undefined) out.quote = c.quote;
  return out;
}

/** T with every `cite` field (at any depth) of type C. */
type WithCitations<T, C> = T extends readonly (infer I)[]
  ? WithCitations<I, C>[]
  : T extends object
    ? { [K in keyof T]: K extends 'cite' ? C : WithCitations<T[K], C> }
    : T;

// Keeps the file schema in step with types.ts: compilation fails if the file's framework is not
// the app's Framework with file citations (plus `published` as null-or-date, `sourceFile` optional).
type Flatten<T> = T extends object ? { [K in keyof T]: Flatten<T[K]> } : T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Core<T> = Omit<T, 'published' | 'sourceFile' | 'earlierEditions'>;
const fileMatchesTypes: Equal<Flatten<WithCitations<Core<Framework>, FileCitation>>, Flatten<Core<FileFramework>>> = true;
void fileMatchesTypes;

/** Replaces every `cite` (at any depth) with `convert(cite)`; keeps key order and everything else. */
function mapCitations<T, From, To>(value: T, convert: (c: From) => To): WithCitations<T, To> {
  return mapAny(value, convert as (c: unknown) => unknown) as WithCitations<T, To>;
}
function mapAny(value: unknown, convert: (c: unknown) => unknown): unknown {
  if (Array.isArray(value)) return value.map((item: unknown) => mapAny(item, convert));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    out[key] = key === 'cite' ? convert(item) : mapAny(item, convert);
  }
  // A plain object again (null-prototype objects only while building), so that it compares and serialises as usual.
  return { ...out };
}

/** A bundled (or imported) framework as a file. */
export function frameworkToFile(f: Framework): FrameworkFile {
  const { published, sourceFile, earlierEditions: _earlier, ...rest } = f;
  const body = mapCitations(rest, (c: Citation) => toFileCitation(c, f));
  const framework: FileFramework = { ...body, published: published ?? null, sourceFile };
  return { format: FRAMEWORK_FILE_FORMAT, formatVersion: FRAMEWORK_FILE_VERSION, framework };
}

/** A checked file's framework in the app's model. */
export function fileToFramework(file: FrameworkFile): Framework {
  const f = file.framework;
  const { published, sourceFile, ...rest } = f;
  const body = mapCitations(rest, (c: FileCitation) => fromFileCitation(c, f));
  const out: Framework = { ...body, sourceFile: sourceFile ?? f.title };
  if (published !== null) out.published = published;
  return out;
}
