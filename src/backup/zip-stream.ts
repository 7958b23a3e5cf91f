/**
 * Reading a backup zip without holding it: the central directory is read from the end of the
 * file (names, sizes, CRC-32s), then each wanted file is read in slices and inflated with
 * fflate's streaming Inflate, small pieces at a time. Every file must come out exactly at the
 * size its directory entry declares and with its CRC-32: one that runs past its declared size
 * (a zip bomb that lies) is stopped at once, not after inflating everything. Limits:
 * ./limits.ts. Pure: no DOM (runs in the import worker and, in tests, in this thread).
 */
import { Inflate } from 'fflate';
import { BackupError, NOTHING_CHANGED } from './errors';
import { MAX_INFLATED_BYTES, MAX_ZIP_ENTRIES } from './limits';
import { CENTRAL_HEADER, crc32, END_OF_CENTRAL_DIRECTORY, LOCAL_HEADER } from './zip';

/** Random access to the file's bytes: a Blob or File (sliced, never read whole), or bytes. */
export interface ByteSource {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

export function bytesSource(bytes: Uint8Array): ByteSource {
  return { size: bytes.length, read: async (start, end) => bytes.subarray(start, end) };
}

export function blobSource(blob: Blob): ByteSource {
  return { size: blob.size, read: async (start, end) => new Uint8Array(await blob.slice(start, end).arrayBuffer()) };
}

export interface ZipEntry {
  name: string;
  method: number;
  crc32: number;
  compressedSize: number;
  originalSize: number;
  localOffset: number;
}

/** Deflate expands at most about 1,032 times: a declared size beyond that is a damaged file. */
const MAX_DEFLATE_RATIO = 1032;
/** Slices read from the file. */
const READ_BYTES = 1024 * 1024;
/** Compressed bytes handed to the inflater at once: at most about 16 MB come out of one push,
 * so a bomb is caught after at most that much past its declared size. */
const INFLATE_BYTES = 16 * 1024;
/** The end record's comment can be up to 65,535 bytes. */
const MAX_TAIL = 22 + 65_535;
/** The central directory: 46 bytes an entry plus its name (our names are short). */
const MAX_DIRECTORY_BYTES = 16 * 1024 * 1024;

const u16 = (d: Uint8Array, o: number) => d[o] | (d[o + 1] << 8);
const u32 = (d: Uint8Array, o: number) => (d[o] | (d[o + 1] << 8) | (d[o + 2] << 16) | (d[o + 3] << 24)) >>> 0;

export function truncated(cause?: unknown): BackupError {
  return new BackupError(
    'truncated',
    `This backup file is incomplete or damaged (it may have been cut short while downloading or copying). ${NOTHING_CHANGED} Try the file again, or another copy of it.`,
    cause,
  );
}

function notZip(): BackupError {
  return new BackupError(
    'not-zip',
    `This file is not a Safeguarding Passport backup: backups are zip files, and this is not one. ${NOTHING_CHANGED}`,
  );
}

export function damagedEntry(name: string): BackupError {
  const what = name === 'backup.json' ? 'its list of records' : 'a certificate file in it';
  return new BackupError(
    'checksum',
    `This backup is damaged: ${what} does not match its checksum (or the size the file gives for it). ${NOTHING_CHANGED} Try another copy of the backup.`,
  );
}

function tooMuch(detail: string): BackupError {
  return new BackupError('too-large', `This backup ${detail}, more than this app can import at once. ${NOTHING_CHANGED}`);
}

/** The zip's entries from its central directory, checked against the limits before anything is
 * inflated: how many, their declared sizes (each and together), no duplicate names. */
export async function readDirectory(src: ByteSource): Promise<Map<string, ZipEntry>> {
  if (src.size < 4 || u32(await src.read(0, 4), 0) !== LOCAL_HEADER) throw notZip();
  if (src.size < 22) throw truncated();
  const tailStart = Math.max(0, src.size - MAX_TAIL);
  const tail = await src.read(tailStart, src.size);
  let end = tail.length - 22;
  while (end >= 0 && u32(tail, end) !== END_OF_CENTRAL_DIRECTORY) end--;
  if (end < 0) throw truncated();
  const count = u16(tail, end + 10);
  const dirSize = u32(tail, end + 12);
  const dirOffset = u32(tail, end + 16);
  if (count > MAX_ZIP_ENTRIES) throw tooMuch(`holds ${count.toLocaleString('en-GB')} files`);
  if (dirSize > MAX_DIRECTORY_BYTES || dirOffset + dirSize > tailStart + end) throw truncated();
  const dir = await src.read(dirOffset, dirOffset + dirSize);
  const entries = new Map<string, ZipEntry>();
  let declared = 0;
  let o = 0;
  const names = new TextDecoder('utf-8', { fatal: true });
  for (let i = 0; i < count; i++) {
    if (o + 46 > dir.length || u32(dir, o) !== CENTRAL_HEADER) throw truncated();
    const flags = u16(dir, o + 8);
    const nameLength = u16(dir, o + 28);
    if (o + 46 + nameLength > dir.length) throw truncated();
    let name: string;
    try {
      name = names.decode(dir.subarray(o + 46, o + 46 + nameLength));
    } catch (e) {
      throw truncated(e);
    }
    const entry: ZipEntry = {
      name,
      method: u16(dir, o + 10),
      crc32: u32(dir, o + 16),
      compressedSize: u32(dir, o + 20),
      originalSize: u32(dir, o + 24),
      localOffset: u32(dir, o + 42),
    };
    // Encrypted entries, methods other than stored and deflate, impossible sizes: not ours.
    if (flags & 1 || (entry.method !== 0 && entry.method !== 8)) throw truncated();
    if (entry.compressedSize > src.size || entry.localOffset + 30 > src.size) throw truncated();
    if (
      entry.method === 0
        ? entry.originalSize !== entry.compressedSize
        : entry.originalSize > entry.compressedSize * MAX_DEFLATE_RATIO + 1024
    )
      throw truncated();
    if (entries.has(name)) throw truncated();
    declared += entry.originalSize;
    if (declared > MAX_INFLATED_BYTES) throw tooMuch(`would take more than ${MAX_INFLATED_BYTES / 1024 ** 3} GB once unpacked`);
    entries.set(name, entry);
    o += 46 + nameLength + u16(dir, o + 30) + u16(dir, o + 32);
  }
  return entries;
}

export interface ReadOptions {
  signal?: AbortSignal;
  /** Inflate in JavaScript (fflate) even where the platform can: for tests of both paths. */
  jsInflate?: boolean;
  /** Uncompressed bytes so far. */
  onBytes?: (done: number) => void;
}

export function cancelled(): BackupError {
  return new BackupError('cancelled', `The import was cancelled. ${NOTHING_CHANGED}`);
}

/**
 * Streams one file's uncompressed bytes to `sink`, in pieces, enforcing its declared size (never
 * more, stopping at the first byte over; never less) and its CRC-32. The sink may throw to stop.
 */
export async function streamEntry(
  src: ByteSource,
  entry: ZipEntry,
  sink: (chunk: Uint8Array) => void,
  opts: ReadOptions = {},
): Promise<void> {
  const crc = await inflateEntry(src, entry, sink, opts, true);
  if (crc !== entry.crc32) throw damagedEntry(entry.name);
}

/**
 * One file's uncompressed bytes, kept in pieces, each shown to `inspect` as it comes (which may
 * throw to stop); its declared size enforced as it inflates, and its CRC-32 checked only once all
 * of it has passed `inspect`, over the pieces kept: a file refused by its inspection (a million
 * records in backup.json) costs no checksum.
 */
export async function inspectEntry(
  src: ByteSource,
  entry: ZipEntry,
  inspect: (chunk: Uint8Array) => void,
  opts: ReadOptions = {},
): Promise<Uint8Array[]> {
  const pieces: Uint8Array[] = [];
  await inflateEntry(
    src,
    entry,
    (chunk) => {
      inspect(chunk);
      pieces.push(chunk);
    },
    opts,
    false,
  );
  let crc = 0;
  for (const piece of pieces) crc = crc32(piece, crc);
  if (crc !== entry.crc32) throw damagedEntry(entry.name);
  return pieces;
}

/** Inflates one file to `sink`, its declared size enforced (never more, stopping at the first
 * byte over; never less); returns its CRC-32 when `withCrc` (else 0). */
async function inflateEntry(
  src: ByteSource,
  entry: ZipEntry,
  sink: (chunk: Uint8Array) => void,
  opts: ReadOptions,
  withCrc: boolean,
): Promise<number> {
  const local = await src.read(entry.localOffset, entry.localOffset + 30);
  if (local.length < 30 || u32(local, 0) !== LOCAL_HEADER || u16(local, 8) !== entry.method) throw truncated();
  const start = entry.localOffset + 30 + u16(local, 26) + u16(local, 28);
  const end = start + entry.compressedSize;
  if (end > src.size) throw truncated();

  let produced = 0;
  let crc = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.originalSize) throw damagedEntry(entry.name);
    if (withCrc) crc = crc32(chunk, crc);
    sink(chunk);
  };
  if (entry.method === 8 && !opts.jsInflate && nativeInflate()) {
    await inflateNatively(src, start, end, take, () => opts.onBytes?.(produced), opts.signal);
  } else {
    let finished = entry.method === 0;
    const inflater =
      entry.method === 8
        ? new Inflate((chunk, final) => {
            if (chunk.length) take(chunk);
            if (final) finished = true;
          })
        : null;
    try {
      for (let pos = start; pos < end; pos += READ_BYTES) {
        if (opts.signal?.aborted) throw cancelled();
        const slice = await src.read(pos, Math.min(end, pos + READ_BYTES));
        if (!inflater) take(slice);
        else {
          for (let i = 0; i < slice.length; i += INFLATE_BYTES) {
            if (finished) throw truncated(); // data after the end of the deflate stream
            inflater.push(slice.subarray(i, i + INFLATE_BYTES), pos + i + INFLATE_BYTES >= end);
          }
        }
        opts.onBytes?.(produced);
      }
      if (inflater && entry.compressedSize === 0) inflater.push(new Uint8Array(0), true);
    } catch (e) {
      if (e instanceof BackupError) throw e;
      throw truncated(e); // the inflater's own errors: invalid or cut-short deflate data
    }
    if (!finished) throw damagedEntry(entry.name);
  }
  if (produced !== entry.originalSize) throw damagedEntry(entry.name);
  return crc;
}

