/**
 * Wrong passcodes slow down, never wipe (no crypto here: start-up reads the backoff cheaply).
 */
/** Free tries before the delays start. */
const FREE_TRIES = 3;
const MAX_DELAY_MS = 15 * 60_000;

/**
 * How long to wait after `failures` wrong passcodes in a row: none for the first 3, then 1 s,
 * doubling with each further failure (the 10th waits 64 s), at most 15 minutes. Never a wipe:
 * the recovery key is the way out of a forgotten passcode.
 */
export function lockoutDelay(failures: number): number {
  if (failures <= FREE_TRIES) return 0;
  return Math.min(1000 * 2 ** (failures - FREE_TRIES - 1), MAX_DELAY_MS);
}

/** When the next try is allowed (ISO time), given the failures so far and when the last was. */
export function nextTryAt(failures: number, lastFailureAt: string | null): string | null {
  const delay = lockoutDelay(failures);
  if (!delay || !lastFailureAt) return null;
  return new Date(Date.parse(lastFailureAt) + delay).toISOString();
}
