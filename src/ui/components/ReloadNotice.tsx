/** Shown when a newer version of the app, open in another tab, has upgraded the database: this
 * tab has closed its connection (src/db/lifecycle.ts) and must reload to carry on. */
import { useEffect, useState } from 'preact/hooks';
import { isReloadNeeded, onReloadNeeded } from '../../state/lifecycle';

export function ReloadNotice() {
  const [needed, setNeeded] = useState(isReloadNeeded());
  useEffect(() => onReloadNeeded(() => setNeeded(true)), []);
  if (!needed) return null;
  return (
    <div class="update-prompt" role="alert">
      <span>
        The app was updated in another tab. Reload this page to carry on: everything you saved, and anything you were typing, is kept.
      </span>
      <button type="button" onClick={() => location.reload()}>
        Reload
      </button>
    </div>
  );
}
