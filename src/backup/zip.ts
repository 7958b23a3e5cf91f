/**
 * The zip container. Writing: a small zip writer of our own (stored entries and fflate's deflate),
 * because fflate's zipSync computes CRC-32 a byte at a time, which was half of a 60 MB export.
 * Reading: fflate's unzip, with the checks it leaves out (it does not verify CRC-32 and trusts the
 * sizes a file declares). Pure: no DOM.
 */
import { deflateSync, unzipSync } from 'fflate';
import { BackupError, NOTHING_CHANGED } from './errors';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const MAX_DEFLATE_RATIO = 1032;
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

export function crc32(bytes: Uint8Array): number {
  const t = CRC_TABLES;
  let c = 0xffffffff;
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
    const name = new TextEncoder().encode(file.name);
    const data = file.level === 0 ? file.bytes : deflateSync(file.bytes, { level: file.level });
    const fields = { method: file.level === 0 ? 0 : 8, crc: crc32(file.bytes), compressed: data.length, size: file.bytes.length };
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
    this.offset += local.length + data.length;
    this.count++;
    return [local, data];
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

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  originalSize: number;
  crc32: number;
}

function u16(d: Uint8Array, o: number): number {
  return d[o] | (d[o + 1] << 8);
}
function u32(d: Uint8Array, o: number): number {
  return (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;
}

export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && u32(bytes, 0) === LOCAL_HEADER;
}

function truncated(): BackupError {
  return new BackupError(
    'truncated',
    `This backup file is incomplete or damaged (it may have been cut short while downloading or copying). ${NOTHING_CHANGED} Try the file again, or another copy of it.`,
  );
}

/** Lists the entries from the zip's central directory (names, sizes, CRC-32s). */
export function listZip(bytes: Uint8Array): ZipEntryInfo[] {
  if (!looksLikeZip(bytes)) {
    throw new BackupError(
      'not-zip',
      `This file is not a Safeguarding Passport backup: backups are zip files, and this is not one. ${NOTHING_CHANGED}`,
    );
  }
  let end = bytes.length - 22;
  while (end >= 0 && u32(bytes, end) !== END_OF_CENTRAL_DIRECTORY) {
    if (bytes.length - end > 65_557) throw truncated();
    end--;
  }
  if (end < 0) throw truncated();
  const entryCount = u16(bytes, end + 10);
  let offset = u32(bytes, end + 16);
  const entries: ZipEntryInfo[] = [];
  for (let i = 0; i < entryCount; i++) {
    if (offset + 46 > end || u32(bytes, offset) !== CENTRAL_HEADER) throw truncated();
    const nameLength = u16(bytes, offset + 28);
    const extraLength = u16(bytes, offset + 30);
    const commentLength = u16(bytes, offset + 32);
    const name = new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength));
    const entry = { name, crc32: u32(bytes, offset + 16), compressedSize: u32(bytes, offset + 20), originalSize: u32(bytes, offset + 24) };
    // Sizes no real zip can have (deflate expands at most about 1,032 times): a damaged file.
    if (entry.compressedSize > bytes.length || entry.originalSize > entry.compressedSize * MAX_DEFLATE_RATIO + 1024) throw truncated();
    entries.push(entry);
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Unzips the entries `wanted` accepts (call listZip first to check their declared sizes). */
export function unzipEntries(bytes: Uint8Array, wanted: (name: string) => boolean): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes, { filter: (f) => wanted(f.name) });
  } catch (e) {
    throw new BackupError('truncated', truncated().message, e);
  }
}
