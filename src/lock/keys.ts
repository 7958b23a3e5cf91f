/**
 * The app lock's keys (WebCrypto only; no storage, no DOM, no clock: callers pass `now`).
 *
 * One random 256-bit data key encrypts the record's private fields (./fields.ts). It is never
 * stored as it is: the keyring holds it wrapped twice, with AES-GCM,
 * - under a key derived from the passcode (PBKDF2-SHA256, at least 600,000 iterations: OWASP's
 *   2023 figure), and
 * - under a key derived from the recovery key (128 random bits shown once as 12 words with a
 *   checksum, BIP-39's English list via @scure/bip39; HKDF-SHA256, as the words are already random).
 * Changing the passcode re-wraps the same data key, so nothing needs re-encrypting; a forgotten
 * passcode is replaced after unlocking with the recovery key. Wrong passcodes only slow down
 * (lockoutDelay): nothing is ever wiped.
 */
import { entropyToMnemonic, mnemonicToEntropy } from '@scure/bip39';
import { wordlist } from '@scure/bip39/wordlists/english.js';

/** OWASP Password Storage Cheat Sheet (2023): PBKDF2-HMAC-SHA256, 600,000 iterations. */
export const PBKDF2_ITERATIONS = 600_000;
const WRAP_AAD = {
  passcode: new TextEncoder().encode('safeguarding-passport/data-key/v1/passcode'),
  recovery: new TextEncoder().encode('safeguarding-passport/data-key/v1/recovery'),
};

export interface WrappedDataKey {
  /** AES-GCM nonce (12 bytes) and the data key encrypted under the wrapping key (32 + 16 bytes). */
  iv: Uint8Array;
  wrapped: Uint8Array;
}

export interface Keyring {
  version: 1;
  passcode: WrappedDataKey & { kdf: 'PBKDF2-SHA256'; iterations: number; salt: Uint8Array };
  recovery: WrappedDataKey & { kdf: 'HKDF-SHA256'; salt: Uint8Array };
}

export class WrongSecretError extends Error {
  constructor(readonly secret: 'passcode' | 'recovery') {
    super(
      secret === 'passcode'
        ? 'That passcode is not right. Try again.'
        : 'Those recovery words do not open this record. Check each word and its order.',
    );
    this.name = 'WrongSecretError';
  }
}

const subtle = () => globalThis.crypto.subtle;
const random = (n: number) => globalThis.crypto.getRandomValues(new Uint8Array(n));
const buf = (b: Uint8Array) => b as Uint8Array<ArrayBuffer>;

/** A passcode is 6 or more digits, or a passphrase of 8 or more characters. '' when it is fine. */
export function passcodeProblem(passcode: string): string {
  if (/^\d+$/.test(passcode)) return passcode.length >= 6 ? '' : 'A passcode of numbers needs at least 6 digits.';
  if (passcode.length < 8) return 'Use at least 6 digits, or a passphrase of at least 8 characters.';
  return '';
}

async function passcodeKey(passcode: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', new TextEncoder().encode(passcode.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buf(salt), iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function recoveryWrappingKey(entropy: Uint8Array, salt: Uint8Array): Promise<CryptoKey> {
  const material = await subtle().importKey('raw', buf(entropy), 'HKDF', false, ['deriveKey']);
  return subtle().deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: buf(salt), info: buf(WRAP_AAD.recovery) },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

async function wrap(raw: Uint8Array, key: CryptoKey, aad: Uint8Array): Promise<WrappedDataKey> {
  const iv = random(12);
  const wrapped = new Uint8Array(await subtle().encrypt({ name: 'AES-GCM', iv, additionalData: buf(aad) }, key, buf(raw)));
  return { iv, wrapped };
}

async function unwrap(w: WrappedDataKey, key: CryptoKey, aad: Uint8Array): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await subtle().decrypt({ name: 'AES-GCM', iv: buf(w.iv), additionalData: buf(aad) }, key, buf(w.wrapped)));
  } catch {
    return null;
  }
}

