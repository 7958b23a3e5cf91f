import { useEffect, useRef } from 'preact/hooks';

/**
 * The list of a form's problems, shown above the form after a failed submit and focused so a
 * screen reader announces it. Links move focus to the field (not the URL hash, which routes).
 */
export function ErrorSummary({
  errors,
  fieldIds,
  labels,
  attempt,
}: {
  errors: Partial<Record<string, string | undefined>>;
  /** Error key -> the id of the field to focus; by default `field-<key>`. */
  fieldIds?: Record<string, string>;
  /** Error key -> the field's label, shown before its message. */
  labels?: Record<string, string>;
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
  const idOf = (key: string) => fieldIds?.[key] ?? `field-${key}`;
  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{entries.length === 1 ? 'There is a problem' : `There are ${entries.length} problems`}</h2>
      <ul>
        {entries.map(([key, message]) => (
          <li key={key}>
            <a
              href={`#${idOf(key)}`}
              onClick={(e) => {
                e.preventDefault();
                document.getElementById(idOf(key))?.focus();
              }}
            >
              {labels?.[key] ? `${labels[key]}: ` : ''}
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
