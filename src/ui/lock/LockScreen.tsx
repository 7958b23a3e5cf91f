/**
 * The lock screen: the only thing in the page while the app is locked (App renders nothing else),
 * so no name, title or count of the record is in the DOM. Unlock with the passcode (wrong
 * passcodes slow down: the wait is shown counting down, from the state's retryAt), or with the
 * recovery words and a new passcode, after which the new recovery key is shown once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { recover, unlock, useLock } from '../../state/lock';
import { LockProgress, useLockHold } from '../lockParts';
import {
  KeyboardToggle,
  NewPasscode,
  PasscodeField,
  newPasscodeErrors,
  rememberKeyboard,
  useKeyboard,
  type NewPasscodeValue,
} from './passcode';
import { RecoveryKeyPanel } from './RecoveryKey';
import './lock.css';

/** "45 seconds", "1 minute", "2 minutes 5 seconds". */
export function waitWords(ms: number): string {
  const total = Math.max(1, Math.ceil(ms / 1000));
  const m = Math.floor(total / 60);
  const s = total % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (!m) return part(s, 'second');
  return s ? `${part(m, 'minute')} ${part(s, 'second')}` : part(m, 'minute');
}

/** Milliseconds until `retryAt` (0 when it has passed), counting down each second. */
function useWait(retryAt: string | null): number {
  const [now, setNow] = useState(() => Date.now());
  const until = retryAt ? Date.parse(retryAt) : 0;
  useEffect(() => {
    setNow(Date.now());
    if (!until || until <= Date.now()) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= until) clearInterval(timer);
    }, 1000);
    return () => clearInterval(timer);
  }, [until]);
  return Math.max(0, until - now);
}

function focusHeading() {
  document.getElementById('screen-title')?.focus();
}

function UnlockForm({ onForgot }: { onForgot: () => void }) {
  const [passcode, setPasscode] = useState('');
  const [keyboard, toggleKeyboard] = useKeyboard();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const retryAt = useLock((s) => s.retryAt);
  const wait = useWait(retryAt);
  const field = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    field.current = document.getElementById('unlock-passcode') as HTMLInputElement | null;
    field.current?.focus();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || wait > 0) return;
    if (!passcode) {
      setError('Enter your passcode.');
      field.current?.focus();
      return;
    }
    setBusy(true);
    setError('');
    try {
      const result = await unlock(passcode);
      if (!result.ok) {
        setPasscode('');
        setError(
          result.failures > 1
            ? `That passcode is not right. ${result.failures} wrong tries in a row.`
            : 'That passcode is not right. Try again.',
        );
        field.current?.focus();
      }
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="lock-form">
      {error && (
        <p class="field-error" role="alert" id="unlock-error">
          {error}
        </p>
      )}
      <PasscodeField id="unlock-passcode" label="Passcode" value={passcode} onInput={setPasscode} keyboard={keyboard} />
      <KeyboardToggle keyboard={keyboard} toggle={toggleKeyboard} />
      {wait > 0 ? (
        <p role="timer" class="lock-wait" data-testid="lock-wait">
          You can try again in {waitWords(wait)}.
        </p>
      ) : null}
      <p role="status" class="saved-status">
        {busy ? 'Checking your passcode…' : ''}
      </p>
      <div class="form-actions lock-actions">
        <button type="submit" disabled={busy || wait > 0}>
          Unlock
        </button>
        <button type="button" class="secondary" onClick={onForgot}>
          Forgot passcode? Use your recovery key
        </button>
      </div>
    </form>
  );
}

