/** Turns IndexedDB/Dexie failures into plain words a user can act on. */
import { recordTooLong } from '../domain/limits';

export type StorageProblem = 'unavailable' | 'quota' | 'version' | 'blocked' | 'too-long' | 'unknown';

export class StorageError extends Error {
  constructor(
    readonly problem: StorageProblem,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function errorName(e: unknown): string {
  if (!e || typeof e !== 'object') return '';
  const any = e as { name?: string; inner?: { name?: string } };
  return any.inner?.name || any.name || '';
}

export function describeStorageError(e: unknown): StorageError {
  if (e instanceof StorageError) return e;
  const name = errorName(e);
  if (name === 'QuotaExceededError' || /quota/i.test(String((e as Error)?.message ?? ''))) {
    return new StorageError(
      'quota',
      'Your device is out of storage space, so this was not saved. Nothing already stored was lost. Free some space (or remove large certificate files) and try again.',
      e,
    );
  }
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || name === 'SecurityError') {
    return new StorageError(
      'unavailable',
      'This browser is not letting the app store data (this happens in some private or incognito windows). Open the app in a normal window to keep your record.',
      e,
    );
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return new StorageError(
      'version',
      'Your record was saved by a newer version of the app. Reload the page to get the newest version; nothing has been changed.',
      e,
    );
  }
  if (name === 'DatabaseClosedError' || name === 'BlockedError') {
    return new StorageError('blocked', 'The app was updated in another tab. Reload this page to carry on; nothing has been lost.', e);
  }
  return new StorageError(
    'unknown',
    `Something went wrong while saving: ${String((e as Error)?.message ?? e)}. Nothing already stored was lost.`,
    e,
  );
}

/** Refuses, before anything is written, a record with a text longer than its limit
 * (src/domain/limits.ts): the message says which field and by how much. */
export function checkTextLimits(record: object): void {
  const problem = recordTooLong(record);
  if (problem) throw new StorageError('too-long', problem);
}
