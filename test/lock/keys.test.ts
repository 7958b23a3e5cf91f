// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import {
  PBKDF2_ITERATIONS,
  WrongSecretError,
  changePasscode,
  createKeyring,
  lockoutDelay,
  nextTryAt,
  passcodeProblem,
  recoverWithWords,
  replaceRecoveryKey,
  unlockWithPasscode,
} from '../../src/lock/keys';

/** Fewer iterations where the test is not about the work factor (PBKDF2 is slow on purpose). */
const FAST = { iterations: 1000 };

/** Whether two keys are the same key: one encrypts, the other decrypts. */
async function sameKey(a: CryptoKey, b: CryptoKey): Promise<boolean> {
  const iv = new Uint8Array(12);
  const ct = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, a, new TextEncoder().encode('probe'));
  try {
    return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, b, ct)) === 'probe';
  } catch {
    return false;
  }
}

describe('passcodes', () => {
  test('6 or more digits, or a passphrase of 8 or more characters', () => {
    expect(passcodeProblem('123456')).toBe('');
    expect(passcodeProblem('12345')).toMatch(/at least 6 digits/);
    expect(passcodeProblem('short')).toMatch(/at least 8 characters/);
    expect(passcodeProblem('river otter')).toBe('');
  });

  test('the keyring uses PBKDF2-SHA256 with at least 600,000 iterations by default, and the key cannot be read out', async () => {
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    const { keyring, dataKey } = await createKeyring('246810');
    expect(keyring.passcode).toMatchObject({ kdf: 'PBKDF2-SHA256', iterations: 600_000 });
    expect(keyring.passcode.salt).toHaveLength(16);
    expect(dataKey.extractable).toBe(false);
    expect(await sameKey(dataKey, await unlockWithPasscode(keyring, '246810'))).toBe(true);
  }, 60_000);

  test('a wrong passcode is refused; the keyring holds no key in the clear', async () => {
    const { keyring } = await createKeyring('246810', FAST);
    await expect(unlockWithPasscode(keyring, '246811')).rejects.toBeInstanceOf(WrongSecretError);
    const stored = JSON.stringify(keyring, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v));
    expect(stored).not.toMatch(/246810/);
    expect(keyring.passcode.wrapped).toHaveLength(48); // 32-byte key + 16-byte tag
  });

  test('changing the passcode keeps the same data key (nothing to re-encrypt); the old passcode stops working', async () => {
    const { keyring, dataKey } = await createKeyring('246810', FAST);
    await expect(changePasscode(keyring, '000000', '13579111', FAST)).rejects.toBeInstanceOf(WrongSecretError);
    const changed = await changePasscode(keyring, '246810', 'river otter', FAST);
    expect(await sameKey(dataKey, await unlockWithPasscode(changed, 'river otter'))).toBe(true);
    await expect(unlockWithPasscode(changed, '246810')).rejects.toBeInstanceOf(WrongSecretError);
  });
});

describe('the recovery key', () => {
  test('is 12 words of the BIP-39 English list, shown once; it sets a new passcode over a forgotten one', async () => {
    const { keyring, dataKey, recoveryWords } = await createKeyring('246810', FAST);
    const words = recoveryWords.split(' ');
    expect(words).toHaveLength(12);
    expect(words.every((w) => wordlist.includes(w))).toBe(true);
    expect(JSON.stringify(keyring)).not.toContain(words[0]);

    // Typed loosely (capitals, extra spaces) it still works.
    const typed = `  ${words.join('   ').toUpperCase()} `;
    const recovered = await recoverWithWords(keyring, typed, '97531135', FAST);
    expect(await sameKey(dataKey, recovered.dataKey)).toBe(true);
    expect(await sameKey(dataKey, await unlockWithPasscode(recovered.keyring, '97531135'))).toBe(true);
    await expect(unlockWithPasscode(recovered.keyring, '246810')).rejects.toBeInstanceOf(WrongSecretError);
  });

  test('wrong words, a typo (checksum) or words of another record are refused', async () => {
    const a = await createKeyring('246810', FAST);
    const b = await createKeyring('246810', FAST);
    const words = a.recoveryWords.split(' ');
    const typo = [...words.slice(0, 11), words[11] === 'zoo' ? 'abandon' : 'zoo'].join(' ');
    for (const wrong of [b.recoveryWords, typo, 'not twelve words', '']) {
      await expect(recoverWithWords(a.keyring, wrong, '97531135', FAST)).rejects.toBeInstanceOf(WrongSecretError);
    }
  });

  test('a new recovery key replaces the old one', async () => {
    const { keyring, recoveryWords } = await createKeyring('246810', FAST);
    const next = await replaceRecoveryKey(keyring, '246810');
    expect(next.recoveryWords).not.toBe(recoveryWords);
    await expect(recoverWithWords(next.keyring, recoveryWords, '97531135', FAST)).rejects.toBeInstanceOf(WrongSecretError);
    await expect(recoverWithWords(next.keyring, next.recoveryWords, '97531135', FAST)).resolves.toBeTruthy();
  });
});

describe('wrong passcodes slow down, never wipe', () => {
  test('three free tries, then a delay doubling from 1 s, at most 15 minutes', () => {
    expect([0, 1, 2, 3].map(lockoutDelay)).toEqual([0, 0, 0, 0]);
    expect([4, 5, 6, 10].map(lockoutDelay)).toEqual([1000, 2000, 4000, 64_000]);
    expect(lockoutDelay(100)).toBe(15 * 60_000);
    expect(nextTryAt(10, '2027-01-12T10:00:00.000Z')).toBe('2027-01-12T10:01:04.000Z');
    expect(nextTryAt(2, '2027-01-12T10:00:00.000Z')).toBeNull();
  });
});
