/**
 * A new passphrase, typed twice, with a strength meter (zxcvbn-ts, loaded when these fields first
 * appear) and the warning that a forgotten passphrase cannot be recovered.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { passphraseStrength, preloadStrengthChecker, type PassphraseStrength } from '../../backup/passphrase';

export interface NewPassphraseValue {
  passphrase: string;
  confirm: string;
}

/** Why this passphrase cannot be used yet, or '' when it can. */
export function passphraseProblem(value: NewPassphraseValue, strength: PassphraseStrength | null): string {
  if (!value.passphrase) return 'Enter a passphrase to protect the backup with.';
  if (strength && !strength.acceptable)
    return 'Choose a stronger passphrase: three or four random words are easy to remember and hard to guess.';
  if (value.confirm !== value.passphrase) return 'The two passphrases are not the same. Type it again.';
  return '';
}

export function NewPassphrase({
  idPrefix,
  value,
  onChange,
  onStrength,
  userInputs,
  error,
}: {
  idPrefix: string;
  value: NewPassphraseValue;
  onChange: (value: NewPassphraseValue) => void;
  onStrength: (strength: PassphraseStrength | null) => void;
  userInputs: string[];
  error: string;
}) {
  const [strength, setStrength] = useState<PassphraseStrength | null>(null);
  useEffect(preloadStrengthChecker, []);
  // The latest callback without re-measuring when only the parent re-rendered.
  const report = useRef(onStrength);
  report.current = onStrength;
  const words = userInputs.join('\n');
  useEffect(() => {
    let current = true;
    if (!value.passphrase) {
      setStrength(null);
      report.current(null);
      return;
    }
    passphraseStrength(value.passphrase, words ? words.split('\n') : []).then(
      (s) => {
        if (!current) return;
        setStrength(s);
        report.current(s);
      },
      () => {
        // The checker could not load (offline before it was ever cached): the passphrase is
        // still accepted, without a measure.
        if (current) report.current(null);
      },
    );
    return () => {
      current = false;
    };
  }, [value.passphrase, words]);

  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    <div class="passphrase">
      <p class="notice notice--warn" id={id('warning')}>
        If you forget this passphrase, nobody can open the backup: not you, and not the makers of this app. Write it down and keep it
        somewhere safe, away from the backup file.
      </p>
      <label for={id('passphrase')}>Passphrase</label>
      <p class="hint" id={id('hint')}>
        Three or four random words are easy to remember and hard to guess. Capital letters, spaces and punctuation count.
      </p>
      <input
        id={id('passphrase')}
        type="password"
        autoComplete="new-password"
        spellcheck={false}
        aria-describedby={`${id('hint')} ${id('strength')} ${id('warning')}`}
        aria-invalid={error ? true : undefined}
        value={value.passphrase}
        onInput={(e) => onChange({ ...value, passphrase: e.currentTarget.value })}
      />
      <div class="strength" id={id('strength')} aria-live="polite">
        {strength && (
          <>
            <meter min={0} max={4} low={2} high={3} optimum={4} value={strength.score} aria-hidden="true" />
            <span>
              Strength: <strong>{strength.label}</strong>
              {strength.advice ? `. ${strength.advice}` : '.'}
            </span>
          </>
        )}
      </div>
      <label for={id('confirm')}>Type the passphrase again</label>
      <input
        id={id('confirm')}
        type="password"
        autoComplete="new-password"
        spellcheck={false}
        value={value.confirm}
        onInput={(e) => onChange({ ...value, confirm: e.currentTarget.value })}
      />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
