import type { Citation, Framework } from './types';

/**
 * Matching phrases against the seed texts. The seeds are plain-text conversions of PDFs and
 * web pages, so line breaks fall mid-sentence and dashes and quotes vary; a cited phrase counts
 * as present when it matches after this normalising. Shared by scripts/check-sources.ts and the
 * framework tests, so that both agree on what "appears in the source" means.
 */

const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g; // ‐ ‑ ‒ – — ― −
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032]/g; // ‘ ’ ‚ ‛ ′
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u2033]/g; // “ ” „ ‟ ″

/** Normalises whitespace (any run, including non-breaking spaces, becomes one space), dashes
 * (to "-") and curly quotes (to straight quotes), and trims the ends. Case is kept. */
export function normaliseSourceText(s: string): string {
  return s.replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"').replace(/\s+/g, ' ').trim();
}

/** Whether `phrase` appears in `source` after normalising both. An empty phrase never matches,
 * so a blank citation cannot pass for a real one. */
export function sourceContains(source: string, phrase: string): boolean {
  const needle = normaliseSourceText(phrase);
  if (needle === '') return false;
  if (source !== lastSource) {
    // Tests check many phrases against one source: normalise it once.
    lastSource = source;
    lastNormalised = normaliseSourceText(source);
  }
  return lastNormalised.includes(needle);
}
let lastSource = '';
let lastNormalised = '';

/** A phrase of a framework that should appear verbatim in its cited source file. */
export interface SourcePhrase {
  /** Course and level titles, and citation quotes. */
  kind: 'course title' | 'level title' | 'quote';
  /** Where the phrase sits in the framework, e.g. 'course "module-5"'. */
  where: string;
  text: string;
  file: string;
}

/** Every course title, level title and citation quote of a framework, with the file each must
 * appear in (the item's cited file). Walks the whole framework, so that a citation added to a
 * new kind of item is checked too. */
export function sourcePhrases(framework: Framework): SourcePhrase[] {
  const phrases: SourcePhrase[] = [];
  for (const course of framework.courses) {
    phrases.push({ kind: 'course title', where: `course "${course.id}"`, text: course.title, file: course.cite.file });
  }
  for (const level of framework.levels) {
    phrases.push({ kind: 'level title', where: `level "${level.id}"`, text: level.title, file: level.cite.file });
  }
  const walk = (value: unknown, where: string): void => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${where}[${i}]`));
    } else if (value !== null && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const here = typeof record.id === 'string' ? `"${record.id}"` : where;
      const cite = record.cite as Citation | undefined;
      if (cite?.quote !== undefined) phrases.push({ kind: 'quote', where: here, text: cite.quote, file: cite.file });
      for (const [key, child] of Object.entries(record)) if (key !== 'cite') walk(child, `${here}.${key}`);
    }
  };
  walk(framework, `"${framework.id}"`);
  return phrases;
}

/** Checks a framework's phrases against its source texts (file name -> raw text, null where the
 * file is missing). Level titles may be composed by the encoder ("Level 3 Specialist courses"),
 * so a level title missing from the source is reported apart and does not fail the check. */
export function checkSourcePhrases(
  framework: Framework,
  readSource: (file: string) => string | null,
): { checked: number; missing: SourcePhrase[]; composedLevelTitles: SourcePhrase[]; missingFiles: string[] } {
  const normalised = new Map<string, string | null>();
  const textOf = (file: string): string | null => {
    if (!normalised.has(file)) {
      const raw = readSource(file);
      normalised.set(file, raw === null ? null : normaliseSourceText(raw));
    }
    return normalised.get(file) ?? null;
  };
  const missing: SourcePhrase[] = [];
  const composedLevelTitles: SourcePhrase[] = [];
  const missingFiles = new Set<string>();
  const phrases = sourcePhrases(framework);
  for (const phrase of phrases) {
    const source = textOf(phrase.file);
    const needle = normaliseSourceText(phrase.text);
    if (source === null) missingFiles.add(phrase.file);
    else if (needle !== '' && source.includes(needle)) continue;
    if (phrase.kind === 'level title' && source !== null) composedLevelTitles.push(phrase);
    else missing.push(phrase);
  }
  return { checked: phrases.length, missing, composedLevelTitles, missingFiles: [...missingFiles] };
}
