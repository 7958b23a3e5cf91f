import { useLayoutEffect, useState } from 'preact/hooks';
import type { Reflection, Training } from '../domain/types';
import { onTablesChanged, trainingsAndReflections, trainingsNewestFirst } from '../db/trainings';
import { useLiveQuery } from '../db/live-query';

/** Live reads for the UI: the UI imports these from src/state and never dexie or src/db. */
export { useLiveQuery };

/** A query's result, read again whenever one of `tables` is written to (in this tab or another).
 * Writes in the same moment are coalesced into one read; a stale read never overwrites a newer. */
export function useTablesQuery<T>(query: () => Promise<T>, tables: readonly string[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  // A layout effect starts the read straight after the first render; Preact runs plain effects
  // only after the next paint, which would add a frame or more before the read even begins.
  useLayoutEffect(() => {
    let live = true;
    let latest = 0;
    let queued = false;
    const run = () => {
      const mine = ++latest;
      query()
        .then((v) => live && mine === latest && setValue(v))
        .catch((e) => console.error(e));
    };
    run();
    const stop = onTablesChanged(tables, () => {
      if (queued) return;
      queued = true;
      setTimeout(() => {
        queued = false;
        run();
      });
    });
    return () => {
      live = false;
      stop();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [tables.join()]);
  return value;
}

/** Every entry, newest first; undefined while the first read runs. */
export function useTrainingsNewestFirst(): Training[] | undefined {
  return useLiveQuery(trainingsNewestFirst, []);
}

/** Every entry and every reflection; undefined while the first read runs. */
export function useTrainingsAndReflections(): { trainings: Training[]; reflections: Reflection[] } | undefined {
  return useLiveQuery(trainingsAndReflections, []);
}