/** The data key for use: AES-GCM, not extractable (script on the page cannot read it out). */
function dataKeyOf(raw: Uint8Array): Promise<CryptoKey> {
  return subtle().importKey('raw', buf(raw), { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

/** The 12 words of a recovery key, normalised (case, spaces) for reading back. */
function normaliseWords(words: string): string {
  return words.trim().toLowerCase().split(/\s+/).join(' ');
}

async function wrapWithPasscode(raw: Uint8Array, passcode: string, iterations: number): Promise<Keyring['passcode']> {
  const salt = random(16);
  const w = await wrap(raw, await passcodeKey(passcode, salt, iterations), WRAP_AAD.passcode);
  return { kdf: 'PBKDF2-SHA256', iterations, salt, ...w };
}

async function wrapWithRecovery(raw: Uint8Array): Promise<{ recovery: Keyring['recovery']; recoveryWords: string }> {
  const entropy = random(16);
  const salt = random(16);
  const w = await wrap(raw, await recoveryWrappingKey(entropy, salt), WRAP_AAD.recovery);
  const recoveryWords = entropyToMnemonic(entropy, wordlist);
  entropy.fill(0);
  return { recovery: { kdf: 'HKDF-SHA256', salt, ...w }, recoveryWords };
}

export interface NewKeyring {
  keyring: Keyring;
  dataKey: CryptoKey;
  /** Shown to the user once, never stored. */
  recoveryWords: string;
}

/** Turning the lock on: a new data key, wrapped by the passcode and by a new recovery key. */
export async function createKeyring(passcode: string, opts: { iterations?: number } = {}): Promise<NewKeyring> {
  const problem = passcodeProblem(passcode);
  if (problem) throw new Error(problem);
  const raw = random(32);
  try {
    const passcodeWrap = await wrapWithPasscode(raw, passcode, opts.iterations ?? PBKDF2_ITERATIONS);
    const { recovery, recoveryWords } = await wrapWithRecovery(raw);
    return { keyring: { version: 1, passcode: passcodeWrap, recovery }, dataKey: await dataKeyOf(raw), recoveryWords };
  } finally {
    raw.fill(0);
  }
}

async function rawWithPasscode(keyring: Keyring, passcode: string): Promise<Uint8Array> {
  const p = keyring.passcode;
  const raw = await unwrap(p, await passcodeKey(passcode, p.salt, p.iterations), WRAP_AAD.passcode);
  if (!raw) throw new WrongSecretError('passcode');
  return raw;
}

async function rawWithRecovery(keyring: Keyring, words: string): Promise<Uint8Array> {
  let entropy: Uint8Array;
  try {
    entropy = mnemonicToEntropy(normaliseWords(words), wordlist);
  } catch {
    throw new WrongSecretError('recovery'); // not 12 list words, or the checksum word does not match
  }
  const raw = await unwrap(keyring.recovery, await recoveryWrappingKey(entropy, keyring.recovery.salt), WRAP_AAD.recovery);
  entropy.fill(0);
  if (!raw) throw new WrongSecretError('recovery');
  return raw;
}

/** Unlocks with the passcode. Throws WrongSecretError. */
export async function unlockWithPasscode(keyring: Keyring, passcode: string): Promise<CryptoKey> {
  const raw = await rawWithPasscode(keyring, passcode);
  try {
    return await dataKeyOf(raw);
  } finally {
    raw.fill(0);
  }
}

/**
 * A forgotten passcode: the recovery words unlock, and a new passcode replaces the old one (the
 * same data key, so nothing is re-encrypted). The recovery key stays valid.
 */
export async function recoverWithWords(
  keyring: Keyring,
  words: string,
  newPasscode: string,
  opts: { iterations?: number } = {},
): Promise<{ keyring: Keyring; dataKey: CryptoKey }> {
  const problem = passcodeProblem(newPasscode);
  if (problem) throw new Error(problem);
  const raw = await rawWithRecovery(keyring, words);
  try {
    const passcode = await wrapWithPasscode(raw, newPasscode, opts.iterations ?? Math.max(PBKDF2_ITERATIONS, keyring.passcode.iterations));
    return { keyring: { ...keyring, passcode }, dataKey: await dataKeyOf(raw) };
  } finally {
    raw.fill(0);
  }
}

/** Changing the passcode: the old one unlocks, the new one re-wraps the same data key. */
export async function changePasscode(
  keyring: Keyring,
  oldPasscode: string,
  newPasscode: string,
  opts: { iterations?: number } = {},
): Promise<Keyring> {
  const problem = passcodeProblem(newPasscode);
  if (problem) throw new Error(problem);
  const raw = await rawWithPasscode(keyring, oldPasscode);
  try {
    const passcode = await wrapWithPasscode(raw, newPasscode, opts.iterations ?? Math.max(PBKDF2_ITERATIONS, keyring.passcode.iterations));
    return { ...keyring, passcode };
  } finally {
    raw.fill(0);
  }
}

/**
 * A forgotten passcode, recovered: the recovery words unlock, a new passcode and a NEW recovery
 * key replace the old ones (the old words have been typed in and may have been seen). The same
 * data key, so nothing is re-encrypted.
 */
export async function recoverAndRekey(
  keyring: Keyring,
  words: string,
  newPasscode: string,
  opts: { iterations?: number } = {},
): Promise<{ keyring: Keyring; dataKey: CryptoKey; recoveryWords: string }> {
  const problem = passcodeProblem(newPasscode);
  if (problem) throw new Error(problem);
  const raw = await rawWithRecovery(keyring, words);
  try {
    const passcode = await wrapWithPasscode(raw, newPasscode, opts.iterations ?? Math.max(PBKDF2_ITERATIONS, keyring.passcode.iterations));
    const { recovery, recoveryWords } = await wrapWithRecovery(raw);
    return { keyring: { ...keyring, passcode, recovery }, dataKey: await dataKeyOf(raw), recoveryWords };
  } finally {
    raw.fill(0);
  }
}

/** A new recovery key (the old one stops working), after unlocking with the passcode. */
export async function replaceRecoveryKey(keyring: Keyring, passcode: string): Promise<{ keyring: Keyring; recoveryWords: string }> {
  const raw = await rawWithPasscode(keyring, passcode);
  try {
    const { recovery, recoveryWords } = await wrapWithRecovery(raw);
    return { keyring: { ...keyring, recovery }, recoveryWords };
  } finally {
    raw.fill(0);
  }
}

/** The backoff after wrong passcodes lives in ./backoff.ts (no crypto: start-up reads it). */
export { lockoutDelay, nextTryAt } from './backoff';
