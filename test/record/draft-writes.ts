/**
 * The draft module with its writes tracked, so that a test can wait for the draft writes still in
 * flight (a form flushes its draft when it unmounts) instead of sleeping. Use it as
 *   vi.mock('../../src/db/drafts', async () => (await import('./draft-writes')).trackedDrafts());
 * and `await draftWritesSettled()` after `cleanup()`, before clearing the database.
 * `holdDraftSaves()` keeps draft writes in flight until released, to test what happens then.
 */
import { vi } from 'vitest';
import type * as Drafts from '../../src/db/drafts';

const pending = new Set<Promise<unknown>>();
let gate: Promise<void> | null = null;

function track<T>(p: Promise<T>): Promise<T> {
  pending.add(p);
  const done = () => pending.delete(p);
  p.then(done, done);
  return p;
}

/** The real module, its save and clear wrapped so that each write is tracked until it lands. */
export async function trackedDrafts(): Promise<typeof Drafts> {
  const real = await vi.importActual<typeof Drafts>('../../src/db/drafts');
  return {
    ...real,
    saveDraft: (id, data) =>
      track(
        (async () => {
          if (gate) await gate;
          await real.saveDraft(id, data);
        })(),
      ),
    clearDraft: (id) => track(real.clearDraft(id)),
  };
}

/** Resolves once no draft write is in flight (including writes started while waiting). */
export async function draftWritesSettled(): Promise<void> {
  while (pending.size > 0) await Promise.allSettled([...pending]);
}

/** Draft saves started from now on wait until the returned function is called. */
export function holdDraftSaves(): () => void {
  let release = () => {};
  gate = new Promise<void>((resolve) => (release = resolve));
  return () => {
    gate = null;
    release();
  };
}
