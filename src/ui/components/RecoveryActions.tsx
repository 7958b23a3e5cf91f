/**
 * "Make a backup" and "Restore a backup" on the fault screens (./Recovery.tsx, ./ErrorBoundary.tsx).
 * Loaded when a fault is shown, not at start-up; the backup code itself loads only when a button
 * is pressed.
 */
import { useRef, useState } from 'preact/hooks';
import { saveBlob } from '../download';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function RecoveryActions() {
  const [status, setStatus] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const busy = status?.kind === 'busy';

  const backup = async () => {
    setStatus({ kind: 'busy', text: 'Making a backup…' });
    try {
      const { exportBackup, markBackupSaved } = await import('../../backup/export');
      const file = await exportBackup();
      saveBlob(file.blob, file.fileName);
      await markBackupSaved(file);
      setStatus({ kind: 'done', text: `Backup made: ${file.fileName}. Keep it somewhere other than this device.` });
    } catch (e) {
      setStatus({ kind: 'error', text: `The backup could not be made: ${errorText(e)}` });
    }
  };

  const restore = async (file: File | undefined) => {
    if (!file) return;
    setStatus({ kind: 'busy', text: 'Checking the backup…' });
    try {
      const { applyBackup, checkBackupFile } = await import('../../state/backup-import');
      // Checked in a worker (the file is never read whole on this thread), then written at once.
      await applyBackup(await checkBackupFile(file), 'replace', {
        // What is here now is saved first, as on the Settings screen.
        keepSafetyCopy: (copy) => saveBlob(copy.blob, copy.fileName),
      });
      setStatus({ kind: 'done', text: 'Your record was restored from the backup. Reloading…' });
      location.reload();
    } catch (e) {
      setStatus({ kind: 'error', text: errorText(e) });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  return (
    <div class="recovery">
      <div class="form-actions">
        <button type="button" onClick={() => void backup()} disabled={busy}>
          Make a backup
        </button>
        <button type="button" class="secondary" onClick={() => input.current?.click()} disabled={busy}>
          Restore a backup
        </button>
        <input
          ref={input}
          type="file"
          accept=".zip,application/zip"
          hidden
          aria-label="Backup file to restore"
          onChange={(e) => void restore(e.currentTarget.files?.[0])}
        />
      </div>
      <p class="hint">Restoring replaces the record on this device with the backup's; a copy of what is here now is saved first.</p>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} class={status.kind === 'error' ? 'error' : undefined}>
          {status.text}
        </p>
      )}
    </div>
  );
}
