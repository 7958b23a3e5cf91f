import Dexie, { type Table } from 'dexie';
import { closeOnUpgradeElsewhere } from './lifecycle';
import type {
  Certificate,
  Deletion,
  Draft,
  Enrolment,
  Plan,
  Profile,
  Reflection,
  Setting,
  SignOff,
  Training,
  UserFramework,
} from '../domain/types';
import type { LockRow } from './lock-rows';

export const DB_NAME = 'safeguarding-passport';

/**
 * The schema. Rule: every change is a new `this.version(n)` below the existing ones (never edit
 * a released version), with an `.upgrade()` where data must change, and a test in
 * test/db/migrations.test.ts that upgrades a populated database of the previous version.
 * Only indexed fields are listed; other fields need no schema change.
 */
export const SCHEMA_V1 = {
  profile: 'id',
  trainings: 'id, startDate, updatedAt, link.courseId',
  certificates: 'id, trainingId, sha256, updatedAt',
  reflections: 'id, trainingId, date, updatedAt',
  enrolments: 'id, frameworkId, updatedAt',
  plans: 'id, plannedDate, updatedAt',
  drafts: 'id, updatedAt',
  settings: 'id',
  deletions: 'id, table, deletedAt',
} as const;

/** Version 2: frameworks the user added from framework files. */
export const SCHEMA_V2 = { ...SCHEMA_V1, frameworks: 'id, frameworkId, updatedAt' } as const;

/** Version 3: supervisors' sign-offs made on the device. */
export const SCHEMA_V3 = { ...SCHEMA_V2, signoffs: 'id, date, updatedAt' } as const;

/**
 * Version 4: the app lock. `lock` holds the keyring (the data key wrapped by the passcode and by
 * the recovery key) and the lock's own settings (auto-lock time, wrong tries, a conversion under
 * way); it is this device's, never in a backup. The sealable tables gain an index on their seal
 * marker (`sealed.version`, absent on open records), so turning the lock on or off finds the
 * records still to convert from the index alone, without reading certificate bytes.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  trainings: `${SCHEMA_V3.trainings}, sealed.version`,
  certificates: `${SCHEMA_V3.certificates}, sealed.version`,
  reflections: `${SCHEMA_V3.reflections}, sealed.version`,
  plans: `${SCHEMA_V3.plans}, sealed.version`,
  signoffs: `${SCHEMA_V3.signoffs}, sealed.version`,
  lock: 'id',
} as const;

export class PassportDB extends Dexie {
  profile!: Table<Profile, string>;
  trainings!: Table<Training, string>;
  certificates!: Table<Certificate, string>;
  reflections!: Table<Reflection, string>;
  enrolments!: Table<Enrolment, string>;
  plans!: Table<Plan, string>;
  drafts!: Table<Draft, string>;
  settings!: Table<Setting, string>;
  deletions!: Table<Deletion, string>;
  frameworks!: Table<UserFramework, string>;
  signoffs!: Table<SignOff, string>;
  lock!: Table<LockRow, string>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // A new table only: nothing stored changes, so no upgrade function.
    this.version(2).stores(SCHEMA_V2);
    // A new table only, again: nothing stored changes.
    this.version(3).stores(SCHEMA_V3);
    // A new table and new indexes: nothing stored changes (no record has a seal yet).
    this.version(4).stores(SCHEMA_V4);
  }
}

/** The one database instance of the app. */
export const db = new PassportDB();
// A newer version of the app in another tab upgrades the schema: close and ask for a reload.
closeOnUpgradeElsewhere(db);

/** Record tables that carry user data (everything but drafts and deletion markers). */
export { RECORD_TABLES } from '../domain/types';
