/**
 * The zip container. Writing: a small zip writer of our own (stored entries and fflate's deflate),
 * because fflate's zipSync computes CRC-32 a byte at a time, which was half of a 60 MB export.
 * Reading: ./zip-stream.ts. Pure: no DOM.
 */
import { Deflate, deflateSync } from 'fflate';

export const LOCAL_HEADER = 0x04034b50;
export const CENTRAL_HEADER = 0x02014b50;
export const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
/** Bit 11 of the general purpose flags: the name is UTF-8. */
const UTF8_NAMES = 0x0800;

export interface ZipInput {
  name: string;
  bytes: Uint8Array;
  /** 0 stores the file as it is (already compressed: photos, PDFs); 1-9 deflate. */
  level: 0 | 1 | 6 | 9;
}

// CRC-32 (IEEE), slicing by 8: eight lookup tables, eight bytes per step.
const CRC_TABLES = (() => {
  const t = new Uint32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  }
  return t;
})();

/** CRC-32 of `bytes`; pass the CRC of the bytes before them as `previous` to go on from there
 * (a stream read in chunks). */
export function crc32(bytes: Uint8Array, previous = 0): number {
  const t = CRC_TABLES;
  let c = (previous ^ 0xffffffff) >>> 0;
  let i = 0;
  const end8 = bytes.length - (bytes.length % 8);
  for (; i < end8; i += 8) {
    const lo = (c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24))) >>> 0;
    c =
      t[1792 + (lo & 0xff)] ^
      t[1536 + ((lo >>> 8) & 0xff)] ^
      t[1280 + ((lo >>> 16) & 0xff)] ^
      t[1024 + (lo >>> 24)] ^
      t[768 + bytes[i + 4]] ^
      t[512 + bytes[i + 5]] ^
      t[256 + bytes[i + 6]] ^
      t[bytes[i + 7]];
  }
  for (; i < bytes.length; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** MS-DOS date and time, as zip headers keep them (local time, 2-second steps). */
function dosDateTime(d: Date): [number, number] {
  const time = (d.getHours() << 11) | (d.getMinutes() << 5) | (d.getSeconds() >> 1);
  const date = ((Math.max(1980, d.getFullYear()) - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate();
  return [time, date];
}

/**
 * Writes a standard zip (no zip64: a backup stays far below 4 GB) one file at a time, as parts,
 * so that a caller can hand each part on (e.g. to a Blob) instead of holding the whole file.
 */
export class ZipWriter {
  private readonly time: number;
  private readonly date: number;
  private readonly central: Uint8Array[] = [];
  private offset = 0;
  private count = 0;

  constructor(mtime: Date) {
    [this.time, this.date] = dosDateTime(mtime);
  }

  /** The parts (local header, then data) that store this file. */
  add(file: ZipInput): Uint8Array[] {
    const data = file.level === 0 ? file.bytes : deflateSync(file.bytes, { level: file.level });
    const fields = { method: file.level === 0 ? 0 : 8, crc: crc32(file.bytes), compressed: data.length, size: file.bytes.length };
    return [this.entry(file.name, fields), data];
  }

  /**
   * A file deflated as it is written, piece by piece (backup.json, written a record at a time):
   * its CRC-32 and sizes are known only at its end, so `end()` gives its parts (local header,
   * then the compressed pieces). Only the compressed pieces are kept until then, never the whole
   * file. Add nothing else to this writer until `end()` is called.
   */
  addStreamed(name: string, level: 1 | 6 | 9): { push(chunk: Uint8Array): void; end(): Uint8Array[] } {
    const compressed: Uint8Array[] = [];
    let crc = 0;
    let size = 0;
    const deflate = new Deflate({ level }, (data) => {
      if (data.length) compressed.push(data);
    });
    return {
      push: (chunk) => {
        crc = crc32(chunk, crc);
        size += chunk.length;
        deflate.push(chunk);
      },
      end: () => {
        deflate.push(new Uint8Array(0), true);
        const length = compressed.reduce((n, c) => n + c.length, 0);
        return [this.entry(name, { method: 8, crc, compressed: length, size }), ...compressed];
      },
    };
  }

  /** The local header of a file whose data comes next (returned), and its central directory entry
   * (kept for finish()). */
  private entry(fileName: string, fields: { method: number; crc: number; compressed: number; size: number }): Uint8Array {
    const name = new TextEncoder().encode(fileName);
    const local = new Uint8Array(30 + name.length);
    this.header(new DataView(local.buffer), 0, LOCAL_HEADER, fields, name.length);
    local.set(name, 30);
    const entry = new Uint8Array(46 + name.length);
    const view = new DataView(entry.buffer);
    this.header(view, 2, CENTRAL_HEADER, fields, name.length);
    view.setUint16(4, 20, true); // made by: version 2.0
    // comment length, disk number, internal and external attributes: zero; then the offset
    view.setUint32(42, this.offset, true);
    entry.set(name, 46);
    this.central.push(entry);
    this.offset += local.length + fields.compressed;
    this.count++;
    return local;
  }

  /** The central directory and end record: the last parts of the file. */
  finish(): Uint8Array[] {
    const size = this.central.reduce((n, e) => n + e.length, 0);
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, END_OF_CENTRAL_DIRECTORY, true);
    view.setUint16(8, this.count, true);
    view.setUint16(10, this.count, true);
    view.setUint32(12, size, true);
    view.setUint32(16, this.offset, true);
    return [...this.central, end];
  }

  /** The signature, then the fields local and central headers share; `gap` skips the central
   * header's "made by" version. */
  private header(
    view: DataView,
    gap: number,
    signature: number,
    f: { method: number; crc: number; compressed: number; size: number },
    nameLength: number,
  ): void {
    view.setUint32(0, signature, true);
    const o = 4 + gap;
    view.setUint16(o, 20, true); // version needed to extract: 2.0
    view.setUint16(o + 2, UTF8_NAMES, true);
    view.setUint16(o + 4, f.method, true);
    view.setUint16(o + 6, this.time, true);
    view.setUint16(o + 8, this.date, true);
    view.setUint32(o + 10, f.crc, true);
    view.setUint32(o + 14, f.compressed, true);
    view.setUint32(o + 18, f.size, true);
    view.setUint16(o + 22, nameLength, true);
  }
}

export function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** A whole zip in one array (small files, tests). */
export function writeZip(files: ZipInput[], mtime: Date): Uint8Array {
  const zip = new ZipWriter(mtime);
  const parts = files.flatMap((f) => zip.add(f));
  return concat([...parts, ...zip.finish()]);
}
