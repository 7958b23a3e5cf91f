/** Small accessible form pieces shared by the record forms: labels, hints and errors tied to
 * their inputs (aria-describedby / aria-invalid), (the error summary is the shared components/ErrorSummary). */
import type { ComponentChildren } from 'preact';

export type Errors<K extends string = string> = Partial<Record<K, string>>;

export function describedBy(id: string, hint?: unknown, error?: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function FieldMessages({ id, hint, error }: { id: string; hint?: ComponentChildren; error?: string }) {
  return (
    <>
      {hint && (
        <span id={`${id}-hint`} class="hint rec-hint">
          {hint}
        </span>
      )}
      {error && (
        <span id={`${id}-error`} class="error rec-field-error">
          {error}
        </span>
      )}
    </>
  );
}

/** The reminder under every reflection field (the guide: never record identifying details). */
export function PrivacyReminder({ id }: { id: string }) {
  return (
    <span id={id} class="hint rec-privacy">
      Do not write a child’s or family’s name, address, date of birth or anything else that could identify them.
    </span>
  );
}

/** Shown while what the user typed could not be stored (storage full): it is kept in memory and
 * saved as soon as it can be. */
export function UnsavedDraftWarning({ unsaved }: { unsaved: boolean }) {
  if (!unsaved) return null;
  return (
    <p class="error" role="alert">
      Not saved on this device yet: its storage is full. What you typed is kept while this page stays open, and saved as soon as there is
      room. Free some space (or save this form) before closing the app.
    </p>
  );
}

/** Shown when a form opens with a draft restored; "Start again" drops the draft. */
export function RestoredNotice({ onStartAgain }: { onStartAgain: () => void | Promise<void> }) {
  return (
    <div class="rec-notice" role="status">
      <p>What you typed before has been restored.</p>
      <button type="button" class="secondary" onClick={() => void onStartAgain()}>
        Start again
      </button>
    </div>
  );
}
