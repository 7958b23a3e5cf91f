/**
 * The recovery key, shown once: 12 words to print, save as a file or copy, and a tick that the
 * user has kept them before they can go on.
 */
import { useState } from 'preact/hooks';
import { saveBlob } from '../download';
import { formatDate, localToday } from '../../domain/dates';

export const PRINT_CLASS = 'print-recovery-key';

function recoveryFileText(words: string[]): string {
  return [
    'Safeguarding Passport: your recovery key',
    '',
    'These 12 words open your record if you forget the passcode of the app lock.',
    'Keep them private and somewhere safe, away from the device the app is on.',
    '',
    ...words.map((w, i) => `${i + 1}. ${w}`),
    '',
    `Made on ${formatDate(localToday())}. A newer recovery key, if you make one, replaces this one.`,
    '',
  ].join('\n');
}

export function RecoveryKeyPanel({ recoveryWords, doneLabel, onDone }: { recoveryWords: string; doneLabel: string; onDone: () => void }) {
  const words = recoveryWords.trim().split(/\s+/);
  const [kept, setKept] = useState(false);
  const [error, setError] = useState('');
  const [said, setSaid] = useState('');

  const print = () => {
    document.documentElement.classList.add(PRINT_CLASS);
    try {
      window.print();
    } finally {
      document.documentElement.classList.remove(PRINT_CLASS);
    }
  };
  const save = () => {
    saveBlob(new Blob([recoveryFileText(words)], { type: 'text/plain;charset=utf-8' }), 'safeguarding-passport-recovery-key.txt');
    setSaid('The file is saved to your downloads. Move it somewhere safe, away from this device, such as a USB stick.');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(words.join(' '));
      setSaid('The 12 words are copied. Paste them into a password manager or a note kept somewhere safe.');
    } catch {
      setSaid('This browser did not let the app copy the words. Write them down, print them or save them as a file.');
    }
  };
  const done = () => {
    if (!kept) {
      setError('Tick "I have kept my recovery key" once you have printed, saved or written down the 12 words.');
      document.getElementById('recovery-kept')?.focus();
      return;
    }
    onDone();
  };

  return (
    <section class="recovery-key" aria-labelledby="recovery-title">
      <h2 id="recovery-title">Your recovery key</h2>
      <p>
        If you forget your passcode, these 12 words open your record. <strong>They are shown only now</strong>: keep them before you go on.
      </p>
      <p class="notice notice--warn" id="recovery-warning">
        <strong>Without your passcode and without these words, nobody can open your record:</strong> not you, and not the makers of this
        app. Keep the words away from this device: print them, save them on another device, or write them down.
      </p>
      <ol class="recovery-words" aria-label="The 12 words of your recovery key, in order">
        {words.map((w, i) => (
          <li key={i}>{w}</li>
        ))}
      </ol>
      <div class="form-actions recovery-actions">
        <button type="button" class="secondary" onClick={print}>
          Print
        </button>
        <button type="button" class="secondary" onClick={save}>
          Save as a file
        </button>
        <button type="button" class="secondary" onClick={() => void copy()}>
          Copy the words
        </button>
      </div>
      <p role="status" class="saved-status">
        {said}
      </p>
      {error && (
        <p class="field-error" id="recovery-kept-error">
          {error}
        </p>
      )}
      <div class="choice">
        <input
          type="checkbox"
          id="recovery-kept"
          checked={kept}
          aria-describedby={error ? 'recovery-kept-error' : undefined}
          aria-invalid={error && !kept ? true : undefined}
          onChange={(e) => {
            setKept(e.currentTarget.checked);
            if (e.currentTarget.checked) setError('');
          }}
        />
        <label for="recovery-kept">I have kept my recovery key</label>
      </div>
      <div class="form-actions">
        <button type="button" onClick={done}>
          {doneLabel}
        </button>
      </div>
    </section>
  );
}
