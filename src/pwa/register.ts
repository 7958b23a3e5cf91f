import { usePwaStore } from '../state/pwa';
import { flushAllDrafts } from '../state/drafts';

/**
 * Registers the service worker through workbox-window. A new version waits until the user
 * accepts the "Update available" prompt (registerType 'prompt'); drafts are saved as the user
 * types and flushed before the new version takes over, so the reload never loses input.
 */
export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  // Loaded after the first screen (it is precached like every chunk): not part of the first load.
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('./sw.js', { scope: './' });
  const showPrompt = () =>
    usePwaStore.getState().setUpdate(() => {
      // Every open form's draft is stored before the new version takes over, and again (what
      // was typed meanwhile) before the page reloads into it.
      wb.addEventListener('controlling', () => void flushAllDrafts().then(() => window.location.reload()));
      void flushAllDrafts().then(() => wb.messageSkipWaiting());
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
