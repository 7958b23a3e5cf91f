import { useState } from 'preact/hooks';
import { formatDate } from '../../domain/dates';
import { citationSource, FORCE_LABEL, type Suggestion } from '../../domain/suggestions';
import type { Framework } from '../../frameworks/types';
import { confirmStep } from '../../state/suggestions';
import { actionHref, actionLabel, KIND_LABEL } from './actions';

/** One suggestion: what, why, from where, and its one-tap action. */
export function SuggestionCard({ s, framework }: { s: Suggestion; framework: Framework }) {
  const [error, setError] = useState<string | null>(null);
  const href = actionHref(s.action);
  const titleId = `sg-${s.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    <li class={`suggestion suggestion--${s.kind}`} aria-labelledby={titleId}>
      <p class="suggestion__tags">
        <span class={`tag tag--${s.kind}`}>{KIND_LABEL[s.kind]}</span>
        <span class={`tag tag--force-${s.force}`}>{FORCE_LABEL[s.force]}</span>
        {s.dueDate && (
          <span class="suggestion__due">
            {s.kind === 'overdue' ? 'Was due' : 'Due'} {formatDate(s.dueDate)}
          </span>
        )}
      </p>
      <h3 id={titleId} class="suggestion__title">
        {s.title}
      </h3>
      <p class="suggestion__reason">{s.reason}</p>
      {s.blockedBy && (
        <p class="suggestion__blocked">
          <strong>First:</strong> {s.blockedBy.join('; ')}
        </p>
      )}
      <p class="suggestion__source">
        {s.cite?.scheme ? (
          <>Source: {citationSource(s.cite, framework)}.</>
        ) : s.cite ? (
          <>
            Source: {framework.shortName}, {s.cite.section} <span class="hint">({s.cite.file})</span>
          </>
        ) : (
          <>From the app's own housekeeping, not a framework rule.</>
        )}
      </p>
      {href ? (
        <a class="button" href={href}>
          {actionLabel(s)}
          <span class="visually-hidden">: {s.title}</span>
        </a>
      ) : (
        <button
          type="button"
          onClick={() => {
            setError(null);
            if (s.action.stepKey) confirmStep(s.action.stepKey).catch((e: Error) => setError(e.message));
          }}
        >
          {actionLabel(s)}
          <span class="visually-hidden">: {s.title}</span>
        </button>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
