import { Workbox } from 'workbox-window';
import { usePwaStore } from '../state/pwa';

/**
 * Form drafts are written a moment after the last keystroke (useDraft); the update waits this
 * long before the new version takes over and the page reloads, so the last keystrokes land.
 */
const DRAFT_SETTLE_MS = 600;

/**
 * Registers the service worker through workbox-window. A new version waits until the user
 * accepts the "Update available" prompt (registerType 'prompt'); drafts are saved as the user
 * types, so the reload that follows never loses input.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const wb = new Workbox('./sw.js', { scope: './' });
  const showPrompt = () =>
    usePwaStore.getState().setUpdate(() => {
      wb.addEventListener('controlling', () => window.location.reload());
      setTimeout(() => wb.messageSkipWaiting(), DRAFT_SETTLE_MS);
    });
  wb.addEventListener('waiting', showPrompt);
  wb.register()
    .then((reg) => {
      usePwaStore.getState().setRegistered(true);
      // Check for a new version when the app comes back to the foreground.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') reg?.update().catch(() => undefined);
      });
    })
    .catch(() => usePwaStore.getState().setRegistered(false));
}
