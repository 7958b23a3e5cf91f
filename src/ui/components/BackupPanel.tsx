/**
 * Settings > Backup and restore: make a backup (with progress, then its size and counts), import
 * one (merge, or restore after confirmation and a safety copy), and the reminder rule.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { exportBackup, markBackupSaved, type BackupFile, type ExportProgress } from '../../backup/export';
import { isAgeFile, type AgeProgress } from '../../backup/age-file';
import { openProtectedBackup, prepareProtection, protectBackupFile, releaseProtection } from '../../backup/age-client';
import type { PassphraseStrength } from '../../backup/passphrase';
import { NewPassphrase, passphraseProblem, type NewPassphraseValue } from './NewPassphrase';
import {
  applyBackup,
  checkBackupFile,
  releaseBackup,
  checkSpace,
  type ImportMode,
  type ImportProgress,
  type CheckedBackup,
} from '../../state/backup-import';
import { BackupError } from '../../backup/errors';
import { describeCounts, describeMerge } from '../../backup/merge';
import { DEFAULT_REMINDER, type ReminderRule } from '../../backup/reminder';
import { lastBackupAt, reminderRule, saveReminderRule } from '../../state/backup';
import { formatDate } from '../../domain/dates';
import { formatFileSize } from '../../domain/files';
import { useProfileStore } from '../../state/profile';
import { saveBlob } from '../download';

const saveFile = (file: BackupFile) => saveBlob(file.blob, file.fileName);

/** The phone's share sheet (email, cloud storage) where the browser can share files; the
 * download otherwise, for the user to attach or upload. False if the user cancelled sharing. */
async function shareFile(file: BackupFile): Promise<boolean> {
  const shared = new File([file.blob], file.fileName, { type: file.blob.type || 'application/octet-stream' });
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [shared] })) {
    try {
      await navigator.share({ files: [shared], title: 'Safeguarding Passport backup' });
      return true;
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') return false;
      // Sharing refused (e.g. the file is too large for it): fall back to the download.
    }
  }
  saveFile(file);
  return true;
}

function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

type Progress = ExportProgress | AgeProgress;

function progressText(p: Progress): string {
  if (p.phase === 'reading') return 'Reading your record…';
  if (p.phase === 'checking') return p.total ? `Checking certificates: ${p.done} of ${p.total}…` : 'Checking certificates…';
  if (p.phase === 'packing') return 'Packing the backup file…';
  if (p.phase === 'key') return 'Preparing the passphrase protection…';
  if (p.phase === 'encrypting') return `Protecting the backup: ${percent(p)}%…`;
  if (p.phase === 'decrypting') return `Opening the protected backup: ${percent(p)}%…`;
  return 'Backup ready.';
}

const percent = (p: { done: number; total: number }) => Math.floor((100 * p.done) / Math.max(1, p.total));
const measured = (p: Progress) => p.phase === 'checking' || p.phase === 'encrypting' || p.phase === 'decrypting';

function ProgressBar({ id, progress }: { id: string; progress: Progress }) {
  return (
    <div class="backup-progress">
      <label for={id}>{progressText(progress)}</label>
      <progress id={id} max={Math.max(1, progress.total)} value={measured(progress) ? progress.done : undefined} />
    </div>
  );
}

type Destination = 'device' | 'share';

