/**
 * Hard limits on what an import reads, checked before the data is parsed or written, so that a
 * hostile or damaged file is refused in plain words instead of exhausting memory or the stack.
 * Documented in docs/backup-format.md ("Limits"). Pure: no DOM.
 */

/** Deepest nesting of objects and arrays in backup.json. A real backup nests about 6 levels (a
 * setting's value can add a few); anything deeper is not one, and would overflow the stack when
 * stored (IndexedDB copies values recursively). */
export const MAX_JSON_DEPTH = 64;

/** A timestamp later than now by more than this (a device clock a day out) is "in the future". */
export const FUTURE_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * The deepest nesting of `{` and `[` in JSON text, scanned without parsing (strings skipped), and
 * stopping as soon as `limit` is passed: returns a number > limit then.
 */
export function jsonDepth(bytes: Uint8Array, limit = MAX_JSON_DEPTH): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (inString) {
      if (b === 0x5c)
        i++; // backslash: skip the escaped character
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (b === 0x7d || b === 0x5d) depth--;
  }
  return deepest;
}
