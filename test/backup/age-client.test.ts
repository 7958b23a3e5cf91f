// @vitest-environment node
/**
 * The age worker's life (src/backup/age-client.ts): a worker is prepared while the passphrase is
 * typed (it readies scrypt's memory), the next backup protected or opened uses that worker, and
 * every worker is ended once it has answered or its screen closed, so that scrypt's memory goes
 * back. The browser's Worker is stood in for by a class that records what it is sent and answers
 * as ./age-worker.ts does; the real worker runs in test/e2e/backup-age.e2e.ts.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import {
  openProtectedBackup,
  prepareProtection,
  protectBackup,
  releaseProtection,
  type AgeReply,
  type AgeRequest,
} from '../../src/backup/age-client';
import { BackupError } from '../../src/backup/errors';

class FakeWorker {
  static started: FakeWorker[] = [];
  sent: AgeRequest[] = [];
  terminated = false;
  private listeners: Array<(e: MessageEvent<AgeReply>) => void> = [];
  constructor(readonly url: URL) {
    FakeWorker.started.push(this);
  }
  addEventListener(type: string, fn: (e: MessageEvent<AgeReply>) => void) {
    if (type === 'message') this.listeners.push(fn);
  }
  removeEventListener() {}
  postMessage(m: AgeRequest) {
    this.sent.push(m);
    const post = (data: AgeReply) =>
      queueMicrotask(() => {
        if (!this.terminated) for (const fn of this.listeners) fn({ data } as MessageEvent<AgeReply>);
      });
    if (m.op === 'prepare') return; // readies scrypt; answers nothing
    post({ id: m.id, type: 'progress', phase: 'key', done: 0, total: 3 });
    if (m.op === 'encrypt') post({ id: m.id, type: 'encrypted', blob: new Blob(['sealed']) });
    else if (m.passphrase === 'right') post({ id: m.id, type: 'decrypted', bytes: new Uint8Array([1, 2, 3]) });
    else post({ id: m.id, type: 'error', problem: 'wrong-passphrase', message: 'This passphrase does not open this backup.' });
  }
  terminate() {
    this.terminated = true;
  }
}

beforeEach(() => {
  FakeWorker.started = [];
  vi.stubGlobal('Worker', FakeWorker);
});
afterEach(() => {
  releaseProtection();
  vi.unstubAllGlobals();
});

test('a worker prepared while the passphrase is typed protects the backup, and is ended after it', async () => {
  prepareProtection();
  prepareProtection(); // typing on: still one worker
  expect(FakeWorker.started).toHaveLength(1);
  const [prepared] = FakeWorker.started;
  expect(prepared.url.pathname).toMatch(/\/src\/backup\/age-worker\.ts$/);
  expect(prepared.sent.map((m) => m.op)).toEqual(['prepare']);

  const phases: string[] = [];
  const blob = await protectBackup(new Blob(['zip']), 'right', (p) => phases.push(p.phase));
  expect(await blob.text()).toBe('sealed');
  expect(phases).toEqual(['key']);
  // The prepared worker did the work: no other was started, and it was ended once it answered.
  expect(FakeWorker.started).toHaveLength(1);
  expect(prepared.sent.map((m) => m.op)).toEqual(['prepare', 'encrypt']);
  expect(prepared.terminated).toBe(true);

  // Nothing prepared: a fresh worker, also ended after it.
  expect(await openProtectedBackup(new Blob(['file']), 'right')).toEqual(new Uint8Array([1, 2, 3]));
  expect(FakeWorker.started).toHaveLength(2);
  expect(FakeWorker.started[1].sent.map((m) => m.op)).toEqual(['decrypt']);
  expect(FakeWorker.started[1].terminated).toBe(true);
});

test('a wrong passphrase ends the worker too; one prepared and not used is ended when the screen closes', async () => {
  prepareProtection();
  const err = await openProtectedBackup(new Blob(['file']), 'wrong').catch((e) => e);
  expect(err).toBeInstanceOf(BackupError);
  expect(err.problem).toBe('wrong-passphrase');
  expect(FakeWorker.started[0].terminated).toBe(true);

  // Asked again for the passphrase: a new worker gets ready; the user leaves instead.
  prepareProtection();
  expect(FakeWorker.started).toHaveLength(2);
  expect(FakeWorker.started[1].terminated).toBe(false);
  releaseProtection();
  expect(FakeWorker.started[1].terminated).toBe(true);
});
