/**
 * The longest text each field may hold, in characters: one definition for the forms (maxlength
 * and their messages), the backup import's schema (src/backup/schema.ts) and the PDF model's
 * input (src/pdf). Generous for real use; a bound for hostile or damaged data (a 10 MB title in
 * a PDF took 4 GB). Documented in README.md and docs/backup-format.md.
 */
export const TEXT_LIMITS = {
  /** Titles, names, provider, level, job title, employer, role, peer and approver names; the NMC
   * forms' names, Pins, registrations, email and professional addresses; SWE's type of CPD. */
  short: 200,
  /** A certificate's file name. */
  fileName: 255,
  /** Notes on a training entry or plan. */
  notes: 20_000,
  /** A reflection's text, each of its sections, an impact note. */
  long: 50_000,
  /** Ids and keys (framework, course, scheme ids; option and flag names). */
  id: 200,
  /** A drawn signature, as a PNG data URL (a phone-sized pad is about 20-60 KB). */
  signature: 1_000_000,
} as const;

export type TextLimit = keyof typeof TEXT_LIMITS;

/** The text cut to `max` characters (with "…"), for output that must stay bounded (the PDF). */
export function limitText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** The form's message for a text that is too long, or null: shown as the user types; what they
 * typed is kept (no maxlength cuts it), and the save is refused until it is shortened. */
export function tooLongMessage(label: string, text: string, max: number): string | null {
  if (text.length <= max) return null;
  const over = text.length - max;
  return `${label}: too long. It has ${text.length.toLocaleString('en-GB')} characters; the most it can hold is ${max.toLocaleString('en-GB')}. Remove ${over.toLocaleString('en-GB')} ${over === 1 ? 'character' : 'characters'} to save it; nothing you typed has been removed.`;
}

/** The user's words for fields named in a too-long message. */
const FIELD_LABELS: Record<string, string> = {
  title: 'Title',
  providerName: 'Provider name',
  level: 'Level',
  levelText: 'Level',
  notes: 'Notes',
  text: 'Text',
  approvedBy: 'Approved by',
  byName: 'Approved by',
  peerName: 'Colleague’s name or role',
  name: 'Name',
  jobTitle: 'Job title',
  employer: 'Employer',
  role: 'Role',
  fileName: 'File name',
  nmcPin: 'NMC PIN',
  otherRegistrationType: 'Other professional registration',
  otherRegistrationNumber: 'Registration number',
  email: 'Email address',
  address: 'Professional address',
  cpdType: 'Type of CPD',
};

function limitFor(key: string, parent: string | null): number {
  if (key === 'notes') return TEXT_LIMITS.notes;
  if (key === 'text' || parent === 'sections') return TEXT_LIMITS.long;
  if (key === 'fileName') return TEXT_LIMITS.fileName;
  return TEXT_LIMITS.short;
}

/**
 * The first text in a record (training, plan, reflection, profile) longer than its limit, as a
 * message in plain words, or null. The state's check before anything is saved: what the forms
 * show as the user types is enforced here too, so no caller can store an over-long field. Nested
 * values (a reflection's sections, an impact note, a link, an approval) are checked too.
 */
export function recordTooLong(record: object, parent: string | null = null): string | null {
  for (const [key, value] of Object.entries(record)) {
    if (key === 'bytes') continue;
    if (typeof value === 'string') {
      const max = limitFor(key, parent);
      if (value.length > max) {
        const label = parent === 'sections' ? 'A section of the reflection' : (FIELD_LABELS[key] ?? 'A field');
        return `${label}: too long to save. It has ${value.length.toLocaleString('en-GB')} characters; the most it can hold is ${max.toLocaleString('en-GB')}. Shorten it, then save again; nothing you typed has been removed.`;
      }
    } else if (value && typeof value === 'object' && !ArrayBuffer.isView(value) && !(value instanceof ArrayBuffer)) {
      const inner = recordTooLong(value as object, key);
      if (inner) return inner;
    }
  }
  return null;
}
