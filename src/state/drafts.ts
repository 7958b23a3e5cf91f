/**
 * Every open form's draft, flushable at once: before a new version of the app takes over (the
 * page reloads), the update waits until what the user typed is stored (src/pwa/register.ts).
 */
const flushers = new Set<() => Promise<void>>();

/** Registers a form's flush; returns the function that unregisters it. */
export function registerDraftFlush(flush: () => Promise<void>): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

/** Longest wait for the drafts before an update goes ahead anyway (storage that hangs). */
const FLUSH_LIMIT_MS = 5000;

/** Resolves when every open form's draft is stored (or could not be, or after FLUSH_LIMIT_MS). */
export function flushAllDrafts(): Promise<void> {
  const all = Promise.allSettled([...flushers].map((f) => f())).then(() => undefined);
  return Promise.race([all, new Promise<void>((resolve) => setTimeout(resolve, FLUSH_LIMIT_MS))]);
}
