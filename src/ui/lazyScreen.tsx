import { useEffect, useState } from 'preact/hooks';
import type { ComponentType } from 'preact';
import { focusPendingHeading } from './focus';

/**
 * A screen whose code loads on first visit, keeping the first-load bundle small. The chunks are
 * precached by the service worker, so this works offline. A failed load throws during render,
 * so the error boundary shows it.
 */
export function lazyScreen(load: () => Promise<ComponentType>): ComponentType {
  let loaded: ComponentType | null = null;
  let loading: Promise<ComponentType> | null = null;
  function LazyScreen() {
    const [Screen, setScreen] = useState<ComponentType | null>(() => loaded);
    const [error, setError] = useState<Error | null>(null);
    useEffect(() => {
      if (Screen) return;
      let live = true;
      loading ??= load();
      loading.then(
        (c) => {
          loaded = c;
          if (live) setScreen(() => c);
        },
        (e: unknown) => {
          loading = null;
          if (live) setError(e instanceof Error ? e : new Error(String(e)));
        },
      );
      return () => {
        live = false;
      };
    }, [Screen]);
    useEffect(() => {
      if (Screen) focusPendingHeading();
    }, [Screen]);
    if (error) throw new Error(`This screen could not be loaded (${error.message}).`);
    if (!Screen)
      return (
        <p class="loading" role="status">
          Loading…
        </p>
      );
    return <Screen />;
  }
  return LazyScreen;
}
