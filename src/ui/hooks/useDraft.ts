import { useEffect, useRef, useState } from 'preact/hooks';
import { clearDraft, loadDraft, saveDraft } from '../../state/draft-storage';
import { registerDraftFlush } from '../../state/drafts';

/** After a failed save (storage full), try again this often while the form is open. */
const RETRY_MS = 5000;

/**
 * Form state that is saved to IndexedDB as the user types and restored after a reload, crash or
 * service-worker update. Each change is written at once (no debounce window to lose): while a
 * write is in flight, the next one waits and then writes the latest values. The page being
 * hidden or unloaded, and an app update, flush it too. When a write fails (storage full), the
 * values stay in memory, `unsaved` is true (the form shows a warning), and the write is retried.
 * `ready` is false until any saved draft is restored. Call `discard()` after a successful save or
 * when the user cancels.
 */
export function useDraft<T extends Record<string, unknown>>(key: string, initial: T) {
  const [values, setValues] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const [unsaved, setUnsaved] = useState(false);
  const latest = useRef(values);
  const dirty = useRef(false);
  const saving = useRef(false);
  const createdAt = useRef<string | undefined>(undefined);
  const retry = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The write in flight: discard() waits for it, or it could land after the clear and bring a
  // saved form's draft back.
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

  /** Starts a write of the latest values unless one is in flight (it chains the next). */
  const write = (): Promise<void> => {
    if (!dirty.current || saving.current) return inFlight.current;
    dirty.current = false;
    saving.current = true;
    createdAt.current ??= new Date().toISOString();
    inFlight.current = saveDraft(key, latest.current, createdAt.current).then(
      () => {
        saving.current = false;
        setUnsaved(false);
        if (dirty.current) return write();
      },
      () => {
        // Kept in memory; said on screen; tried again shortly and on the next change.
        saving.current = false;
        dirty.current = true;
        setUnsaved(true);
        if (retry.current) clearTimeout(retry.current);
        retry.current = setTimeout(() => void write(), RETRY_MS);
      },
    );
    return inFlight.current;
  };
  // The latest closure, for listeners registered once per key.
  const writeRef = useRef(write);
  writeRef.current = write;

  // Save at once when the page is hidden or unloading (a reload, a phone locking), when the app
  // updates (flushAllDrafts), and when the form closes.
  useEffect(() => {
    const onHide = () => void writeRef.current();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    const unregister = registerDraftFlush(async () => {
      await writeRef.current();
      while (saving.current) await inFlight.current;
    });
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      unregister();
      if (retry.current) clearTimeout(retry.current);
      void writeRef.current();
    };
  }, [key]);

  const update = (patch: Partial<T>) => {
    const next = { ...latest.current, ...patch } as T;
    latest.current = next;
    dirty.current = true;
    setValues(next);
    void write();
  };

  const discard = async () => {
    dirty.current = false;
    if (retry.current) clearTimeout(retry.current);
    while (saving.current) await inFlight.current;
    await clearDraft(key);
    createdAt.current = undefined;
    setRestored(false);
    setUnsaved(false);
  };

  const reset = (v: T) => {
    latest.current = v;
    setValues(v);
  };

  return { values, update, ready, restored, unsaved, discard, reset };
}
