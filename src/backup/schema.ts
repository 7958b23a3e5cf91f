/**
 * What a valid backup.json is, as valibot schemas: the one definition the import checks against
 * (docs/backup-schema.json describes the same for other tools). Kept apart from ./format.ts so
 * that the schemas load only with the import, not with the app's first screen.
 */
import * as v from 'valibot';
import { isIsoDate } from '../domain/dates';
import { DELETABLE_TABLES } from '../domain/types';
import { TEXT_LIMITS } from '../domain/limits';
import { BACKUP_FORMAT, BACKUP_TABLES, CERTIFICATES_DIR, type BackupTable } from './format';

// Objects are "loose": fields added by later app versions pass through unchanged, so
// an older backup stays importable and nothing in a file is silently dropped.

// Every text field has its limit (src/domain/limits.ts), checked before anything is written.
const textOf = (max: number) => v.pipe(v.string(), v.maxLength(max, `at most ${max} characters`));
const text = textOf(TEXT_LIMITS.short);
const notes = textOf(TEXT_LIMITS.notes);
const longText = textOf(TEXT_LIMITS.long);
const key = textOf(TEXT_LIMITS.id);
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_LIMITS.id));
// A real calendar date (valibot's isoDate alone accepts 2026-02-30).
const isoDate = v.pipe(
  v.string(),
  v.check((s: string) => isIsoDate(s), 'a real calendar date, written 2026-11-27'),
);
// A real instant: the ISO pattern, a real calendar day (2026-02-30 is refused), and one that
// Date.parse reads (merge compares instants).
const timestamp = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((s: string) => isIsoDate(s.slice(0, 10)) && !Number.isNaN(Date.parse(s)), 'a real date and time'),
);
const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const finiteNumber = v.pipe(v.number(), v.finite());
const stringList = v.array(key);

const stamped = { id, createdAt: timestamp, updatedAt: timestamp };

const frameworkLink = v.nullable(
  v.looseObject({
    frameworkId: key,
    courseId: v.nullish(key),
    pathwayId: v.nullish(key),
    pathwayItemId: v.nullish(key),
    levelId: v.nullish(key),
  }),
);

const ProfileSchema = v.looseObject({
  ...stamped,
  id: v.literal('profile'),
  name: text,
  jobTitle: text,
  employer: text,
  volunteer: v.boolean(),
  frameworkId: key,
  groupId: v.nullable(key),
  roleId: v.nullable(key),
  roleTitle: text,
  flags: v.record(key, v.boolean()),
  extraFrameworkIds: stringList,
  previousFrameworkIds: stringList,
  schemes: v.array(
    v.looseObject({
      schemeId: key,
      renewalDate: v.nullish(isoDate),
      options: v.optional(v.record(key, v.union([text, v.number(), v.boolean()]))),
    }),
  ),
  yearBasis: v.picklist(['rolling', 'calendar', 'april']),
  lastSupervisionDate: v.nullable(isoDate),
  appraisalYearStartMonth: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(12))),
  nextSupervisionDate: v.optional(v.nullable(isoDate)),
  supervisorName: v.optional(text),
  lineManager: v.optional(text),
  nmcPin: v.optional(text),
  sweRegistrationNumber: v.optional(text),
});

const TrainingSchema = v.looseObject({
  ...stamped,
  title: text,
  providerKind: v.picklist(['partnership', 'employer', 'e-learning', 'other']),
  providerName: text,
  startDate: isoDate,
  endDate: isoDate,
  hours: v.pipe(finiteNumber, v.minValue(0)),
  mode: v.picklist(['face-to-face', 'virtual', 'e-learning', 'self-directed', 'supervision', 'peer-discussion']),
  level: text,
  link: frameworkLink,
  agency: v.picklist(['single', 'multi']),
  participatory: v.boolean(),
  notes,
  impact: v.nullable(v.looseObject({ text: longText, date: isoDate })),
  excludedSchemes: v.optional(stringList),
  countsTowards: v.optional(stringList),
});

export const CERTIFICATE_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png', 'image/webp'] as const;

const CertificateEntrySchema = v.looseObject({
  ...stamped,
  trainingId: v.nullable(key),
  fileName: v.pipe(v.string(), v.minLength(1), v.maxLength(TEXT_LIMITS.fileName)),
  mimeType: v.picklist(CERTIFICATE_MIME_TYPES),
  size: count,
  originalSize: count,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'a SHA-256 written as 64 lowercase hex digits')),
  path: v.pipe(v.string(), v.startsWith(CERTIFICATES_DIR), v.maxLength(TEXT_LIMITS.id + TEXT_LIMITS.fileName)),
});

