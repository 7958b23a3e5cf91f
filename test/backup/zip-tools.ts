/** Editing a zip's central directory, to make files that lie about themselves (tests only). */
import { strToU8 } from 'fflate';

const CENTRAL = 0x02014b50;

/** Offset of the central directory entry for `name` (our writer's zips: no extra fields). */
export function centralEntry(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const want = strToU8(name);
  for (let o = 0; o + 46 < zip.length; o++) {
    if (view.getUint32(o, true) !== CENTRAL) continue;
    const n = view.getUint16(o + 28, true);
    if (n === want.length && want.every((b, i) => zip[o + 46 + i] === b)) return o;
  }
  throw new Error(`no entry ${name}`);
}

/** The zip with `name`'s declared uncompressed size (central directory) set to `size`. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  new DataView(out.buffer).setUint32(centralEntry(out, name) + 24, size, true);
  return out;
}
