import { useEffect, useRef } from 'preact/hooks';

/**
 * The list of a form's problems, shown above the form after a failed submit and focused so a
 * screen reader announces it. Links move focus to the field (not the URL hash, which routes).
 */
export function ErrorSummary({ errors, fieldIds, attempt }: {
  errors: Record<string, string | undefined>;
  /** Error key -> the id of the field to focus. */
  fieldIds: Record<string, string>;
  /** Increases on every submit, so the summary takes focus again. */
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter((e): e is [string, string] => !!e[1]);
  useEffect(() => {
    if (entries.length > 0) ref.current?.focus();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [attempt]);
  if (entries.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">There is a problem</h2>
      <ul>
        {entries.map(([key, message]) => (
          <li key={key}>
            <a
              href={`#${fieldIds[key] ?? ''}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(fieldIds[key] ?? '')?.focus();
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
