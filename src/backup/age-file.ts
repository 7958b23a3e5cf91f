/**
 * What the rest of the app needs to know of protected (age) backups without loading the age
 * library: how to recognise one, its file name, the work factor, progress. The library itself is
 * in ./age.ts, which runs in the age worker.
 */

/** Every binary age file starts with this line. */
export const AGE_MAGIC = 'age-encryption.org/v1\n';
/** The ASCII-armoured form (`age -a`), also accepted on import. */
export const ARMOR_BEGIN = '-----BEGIN AGE ENCRYPTED FILE-----';

/**
 * scrypt work factor (log2 of N, with r = 8, p = 1) for the backups this app encrypts: OWASP's
 * recommended minimum for scrypt (N = 2^17, 128 MiB of memory). The age tool itself uses 18, which
 * takes twice as long and twice the memory: on this project's machine the key takes 1.4 s of CPU
 * at 17 in a fresh worker (libsodium's WebAssembly, 0.4 s of it scrypt, the rest the kernel
 * handing over 128 MiB of fresh memory; bench/age.bench.mjs), so about 3 to 5 s on a mid-range
 * phone, which runs this code 3 to 4 times slower; 18 would be about twice that. Each guess of the passphrase still
 * costs an attacker 128 MiB and that time, and the strength meter asks for a strong passphrase. Files made by `age -p` (18) open
 * as well; the library refuses factors above 20 (a hostile file cannot make the device grind).
 */
export const BACKUP_WORK_FACTOR = 17;

/** Plain-text progress of encryption or decryption. */
export interface AgeProgress {
  /** 'key': deriving the key from the passphrase (one step, no measure); then the bytes. */
  phase: 'key' | 'encrypting' | 'decrypting';
  done: number;
  total: number;
}

export interface AgeOptions {
  workFactor?: number;
  onProgress?: (p: AgeProgress) => void;
}

/** 'safeguarding-passport-backup-2027-01-12.zip' -> '…2027-01-12.zip.age'. */
export function protectedFileName(zipName: string): string {
  return `${zipName}.age`;
}

/** Whether these are the first bytes of an age file (binary or armoured). */
export function isAgeFile(head: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 64));
  return text.startsWith(AGE_MAGIC) || text.trimStart().startsWith(ARMOR_BEGIN);
}
