/**
 * Another tab opening a newer version of the app upgrades the database schema. This tab's
 * connection gets a 'versionchange' event and must close, or the upgrade waits for ever; it then
 * tells the user to reload (every saved record and draft is in the database, so nothing is lost).
 */
import type Dexie from 'dexie';

type Listener = () => void;
const listeners = new Set<Listener>();
let reloadNeeded = false;

/** Closes `database` for good when another connection upgrades or deletes it, and tells the
 * listeners. Later writes from this tab fail with a "reload this page" message instead of
 * writing with an old schema. */
export function closeOnUpgradeElsewhere(database: Dexie, notify: Listener = announceReloadNeeded): void {
  database.on('versionchange', () => {
    database.close({ disableAutoOpen: true });
    notify();
    // Stops Dexie's own handler (it runs after this one), which would reopen the database on the
    // next call and carry on with this tab's old code against the new schema.
    return false;
  });
}

function announceReloadNeeded(): void {
  reloadNeeded = true;
  for (const l of listeners) l();
}

export function isReloadNeeded(): boolean {
  return reloadNeeded;
}

/** Subscribes to "the app was updated in another tab"; returns the unsubscribe function. */
export function onReloadNeeded(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
