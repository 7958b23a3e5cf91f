/**
 * Passphrase-protected backups: the backup zip encrypted as an age file (age-encryption.org/v1,
 * scrypt passphrase recipient), so that the standard `age -d` opens it without this app.
 *
 * Kept apart from the zip format: encrypting wraps the finished zip, decrypting gives back the
 * zip's bytes, which then go through the ordinary import checks. The age library is the reference
 * TypeScript implementation, `age-encryption`. This module runs in the age worker
 * (./age-worker.ts, a lazy chunk) and in tests; the app itself imports ./age-file.ts and
 * ./age-client.ts only.
 */
import { Decrypter, Encrypter, armor } from 'age-encryption';
import { AGE_MAGIC, BACKUP_WORK_FACTOR, type AgeOptions } from './age-file';
import { BackupError, NOTHING_CHANGED } from './errors';

export { BACKUP_WORK_FACTOR, isAgeFile, protectedFileName, type AgeOptions, type AgeProgress } from './age-file';

function bytesOf(input: Blob | Uint8Array): Promise<Uint8Array> | Uint8Array {
  // isView, not instanceof: bytes may come from another realm (a worker's message, a test DOM).
  return ArrayBuffer.isView(input) ? input : input.arrayBuffer().then((b) => new Uint8Array(b));
}

/** A stream of the input in slices (Blob.stream where there is one), counting what is read. */
function countedStream(input: Uint8Array, onRead: (done: number) => void): ReadableStream<Uint8Array> {
  const SLICE = 1024 * 1024;
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= input.byteLength) {
        controller.close();
        return;
      }
      const end = Math.min(offset + SLICE, input.byteLength);
      controller.enqueue(input.subarray(offset, end));
      offset = end;
      onRead(offset);
    },
  });
}

async function readAll(stream: ReadableStream<Uint8Array>, size: number): Promise<Uint8Array> {
  const out = new Uint8Array(size);
  let at = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (at + value.byteLength > size) throw new Error('more data than the file said');
    out.set(value, at);
    at += value.byteLength;
  }
  if (at !== size) throw new Error('less data than the file said');
  return out;
}

/** Encrypts a finished backup zip with a passphrase. Resolves with the age file. */
export async function encryptBackup(zip: Blob | Uint8Array, passphrase: string, opts: AgeOptions = {}): Promise<Blob> {
  if (!passphrase) throw new Error('A passphrase is needed to protect a backup.');
  const plain = await bytesOf(zip);
  const total = plain.byteLength;
  opts.onProgress?.({ phase: 'key', done: 0, total });
  const e = new Encrypter();
  e.setScryptWorkFactor(opts.workFactor ?? BACKUP_WORK_FACTOR);
  e.setPassphrase(passphrase);
  const encrypted = await e.encrypt(countedStream(plain, (done) => opts.onProgress?.({ phase: 'encrypting', done, total })));
  const parts: Uint8Array[] = [];
  const reader = encrypted.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    parts.push(value);
  }
  return new Blob(parts as BlobPart[], { type: 'application/octet-stream' });
}

function wrongPassphrase(): BackupError {
  return new BackupError(
    'wrong-passphrase',
    `This passphrase does not open this backup. Check it and try again: capital letters, spaces and punctuation count. ${NOTHING_CHANGED}`,
  );
}

function damagedProtected(cause?: unknown): BackupError {
  return new BackupError(
    'protected-damaged',
    `This protected backup is damaged or incomplete (it may have been cut short while it was copied or downloaded), so it cannot be opened. ${NOTHING_CHANGED} Try another copy of the backup.`,
    cause,
  );
}

/** The recipient lines of an age header ('scrypt', 'X25519', …), or null if it cannot be read. */
function recipientTypes(file: Uint8Array): string[] | null {
  const head = new TextDecoder('latin1').decode(file.subarray(0, 4096));
  if (!head.startsWith(AGE_MAGIC)) return null;
  return [...head.matchAll(/^-> (\S+)/gm)].map((m) => m[1]);
}

/**
 * Decrypts a protected backup with its passphrase. Resolves with the zip's bytes only once the
 * whole file has been decrypted and every chunk's authentication tag checked; otherwise throws a
 * BackupError: 'wrong-passphrase', 'protected-damaged' (damaged or cut short), 'not-passphrase'
 * (encrypted to a key, not a passphrase).
 */
export async function decryptBackup(file: Blob | Uint8Array, passphrase: string, opts: AgeOptions = {}): Promise<Uint8Array> {
  let bytes = await bytesOf(file);
  if (!new TextDecoder('latin1').decode(bytes.subarray(0, AGE_MAGIC.length)).startsWith(AGE_MAGIC)) {
    try {
      bytes = armor.decode(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch (e) {
      throw damagedProtected(e);
    }
  }
  const types = recipientTypes(bytes);
  if (!types || types.length === 0) throw damagedProtected();
  if (!types.includes('scrypt')) {
    throw new BackupError(
      'not-passphrase',
      `This backup was protected with a key file, not a passphrase, so this app cannot open it. Open it with age and the key (age -d -i key.txt), then import the zip file. ${NOTHING_CHANGED}`,
    );
  }
  const total = bytes.byteLength;
  opts.onProgress?.({ phase: 'key', done: 0, total });
  const d = new Decrypter();
  d.addPassphrase(passphrase);
  let plain: ReadableStream<Uint8Array> & { size(n: number): number };
  try {
    plain = await d.decrypt(countedStream(bytes, (done) => opts.onProgress?.({ phase: 'decrypting', done, total })));
  } catch (e) {
    // The library says a passphrase "matched no recipient" when the key it derives does not
    // open the file key: a wrong passphrase (or, indistinguishably, a damaged key line).
    if (e instanceof Error && /no identity matched/.test(e.message)) throw wrongPassphrase();
    throw damagedProtected(e);
  }
  let size: number;
  try {
    size = plain.size(total);
  } catch (e) {
    throw damagedProtected(e);
  }
  try {
    return await readAll(plain, size);
  } catch (e) {
    // A chunk whose tag fails (a changed byte), or a last chunk missing (a cut-short file).
    throw damagedProtected(e);
  }
}
