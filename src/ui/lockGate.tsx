/**
 * The app lock's part of the first load, kept tiny: whether the lock screen stands in front of the
 * app, the auto-lock when the app has been in the background, and the cover that hides the screen
 * from the app switcher's snapshot. The lock screen and Settings > App lock are a lazy chunk
 * (./lock/), loaded only when the lock is on and locked, or when App lock is opened.
 */
import { useEffect, useLayoutEffect } from 'preact/hooks';
import { getLockState, lockNow, useLock } from '../state/lock';
import { flushAllDrafts } from '../state/drafts';
import { lazyScreen } from './lazyScreen';
import { useLockHold } from './lockParts';

/** True while the lock screen must be the only thing rendered. */
export function useLockScreenShown(): boolean {
  const locked = useLock((s) => s.enabled && s.locked);
  const held = useLockHold((s) => s.held);
  return locked || held;
}

const LockScreen = lazyScreen(() => import('./lock/LockScreen').then((m) => m.LockScreen));

/** The class on <html> that hides the app (styles.css): the app switcher's snapshot shows nothing. */
export const COVER_CLASS = 'lock-cover';
const cover = (on: boolean): void => void document.documentElement.classList.toggle(COVER_CLASS, on);

/** Rendered instead of the whole app while locked. Lifts the cover once nothing else is in the DOM. */
export function LockGate() {
  useLayoutEffect(() => {
    cover(false);
  }, []);
  return <LockScreen />;
}

/**
 * Auto-lock: when the page is hidden (another app, the screen off, the tab in the background) or
 * left (pagehide), the time is noted and, with the lock on, the app is covered at once; when it
 * is shown again after the chosen time ("Lock after"), it locks before the cover lifts. "At once"
 * (0 minutes) locks as soon as the page is hidden, after every open form's draft is stored.
 */
export function useAutoLock(): void {
  useEffect(() => {
    let hiddenAt: number | null = null;
    const hide = () => {
      const s = getLockState();
      if (!s.enabled) return;
      hiddenAt ??= Date.now();
      if (s.locked) return;
      cover(true);
      if (s.autoLockMinutes === 0) void flushAllDrafts().then(() => document.visibilityState === 'hidden' && lockNow());
    };
    const show = () => {
      if (document.visibilityState !== 'visible') return;
      const s = getLockState();
      const since = hiddenAt;
      hiddenAt = null;
      if (s.enabled && !s.locked && since !== null && Date.now() - since >= s.autoLockMinutes * 60_000) {
        // The cover stays until the lock screen has replaced the app (LockGate lifts it).
        lockNow();
        return;
      }
      cover(false);
    };
    const onVisibility = () => (document.visibilityState === 'hidden' ? hide() : show());
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', hide);
    window.addEventListener('pageshow', show);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', hide);
      window.removeEventListener('pageshow', show);
    };
  }, []);
}
