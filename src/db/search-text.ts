/**
 * The record's search with the app lock on: the private words of sealed entries (notes, the
 * impact note's text), opened in memory while unlocked so that a search finds them as it does
 * with the lock off. Nothing opened is ever written back. Opened once per entry and kept for the
 * session under the key that opened them (an edited entry is opened again); forgotten when the
 * app locks (forgetOpenedTexts, and a new key makes a new cache).
 */
import { currentDataKey, openMany } from './seal';
import type { Training } from '../domain/types';

let cache: { key: CryptoKey; texts: Map<string, { updatedAt: string; text: string }> } | null = null;

const isSealed = (t: Training) => Boolean((t as { sealed?: unknown }).sealed);

/** The searchable private text of each sealed entry (by id); empty while locked or with none sealed. */
export async function openedTrainingTexts(trainings: readonly Training[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const key = currentDataKey();
  if (!key) {
    cache = null;
    return out;
  }
  if (cache?.key !== key) cache = { key, texts: new Map() };
  const { texts } = cache;
  const todo = trainings.filter((t) => isSealed(t) && texts.get(t.id)?.updatedAt !== t.updatedAt);
  for (const t of await openMany('trainings', todo))
    texts.set(t.id, { updatedAt: t.updatedAt, text: `${t.notes}\n${t.impact?.text ?? ''}` });
  for (const t of trainings) {
    const c = isSealed(t) ? texts.get(t.id) : undefined;
    if (c) out.set(t.id, c.text);
  }
  return out;
}

export function forgetOpenedTexts(): void {
  cache = null;
}
