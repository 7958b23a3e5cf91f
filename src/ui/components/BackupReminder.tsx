/** Home: when the last backup was made, a nudge when one is due, and what this browser risks. */
import { useEffect, useState } from 'preact/hooks';
import { backupReminder, isIosNotInstalled } from '../../backup/reminder';
import { changesSince, lastBackupAt, reminderRule } from '../../state/backup';
import { storageStatus } from '../../state/storage';
import { localToday } from '../../domain/dates';
import { useLiveQuery } from '../../state/live';

export function BackupReminder() {
  const state = useLiveQuery(async () => {
    const last = await lastBackupAt();
    return { last, changes: await changesSince(last), rule: await reminderRule() };
  });
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => void storageStatus().then((s) => setPersisted(s.persisted)), []);
  if (!state) return null;

  const reminder = backupReminder({
    today: localToday(),
    lastBackupAt: state.last,
    changes: state.changes,
    rule: state.rule,
    persisted,
    iosNotInstalled: isIosNotInstalled(),
  });
  const attention = reminder.nudge !== null || reminder.risks.length > 0;
  return (
    <section
      aria-labelledby="backup-reminder-title"
      class={attention ? 'card backup-reminder backup-reminder--due' : 'card backup-reminder'}
      data-testid="backup-reminder"
    >
      <h2 id="backup-reminder-title">Backup</h2>
      <p>{reminder.status}</p>
      {reminder.nudge && <p>{reminder.nudge}</p>}
      {reminder.risks.map((r) => (
        <p key={r}>{r}</p>
      ))}
      <a class={reminder.nudge ? 'button' : ''} href="#/settings">
        {reminder.nudge ? 'Make a backup now' : 'Backup and restore'}
      </a>
    </section>
  );
}
