/**
 * The backup reminder's stored facts for the screens: when the last backup was made, the
 * reminder rule, and how many changes there are since (src/db/backup-io.ts). The UI imports these
 * from here, never from src/db, so that how they are stored can change behind this module.
 */
export { changesSince, lastBackupAt, reminderRule, saveReminderRule } from '../db/backup-io';
