import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../../db/drafts';

/**
 * Form state that is saved to IndexedDB as the user types (debounced) and restored after a
 * reload, crash or service-worker update. `ready` is false until any saved draft is restored.
 * Call `discard()` after a successful save or when the user cancels.
 */
export function useDraft<T extends Record<string, unknown>>(key: string, initial: T, delayMs = 250) {
  const [values, setValues] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef(values);
  const dirty = useRef(false);
  // The last draft write still in flight: discard() waits for it, or it could land after the
  // clear and bring a saved form's draft back.
  const inFlight = useRef<Promise<void>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    setReady(false);
    loadDraft(key)
      .then((d) => {
        if (!live) return;
        if (d) {
          const merged = { ...initial, ...d } as T;
          latest.current = merged;
          setValues(merged);
          setRestored(true);
        }
        setReady(true);
      })
      .catch(() => live && setReady(true));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (dirty.current) {
      dirty.current = false;
      inFlight.current = saveDraft(key, latest.current).catch(() => undefined);
    }
  };

  // Save at once when the page is hidden or unloading (an update reload, a phone locking).
  useEffect(() => {
    const onHide = () => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const update = (patch: Partial<T>) => {
    const next = { ...latest.current, ...patch } as T;
    latest.current = next;
    dirty.current = true;
    setValues(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(flush, delayMs);
  };

  const discard = async () => {
    if (timer.current) clearTimeout(timer.current);
    dirty.current = false;
    await inFlight.current;
    await clearDraft(key);
    setRestored(false);
  };

  const reset = (v: T) => {
    latest.current = v;
    setValues(v);
  };

  return { values, update, ready, restored, discard, reset };
}
