import { StorageError, type StorageProblem } from '../db/errors';

/** Why a backup could not be read or imported, in words a user can act on. */
export type BackupProblem =
  | 'not-zip'
  | 'truncated'
  | 'not-backup'
  | 'future-version'
  | 'wrong-version'
  | 'checksum'
  | 'invalid-record'
  | 'missing-file'
  | 'too-large'
  | 'storage'
  | 'wrong-passphrase'
  | 'protected-damaged'
  | 'not-passphrase'
  | 'cancelled';

export class BackupError extends Error {
  constructor(
    readonly problem: BackupProblem,
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** Said after every refused import: the point the user most needs to hear. */
export const NOTHING_CHANGED = 'Nothing on this device has been changed.';

/** An error as a worker sends it to the page (an Error loses its class on the way). */
export interface ErrorReply {
  problem: BackupProblem | null;
  storage: StorageProblem | null;
  message: string;
}

export function errorReply(err: unknown): ErrorReply {
  return {
    problem: err instanceof BackupError ? err.problem : null,
    // By name: as the import worker always has (a StorageError from another copy of the module).
    storage: err instanceof Error && err.name === 'StorageError' ? (err as StorageError).problem : null,
    message: err instanceof Error ? err.message : String(err),
  };
}

/** The error a worker reported, as the class it was. */
export function errorFromReply(m: ErrorReply): Error {
  if (m.problem) return new BackupError(m.problem, m.message);
  if (m.storage) return new StorageError(m.storage, m.message);
  return new Error(m.message);
}
