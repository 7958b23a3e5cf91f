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
  return s
    .replace(DASHES, '-')
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether `phrase` appears in `source` after normalising both. An empty phrase never matches,
 * so a blank citation cannot pass for a real one. */
export function sourceContains(source: string, phrase: string): boolean {
  const needle = normaliseSourceText(phrase);
  if (needle === '') return false;
  return normaliseSourceText(source).includes(needle);
}
