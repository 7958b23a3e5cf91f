/**
 * Frameworks the user added from framework files: read from the database, each checked again in
 * full (a stored file may come from a backup made elsewhere), and handed to the framework
 * registry, so that the screens load and follow them like bundled ones.
 */
import { create } from './store';
import { addUserFramework, listUserFrameworks, removeUserFramework } from '../db/frameworks';
import type { UserFramework } from '../domain/types';
import type { FrameworkFile } from '../frameworks/file-format';
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

/** The frameworks the app follows: the valid stored ones, one per framework id (the latest added). */
export async function userFrameworks(): Promise<Framework[]> {
  const byId = new Map<string, Framework>();
  for (const s of await readStoredFrameworks()) if (s.framework) byId.set(s.framework.id, s.framework);
  return [...byId.values()];
}

/** Checks a chosen file before anything is stored. */
export function previewFrameworkFile(text: string): FrameworkFileResult {
  return readFrameworkFile(text, { reservedIds: BUNDLED_IDS });
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
    await addUserFramework(file);
    await get().refresh();
  },
  remove: async (id) => {
    await removeUserFramework(id);
    await get().refresh();
  },
}));
