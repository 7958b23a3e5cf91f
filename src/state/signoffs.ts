/**
 * Supervisors' sign-offs for the screens: the record a sign-off covers, the SHA-256 (Web Crypto)
 * of each entry's exact content, and saving a sign-off with those hashes.
 */
import { allSignOffs, deleteSignOff, restoreSignOffs, saveSignOff, signedEntries, signOffSource, type SignOffInput } from '../db/signoffs';
import { canonicalContent, changedSinceSigned, coveredDigestText, type CoverableEntry } from '../domain/signoff';
import type { AgreedActionStatus, CoveredEntry, Reflection, SignedChange, SignOff, Training } from '../domain/types';
import { useTablesQuery } from './live';

export { allSignOffs, deleteSignOff, restoreSignOffs, signOffSource };

const TABLES = ['trainings', 'reflections', 'signoffs'] as const;

/** The record and sign-offs, read again whenever any of them changes. */
export function useSignOffSource(): { trainings: Training[]; reflections: Reflection[]; signoffs: SignOff[] } | undefined {
  return useTablesQuery(signOffSource, TABLES);
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The SHA-256 of every entry's content as it is now, by id. */
export async function currentHashes(entries: Array<Training | Reflection>): Promise<Map<string, string>> {
  const hashes = await Promise.all(entries.map((e) => sha256Hex(canonicalContent(e))));
  return new Map(entries.map((e, i) => [e.id, hashes[i]]));
}

/** Stores the sign-off of `entries` as they are now: each entry's hash and the hash of them all. */
export async function signOff(
  details: Omit<SignOffInput, 'covered' | 'sha256'>,
  entries: CoverableEntry[],
  reviewed: Array<{ signoffId: string; actionId: string; status: AgreedActionStatus }> = [],
): Promise<SignOff> {
  const covered: CoveredEntry[] = await Promise.all(
    entries.map(async (e) => ({ table: e.table, id: e.entry.id, title: e.title, sha256: await sha256Hex(canonicalContent(e.entry)) })),
  );
  return saveSignOff({ ...details, covered, sha256: await sha256Hex(coveredDigestText(covered)) }, reviewed);
}

/** Entries changed since the newest sign-off that covered them, by id: the SHA-256 of each
 * covered entry as it is now against the one the sign-off stored (changedSinceSigned). */
export async function signedChanges(): Promise<Map<string, SignedChange>> {
  const { signoffs, entries } = await signedEntries();
  if (!signoffs.length) return new Map();
  return changedSinceSigned(signoffs, await currentHashes(entries));
}

/** signedChanges, read again whenever an entry or a sign-off changes. */
export function useSignedChanges(): Map<string, SignedChange> | undefined {
  return useTablesQuery(signedChanges, TABLES);
}
