import { useEffect, useState } from 'preact/hooks';
import { useRecordUi } from '../../state/record';

/** The snackbar: announced politely; stays until dismissed or replaced, so that there is time
 * to reach Undo with a keyboard or a screen reader (no time limit). */
export function ToastBar() {
  const { toast, closeToast } = useRecordUi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    // A plain confirmation ("Saved") goes by itself; one with Undo stays until dismissed.
    if (!toast || toast.undo) return;
    const t = setTimeout(closeToast, 6000);
    return () => clearTimeout(t);
    // Every shown toast is a new object (with a new id); closeToast is a stable store action.
  }, [toast, closeToast]);
  return (
    <div class="rec-toast-region" role="status" aria-live="polite">
      {toast && (
        <div class={`rec-toast ${toast.tone === 'error' ? 'rec-toast-error' : ''}`}>
          <p>{error ?? toast.message}</p>
          {toast.undo && !error && (
            <button
              type="button"
              class="secondary"
              disabled={busy}
              onClick={async () => {
                setBusy(true);
                try {
                  await toast.undo!();
                  closeToast();
                  // The button goes with the toast: put focus somewhere sensible, not on <body>.
                  document.getElementById('screen-title')?.focus();
                } catch (e) {
                  setError((e as Error).message);
                } finally {
                  setBusy(false);
                }
              }}
            >
              Undo
            </button>
          )}
          <button type="button" class="secondary rec-toast-close" aria-label="Dismiss message" onClick={closeToast}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
