/**
 * The one hook that loads a framework for a screen (frameworks are lazy chunks). The answer is
 * always for the id asked: while another id's load is still under way it says 'loading', never
 * the previous framework.
 */
import { useEffect, useState } from 'preact/hooks';
import { loadFramework } from '../frameworks/registry';
import type { Framework } from '../frameworks/types';

export type FrameworkLoad =
  | { status: 'none'; framework: null }
  | { status: 'loading'; framework: null }
  | { status: 'ready'; framework: Framework }
  | { status: 'error'; framework: null; message: string };

type Loaded = { id: string; framework: Framework } | { id: string; message: string };

export function useFramework(id: string | null | undefined): FrameworkLoad {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!id) return;
    let live = true;
    loadFramework(id).then(
      (framework) => live && setLoaded({ id, framework }),
      (e: unknown) => live && setLoaded({ id, message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, [id]);
  if (!id) return { status: 'none', framework: null };
  if (loaded?.id !== id) return { status: 'loading', framework: null };
  return 'framework' in loaded
    ? { status: 'ready', framework: loaded.framework }
    : { status: 'error', framework: null, message: loaded.message };
}
