/**
 * The user's record, as stored (src/db) and as read by the pure domain code. Dates are ISO
 * calendar dates ('2026-11-27'); timestamps are ISO date-times. Every record has a random UUID
 * (profile and settings are singletons with fixed ids, merged by newest updatedAt).
 */
import type { ProfileFlag } from '../frameworks/types';
import type { NmcCodeTheme } from '../frameworks/scheme-forms';

export type ISODate = string;
export type ISODateTime = string;

export interface Stamped {
  id: string;
  createdAt: ISODateTime;
  updatedAt: ISODateTime;
}

export type YearBasis = 'rolling' | 'calendar' | 'april';

export interface Profile extends Stamped {
  id: 'profile';
  name: string;
  jobTitle: string;
  /** Employer or organisation; empty when the user is a volunteer with none. */
  employer: string;
  volunteer: boolean;
  frameworkId: string;
  groupId: string | null;
  /** A framework role id, or null with free text in roleTitle. */
  roleId: string | null;
  roleTitle: string;
  flags: Partial<Record<ProfileFlag, boolean>>;
  /** Other partnership frameworks the user also follows (moving between partnerships). */
  extraFrameworkIds: string[];
  /** Frameworks the user followed before; their history stays viewable. */
  previousFrameworkIds: string[];
  /** Professional CPD schemes followed (e.g. 'nmc', 'swe', 'kcsie'), with their settings. */
  schemes: SchemeEnrolment[];
  yearBasis: YearBasis;
  lastSupervisionDate: ISODate | null;
  /** Month (1-12) the user's appraisal year starts, if they set one. */
  appraisalYearStartMonth: number | null;
  /** The next supervision booked (optional fields: absent in records made before they existed). */
  nextSupervisionDate?: ISODate | null;
  supervisorName?: string;
  lineManager?: string;
  /** NMC personal identification number, as printed by the NMC ("12A3456E"). */
  nmcPin?: string;
  /** Social Work England registration number ("SW12345"). */
  sweRegistrationNumber?: string;
}

export interface SchemeEnrolment {
  schemeId: string;
  /** e.g. NMC renewal date, or the start of the registration year. */
  renewalDate?: ISODate | null;
  /** Scheme-specific options (e.g. NMC dual registration, declared practice hours). */
  options?: Record<string, string | number | boolean>;
}

export type ProviderKind = 'partnership' | 'employer' | 'e-learning' | 'other';
export type TrainingMode = 'face-to-face' | 'virtual' | 'e-learning' | 'self-directed' | 'supervision' | 'peer-discussion';
export type Agency = 'single' | 'multi';

/** A link from an entry or plan to a framework course or pathway item. */
export interface FrameworkLink {
  frameworkId: string;
  courseId?: string | null;
  pathwayId?: string | null;
  pathwayItemId?: string | null;
  levelId?: string | null;
}

export interface ImpactNote {
  text: string;
  date: ISODate;
}

export interface Training extends Stamped {
  title: string;
  providerKind: ProviderKind;
  providerName: string;
  startDate: ISODate;
  /** Same as startDate for a single day. */
  endDate: ISODate;
  hours: number;
  mode: TrainingMode;
  /** Free text or the framework level's title. */
  level: string;
  link: FrameworkLink | null;
  agency: Agency;
  participatory: boolean;
  notes: string;
  impact: ImpactNote | null;
  /** Scheme ids this entry is explicitly excluded from (counts everywhere else it qualifies), and
   * ids of scheme requirements the user said it does not count towards (e.g. a title that names
   * the DSL but is not the DSL's own training). */
  excludedSchemes?: string[];
  /** Ids of scheme requirements the user said this entry counts towards, whatever its title says
   * (e.g. time spent reading safeguarding developments as the DSL's yearly refresh). */
  countsTowards?: string[];
}

export interface Certificate extends Stamped {
  trainingId: string | null;
  fileName: string;
  mimeType: 'application/pdf' | 'image/jpeg' | 'image/png' | 'image/webp';
  /** Stored size in bytes. */
  size: number;
  /** Size of the file the user picked, before downscaling (same as size for PDFs). */
  originalSize: number;
  sha256: string;
  /** File bytes; ArrayBuffer, not Blob (Safari mishandles Blobs in IndexedDB). */
  bytes: ArrayBuffer;
}

/** 'nmc': the NMC's written reflective account form; 'swe': the questions of Social Work
 * England's online CPD form (src/frameworks/scheme-forms.ts). */
export type ReflectionTemplate = 'what-so-what-now-what' | 'gibbs' | 'free' | 'nmc' | 'swe';
/** 'confirmation': the NMC revalidation confirmation (who confirmed, and when). */
export type ReflectionKind = 'reflection' | 'supervision' | 'case-discussion' | 'feedback' | 'reflective-discussion' | 'confirmation';

export type { NmcCodeTheme } from '../frameworks/scheme-forms';

/** The other person on an NMC form: the reflective discussion partner (an NMC registrant) or the
 * confirmer (an NMC registrant, or another professional with their registration's type and
 * number). Every field is optional text; the form says what the NMC asks for. */
export interface RevalidationPerson {
  name: string;
  nmcPin: string;
  /** A confirmer who is not on the NMC register: their profession or regulator, and number. */
  otherRegistrationType: string;
  otherRegistrationNumber: string;
  email: string;
  /** Professional address including postcode. */
  address: string;
}

