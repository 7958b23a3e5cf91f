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

/** What a JsonScanner found wrong, or null. */
export type JsonScanProblem = 'depth' | 'records' | 'string' | null;

export interface JsonScanLimits {
  depth: number;
  /** Elements of arrays at most 3 levels deep: backup.json's records (tables.<name>[...] and
   * deletions[...]). */
  records: number;
  /** Bytes in one string as written, quotes and escapes included. */
  stringBytes: number;
}

const CONTAINER_ARRAY = 1;

/**
 * Scans JSON text as it arrives, chunk by chunk, without parsing it: how deep objects and arrays
 * nest, how many records there are, how long each string is. A document past a limit is refused
 * before it is parsed (or even fully read): a million records or a 5,000-deep nesting costs
 * only the scan up to the limit. Strings are skipped, escapes included, across chunk edges.
 */
export class JsonScanner {
  depth = 0;
  deepest = 0;
  records = 0;
  private inString = false;
  private escaped = false;
  private stringBytes = 0;
  /** An array element may start next (after `[` or `,` in a counted array). */
  private pending = false;
  private readonly kinds: Uint8Array;

  constructor(private readonly limits: JsonScanLimits) {
    this.kinds = new Uint8Array(Math.min(limits.depth, 1 << 20) + 2);
  }

  /** The next bytes; the first problem found, or null. After a problem, stop pushing. The state
   * is kept in locals while scanning (a million-record file is refused in a fraction of the time
   * it took with the fields read and written for every byte), and stored back at the end. */
  push(bytes: Uint8Array): JsonScanProblem {
    const { depth: maxDepth, records: maxRecords, stringBytes: maxString } = this.limits;
    const kinds = this.kinds;
    let { depth, deepest, records, inString, escaped, stringBytes, pending } = this;
    let problem: JsonScanProblem = null;
    const n = bytes.length;
    let i = 0;
    scan: for (; i < n; i++) {
      const b = bytes[i];
      if (inString) {
        if (++stringBytes > maxString) {
          problem = 'string';
          break;
        }
        if (escaped) escaped = false;
        else if (b === 0x5c) escaped = true;
        else if (b === 0x22) inString = false;
        continue;
      }
      if (b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09) continue;
      if (pending) {
        pending = false;
        if (b !== 0x5d && ++records > maxRecords) {
          problem = 'records';
          break;
        }
      }
      switch (b) {
        case 0x22:
          inString = true;
          stringBytes = 1;
          break;
        case 0x7b:
        case 0x5b: {
          const d = ++depth;
          if (d > deepest) {
            deepest = d;
            if (d > maxDepth) {
              problem = 'depth';
              break scan;
            }
          }
          kinds[d] = b === 0x5b ? CONTAINER_ARRAY : 0;
          if (b === 0x5b && d <= 3) pending = true;
          break;
        }
        case 0x7d:
        case 0x5d:
          if (depth > 0) depth--;
          break;
        case 0x2c:
          if (depth > 0 && depth <= 3 && kinds[depth] === CONTAINER_ARRAY) pending = true;
          break;
      }
    }
    Object.assign(this, { depth, deepest, records, inString, escaped, stringBytes, pending });
    return problem;
  }
}

/** The deepest nesting of `{` and `[` in JSON text (strings skipped), stopping as soon as `limit`
 * is passed: returns a number > limit then. */
export function jsonDepth(bytes: Uint8Array, limit = MAX_JSON_DEPTH): number {
  const scanner = new JsonScanner({ depth: limit, records: Infinity, stringBytes: Infinity });
  scanner.push(bytes);
  return scanner.deepest;
}

/** Files in one backup zip: backup.json and one per certificate. */
export const MAX_ZIP_ENTRIES = 20_000;

/** Records in one backup (every table and the deletion markers together). A whole career's
 * record is a few thousand; a million entries is refused while backup.json is still being read. */
export const MAX_RECORDS = 100_000;

/** backup.json, uncompressed, as its directory entry declares it (and enforced while it inflates):
 * a record of 5,000 entries is 3 to 5 MB, so this is more than ten times a large career's
 * record. A file declaring more is refused before anything is inflated (the 1,000,000-entry file
 * declaring 100 MB at once); one declaring less reaches MAX_RECORDS within this many bytes. */
export const MAX_JSON_BYTES = 64 * 1024 * 1024;

/** One string in backup.json, in bytes as written. The longest text field is 50,000 characters
 * (at most 300 KB written, every character escaped); up to this size a longer one still reaches
 * the schema, which names its record and field; beyond it, the scan refuses it unparsed. */
export const MAX_JSON_STRING_BYTES = 16 * 1024 * 1024;

/** Everything in the zip, uncompressed: declared sizes are added up before anything is inflated,
 * and each file stops inflating the moment it passes its own declared size. */
export const MAX_INFLATED_BYTES = 1.5 * 1024 ** 3;
