/** Small accessible form pieces shared by the record forms: labels, hints and errors tied to
 * their inputs (aria-describedby / aria-invalid), and an error summary that takes focus. */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

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

/** Lists the form's errors at the top, with links to the fields; focused when it appears so that
 * a screen reader announces it (role=alert as well, for good measure). */
export function ErrorSummary({ errors, labels, attempt }: { errors: Errors; labels: Record<string, string>; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, v]) => v);
  useEffect(() => {
    if (entries.length) ref.current?.focus();
    // Focus again on every failed attempt, not only the first.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (!entries.length) return null;
  return (
    <div class="rec-error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{entries.length === 1 ? 'There is a problem' : `There are ${entries.length} problems`}</h2>
      <ul>
        {entries.map(([k, msg]) => (
          <li key={k}>
            <a
              href={`#field-${k}`}
              onClick={(e) => {
                e.preventDefault(); // the hash is the router's: focus the field instead
                document.getElementById(`field-${k}`)?.focus();
              }}
            >
              {labels[k] ? `${labels[k]}: ` : ''}
              {msg}
            </a>
          </li>
        ))}
      </ul>
    </div>
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