let native: boolean | undefined;
/** Whether the platform inflates deflate data itself (DecompressionStream 'deflate-raw': every
 * current browser, Node 20): several times faster than inflating in JavaScript, so that even a
 * file made to be slow to refuse is refused within a second or two. */
function nativeInflate(): boolean {
  if (native === undefined) {
    try {
      new DecompressionStream('deflate-raw');
      native = true;
    } catch {
      native = false;
    }
  }
  return native;
}

/**
 * Inflates bytes start..end of `src` with the platform's DecompressionStream, handing each piece
 * to `take` (which throws to stop: the stream is then cancelled). Compressed data goes in
 * INFLATE_BYTES at a time, and the next piece only once the output has been taken, so that at
 * most about 16 MB come out past a bomb's declared size.
 */
async function inflateNatively(
  src: ByteSource,
  start: number,
  end: number,
  take: (chunk: Uint8Array) => void,
  progress: () => void,
  signal: AbortSignal | undefined,
): Promise<void> {
  const stream = new DecompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const reader = stream.readable.getReader();
  let stopped = false;
  const feeding = (async () => {
    for (let pos = start; pos < end && !stopped; pos += READ_BYTES) {
      if (signal?.aborted) throw cancelled();
      const slice = await src.read(pos, Math.min(end, pos + READ_BYTES));
      for (let i = 0; i < slice.length && !stopped; i += INFLATE_BYTES)
        await writer.write(slice.subarray(i, i + INFLATE_BYTES) as Uint8Array<ArrayBuffer>);
    }
    if (!stopped) await writer.close();
  })().catch((e: unknown) => {
    writer.abort(e).catch(() => undefined); // the reader below then fails with this error
    throw e;
  });
  feeding.catch(() => undefined); // (awaited below; this only keeps it from counting as unhandled)
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      take(value);
      progress();
    }
    await feeding;
  } catch (e) {
    stopped = true;
    reader.cancel().catch(() => undefined);
    writer.abort().catch(() => undefined);
    if (e instanceof BackupError) throw e;
    throw truncated(e); // invalid or cut-short deflate data, or data after its end
  }
}

/** One file's bytes, exactly its declared size (the caller checks that size first). */
export async function readEntry(src: ByteSource, entry: ZipEntry, opts: ReadOptions = {}): Promise<Uint8Array> {
  const out = new Uint8Array(entry.originalSize);
  let at = 0;
  await streamEntry(
    src,
    entry,
    (chunk) => {
      out.set(chunk, at);
      at += chunk.length;
    },
    opts,
  );
  return out;
}
