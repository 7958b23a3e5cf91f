/**
 * The record's search with the app lock on (src/db/search-text.ts): while a search is typed and
 * the record is unlocked, the private words of sealed entries opened in memory, so the search
 * finds words in notes and impact notes as it does with the lock off. Forgotten when it locks.
 */
import { useEffect, useState } from 'preact/hooks';
import { forgetOpenedTexts, openedTrainingTexts } from '../db/search-text';
import { store as lockStore } from './lock-store';
import type { Training } from '../domain/types';

lockStore.subscribe((s) => {
  if (s.locked || !s.enabled) forgetOpenedTexts();
});

/** The opened private text of sealed entries by id (undefined: none to open, or not searching). */
export function useOpenedTexts(trainings: readonly Training[] | null, searching: boolean): ReadonlyMap<string, string> | undefined {
  const unlocked = lockStore((s) => s.enabled && !s.locked);
  const [texts, setTexts] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  const active = unlocked && searching && !!trainings;
  useEffect(() => {
    if (!active || !trainings) return;
    let live = true;
    openedTrainingTexts(trainings)
      .then((m) => live && setTexts(m))
      .catch((e) => console.error(e));
    return () => {
      live = false;
    };
  }, [trainings, active]);
  return active ? texts : undefined;
}
