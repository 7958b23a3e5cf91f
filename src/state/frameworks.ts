/**
 * Frameworks the user added from framework files: read from the database, each checked again in
 * full (a stored file may come from a backup made elsewhere), and handed to the framework
 * registry, so that the screens load and follow them like bundled ones.
 */
import { create } from './store';
import { addUserFramework, listUserFrameworks, removeUserFramework } from '../db/frameworks';
import type { UserFramework } from '../domain/types';
import { fileToFramework, type FrameworkFile } from '../frameworks/file-format';
import {
  diffEditions,
  editionStanding,
  publishedWords,
  newestFirst,
  type EditionDiff,
  type EditionStamp,
  type EditionStanding,
} from '../domain/editions';
import { checkFrameworkFileJson, readFrameworkFile, type FrameworkFileResult } from '../frameworks/file-read';
import { BUNDLED_IDS } from '../frameworks/registry';
import type { Framework } from '../frameworks/types';

export interface StoredFramework {
  record: UserFramework;
  /** null when the stored file no longer passes the checks (then `errors` says why). */
  framework: Framework | null;
  errors: string[];
}

// Checking a file is the expensive part: each stored record is checked once per version of it.
const checked = new Map<string, StoredFramework>();

function checkStored(record: UserFramework): StoredFramework {
  const key = `${record.id}@${record.updatedAt}`;
  let out = checked.get(key);
  if (!out) {
    const result = checkFrameworkFileJson(record.file, { reservedIds: BUNDLED_IDS });
    out = { record, framework: result.ok ? result.framework : null, errors: result.ok ? [] : result.errors };
    checked.set(key, out);
  }
  return out;
}

/** Every stored framework file, checked. */
export async function readStoredFrameworks(): Promise<StoredFramework[]> {
  return (await listUserFrameworks()).map(checkStored);
}

/** The stored editions of each framework id, newest first (by publication date; where that
 * cannot tell, the one added later). */
export function editionsById(stored: readonly StoredFramework[]): Map<string, Framework[]> {
  const byId = new Map<string, Array<{ framework: Framework; stamp: EditionStamp; addedAt: string }>>();
  for (const s of stored) {
    if (!s.framework) continue;
    const list = byId.get(s.framework.id) ?? [];
    list.push({ framework: s.framework, stamp: s.framework, addedAt: s.record.updatedAt });
    byId.set(s.framework.id, list);
  }
  return new Map([...byId].map(([id, list]) => [id, newestFirst(list).map((e) => e.framework)]));
}

/** The frameworks the app follows: for each framework id the newest valid stored edition, with
 * its earlier editions (so that entries recorded under them keep counting). */
export async function userFrameworks(): Promise<Framework[]> {
  return [...editionsById(await readStoredFrameworks()).values()].map(([current, ...earlier]) => ({
    ...current!,
    earlierEditions: earlier,
  }));
}

/** Checks a chosen file before anything is stored. */
export function previewFrameworkFile(text: string): FrameworkFileResult {
  return readFrameworkFile(text, { reservedIds: BUNDLED_IDS });
}

/** A checked file against the edition of the same framework the app follows, if any. */
export type EditionCheck = { kind: 'new' } | { kind: EditionStanding; current: Framework; diff: EditionDiff };

export async function checkEdition(framework: Framework): Promise<EditionCheck> {
  const current = editionsById(await readStoredFrameworks()).get(framework.id)?.[0];
  if (!current) return { kind: 'new' };
  return { kind: editionStanding(framework, current), current, diff: diffEditions(current, framework) };
}

/** The message refusing an older edition than the one the app follows. */
export function olderEditionMessage(incoming: Framework, current: Framework): string {
  return `This file is an older edition of ${current.shortName} (${incoming.edition}${incoming.published ? `, ${publishedWords(incoming.published)}` : ''}) than the one you have (${current.edition}${current.published ? `, ${publishedWords(current.published)}` : ''}). The app keeps following the newer edition. Nothing was added.`;
}

interface FrameworksState {
  list: StoredFramework[] | null;
  error: string | null;
  refresh: () => Promise<void>;
  add: (file: FrameworkFile) => Promise<void>;
  remove: (id: string) => Promise<void>;
}

export const useUserFrameworksStore = create<FrameworksState>((set, get) => ({
  list: null,
  error: null,
  refresh: async () => {
    try {
      set({ list: await readStoredFrameworks(), error: null });
    } catch (e) {
      set({ error: e instanceof Error ? e.message : String(e) });
    }
  },
  add: async (file) => {
    // Checked again here, not only in the preview: an older edition never replaces a newer one.
    const incoming = fileToFramework(file);
    const standing = await checkEdition(incoming);
    if (standing.kind === 'older') throw new Error(olderEditionMessage(incoming, standing.current));
    await addUserFramework(file);
    await get().refresh();
  },
  remove: async (id) => {
    await removeUserFramework(id);
    await get().refresh();
  },
}));
