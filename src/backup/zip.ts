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
      t[1792 + (lo & 0xff)] ^ t[1536 + ((lo >>> 8) & 0xff)] ^ t[1280 + ((lo >>> 16) & 0xff)] ^ t[1024 + (lo >>> 24)] ^
      t[768 + bytes[i + 4]] ^ t[512 + bytes[i + 5]] ^ t[256 + bytes[i + 6]] ^ t[bytes[i + 7]];
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

/** A standard zip (no zip64: a backup stays far below 4 GB), readable by every unzip tool. */
export function writeZip(files: ZipInput[], mtime: Date): Uint8Array {
  const [time, date] = dosDateTime(mtime);
  const encoder = new TextEncoder();
  const entries = files.map((f) => {
    const data = f.level === 0 ? f.bytes : deflateSync(f.bytes, { level: f.level });
    return { name: encoder.encode(f.name), data, method: f.level === 0 ? 0 : 8, crc: crc32(f.bytes), size: f.bytes.length };
  });
  const localSize = entries.reduce((n, e) => n + 30 + e.name.length + e.data.length, 0);
  const centralSize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let o = 0;
  const offsets: number[] = [];
  const header = (e: (typeof entries)[number], central: boolean) => {
    view.setUint32(o, central ? CENTRAL_HEADER : LOCAL_HEADER, true);
    o += 4;
    if (central) {
      view.setUint16(o, 20, true); // made by: version 2.0
      o += 2;
    }
    view.setUint16(o, 20, true); // version needed to extract: 2.0
    view.setUint16(o + 2, UTF8_NAMES, true);
    view.setUint16(o + 4, e.method, true);
    view.setUint16(o + 6, time, true);
    view.setUint16(o + 8, date, true);
    view.setUint32(o + 10, e.crc, true);
    view.setUint32(o + 14, e.data.length, true);
    view.setUint32(o + 18, e.size, true);
    view.setUint16(o + 22, e.name.length, true);
    view.setUint16(o + 24, 0, true); // extra field length
    o += 26;
  };
  for (const e of entries) {
    offsets.push(o);
    header(e, false);
    out.set(e.name, o);
    o += e.name.length;
    out.set(e.data, o);
    o += e.data.length;
  }
  const centralStart = o;
  entries.forEach((e, i) => {
    header(e, true);
    // comment length, disk number, internal and external attributes: zero; then the offset
    view.setUint32(o + 10, offsets[i], true);
    o += 14;
    out.set(e.name, o);
    o += e.name.length;
  });
  view.setUint32(o, END_OF_CENTRAL_DIRECTORY, true);
  view.setUint16(o + 8, entries.length, true);
  view.setUint16(o + 10, entries.length, true);
  view.setUint32(o + 12, o - centralStart, true);
  view.setUint32(o + 16, centralStart, true);
  return out;
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
