/**
 * Settings > App lock (#/settings/lock): turn the lock on (passcode twice, then the recovery key
 * shown once and kept), and when it is on: lock now, lock after a time in the background, change
 * the passcode, make a new recovery key, turn it off. Encrypting runs in the background with its
 * progress shown; the app stays usable. Passcodes are never kept as drafts.
 */
import { useEffect, useState } from 'preact/hooks';
import {
  changeLockPasscode,
  disableLock,
  enableLock,
  getLockState,
  lockNow,
  newRecoveryKey,
  setAutoLockMinutes,
  useLock,
} from '../../state/lock';
import { flushAllDrafts } from '../../state/drafts';
import { create } from '../../state/store';
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

type Mode = 'idle' | 'enable' | 'change' | 'new-key' | 'disable';

const LOCK_AFTER = [
  { minutes: 0, label: 'At once' },
  { minutes: 1, label: 'After 1 minute' },
  { minutes: 5, label: 'After 5 minutes' },
  { minutes: 15, label: 'After 15 minutes' },
];

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));
const focus = (id: string) => document.getElementById(id)?.focus();

function Warning() {
  return (
    <p class="notice notice--warn" id="lock-warning">
      <strong>If you forget your passcode and lose your recovery key, nobody can open your record:</strong> not you, and not the makers of
      this app. Your backups are separate: keep making them.
    </p>
  );
}

/**
 * Turning the lock on outlives the screen: enableLock resolves with the recovery words only once
 * every record is encrypted, and the user may have gone elsewhere meanwhile. The words wait here
 * (in memory only) until Settings > App lock shows them.
 */
const useEnabling = create<{ busy: boolean; words: string; error: string }>(() => ({ busy: false, words: '', error: '' }));

function startEnabling(passcode: string): void {
  useEnabling.setState({ busy: true, words: '', error: '' });
  enableLock(passcode).then(
    ({ recoveryWords }) => {
      rememberKeyboard(passcode);
      useEnabling.setState({ busy: false, words: recoveryWords });
    },
    (err: unknown) =>
      useEnabling.setState({
        busy: false,
        error: getLockState().enabled
          ? `The app lock is on, but encrypting stopped part-way (${message(err)}). It carries on by itself after the next unlock. Your recovery key could not be shown: choose New recovery key to make one and keep it.`
          : `The app lock could not be turned on: ${message(err)} Nothing has changed.`,
      }),
  );
}

