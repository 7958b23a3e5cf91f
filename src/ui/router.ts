import { useLayoutEffect, useState } from 'preact/hooks';

/** A tiny hash router: '#/record/training/abc' -> ['record', 'training', 'abc']. Hash routing
 * keeps every URL inside the precached index.html, so deep links work offline. */
export function currentPath(): string {
  const h = location.hash.replace(/^#/, '');
  return h.startsWith('/') ? h : '/';
}

export function useRoute(): { path: string; parts: string[]; query: URLSearchParams } {
  const [path, setPath] = useState(currentPath);
  // Subscribe in a layout effect (it runs in the same task as the first render, not after
  // paint), then read the hash again: a change between the first render and the subscription
  // (a tap on the navigation while the app starts on a slow phone) is never lost.
  useLayoutEffect(() => {
    const on = () => setPath(currentPath());
    window.addEventListener('hashchange', on);
    on();
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const [p, q = ''] = path.split('?');
  return { path: p, parts: p.split('/').filter(Boolean), query: new URLSearchParams(q) };
}

export function navigate(path: string): void {
  location.hash = '#' + path;
}
