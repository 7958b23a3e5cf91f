/** The app lock's conversion progress bar (loaded when a conversion is under way; ./lockParts.tsx). */
import { useLock } from '../state/lock';

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