const ReflectionSchema = v.looseObject({
  ...stamped,
  trainingId: v.nullable(key),
  kind: v.picklist(['reflection', 'supervision', 'case-discussion', 'feedback', 'reflective-discussion', 'confirmation']),
  date: isoDate,
  title: text,
  template: v.picklist(['what-so-what-now-what', 'gibbs', 'free', 'nmc', 'swe']),
  sections: v.record(key, longText),
  text: longText,
  peerReflection: v.boolean(),
  peerName: v.optional(text),
  excludedSchemes: v.optional(stringList),
  // The NMC's forms: the Code's themes of a written reflective account; the reflective discussion
  // partner or the confirmer. Social Work England's form: the type of CPD.
  codeThemes: v.optional(
    v.pipe(
      v.array(v.picklist(['prioritise-people', 'practise-effectively', 'preserve-safety', 'promote-professionalism-and-trust'])),
      v.maxLength(4, 'at most the four themes of the Code'),
    ),
  ),
  person: v.optional(
    v.looseObject({
      name: text,
      nmcPin: text,
      otherRegistrationType: text,
      otherRegistrationNumber: text,
      email: text,
      address: text,
    }),
  ),
  cpdType: v.optional(text),
});

const EnrolmentSchema = v.looseObject({
  ...stamped,
  frameworkId: key,
  pathwayId: key,
  startDate: isoDate,
  endedAt: v.nullable(isoDate),
});

const PlanSchema = v.looseObject({
  ...stamped,
  title: text,
  plannedDate: isoDate,
  endDate: v.optional(v.nullable(isoDate)),
  link: frameworkLink,
  hours: v.nullable(v.pipe(finiteNumber, v.minValue(0))),
  approval: v.nullable(v.looseObject({ approved: v.boolean(), byName: text, date: v.nullable(isoDate) })),
  notes,
  doneTrainingId: v.nullable(key),
});

const SettingSchema = v.looseObject({ ...stamped, value: v.unknown() });

/** A framework added from a framework file. The file itself is checked again, in full, against
 * the framework file format whenever the app loads it (src/frameworks/file-read.ts), so a damaged
 * one is shown as unreadable, never followed. */
const UserFrameworkSchema = v.looseObject({
  ...stamped,
  frameworkId: text,
  edition: text,
  published: v.nullable(text),
  file: v.looseObject({}),
});

/** A supervisor's sign-off (database version 3). */
const SignOffSchema = v.looseObject({
  ...stamped,
  date: isoDate,
  periodStart: isoDate,
  periodEnd: isoDate,
  supervisorName: text,
  supervisorRole: text,
  notes: longText,
  agreedActions: v.pipe(
    v.array(
      v.looseObject({
        id: key,
        text: notes,
        status: v.picklist(['agreed', 'done', 'in-progress', 'not-done', 'dropped']),
      }),
    ),
    v.maxLength(200, 'at most 200 agreed actions'),
  ),
  signature: v.variant('kind', [
    v.looseObject({
      kind: v.literal('drawn'),
      png: v.pipe(
        v.string(),
        v.startsWith('data:image/png;base64,', 'a PNG image'),
        v.maxLength(TEXT_LIMITS.signature, `at most ${TEXT_LIMITS.signature} characters`),
      ),
    }),
    v.looseObject({ kind: v.literal('typed'), text }),
  ]),
  covered: v.array(
    v.looseObject({
      table: v.picklist(['trainings', 'reflections']),
      id: key,
      title: text,
      sha256: v.pipe(v.string(), v.hexadecimal(), v.length(64)),
    }),
  ),
  sha256: v.pipe(v.string(), v.hexadecimal(), v.length(64)),
});

const DeletionSchema = v.looseObject({
  id,
  // Only records the user can delete: a marker for the profile (or settings, drafts) is refused.
  table: v.picklist(DELETABLE_TABLES),
  deletedAt: timestamp,
});

/** One schema per table: records are validated one by one, so that a failure can name its
 * table and position. */
export const RECORD_SCHEMAS = {
  profile: ProfileSchema,
  trainings: TrainingSchema,
  certificates: CertificateEntrySchema,
  reflections: ReflectionSchema,
  enrolments: EnrolmentSchema,
  plans: PlanSchema,
  settings: SettingSchema,
  frameworks: UserFrameworkSchema,
  signoffs: SignOffSchema,
  deletions: DeletionSchema,
} as const;

/** The document's outer shape; records are checked afterwards with RECORD_SCHEMAS. */
export const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: key,
  exportedAt: timestamp,
  // Tables added after the first release (frameworks, database version 2; signoffs, version 3) are optional,
  // so that an older backup, which has none, still imports.
  counts: v.looseObject({
    ...(Object.fromEntries([...BACKUP_TABLES, 'deletions'].map((t) => [t, count])) as Record<BackupTable | 'deletions', typeof count>),
    frameworks: v.optional(count, 0),
    signoffs: v.optional(count, 0),
  }),
  tables: v.object({
    ...(Object.fromEntries(BACKUP_TABLES.map((t) => [t, v.array(v.unknown())])) as Record<
      BackupTable,
      v.ArraySchema<v.UnknownSchema, undefined>
    >),
    frameworks: v.optional(v.array(v.unknown()), () => []),
    signoffs: v.optional(v.array(v.unknown()), () => []),
  }),
  deletions: v.array(v.unknown()),
});