/** Turning the lock on, step 1: the passcode twice. */
function EnableLock({ onCancel }: { onCancel: () => void }) {
  const [value, setValue] = useState<NewPasscodeValue>({ passcode: '', confirm: '' });
  const [keyboard, toggleKeyboard] = useKeyboard();
  const [errors, setErrors] = useState<{ passcode: string; confirm: string } | null>(null);
  useEffect(() => focus('enable-passcode'), []);

  const submit = (e: Event) => {
    e.preventDefault();
    const found = newPasscodeErrors(value);
    if (found.passcode || found.confirm) {
      setErrors(found);
      focus(found.passcode ? 'enable-passcode' : 'enable-confirm');
      return;
    }
    setErrors(null);
    startEnabling(value.passcode);
  };

  return (
    <form class="lock-step" onSubmit={submit} noValidate aria-labelledby="enable-title">
      <h2 id="enable-title">Turn on app lock</h2>
      <p>Step 1 of 2: choose a passcode. Step 2: keep your recovery key, for when you forget the passcode.</p>
      <Warning />
      <NewPasscode
        idPrefix="enable"
        label="Choose a passcode"
        value={value}
        onChange={setValue}
        keyboard={keyboard}
        toggleKeyboard={toggleKeyboard}
        errors={errors}
      />
      <div class="form-actions">
        <button type="submit">Next: your recovery key</button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Turning the lock on, step 2: encrypting, then the recovery key, kept before finishing. */
function Enabling({ onDone }: { onDone: (said: string) => void }) {
  const { busy, words, error } = useEnabling();
  useEffect(() => {
    if (words) focus('recovery-title-focus');
  }, [words]);
  if (error)
    return (
      <div class="lock-step">
        <p class="field-error" role="alert">
          {error}
        </p>
        <button type="button" class="secondary" onClick={() => useEnabling.setState({ error: '' })}>
          Back
        </button>
      </div>
    );
  if (busy)
    return (
      <p role="status" class="lock-step">
        Setting up the lock and encrypting your record (the progress is at the top of the screen). Your recovery key is shown here when it
        is done; you can use the rest of the app meanwhile.
      </p>
    );
  if (!words) return null;
  return (
    <div class="lock-step">
      <p tabIndex={-1} id="recovery-title-focus" class="lock-done">
        One more step: keep your recovery key.
      </p>
      <RecoveryKeyPanel
        recoveryWords={words}
        doneLabel="Finish"
        onDone={() => {
          useEnabling.setState({ words: '' });
          onDone('Finished. Keep your recovery key safe, away from this device.');
        }}
      />
    </div>
  );
}

/** An action that needs the current passcode (and perhaps a new one). */
function PasscodeAction({
  id,
  title,
  intro,
  action,
  withNew = false,
  run,
  onCancel,
  busyWords,
  danger = false,
}: {
  id: string;
  title: string;
  intro: string;
  action: string;
  withNew?: boolean;
  run: (passcode: string, next: string) => Promise<void>;
  onCancel: () => void;
  busyWords: string;
  danger?: boolean;
}) {
  const [passcode, setPasscode] = useState('');
  const [value, setValue] = useState<NewPasscodeValue>({ passcode: '', confirm: '' });
  const [keyboard, toggleKeyboard] = useKeyboard();
  const [errors, setErrors] = useState<{ current: string; passcode: string; confirm: string } | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => focus(`${id}-current`), [id]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found = {
      current: passcode ? '' : 'Enter your passcode.',
      ...(withNew ? newPasscodeErrors(value) : { passcode: '', confirm: '' }),
    };
    if (found.current || found.passcode || found.confirm) {
      setErrors(found);
      focus(found.current ? `${id}-current` : found.passcode ? `${id}-passcode` : `${id}-confirm`);
      return;
    }
    setErrors(null);
    setBusy(true);
    try {
      await run(passcode, value.passcode);
    } catch (err) {
      setPasscode('');
      setErrors({ current: message(err), passcode: '', confirm: '' });
      focus(`${id}-current`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="lock-step" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p>{intro}</p>
      <PasscodeField
        id={`${id}-current`}
        label={withNew ? 'Your passcode now' : 'Your passcode'}
        value={passcode}
        onInput={setPasscode}
        keyboard={keyboard}
        error={errors?.current}
      />
      {withNew ? (
        <NewPasscode idPrefix={id} value={value} onChange={setValue} keyboard={keyboard} toggleKeyboard={toggleKeyboard} errors={errors} />
      ) : (
        <KeyboardToggle keyboard={keyboard} toggle={toggleKeyboard} />
      )}
      <p role="status" class="saved-status">
        {busy ? busyWords : ''}
      </p>
      <div class="form-actions">
        <button type="submit" class={danger ? 'danger' : undefined} disabled={busy}>
          {action}
        </button>
        <button type="button" class="secondary" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function LockAfter() {
  const minutes = useLock((s) => s.autoLockMinutes);
  const [error, setError] = useState('');
  const choose = (m: number) => {
    setError('');
    setAutoLockMinutes(m).catch((e: unknown) => setError(`Not saved: ${message(e)}`));
  };
  return (
    <fieldset class="fieldset">
      <legend>Lock after</legend>
      <p class="hint" id="lock-after-hint">
        How long the app can be in the background (another app open, or the screen off) before it locks.
      </p>
      {LOCK_AFTER.map((o) => (
        <div class="choice" key={o.minutes}>
          <input
            type="radio"
            id={`lock-after-${o.minutes}`}
            name="lock-after"
            checked={minutes === o.minutes}
            aria-describedby="lock-after-hint"
            onChange={() => choose(o.minutes)}
          />
          <label for={`lock-after-${o.minutes}`}>{o.label}</label>
        </div>
      ))}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function Broken() {
  const broken = useLock((s) => s.broken);
  if (!broken.length) return null;
  return (
    <div class="notice notice--warn" role="alert">
      <p>
        {broken.length === 1 ? 'One record' : `${broken.length} records`} could not be opened: its encrypted part is damaged. The rest of
        your record is fine. If you have a backup from before, it holds a readable copy.
      </p>
      <ul>
        {broken.map((b) => (
          <li key={b}>{b}</li>
        ))}
      </ul>
    </div>
  );
}

export function AppLockSettings() {
  const enabled = useLock((s) => s.enabled);
  const enabling = useEnabling((s) => s.busy || !!s.words || !!s.error);
  const [mode, setMode] = useState<Mode>('idle');
  const [said, setSaid] = useState('');
  const [newWords, setNewWords] = useState('');

  const finish = (words: string) => {
    setMode('idle');
    setNewWords('');
    setSaid(words);
    focus('lock-said');
  };
  const start = (m: Mode) => {
    setSaid('');
    setMode(m);
  };

  return (
    <section aria-labelledby="screen-title" class="app-lock">
      <p>
        <a href="#/settings">Settings</a>
      </p>
      <h1 id="screen-title" tabIndex={-1}>
        App lock
      </h1>
      <p>
        Lock the app with a passcode. When it is locked, nothing of your record shows, and your reflections, notes, sign-offs, certificates
        and anything you are part-way through typing are encrypted on this device. Dates, hours and titles stay readable to the app so that
        it stays quick.
      </p>
      <p class="lock-state" data-testid="lock-state">
        {enabled ? 'App lock is on.' : 'App lock is off.'}
      </p>
      <Broken />
      <p role="status" id="lock-said" tabIndex={-1} class="saved-status">
        {said}
      </p>

      {enabling && <Enabling onDone={finish} />}
      {!enabled && !enabling && mode === 'idle' && (
        <>
          <Warning />
          <div class="form-actions">
            <button type="button" onClick={() => start('enable')}>
              Turn on app lock
            </button>
          </div>
        </>
      )}
      {!enabled && !enabling && mode === 'enable' && <EnableLock onCancel={() => setMode('idle')} />}

      {enabled && !enabling && mode === 'idle' && (
        <>
          <div class="form-actions">
            <button
              type="button"
              onClick={() => {
                // What the user was typing elsewhere is stored before the record is locked.
                void flushAllDrafts().then(lockNow);
              }}
            >
              Lock now
            </button>
          </div>
          <LockAfter />
          <h2>Passcode and recovery key</h2>
          <div class="form-actions lock-buttons">
            <button type="button" class="secondary" onClick={() => start('change')}>
              Change passcode
            </button>
            <button type="button" class="secondary" onClick={() => start('new-key')}>
              New recovery key
            </button>
            <button type="button" class="secondary" onClick={() => start('disable')}>
              Turn off app lock
            </button>
          </div>
        </>
      )}
      {enabled && mode === 'change' && (
        <PasscodeAction
          id="change"
          title="Change passcode"
          intro="Your recovery key stays the same."
          action="Change passcode"
          withNew
          busyWords="Changing your passcode…"
          run={async (old, next) => {
            await changeLockPasscode(old, next);
            rememberKeyboard(next);
            finish('Your passcode is changed.');
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {enabled && mode === 'new-key' && !newWords && (
        <PasscodeAction
          id="new-key"
          title="New recovery key"
          intro="Make a new recovery key if you have lost the old one or someone else may have seen it. The old one will stop working."
          action="Make a new recovery key"
          busyWords="Making a new recovery key…"
          run={async (passcode) => {
            const { recoveryWords } = await newRecoveryKey(passcode);
            setNewWords(recoveryWords);
          }}
          onCancel={() => setMode('idle')}
        />
      )}
      {enabled && mode === 'new-key' && newWords && (
        <RecoveryKeyPanel
          recoveryWords={newWords}
          doneLabel="Finish"
          onDone={() => finish('Your new recovery key is kept. The old one no longer works.')}
        />
      )}
      {enabled && mode === 'disable' && (
        <PasscodeAction
          id="disable"
          title="Turn off app lock"
          intro="Your record will no longer be encrypted on this device, and anyone with the device can open the app."
          action="Turn off app lock"
          danger
          busyWords="Turning off the lock…"
          run={async (passcode) => {
            await disableLock(passcode);
            finish('App lock is off.');
          }}
          onCancel={() => setMode('idle')}
        />
      )}
    </section>
  );
}
