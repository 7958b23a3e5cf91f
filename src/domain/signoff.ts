/**
 * A supervisor's sign-off: which entries it covers, the exact content it covered (a canonical
 * text per entry, hashed with SHA-256 by the caller), and which entries changed after it was
 * signed. Pure: no clock, no crypto (the hash is Web Crypto's, in src/state).
 */
import { formatDate } from './dates';
import type { AgreedAction, AgreedActionStatus, CoveredEntry, ISODate, Reflection, SignOff, Training } from './types';

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

/** "changed since signed on 12 Jan 2027" */
export function changedSinceText(signedOn: ISODate): string {
  return `changed since signed on ${formatDate(signedOn)}`;
}

/** The newest sign-off that covered an entry, for the "changed since signed" line. */
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
