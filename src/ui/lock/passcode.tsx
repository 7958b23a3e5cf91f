/**
 * Passcode fields: one passcode (unlocking, confirming an action) and a new passcode typed twice.
 * A passcode is 6 or more digits or a passphrase (src/lock/keys.ts says which is acceptable), so
 * the field opens the number keypad (inputmode) unless the user chose letters; that choice is kept
 * on this device (it says only which keyboard to open, nothing of the passcode).
 */
import { useState } from 'preact/hooks';
import { passcodeProblem } from '../../lock/keys';

export type Keyboard = 'numeric' | 'text';
const KEYBOARD_KEY = 'safeguarding-passport:lock-keyboard';

export function savedKeyboard(): Keyboard {
  try {
    return localStorage.getItem(KEYBOARD_KEY) === 'text' ? 'text' : 'numeric';
  } catch {
    return 'numeric';
  }
}

/** Remembers which keyboard the passcode needs, from the passcode just set. */
export function rememberKeyboard(passcode: string): void {
  try {
    localStorage.setItem(KEYBOARD_KEY, /^\d+$/.test(passcode) ? 'numeric' : 'text');
  } catch {
    // Private windows may refuse storage: the toggle still works.
  }
}

export function useKeyboard(): [Keyboard, () => void] {
  const [keyboard, setKeyboard] = useState<Keyboard>(savedKeyboard);
  return [keyboard, () => setKeyboard((k) => (k === 'numeric' ? 'text' : 'numeric'))];
}

export function KeyboardToggle({ keyboard, toggle }: { keyboard: Keyboard; toggle: () => void }) {
  return (
    <button type="button" class="secondary lock-keyboard" onClick={toggle}>
      {keyboard === 'numeric' ? 'My passcode has letters: use the full keyboard' : 'My passcode is numbers: use the number keypad'}
    </button>
  );
}

export function PasscodeField({
  id,
  label,
  value,
  onInput,
  keyboard,
  newPasscode = false,
  error = '',
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  keyboard: Keyboard;
  newPasscode?: boolean;
  error?: string;
  hint?: string;
}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field-error" id={`${id}-error`}>
          {error}
        </p>
      )}
      <input
        id={id}
        type="password"
        inputMode={keyboard}
        pattern={keyboard === 'numeric' ? '[0-9]*' : undefined}
        autoComplete={newPasscode ? 'new-password' : 'current-password'}
        autoCapitalize="none"
        spellcheck={false}
        aria-describedby={described || undefined}
        aria-invalid={error ? true : undefined}
        value={value}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
    </div>
  );
}

export interface NewPasscodeValue {
  passcode: string;
  confirm: string;
}

/** Why this new passcode cannot be used, field by field ('' when it can). */
export function newPasscodeErrors(v: NewPasscodeValue): { passcode: string; confirm: string } {
  const passcode = v.passcode
    ? passcodeProblem(v.passcode)
    : 'Choose a passcode: at least 6 digits, or a passphrase of at least 8 characters.';
  const confirm = passcode ? '' : v.confirm !== v.passcode ? 'The two passcodes are not the same. Type it again.' : '';
  return { passcode, confirm };
}

export function NewPasscode({
  idPrefix,
  value,
  onChange,
  keyboard,
  toggleKeyboard,
  errors,
  label = 'New passcode',
}: {
  idPrefix: string;
  value: NewPasscodeValue;
  onChange: (v: NewPasscodeValue) => void;
  keyboard: Keyboard;
  toggleKeyboard: () => void;
  errors: { passcode: string; confirm: string } | null;
  label?: string;
}) {
  return (
    <div class="new-passcode">
      <PasscodeField
        id={`${idPrefix}-passcode`}
        label={label}
        hint="At least 6 digits, or a passphrase of at least 8 characters. Not your phone's unlock code, nor one you use anywhere else."
        value={value.passcode}
        onInput={(passcode) => onChange({ ...value, passcode })}
        keyboard={keyboard}
        newPasscode
        error={errors?.passcode}
      />
      <KeyboardToggle keyboard={keyboard} toggle={toggleKeyboard} />
      <PasscodeField
        id={`${idPrefix}-confirm`}
        label="Type it again"
        value={value.confirm}
        onInput={(confirm) => onChange({ ...value, confirm })}
        keyboard={keyboard}
        newPasscode
        error={errors?.confirm}
      />
    </div>
  );
}
