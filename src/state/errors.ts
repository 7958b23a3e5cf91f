/** Storage errors in the user's words (storage full, unavailable, a newer version open
 * elsewhere...), from src/db/errors.ts, for the screens that show them. */
export { describeStorageError, StorageError, type StorageProblem } from '../db/errors';
