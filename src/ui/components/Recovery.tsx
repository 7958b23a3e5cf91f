/**
 * The way out when the app cannot show a screen (or anything at all) because of what is stored:
 * "Make a backup" and "Restore a backup". Depends on nothing that reads the profile or the
 * frameworks, and loads the backup code only when a button is pressed (not in the first load).
 */
import { Component, type ComponentChildren } from 'preact';
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

/** The whole page, when nothing else can be shown. */
export function RecoveryScreen({ error }: { error: Error }) {
  return (
    <main id="main" class="main fault" role="alert">
      <h1 id="screen-title" tabIndex={-1}>
        The app cannot open your record
      </h1>
      <p>Something stored on this device stops the app from showing its screens. Nothing has been deleted.</p>
      <p>Make a backup now and keep it safe; then reload the page, or restore a backup you trust.</p>
      <RecoveryActions />
      <div class="form-actions">
        <button type="button" class="secondary" onClick={() => location.reload()}>
          Reload the page
        </button>
      </div>
      <p class="hint">Details: {error.message}</p>
    </main>
  );
}

/** At the root of the app: any error the screens' own boundary did not catch. */
export class RootBoundary extends Component<{ children: ComponentChildren }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.error ? <RecoveryScreen error={this.state.error} /> : this.props.children;
  }
}