function RecoverForm({ onBack, onRecovered }: { onBack: () => void; onRecovered: (recoveryWords: string) => void }) {
  const [words, setWords] = useState('');
  const [value, setValue] = useState<NewPasscodeValue>({ passcode: '', confirm: '' });
  const [keyboard, toggleKeyboard] = useKeyboard();
  const [errors, setErrors] = useState<{ words: string; passcode: string; confirm: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const typed = words.trim().toLowerCase().split(/\s+/).filter(Boolean);
    const found = {
      words:
        typed.length === 12
          ? ''
          : typed.length === 0
            ? 'Type the 12 words of your recovery key.'
            : `Type all 12 words of your recovery key, in order (you have typed ${typed.length}).`,
      ...newPasscodeErrors(value),
    };
    if (found.words || found.passcode || found.confirm) {
      setErrors(found);
      document.getElementById(found.words ? 'recover-words' : found.passcode ? 'recover-passcode' : 'recover-confirm')?.focus();
      return;
    }
    setErrors(null);
    setBusy(true);
    // Unlocking takes the app out of the lock screen; hold it there until the new key is kept.
    useLockHold.setState({ held: true });
    try {
      const result = await recover(typed.join(' '), value.passcode);
      if (result.ok) {
        rememberKeyboard(value.passcode);
        onRecovered(result.recoveryWords);
        return;
      }
      useLockHold.setState({ held: false });
      setErrors({ words: result.message, passcode: '', confirm: '' });
      document.getElementById('recover-words')?.focus();
    } catch (err) {
      useLockHold.setState({ held: false });
      setErrors({ words: err instanceof Error ? err.message : String(err), passcode: '', confirm: '' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="lock-form">
      <p>Type the 12 words of your recovery key, in order, then choose a new passcode.</p>
      <div class={errors?.words ? 'field field--error' : 'field'}>
        <label for="recover-words">Your 12 recovery words</label>
        <p class="hint" id="recover-words-hint">
          Separate them with spaces. Capital letters do not matter.
        </p>
        {errors?.words && (
          <p class="field-error" id="recover-words-error" role="alert">
            {errors.words}
          </p>
        )}
        <textarea
          id="recover-words"
          rows={3}
          autoComplete="off"
          autoCapitalize="none"
          spellcheck={false}
          aria-describedby={errors?.words ? 'recover-words-hint recover-words-error' : 'recover-words-hint'}
          aria-invalid={errors?.words ? true : undefined}
          value={words}
          onInput={(e) => setWords(e.currentTarget.value)}
        />
      </div>
      <NewPasscode
        idPrefix="recover"
        value={value}
        onChange={setValue}
        keyboard={keyboard}
        toggleKeyboard={toggleKeyboard}
        errors={errors}
      />
      <p role="status" class="saved-status">
        {busy ? 'Checking your recovery words…' : ''}
      </p>
      <div class="form-actions lock-actions">
        <button type="submit" disabled={busy}>
          Unlock and set the new passcode
        </button>
        <button type="button" class="secondary" onClick={onBack}>
          Back to the passcode
        </button>
      </div>
    </form>
  );
}

export function LockScreen() {
  const [view, setView] = useState<'unlock' | 'recover' | 'new-key'>('unlock');
  const [newWords, setNewWords] = useState('');
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (view !== 'unlock') focusHeading();
  }, [view]);

  return (
    <main id="main" class="main lock-screen" tabIndex={-1}>
      <h1 id="screen-title" tabIndex={-1}>
        {view === 'unlock' ? 'Safeguarding Passport is locked' : view === 'recover' ? 'Use your recovery key' : 'Your record is unlocked'}
      </h1>
      <LockProgress />
      {view === 'unlock' && <UnlockForm onForgot={() => setView('recover')} />}
      {view === 'recover' && (
        <RecoverForm
          onBack={() => setView('unlock')}
          onRecovered={(w) => {
            setNewWords(w);
            setView('new-key');
          }}
        />
      )}
      {view === 'new-key' && (
        <>
          <p>Your new passcode is set. Your old recovery key no longer works: here is a new one.</p>
          <RecoveryKeyPanel recoveryWords={newWords} doneLabel="Go to my record" onDone={() => useLockHold.setState({ held: false })} />
        </>
      )}
    </main>
  );
}
