/**
 * Importing a backup, for the screens: the check (in a worker, with progress and cancel; see
 * src/backup/import-client.ts), then the write in one transaction (in the same worker;
 * src/backup/import.ts). The UI imports these from here, never from src/backup or src/db directly.
 */
export { checkBackupFile, releaseBackup, type CheckOptions } from '../backup/import-client';
export { applyBackup, checkSpace, type ImportMode, type ImportProgress, type ImportResult, type CheckedBackup } from '../backup/import';
