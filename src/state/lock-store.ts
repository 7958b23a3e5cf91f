/** The app lock's state (a zustand store): ./lock.ts is its API for the screens. */
import { create } from './store';

export interface LockState {
  /** A keyring is stored. */
  enabled: boolean;
  /** Enabled and the data key is not in memory. */
  locked: boolean;
  converting: { target: 'sealed' | 'open'; done: number; total: number } | null;
  /** Lock after this long in the background; 0 = at once; default 5. */
  autoLockMinutes: number;
  /** Wrong passcodes since the last success. */
  failures: number;
  /** ISO time before which unlock is refused (backoff), or null. */
  retryAt: string | null;
  /** User words naming records whose seal failed (SealBrokenError); the rest is readable. */
  broken: string[];
}

const INITIAL: LockState = {
  enabled: false,
  locked: false,
  converting: null,
  autoLockMinutes: 5,
  failures: 0,
  retryAt: null,
  broken: [],
};

export const store = create<LockState>(() => ({ ...INITIAL }));

/** For ./lock.ts and ./lock-actions.ts. */
export const lockStore = { get: store.getState, set: store.setState };
