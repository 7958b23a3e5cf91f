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
