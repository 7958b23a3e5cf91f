/**
 * The backup file format, version 1 (documented in docs/backup-format.md, JSON Schema in
 * docs/backup-schema.json). A zip holding:
 *   backup.json                       every record of every table (drafts excepted), deletion
 *                                     markers, and each certificate's metadata with its path and
 *                                     SHA-256
 *   certificates/<id>-<safe name>     each certificate file as itself
 * Pure: no DOM, no IndexedDB. What a valid backup.json is: ./schema.ts (valibot), loaded only
 * when a backup is imported.
 */
import { RECORD_TABLES } from '../domain/types';
import type {
  Certificate,
  Deletion,
  Enrolment,
  Plan,
  Profile,
  Reflection,
  Setting,
  SignOff,
  Training,
  UserFramework,
} from '../domain/types';

export const BACKUP_FORMAT = 'safeguarding-passport-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_JSON = 'backup.json';
export const CERTIFICATES_DIR = 'certificates/';

/** Tables a backup carries, in the order they are written: every record table (drafts are unsaved
 * form input and stay on the device; deletion markers travel separately). */
export const BACKUP_TABLES = RECORD_TABLES;
export type BackupTable = (typeof BACKUP_TABLES)[number];

/** Settings about this device only (never exported, never overwritten by an import). */
export { DEVICE_SETTING_IDS } from '../domain/backup-settings';

/** Plain names for tables, used in messages and summaries. */
export const TABLE_LABELS: Record<BackupTable | 'deletions', string> = {
  profile: 'profile',
  trainings: 'training entries',
  certificates: 'certificates',
  reflections: 'reflections',
  enrolments: 'pathway enrolments',
  plans: 'plans',
  settings: 'settings',
  frameworks: 'frameworks you added',
  signoffs: 'supervision sign-offs',
  deletions: 'deletion records',
};

/** A certificate as listed in backup.json: its record without the bytes, plus where the file is. */
export type CertificateEntry = Omit<Certificate, 'bytes'> & { path: string };

export interface BackupTables {
  profile: Profile[];
  trainings: Training[];
  certificates: CertificateEntry[];
  reflections: Reflection[];
  enrolments: Enrolment[];
  plans: Plan[];
  settings: Setting[];
  frameworks: UserFramework[];
  signoffs: SignOff[];
}

export type BackupCounts = Record<BackupTable | 'deletions', number>;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  appVersion: string;
  exportedAt: string;
  counts: BackupCounts;
  tables: BackupTables;
  deletions: Deletion[];
}

/** File names inside the zip: letters, digits, dot, dash and underscore only, at most 80
 * characters, so that every unzip tool on every system can write them. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: é -> e
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+/, '')
    .slice(-80);
  return cleaned || 'file';
}

export function certificatePath(id: string, fileName: string): string {
  return `${CERTIFICATES_DIR}${id}-${safeFileName(fileName)}`;
}
