/** The app lock's small shared parts, in the first load (used by the app's shell and the lock chunk). */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { create } from '../state/store';
import { useLock } from '../state/lock';

/**
 * Keeps the lock screen in front after the record has been unlocked, while it still has something
 * to show only once: the new recovery key made when the recovery words were used.
 */
export const useLockHold = create<{ held: boolean }>(() => ({ held: false }));

/**
 * Encrypting or opening the record in the background: its progress, wherever the user is. The
 * bar's code loads only while a conversion is under way, to keep the first load small.
 */
export function LockProgress() {
  const converting = useLock((s) => s.converting !== null);
  const [Bar, setBar] = useState<ComponentType | null>(null);
  useEffect(() => {
    if (converting && !Bar) void import('./lockProgress').then((m) => setBar(() => m.LockProgress));
  }, [converting, Bar]);
  return converting && Bar ? <Bar /> : null;
}