function ExportSection({ onSaved }: { onSaved: () => void }) {
  const [progress, setProgress] = useState<Progress | null>(null);
  // Only what is shown: the file's bytes are not kept once handed to the download.
  const [result, setResult] = useState<{ fileName: string; size: number; counts: BackupFile['counts']; protect: boolean } | null>(null);
  const [error, setError] = useState('');
  const [destination, setDestination] = useState<Destination>('device');
  // Protection follows the destination (on for email and cloud storage) until the user chooses.
  const [protectChoice, setProtectChoice] = useState<boolean | null>(null);
  const protect = protectChoice ?? destination === 'share';
  const [passphrase, setPassphrase] = useState<NewPassphraseValue>({ passphrase: '', confirm: '' });
  const [strength, setStrength] = useState<PassphraseStrength | null>(null);
  const [passphraseError, setPassphraseError] = useState('');
  // The protection's worker gets ready while the passphrase is typed (a second or more of work
  // that then does not hold up the backup), and is let go if this screen closes unused.
  const typing = protect && passphrase.passphrase !== '';
  useEffect(() => {
    if (typing) prepareProtection();
    else releaseProtection();
  }, [typing]);
  useEffect(() => releaseProtection, []);
  const profileName = useProfileStore((s) => s.profile?.name ?? '');
  const busy = progress !== null && progress.phase !== 'done';

  const run = async () => {
    setResult(null);
    setError('');
    setPassphraseError('');
    if (protect) {
      const problem = passphraseProblem(passphrase, strength);
      if (problem) {
        setPassphraseError(problem);
        document.getElementById('export-passphrase')?.focus();
        return;
      }
    }
    try {
      let file = await exportBackup({ onProgress: setProgress });
      if (protect) file = await protectBackupFile(file, passphrase.passphrase, setProgress);
      const saved = destination === 'share' ? await shareFile(file) : (saveFile(file), true);
      if (!saved) {
        setError('Sharing was cancelled, so no backup was saved. Make the backup again when you are ready.');
        return;
      }
      await markBackupSaved(file);
      setResult({ fileName: file.fileName, size: file.size, counts: file.counts, protect });
      setPassphrase({ passphrase: '', confirm: '' });
      onSaved();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setProgress(null);
    }
  };

  return (
    <div class="backup-block">
      <h3>Make a backup</h3>
      <p>
        Saves your whole record, certificates included, as one zip file. Keep it somewhere other than this device (email it to yourself, or
        save it to cloud storage or a USB stick).
      </p>
      <fieldset class="fieldset">
        <legend>Where will you keep it?</legend>
        <div class="choice">
          <input
            type="radio"
            id="backup-to-device"
            name="backup-destination"
            checked={destination === 'device'}
            onChange={() => setDestination('device')}
          />
          <label for="backup-to-device">On this device, a computer or a USB stick</label>
        </div>
        <div class="choice">
          <input
            type="radio"
            id="backup-to-share"
            name="backup-destination"
            checked={destination === 'share'}
            onChange={() => setDestination('share')}
          />
          <label for="backup-to-share">
            Email it or save it to cloud storage
            <span class="hint"> On a phone this opens the share menu.</span>
          </label>
        </div>
      </fieldset>
      <div class="choice">
        <input type="checkbox" id="backup-protect" checked={protect} onChange={(e) => setProtectChoice(e.currentTarget.checked)} />
        <label for="backup-protect">
          Protect this backup with a passphrase
          <span class="hint"> Nobody can read the file without it. It opens in this app, or with the free age tool on any computer.</span>
        </label>
      </div>
      {protect && (
        <NewPassphrase
          idPrefix="export"
          value={passphrase}
          onChange={setPassphrase}
          onStrength={setStrength}
          userInputs={profileName ? [profileName] : []}
          error={passphraseError}
        />
      )}
      <button type="button" onClick={() => void run()} disabled={busy}>
        Make a backup
      </button>
      {progress && <ProgressBar id="backup-progress" progress={progress} />}
      <div role="status" aria-live="polite">
        {result && (
          <p class="notice" data-testid="export-result">
            Backup saved as <strong>{result.fileName}</strong> ({formatFileSize(result.size)}
            {result.protect ? ', protected with your passphrase' : ''}). It holds{' '}
            {describeCounts({ ...result.counts, settings: 0, deletions: 0 })}.
          </p>
        )}
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

/** The import's check: how far it is (a file's records, then its certificates). */
function importProgressText(p: ImportProgress | null): string {
  if (!p || (p.phase === 'reading' && !p.total)) return 'Checking the backup…';
  if (p.phase === 'reading') return `Checking the backup's records: ${percent(p)}%…`;
  return p.total ? `Checking certificates: ${p.done} of ${p.total}…` : 'Checking certificates…';
}

type ImportState =
  | { step: 'idle' }
  | { step: 'checking'; progress: ImportProgress | null; cancel: (() => void) | null }
  | { step: 'cancelled' }
  | { step: 'passphrase'; file: Blob; error: string }
  | { step: 'opening'; file: Blob; progress: AgeProgress | null }
  | { step: 'confirm'; backup: CheckedBackup }
  | { step: 'writing' }
  | { step: 'done'; message: string }
  | { step: 'error'; message: string };

function ImportSection({ onImported }: { onImported: () => void }) {
  const [mode, setMode] = useState<ImportMode>('merge');
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const fileInput = useRef<HTMLInputElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const [passphrase, setPassphrase] = useState('');
  const loadProfile = useProfileStore((s) => s.load);

  // Focus moves to what needs an answer: the restore question, the passphrase (again after a wrong one).
  const passphraseError = state.step === 'passphrase' ? state.error : '';
  // As for making a protected backup: the worker that will open it gets ready while the
  // passphrase is typed.
  useEffect(() => {
    if (state.step === 'passphrase') prepareProtection();
  }, [state.step]);
  useEffect(() => releaseProtection, []);
  useEffect(() => {
    if (state.step === 'confirm') confirmHeading.current?.focus();
    if (state.step === 'passphrase') passphraseInput.current?.focus();
  }, [state.step, passphraseError]);

  const write = async (backup: CheckedBackup) => {
    setState({ step: 'writing' });
    try {
      const result = await applyBackup(backup, mode, { keepSafetyCopy: saveFile });
      const message =
        result.mode === 'merge'
          ? describeMerge(result.summary)
          : `Your record was replaced with the backup from ${formatDate(backup.exportedAt)}. A copy of what was here before was saved as ${result.safetyCopy.fileName}.`;
      setState({ step: 'done', message });
      if (fileInput.current) fileInput.current.value = '';
      onImported();
      void loadProfile();
    } catch (e) {
      setState({ step: 'error', message: errorMessage(e) });
    }
  };

  /** The checks (off the page's thread, cancellable), then a merge at once or the confirmation
   * before a restore. */
  const check = async (file: Blob) => {
    const controller = new AbortController();
    const cancel = () => controller.abort();
    setState({ step: 'checking', progress: null, cancel });
    let backup: CheckedBackup;
    try {
      backup = await checkBackupFile(file, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (!controller.signal.aborted) setState({ step: 'checking', progress, cancel });
        },
      });
    } catch (err) {
      if (err instanceof BackupError && err.problem === 'cancelled') {
        setState({ step: 'cancelled' });
        if (fileInput.current) fileInput.current.value = '';
        return;
      }
      throw err;
    }
    if (mode === 'replace') setState({ step: 'confirm', backup });
    else await write(backup);
  };

  const start = async (e: Event) => {
    e.preventDefault();
    const file = fileInput.current?.files?.[0];
    if (!file) {
      setState({ step: 'error', message: 'Choose a backup file first.' });
      fileInput.current?.focus();
      return;
    }
    setState({ step: 'checking', progress: null, cancel: null });
    try {
      await checkSpace(file.size); // before reading a file too big for this device
      // A protected backup (age) asks for its passphrase first; nothing more is read from it before.
      if (isAgeFile(new Uint8Array(await file.slice(0, 64).arrayBuffer()))) {
        setPassphrase('');
        setState({ step: 'passphrase', file, error: '' });
      } else await check(file);
    } catch (err) {
      setState({ step: 'error', message: errorMessage(err) });
    }
  };

  const open = async (e: Event, file: Blob) => {
    e.preventDefault();
    if (!passphrase) {
      setState({ step: 'passphrase', file, error: 'Enter the passphrase this backup was protected with.' });
      return;
    }
    setState({ step: 'opening', file, progress: null });
    let zip: Uint8Array;
    try {
      zip = await openProtectedBackup(file, passphrase, (progress) => setState({ step: 'opening', file, progress }));
    } catch (err) {
      // A wrong passphrase can be tried again; a damaged file cannot.
      if (err instanceof BackupError && err.problem === 'wrong-passphrase') setState({ step: 'passphrase', file, error: err.message });
      else setState({ step: 'error', message: errorMessage(err) });
      return;
    }
    setPassphrase('');
    try {
      await check(new Blob([zip as BlobPart], { type: 'application/zip' }));
    } catch (err) {
      setState({ step: 'error', message: errorMessage(err) });
    }
  };

  const busy = state.step === 'checking' || state.step === 'writing' || state.step === 'opening';
  return (
    <div class="backup-block">
      <h3>Import a backup</h3>
      <form onSubmit={(e) => void start(e)} noValidate>
        <label for="backup-file">Backup file (.zip)</label>
        <p class="hint" id="backup-file-hint">
          A backup protected with a passphrase (.zip.age) asks for it next.
        </p>
        <input
          id="backup-file"
          type="file"
          accept=".zip,.age,application/zip"
          aria-describedby="backup-file-hint"
          ref={fileInput}
          disabled={busy}
        />
        <fieldset class="fieldset">
          <legend>What to do with it</legend>
          <div class="choice">
            <input type="radio" id="import-merge" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />
            <label for="import-merge">
              Merge with this device
              <span class="hint">
                {' '}
                Adds what is new, keeps the newer version of anything changed on both, and nothing deleted comes back. For moving between
                phone and laptop.
              </span>
            </label>
          </div>
          <div class="choice">
            <input type="radio" id="import-replace" name="import-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} />
            <label for="import-replace">
              Restore: replace everything on this device
              <span class="hint"> A backup of what is here now is saved first.</span>
            </label>
          </div>
        </fieldset>
        <div class="form-actions">
          <button type="submit" disabled={busy || state.step === 'confirm'}>
            Import backup
          </button>
        </div>
      </form>

      {state.step === 'passphrase' && (
        <form class="card" aria-labelledby="import-passphrase-title" onSubmit={(e) => void open(e, state.file)} noValidate>
          <h4 id="import-passphrase-title">This backup is protected with a passphrase</h4>
          <label for="import-passphrase">Passphrase</label>
          <input
            id="import-passphrase"
            type="password"
            autoComplete="off"
            spellcheck={false}
            ref={passphraseInput}
            aria-invalid={state.error ? true : undefined}
            aria-describedby={state.error ? 'import-passphrase-error' : undefined}
            value={passphrase}
            onInput={(e) => setPassphrase(e.currentTarget.value)}
          />
          {state.error && (
            <p class="field-error" role="alert" id="import-passphrase-error" data-testid="import-error">
              {state.error}
            </p>
          )}
          <div class="form-actions">
            <button type="submit">Open backup</button>
            <button type="button" class="secondary" onClick={() => setState({ step: 'idle' })}>
              Cancel
            </button>
          </div>
        </form>
      )}

      {state.step === 'confirm' && (
        <div class="card" role="group" aria-labelledby="confirm-restore-title">
          <h4 id="confirm-restore-title" tabIndex={-1} ref={confirmHeading}>
            Replace your record?
          </h4>
          <p>
            The backup from {formatDate(state.backup.exportedAt)} holds{' '}
            {describeCounts({ ...state.backup.counts, settings: 0, deletions: 0 })}. Everything now on this device will be replaced by it. A
            backup of what is here now will be saved first.
          </p>
          <div class="form-actions">
            <button type="button" class="danger" onClick={() => void write(state.backup)}>
              Replace my record
            </button>
            <button
              type="button"
              class="secondary"
              onClick={() => {
                releaseBackup(state.backup);
                setState({ step: 'idle' });
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      )}

      {state.step === 'checking' && state.cancel && (
        <div class="form-actions">
          <button type="button" class="secondary" onClick={state.cancel}>
            Cancel import
          </button>
        </div>
      )}
      <div role="status" aria-live="polite">
        {state.step === 'checking' && (
          <div class="backup-progress">
            <label for="import-check-progress">{importProgressText(state.progress)}</label>
            <progress
              id="import-check-progress"
              max={Math.max(1, state.progress?.total ?? 1)}
              value={state.progress?.total ? state.progress.done : undefined}
            />
          </div>
        )}
        {state.step === 'cancelled' && <p class="notice">Import cancelled. Nothing on this device has been changed.</p>}
        {state.step === 'opening' && <ProgressBar id="import-progress" progress={state.progress ?? { phase: 'key', done: 0, total: 0 }} />}
        {state.step === 'writing' && <p>Importing…</p>}
        {state.step === 'done' && (
          <p class="notice" data-testid="import-result">
            {state.message}
          </p>
        )}
      </div>
      {state.step === 'error' && (
        <p class="field-error" role="alert" data-testid="import-error">
          {state.message}
        </p>
      )}
    </div>
  );
}

function ReminderSection() {
  const [rule, setRule] = useState<ReminderRule | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => void reminderRule().then(setRule), []);
  if (!rule) return null;

  const save = async (e: Event) => {
    e.preventDefault();
    const clean = (n: number, fallback: number) => (Number.isFinite(n) && n >= 1 ? Math.round(n) : fallback);
    const next = { days: clean(rule.days, DEFAULT_REMINDER.days), changes: clean(rule.changes, DEFAULT_REMINDER.changes) };
    try {
      await saveReminderRule(next);
      setRule(next);
      setStatus(`Saved: you will be reminded after ${next.days} days or ${next.changes} changes.`);
    } catch (err) {
      setStatus(errorMessage(err));
    }
  };

  return (
    <form class="backup-block" onSubmit={(e) => void save(e)} noValidate>
      <h3>Backup reminders</h3>
      <p class="hint">Home reminds you to make a backup when either is reached.</p>
      <div class="backup-rule">
        <div>
          <label for="reminder-days">Days since the last backup</label>
          <input
            id="reminder-days"
            type="number"
            inputMode="numeric"
            min={1}
            max={365}
            value={rule.days}
            onInput={(e) => setRule({ ...rule, days: Number(e.currentTarget.value) })}
          />
        </div>
        <div>
          <label for="reminder-changes">Records changed since</label>
          <input
            id="reminder-changes"
            type="number"
            inputMode="numeric"
            min={1}
            max={1000}
            value={rule.changes}
            onInput={(e) => setRule({ ...rule, changes: Number(e.currentTarget.value) })}
          />
        </div>
      </div>
      <div class="form-actions">
        <button type="submit" class="secondary">
          Save reminder settings
        </button>
      </div>
      <p role="status" class="hint">
        {status}
      </p>
    </form>
  );
}

export function BackupPanel() {
  const [last, setLast] = useState<string | null | undefined>(undefined);
  const refresh = () => void lastBackupAt().then(setLast);
  useEffect(refresh, []);
  return (
    <section id="backup" aria-labelledby="backup-title" class="settings-section">
      <h2 id="backup-title">Backup and restore</h2>
      <p data-testid="last-backup">
        {last === undefined
          ? ''
          : last
            ? `Last backup from this device: ${formatDate(last)}.`
            : 'You have not made a backup on this device yet.'}
      </p>
      <ExportSection onSaved={refresh} />
      <ImportSection onImported={refresh} />
      <ReminderSection />
      <p class="hint">
        The backup format is documented, and a backup opens with any zip tool: your record is in backup.json, your certificates in the
        certificates folder. A protected backup opens first with the free age tool and its passphrase.
      </p>
    </section>
  );
}
