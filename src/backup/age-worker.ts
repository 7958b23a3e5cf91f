/// <reference lib="webworker" />
/**
 * Encrypts or decrypts a backup off the main thread: scrypt (the passphrase's key) holds the
 * thread it runs on for a second or more, and the age library loads here only, when a protected
 * backup is first made or opened.
 */
import { decryptBackup, encryptBackup, prepareKey } from './age';
import type { AgeReply, AgeRequest } from './age-client';
import { BackupError } from './errors';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = async (e: MessageEvent<AgeRequest>) => {
  const m = e.data;
  const onProgress = (p: { phase: 'key' | 'encrypting' | 'decrypting'; done: number; total: number }) =>
    self.postMessage({ id: m.id, type: 'progress', ...p } satisfies AgeReply);
  try {
    if (m.op === 'prepare') {
      await prepareKey();
    } else if (m.op === 'encrypt') {
      const blob = await encryptBackup(m.file, m.passphrase, { workFactor: m.workFactor, onProgress });
      self.postMessage({ id: m.id, type: 'encrypted', blob } satisfies AgeReply);
    } else {
      const bytes = await decryptBackup(m.file, m.passphrase, { onProgress });
      self.postMessage({ id: m.id, type: 'decrypted', bytes } satisfies AgeReply, [bytes.buffer]);
    }
  } catch (err) {
    const problem = err instanceof BackupError ? err.problem : null;
    self.postMessage({ id: m.id, type: 'error', problem, message: err instanceof Error ? err.message : String(err) } satisfies AgeReply);
  }
};
