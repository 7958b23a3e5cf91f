/**
 * Passphrase-protected backups: the backup zip encrypted as an age file (age-encryption.org/v1,
 * scrypt passphrase recipient), so that the standard `age -d` opens it without this app.
 *
 * Kept apart from the zip format: encrypting wraps the finished zip, decrypting gives back the
 * zip's bytes, which then go through the ordinary import checks. The age library is the reference
 * TypeScript implementation, `age-encryption`, which parses, writes and authenticates the header;
 * the two costly steps, scrypt and the payload's cipher, run in libsodium's WebAssembly (see
 * below). This module runs in the age worker
 * (./age-worker.ts, a lazy chunk) and in tests; the app itself imports ./age-file.ts and
 * ./age-client.ts only.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { Decrypter, Encrypter, Stanza, armor, type Identity } from 'age-encryption';
import sodium from 'libsodium-wrappers-sumo';
import { AGE_MAGIC, BACKUP_WORK_FACTOR, type AgeOptions } from './age-file';
import { BackupError, NOTHING_CHANGED } from './errors';

export { BACKUP_WORK_FACTOR, isAgeFile, protectedFileName, type AgeOptions, type AgeProgress } from './age-file';

/**
 * The payload: age's STREAM (age-encryption.org/v1, "Payload"): ChaCha20-Poly1305 over 64 KiB
 * chunks, each with its own nonce (an 11-byte big-endian chunk number, then 1 for the last chunk,
 * 0 for the others), under a key derived from the file key and a 16-byte nonce. The age library
 * seals it through web streams, a fresh buffer and several copies per chunk; here each chunk is
 * sealed (or opened) in turn into one output buffer of the final size. The header (the
 * passphrase's scrypt stanza and its MAC) is still made, parsed and checked by age-encryption,
 * with this module's recipient and identity doing the scrypt step.
 *
 * Both scrypt and ChaCha20-Poly1305 come from libsodium (libsodium-wrappers-sumo: the sumo build
 * is the one with scrypt), compiled to WebAssembly, in place of the pure-JavaScript @noble
 * ciphers and hashes the age library uses: bench/age.bench.mjs measured scrypt at work factor 17
 * about 3 to 4 times faster and the 60 MB payload about 4 times faster, the same bytes either
 * way (the tests check the files against the library and Debian's age).
 */
const CHUNK = 64 * 1024;
const TAG = 16;
const NONCE = 16;
/** Progress is reported after every so many chunks (4 MiB). */
const PROGRESS_EVERY = 64;
const SCRYPT_LABEL = 'age-encryption.org/v1/scrypt';

function bytesOf(input: Blob | Uint8Array): Promise<Uint8Array> | Uint8Array {
  // isView, not instanceof: bytes may come from another realm (a worker's message, a test DOM);
  // libsodium takes only this realm's Uint8Array, so they are seen through one (not copied).
  return ArrayBuffer.isView(input)
    ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
    : input.arrayBuffer().then((b) => new Uint8Array(b));
}

function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Uint8Array {
  return hkdf(sha256, fileKey, nonce, new TextEncoder().encode('payload'), 32);
}

