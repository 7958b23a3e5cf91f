/** The app lock's small shared parts, in the first load (used by the app's shell and the lock chunk). */
import { create } from '../state/store';
import { useLock } from '../state/lock';

/**
 * Keeps the lock screen in front after the record has been unlocked, while it still has something
 * to show only once: the new recovery key made when the recovery words were used.
 */
export const useLockHold = create<{ held: boolean }>(() => ({ held: false }));

/** Encrypting or opening the record in the background: its progress, wherever the user is. */
export function LockProgress() {
  const converting = useLock((s) => s.converting);
  if (!converting) return null;
  const { target, done, total } = converting;
  const what = target === 'sealed' ? 'Encrypting your record' : 'Removing the encryption from your record';
  return (
    <div class="lock-progress">
      <progress max={total} value={done} aria-label={what} />
      <p>
        {what}: {done.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} records done. You can carry on using the app.
      </p>
    </div>
  );
}
