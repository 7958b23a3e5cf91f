/**
 * The zip container: writing with fflate, and reading with checks fflate leaves out (fflate's
 * unzip does not verify CRC-32 and trusts the sizes a file declares). Pure: no DOM.
 */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { BackupError, NOTHING_CHANGED } from './errors';

const LOCAL_HEADER = 0x04034b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const MAX_DEFLATE_RATIO = 1032;

export interface ZipInput {
  name: string;
  bytes: Uint8Array;
  /** 0 stores the file as it is (already compressed: photos, PDFs); 1-9 deflate. */
  level: 0 | 1 | 6 | 9;
}

export function writeZip(files: ZipInput[], mtime: Date): Uint8Array {
  const zippable: Zippable = {};
  for (const f of files) zippable[f.name] = [f.bytes, { level: f.level, mtime }];
  return zipSync(zippable);
}

export interface ZipEntryInfo {
  name: string;
  compressedSize: number;
  originalSize: number;
  crc32: number;
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
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
    if (offset + 46 > end || u32(bytes, offset) !== 0x02014b50) throw truncated();
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