/** Chunk i's nonce; `last` marks the final chunk. */
function chunkNonce(nonce: Uint8Array, i: number, last: boolean): Uint8Array {
  // The 11-byte counter: a backup never has 2^53 chunks, so a float's integer part suffices.
  let n = i;
  for (let at = 10; at >= 0; at--) {
    nonce[at] = n % 256;
    n = Math.floor(n / 256);
  }
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** Number of chunks of a plaintext of `size` bytes (an empty one is one empty chunk). */
const chunkCount = (size: number) => Math.max(1, Math.ceil(size / CHUNK));

/** The most work factor a file may ask for (as the age library's own identity): a hostile file
 * cannot make the device grind for minutes (21 would take 2 GiB). */
const MAX_WORK_FACTOR = 20;

/** The key that wraps the file key: scrypt of the passphrase, salted with age's label and the
 * stanza's 16-byte salt (r = 8, p = 1). */
function passphraseKey(passphrase: string, salt: Uint8Array, logN: number): Uint8Array {
  const labelAndSalt = new Uint8Array(SCRYPT_LABEL.length + 16);
  labelAndSalt.set(new TextEncoder().encode(SCRYPT_LABEL));
  labelAndSalt.set(salt, SCRYPT_LABEL.length);
  // (Its UTF-8 bytes copied into this realm's Uint8Array, which libsodium insists on.)
  return sodium.crypto_pwhash_scryptsalsa208sha256_ll(
    Uint8Array.from(new TextEncoder().encode(passphrase)),
    labelAndSalt,
    2 ** logN,
    8,
    1,
    32,
  );
}

/** The scrypt recipient stanza (age's ScryptRecipient, which the library does not export),
 * keeping the file key it wraps so that this module can seal the payload itself. */
class PassphraseRecipient {
  fileKey: Uint8Array | null = null;
  constructor(
    private readonly passphrase: string,
    private readonly logN: number,
  ) {}
  wrapFileKey(fileKey: Uint8Array): Stanza[] {
    this.fileKey = fileKey.slice();
    const salt = crypto.getRandomValues(new Uint8Array(16));
    const key = passphraseKey(this.passphrase, salt, this.logN);
    const body = sodium.crypto_aead_chacha20poly1305_ietf_encrypt(fileKey, null, null, new Uint8Array(12), key);
    const saltText = btoa(String.fromCharCode(...salt)).replace(/=+$/, '');
    return [new Stanza(['scrypt', saltText, String(this.logN)], body)];
  }
}

/** The scrypt identity (age's ScryptIdentity, with the same checks of the stanza), deriving the
 * key with libsodium. Null if the passphrase does not open the file key. */
class PassphraseIdentity implements Identity {
  constructor(private readonly passphrase: string) {}
  unwrapFileKey(stanzas: Stanza[]): Uint8Array | null {
    for (const s of stanzas) {
      if (s.args[0] !== 'scrypt') continue;
      if (stanzas.length !== 1) throw new Error('scrypt recipient is not the only one in the header');
      if (s.args.length !== 3 || !/^[1-9][0-9]*$/.test(s.args[2]) || s.body.length !== 32) throw new Error('invalid scrypt stanza');
      const salt = base64NoPad(s.args[1]);
      if (salt?.length !== 16) throw new Error('invalid scrypt stanza');
      const logN = Number(s.args[2]);
      if (logN > MAX_WORK_FACTOR) throw new Error('scrypt work factor is too high');
      try {
        return sodium.crypto_aead_chacha20poly1305_ietf_decrypt(
          null,
          s.body,
          null,
          new Uint8Array(12),
          passphraseKey(this.passphrase, salt, logN),
        );
      } catch {
        // The tag does not match: another passphrase.
      }
    }
    return null;
  }
}

/** Canonical unpadded base64 (as age writes a salt), or null. */
function base64NoPad(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]*$/.test(text) || text.length % 4 === 1) return null;
  const bytes = Uint8Array.from(atob(text.padEnd(Math.ceil(text.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
  // Non-canonical (unused low bits set) is refused, as the library does.
  return btoa(String.fromCharCode(...bytes)).replace(/=+$/, '') === text ? bytes : null;
}

/**
 * Readies this thread for a passphrase at work factor `logN`: libsodium's WebAssembly compiled,
 * and scrypt run once on nothing, so that the 128 MiB it needs are already the process's. The
 * first scrypt in a fresh worker costs about three times the next (bench/age.bench.mjs): the
 * kernel hands over fresh memory page by page. The age worker does this while the passphrase is
 * typed, so that the backup then costs what a warm worker's does.
 */
export async function prepareKey(logN: number = BACKUP_WORK_FACTOR): Promise<void> {
  await sodium.ready;
  passphraseKey('', new Uint8Array(16), logN);
}

/** Encrypts a finished backup zip with a passphrase. Resolves with the age file's bytes. */
export async function encryptBytes(zip: Blob | Uint8Array, passphrase: string, opts: AgeOptions = {}): Promise<Uint8Array> {
  if (!passphrase) throw new Error('A passphrase is needed to protect a backup.');
  await sodium.ready;
  const plain = await bytesOf(zip);
  const total = plain.byteLength;
  opts.onProgress?.({ phase: 'key', done: 0, total });
  // The library writes the header for an empty file: header, payload nonce, one empty final chunk.
  const recipient = new PassphraseRecipient(passphrase, opts.workFactor ?? BACKUP_WORK_FACTOR);
  const e = new Encrypter();
  e.addRecipient(recipient);
  const empty = await e.encrypt(new Uint8Array(0));
  if (!recipient.fileKey) throw new Error('The backup could not be protected.');
  const head = empty.subarray(0, empty.byteLength - TAG);
  const key = payloadKey(recipient.fileKey, head.subarray(head.byteLength - NONCE));
  const chunks = chunkCount(total);
  const out = new Uint8Array(head.byteLength + total + chunks * TAG);
  out.set(head);
  const nonce = new Uint8Array(12);
  let at = head.byteLength;
  for (let i = 0; i < chunks; i++) {
    const from = i * CHUNK;
    const to = Math.min(from + CHUNK, total);
    out.set(
      sodium.crypto_aead_chacha20poly1305_ietf_encrypt(plain.subarray(from, to), null, null, chunkNonce(nonce, i, i === chunks - 1), key),
      at,
    );
    at += to - from + TAG;
    if ((i + 1) % PROGRESS_EVERY === 0 || i === chunks - 1) opts.onProgress?.({ phase: 'encrypting', done: to, total });
  }
  return out;
}

/** Encrypts a finished backup zip with a passphrase. Resolves with the age file. */
export async function encryptBackup(zip: Blob | Uint8Array, passphrase: string, opts: AgeOptions = {}): Promise<Blob> {
  return new Blob([(await encryptBytes(zip, passphrase, opts)) as BlobPart], { type: 'application/octet-stream' });
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
  await sodium.ready;
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
  // The header ends with its MAC line, "--- " and 43 characters of base64: the first line that
  // starts so (stanza lines start "-> " or are base64, which has no '-').
  const macLine = indexOf(bytes, '\n--- ');
  const headerEnd = macLine < 0 ? -1 : bytes.indexOf(0x0a, macLine + 1) + 1;
  if (headerEnd <= 0) throw damagedProtected();
  const d = new Decrypter();
  d.addIdentity(new PassphraseIdentity(passphrase));
  let fileKey: Uint8Array;
  try {
    fileKey = await d.decryptHeader(bytes.subarray(0, headerEnd));
  } catch (e) {
    // The library says a passphrase "matched no recipient" when the key it derives does not
    // open the file key: a wrong passphrase (or, indistinguishably, a damaged key line).
    if (e instanceof Error && /no identity matched/.test(e.message)) throw wrongPassphrase();
    throw damagedProtected(e);
  }
  const payload = bytes.subarray(headerEnd + NONCE);
  if (headerEnd + NONCE + TAG > total) throw damagedProtected();
  const key = payloadKey(fileKey, bytes.subarray(headerEnd, headerEnd + NONCE));
  // Every chunk but the last is full; the last holds at least one byte unless it is the only one.
  const chunks = Math.max(1, Math.ceil(payload.byteLength / (CHUNK + TAG)));
  const size = payload.byteLength - chunks * TAG;
  if (size < 0 || (chunks > 1 && size <= (chunks - 1) * CHUNK)) throw damagedProtected();
  const out = new Uint8Array(size);
  const nonce = new Uint8Array(12);
  for (let i = 0; i < chunks; i++) {
    const from = i * (CHUNK + TAG);
    const to = Math.min(from + CHUNK + TAG, payload.byteLength);
    try {
      out.set(
        sodium.crypto_aead_chacha20poly1305_ietf_decrypt(
          null,
          payload.subarray(from, to),
          null,
          chunkNonce(nonce, i, i === chunks - 1),
          key,
        ),
        i * CHUNK,
      );
    } catch (e) {
      // A chunk whose tag fails (a changed byte), or a last chunk missing (a cut-short file: the
      // chunk now last was sealed as not last).
      throw damagedProtected(e);
    }
    if ((i + 1) % PROGRESS_EVERY === 0 || i === chunks - 1) opts.onProgress?.({ phase: 'decrypting', done: headerEnd + NONCE + to, total });
  }
  return out;
}

/** Where `text` (ASCII) first occurs in the first 64 KiB of `bytes` (an age header is far
 * shorter), or -1. */
function indexOf(bytes: Uint8Array, text: string): number {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  return head.indexOf(text);
}
