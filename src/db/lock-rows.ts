/** The rows of the `lock` table (database version 4): this device's app lock, never backed up. */
import type { Keyring } from '../lock/keys';

export interface KeyringRow {
  id: 'keyring';
  keyring: Keyring;
}

export interface LockSettingsRow {
  id: 'settings';
  /** Lock after this long in the background; 0 = at once. */
  autoLockMinutes: number;
  /** Wrong passcodes since the last success, and when the last one was (ISO): the backoff
   * survives a reload. */
  failures: number;
  lastFailureAt: string | null;
  /** A conversion under way (turning the lock on: 'sealed'; off: 'open'), resumed after unlock. */
  converting: 'sealed' | 'open' | null;
}

export type LockRow = KeyringRow | LockSettingsRow;

export const DEFAULT_LOCK_SETTINGS: LockSettingsRow = {
  id: 'settings',
  autoLockMinutes: 5,
  failures: 0,
  lastFailureAt: null,
  converting: null,
};
