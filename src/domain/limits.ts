/**
 * The longest text each field may hold, in characters: one definition for the forms (maxlength
 * and their messages), the backup import's schema (src/backup/schema.ts) and the PDF model's
 * input (src/pdf). Generous for real use; a bound for hostile or damaged data (a 10 MB title in
 * a PDF took 4 GB). Documented in README.md and docs/backup-format.md.
 */
export const TEXT_LIMITS = {
  /** Titles, names, provider, level, job title, employer, role, peer and approver names. */
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

/** The form's message for a text that is too long, or null. */
export function tooLongMessage(label: string, text: string, max: number): string | null {
  if (text.length <= max) return null;
  return `${label} is too long: at most ${max.toLocaleString('en-GB')} characters (it has ${text.length.toLocaleString('en-GB')}).`;
}
