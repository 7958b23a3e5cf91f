import { useState } from 'preact/hooks';
import { formatDate } from '../../domain/dates';
import { citationSource, type Suggestion, type SuggestionKind } from '../../domain/suggestions';
import { FORCE_BADGE } from '../../frameworks/describe';
import type { Framework } from '../../frameworks/types';
import { actionHref, actionLabel, shortReason, WHEN_LABEL } from './actions';

/**
 * One suggestion, compact and calm: a badge for when and one for its force, the title, a
 * one-line reason and one action; the full reason, what must come first and the source behind
 * "Why?" (a button with aria-expanded). At most 160 px tall at 360 px (test/e2e/cards.e2e.ts).
 * The title shows two lines on the closed card; opening "Why?" shows it in full in its place
 * (never a second copy of it, which at desktop width would only repeat what is on screen).
 */
export function SuggestionCard({
  s,
  when = s.kind,
  framework,
  onConfirm,
}: {
  s: Suggestion;
  /** The "when" badge, from the whole list (whenKinds): an earlier step of a "next" reads "Next". */
  when?: SuggestionKind;
  framework: Framework;
  /** Confirms a step only the user can confirm (the list says what happened, with Undo). */
  onConfirm: (s: Suggestion) => Promise<void>;
}) {
  const [why, setWhy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const href = actionHref(s.action);
  const key = s.id.replace(/[^A-Za-z0-9_-]/g, '_');
  const titleId = `sg-${key}`;
  const whyId = `sg-why-${key}`;
  return (
    <li class={`suggestion suggestion--${when}${why ? ' suggestion--open' : ''}`} aria-labelledby={titleId}>
      <p class="suggestion__tags">
        <span class={`tag tag--${when}`}>{WHEN_LABEL[when]}</span>
        <span class={`tag tag--force-${s.force}`}>{FORCE_BADGE[s.force]}</span>
      </p>
      <h3 id={titleId} class="suggestion__title">
        {s.title}
      </h3>
      <p class="suggestion__reason">{shortReason(s)}</p>
      <div class="suggestion__actions">
        {href ? (
          <a class="button" href={href}>
            {actionLabel(s)}
            <span class="visually-hidden">: {s.title}</span>
          </a>
        ) : (
          <button
            type="button"
            disabled={busy}
            onClick={() => {
              setError(null);
              setBusy(true);
              onConfirm(s).catch((e: Error) => {
                setBusy(false);
                setError(e.message);
              });
            }}
          >
            {actionLabel(s)}
            <span class="visually-hidden">: {s.title}</span>
          </button>
        )}
        <button
          type="button"
          class="secondary suggestion__why-button"
          aria-expanded={why}
          aria-controls={whyId}
          onClick={() => setWhy(!why)}
        >
          Why?<span class="visually-hidden"> {s.title}</span>
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <div id={whyId} class="suggestion__why" hidden={!why}>
        <p>{s.reason}</p>
        {s.dueDate && !s.reason.includes(formatDate(s.dueDate)) && (
          <p>
            {s.kind === 'overdue' ? 'Was due' : 'Due'} {formatDate(s.dueDate)}.
          </p>
        )}
        {s.blockedBy && (
          <p>
            <strong>First:</strong> {s.blockedBy.join('; ')}
          </p>
        )}
        <p class="suggestion__source">
          {s.cite ? <>Source: {citationSource(s.cite, framework)}.</> : <>From the app's own housekeeping, not a framework rule.</>}
        </p>
      </div>
    </li>
  );
}
