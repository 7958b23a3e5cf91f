import { createStore, type StateCreator, type StoreApi } from 'zustand/vanilla';
import { useLayoutEffect, useReducer, useRef } from 'preact/hooks';

/** A zustand store used as a Preact hook: `useX()` for the whole state, `useX(selector)` for a part. */
export type UseBoundStore<T> = {
  (): T;
  <U>(selector: (state: T) => U): U;
} & StoreApi<T>;

const identity = <T>(state: T): T => state;

/**
 * zustand's `create`, bound to Preact's own hooks. zustand's React binding needs React's
 * `useSyncExternalStore`, which would put preact/compat (about 3 KB gzip) into the first load for
 * this one function; this binding does the same job with preact/hooks: a component re-renders
 * when its selected slice changes (Object.is), and a change between render and subscription is
 * not missed (it checks again right after subscribing).
 */
export function create<T>(initializer: StateCreator<T, [], []>): UseBoundStore<T> {
  const api = createStore<T>(initializer);
  function useBoundStore<U>(selector: (state: T) => U = identity as (state: T) => U): U {
    const [, rerender] = useReducer((n: number) => n + 1, 0);
    const selected = selector(api.getState());
    const latest = useRef({ selector, selected });
    latest.current = { selector, selected };
    useLayoutEffect(() => {
      const check = () => {
        const { selector: select, selected: shown } = latest.current;
        if (!Object.is(select(api.getState()), shown)) rerender(0);
      };
      const unsubscribe = api.subscribe(check);
      check();
      return unsubscribe;
    }, []);
    return selected;
  }
  return Object.assign(useBoundStore, api) as UseBoundStore<T>;
}