export interface Reflection extends Stamped {
  trainingId: string | null;
  kind: ReflectionKind;
  date: ISODate;
  title: string;
  template: ReflectionTemplate;
  /** Template section id -> text (e.g. what, soWhat, nowWhat; or Gibbs' six stages). */
  sections: Record<string, string>;
  text: string;
  /** Discussed with a peer (Social Work England's peer reflection). */
  peerReflection: boolean;
  /** Name/role of the peer, e.g. the NMC registrant for a reflective discussion. */
  peerName?: string;
  excludedSchemes?: string[];
  /** NMC written reflective account: the themes of the Code it is relevant to. */
  codeThemes?: NmcCodeTheme[];
  /** NMC reflective discussion partner, or confirmer (kind 'confirmation'). */
  person?: RevalidationPerson;
  /** Social Work England's CPD form: the type of CPD, in the user's words. */
  cpdType?: string;
}

export interface Enrolment extends Stamped {
  frameworkId: string;
  pathwayId: string;
  startDate: ISODate;
  endedAt: ISODate | null;
}

export interface ManagerApproval {
  approved: boolean;
  byName: string;
  date: ISODate | null;
}

export interface Plan extends Stamped {
  title: string;
  plannedDate: ISODate;
  /** The last day of a course over more than one day (absent or null: one day). */
  endDate?: ISODate | null;
  link: FrameworkLink | null;
  hours: number | null;
  approval: ManagerApproval | null;
  notes: string;
  /** Set when the plan became a training entry. */
  doneTrainingId: string | null;
}

export interface Draft extends Stamped {
  /** The form's key, e.g. 'training:new' or 'training:<id>'. */
  data: Record<string, unknown>;
}

export interface Setting extends Stamped {
  value: unknown;
}

export type TableName =
  'profile' | 'trainings' | 'certificates' | 'reflections' | 'enrolments' | 'plans' | 'drafts' | 'settings' | 'frameworks' | 'signoffs';

/** Record tables that carry user data: every table but drafts and deletion markers. */
export const RECORD_TABLES = [
  'profile',
  'trainings',
  'certificates',
  'reflections',
  'enrolments',
  'plans',
  'settings',
  'frameworks',
  'signoffs',
] as const satisfies readonly TableName[];

/** A framework the user added from a framework file (docs/framework-format.md): the checked file
 * as it was read, so that it is checked again whenever it is loaded or restored. */
export interface UserFramework extends Stamped {
  frameworkId: string;
  edition: string;
  published: string | null;
  /** The file's JSON (a FrameworkFile once checked). */
  file: unknown;
}

/** Tables whose records the user can delete (and so that a deletion marker may name). Never the
 * profile (a marker for it would send the user back to setup), drafts or settings. */
export const DELETABLE_TABLES = [
  'trainings',
  'certificates',
  'reflections',
  'plans',
  'frameworks',
  'signoffs',
] as const satisfies readonly TableName[];
export type DeletableTable = (typeof DELETABLE_TABLES)[number];

export function isDeletableTable(name: unknown): name is DeletableTable {
  return typeof name === 'string' && (DELETABLE_TABLES as readonly string[]).includes(name);
}

/** A deletion marker, so that a later merge does not bring a deleted record back. */
export interface Deletion {
  id: string;
  table: TableName;
  deletedAt: ISODateTime;
}

/** The record as the pure domain code reads it (no certificate bytes needed). */
export interface RecordSnapshot {
  trainings: Training[];
  plans: Plan[];
  reflections: Reflection[];
  certificates: Array<Omit<Certificate, 'bytes'>>;
  enrolments: Enrolment[];
  /** Supervisors' sign-offs (the supervision PDF prints the last one). */
  signoffs?: SignOff[];
  /** Entries changed since the newest sign-off that covered them (worked out with Web Crypto's
   * SHA-256 by src/state/signoffs, by changedSinceSigned in src/domain/signoff). */
  signedChanges?: SignedChange[];
}

/** An entry changed after the newest sign-off that covered it ("changed since signed on …"). */
export interface SignedChange {
  id: string;
  table: CoveredEntry['table'];
  /** The entry's title as signed. */
  title: string;
  signedOn: ISODate;
}

/** Where an action agreed in supervision stands, as the next supervision records it. */
export type AgreedActionStatus = 'agreed' | 'done' | 'in-progress' | 'not-done' | 'dropped';

export interface AgreedAction {
  id: string;
  text: string;
  status: AgreedActionStatus;
}

/** One entry a sign-off covered, and the SHA-256 of its content as it was signed. */
export interface CoveredEntry {
  table: 'trainings' | 'reflections';
  id: string;
  title: string;
  sha256: string;
}

/** A supervisor's sign-off of the supervisee's portfolio, made on the supervisee's device at the
 * end of supervision (database version 3). The signature is a drawn image (PNG data URL) or the
 * supervisor's typed name (the keyboard alternative). */
export interface SignOff extends Stamped {
  /** The day of the supervision. */
  date: ISODate;
  periodStart: ISODate;
  periodEnd: ISODate;
  supervisorName: string;
  supervisorRole: string;
  notes: string;
  agreedActions: AgreedAction[];
  signature: { kind: 'drawn'; png: string } | { kind: 'typed'; text: string };
  covered: CoveredEntry[];
  /** SHA-256 (hex) of the exact content covered: every covered entry's canonical text in order. */
  sha256: string;
}
