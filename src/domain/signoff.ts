/**
 * A supervisor's sign-off: which entries it covers, the exact content it covered (a canonical
 * text per entry, hashed with SHA-256 by the caller), and which entries changed after it was
 * signed. Pure: no clock, no crypto (the hash is Web Crypto's, in src/state).
 */
import { formatDate } from './dates';
import type { AgreedAction, AgreedActionStatus, CoveredEntry, ISODate, Reflection, SignedChange, SignOff, Training } from './types';

export type { SignedChange };

export const ACTION_STATUS_LABELS: Record<AgreedActionStatus, string> = {
  agreed: 'Agreed',
  'in-progress': 'In progress',
  done: 'Done',
  'not-done': 'Not done',
  dropped: 'No longer needed',
};

/** An entry's content as signed: every field but its timestamps, keys sorted at every depth,
 * so that the same content always gives the same text (and the same SHA-256). */
export function canonicalContent(entry: Training | Reflection): string {
  const { createdAt: _c, updatedAt: _u, ...content } = entry;
  return JSON.stringify(sortKeys(content));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  return value;
}

export interface CoverableEntry {
  table: CoveredEntry['table'];
  entry: Training | Reflection;
  title: string;
  date: ISODate;
}

/** The entries a sign-off covers: training ending, and reflections dated, in the period; oldest
 * first, training before reflections on the same day. */
export function entriesInPeriod(trainings: Training[], reflections: Reflection[], start: ISODate, end: ISODate): CoverableEntry[] {
  const inP = (d: ISODate) => d >= start && d <= end;
  return [
    ...trainings.filter((t) => inP(t.endDate)).map((t) => ({ table: 'trainings' as const, entry: t, title: t.title, date: t.endDate })),
    ...reflections
      .filter((r) => inP(r.date))
      .map((r) => ({ table: 'reflections' as const, entry: r, title: r.title || 'Reflection', date: r.date })),
  ].sort((a, b) => a.date.localeCompare(b.date) || a.table.localeCompare(b.table) || a.entry.id.localeCompare(b.entry.id));
}

/** The text the whole sign-off's SHA-256 is taken of: each covered entry's table, id and hash. */
export function coveredDigestText(covered: readonly CoveredEntry[]): string {
  return covered.map((c) => `${c.table}/${c.id}/${c.sha256}`).join('\n');
}

export type CoveredState = 'unchanged' | 'changed' | 'deleted';

/** Where each covered entry stands now, given the current SHA-256 of each entry that still
 * exists (by id). */
export function coveredStates(signoff: Pick<SignOff, 'covered'>, currentHashes: ReadonlyMap<string, string>): Map<string, CoveredState> {
  return new Map(
    signoff.covered.map((c) => {
      const now = currentHashes.get(c.id);
      return [c.id, now === undefined ? 'deleted' : now === c.sha256 ? 'unchanged' : 'changed'];
    }),
  );
}

/** "changed since signed on 12 Jan 2027" ("Changed since…" to start a line or a badge). */
export function changedSinceText(signedOn: ISODate, capital = false): string {
  return `${capital ? 'Changed' : 'changed'} since signed on ${formatDate(signedOn)}`;
}

/** "3 entries", "1 entry", or in plain words when a sign-off covered none. */
export function entriesCountText(n: number): string {
  return n === 0 ? 'no training or reflections' : `${n} ${n === 1 ? 'entry' : 'entries'}`;
}

/** What a sign-off covered, as a sentence for its confirmation, in plain words when it covered
 * no entries or agreed no actions (never "0 entries"). */
export function signOffCoverText(entries: number, actions: number): string {
  const a = `${actions} agreed ${actions === 1 ? 'action' : 'actions'}`;
  if (entries && actions) return `It covers ${entriesCountText(entries)} and ${a}.`;
  if (entries) return `It covers ${entriesCountText(entries)}; no actions were agreed.`;
  if (actions) return `It records ${a}; there was no training or reflection in the period.`;
  return 'It records the supervision; there was no training or reflection in the period, and no actions were agreed.';
}

/** The ids of every entry some sign-off covered (only these need their hash taken). */
export function coveredIds(signoffs: readonly Pick<SignOff, 'covered'>[]): Set<string> {
  return new Set(signoffs.flatMap((s) => s.covered.map((c) => c.id)));
}

/**
 * The one rule for "changed since signed on …" (the Record screens, the sign-off screen and the
 * supervision PDF): an entry still in the record whose SHA-256 now differs from the one stored by
 * the newest sign-off that covered it. `currentHashes` holds the SHA-256 of each entry's
 * canonicalContent as it is now, by id; an entry missing from it was deleted and is not listed.
 */
export function changedSinceSigned(signoffs: readonly SignOff[], currentHashes: ReadonlyMap<string, string>): Map<string, SignedChange> {
  const out = new Map<string, SignedChange>();
  const seen = new Set<string>();
  for (const s of newestFirst(signoffs))
    for (const c of s.covered) {
      if (seen.has(c.id)) continue;
      seen.add(c.id);
      const now = currentHashes.get(c.id);
      if (now !== undefined && now !== c.sha256) out.set(c.id, { id: c.id, table: c.table, title: c.title, signedOn: s.date });
    }
  return out;
}

/** The newest sign-off that covered an entry. */
export function lastSignOffCovering(signoffs: readonly SignOff[], id: string): SignOff | undefined {
  return [...signoffs]
    .sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt))
    .find((s) => s.covered.some((c) => c.id === id));
}

/** Agreed actions typed one per line, as actions. */
export function actionsFromText(text: string, newId: () => string): AgreedAction[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s*/, '').trim())
    .filter(Boolean)
    .map((t) => ({ id: newId(), text: t, status: 'agreed' as const }));
}

/** The newest sign-off first. */
export function newestFirst(signoffs: readonly SignOff[]): SignOff[] {
  return [...signoffs].sort((a, b) => b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt));
}
