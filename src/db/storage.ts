/**
 * The browser's storage manager: persistent storage (so the browser does not evict the record
 * when space runs low) and how much space is used and available. Missing APIs (older Safari,
 * some private windows) report `null` rather than throwing.
 */
export interface StorageStatus {
  /** true/false once known; null where the browser does not say. */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
  /** Whether the browser can be asked to keep the data (navigator.storage.persist exists:
   * WebKitGTK, for one, has no navigator.storage at all). */
  canAsk: boolean;
}

function manager(): StorageManager | null {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : null;
}

/** Asks the browser to keep the app's data (may show a prompt; Chromium decides silently). */
export async function requestPersistentStorage(): Promise<boolean | null> {
  const m = manager();
  if (!m?.persist) return null;
  try {
    return await m.persist();
  } catch {
    return null;
  }
}

export async function storageStatus(): Promise<StorageStatus> {
  const m = manager();
  const [persisted, estimate] = await Promise.all([
    m?.persisted ? m.persisted().catch(() => null) : Promise.resolve(null),
    m?.estimate ? m.estimate().catch(() => null) : Promise.resolve(null),
  ]);
  return {
    persisted,
    usageBytes: estimate?.usage ?? null,
    quotaBytes: estimate?.quota ?? null,
    canAsk: typeof m?.persist === 'function',
  };
}

/** Bytes as megabytes for people: '0.4 MB', '12 MB', '2,048 MB'. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const digits = mb < 10 ? 1 : 0;
  return `${mb.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits })} MB`;
}
