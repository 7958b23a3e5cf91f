import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDate } from '../../domain/dates';
import { currentYearWindow, formatHours, totalHours } from '../../domain/hours';
import type { Progress } from '../../domain/progress';
import { HOME_LIMIT, whenKinds, type Suggestion } from '../../domain/suggestions';
import type { HoursTarget } from '../../domain/yearly-hours';
import type { Framework } from '../../frameworks/types';
import { confirmStep, unconfirmStep, useEngine } from '../../state/suggestions';
import { SuggestionCard } from './SuggestionCard';
import { ProgressBar } from './ProgressBar';
import { SchemesInvite, SchemesSummary } from './SchemesSummary';
import { RemindersButton } from './RemindersButton';
import { BackupReminder } from '../components/BackupReminder';
import './home.css';

const TOP = HOME_LIMIT;

/** Home below its heading: loaded after the first paint (the engine is not in the first-load
 * bundle), then kept live as the record changes. */
export function HomeBody() {
  const engine = useEngine();
  if (engine.status === 'loading') return <p role="status">Working out your suggestions…</p>;
  if (engine.status === 'error') return <p role="alert">{engine.message}</p>;
  const { framework, profile, input, suggestions, today, progress } = engine;
  return (
    <>
      <p class="hint home__from">
        From {framework.shortName}'s framework, {formatDate(today)}.
      </p>
      <SuggestionList suggestions={suggestions} framework={framework} progress={progress} />
      <DueSummary suggestions={suggestions.slice(TOP)} />
      <HoursSummary framework={framework} engine={engine} />
      <SchemesSummary profile={profile} trainings={input.record.trainings} reflections={input.record.reflections ?? []} today={today} />
      <PathwaySummary progress={progress} />
      <BackupReminder />
    </>
  );
}

/** What the last confirmation did, for the message with Undo. */
type Confirmed = { stepKey: string; title: string; undone: boolean } | null;

/** "Confirm: Self-assessment…" reads, once confirmed, "Self-assessment…". */
const stepName = (title: string) => title.replace(/^Confirm:\s*/, '');

function SuggestionList({ suggestions, framework, progress }: { suggestions: Suggestion[]; framework: Framework; progress: Progress }) {
  const [all, setAll] = useState(false);
  const [confirmed, setConfirmed] = useState<Confirmed>(null);
  const [undoError, setUndoError] = useState<string | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const onConfirm = async (s: Suggestion) => {
    const stepKey = s.action.stepKey;
    if (!stepKey) return;
    await confirmStep(stepKey);
    setUndoError(null);
    setConfirmed({ stepKey, title: stepName(s.title), undone: false });
  };
  // The card (and the button that had focus) has gone: focus moves to Undo, beside the message.
  useEffect(() => {
    if (confirmed && !confirmed.undone) undoRef.current?.focus();
  }, [confirmed]);
  const undo = () => {
    if (!confirmed) return;
    unconfirmStep(confirmed.stepKey).then(
      () => setConfirmed({ ...confirmed, undone: true }),
      (e: Error) => setUndoError(e.message),
    );
  };
  const shown = all ? suggestions : suggestions.slice(0, TOP);
  const when = useMemo(() => {
    const kinds = whenKinds(suggestions);
    return new Map(suggestions.map((s, i) => [s.id, kinds[i]]));
  }, [suggestions]);
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">Next steps</h2>
      <div role="status" class="suggestion-status">
        {confirmed && (
          <p class="notice">
            {confirmed.undone ? (
              <>Undone: “{confirmed.title}” is back in your next steps.</>
            ) : (
              <>
                Marked as done: “{confirmed.title}”.{' '}
                <button type="button" class="secondary" ref={undoRef} onClick={undo}>
                  Undo
                </button>
              </>
            )}
          </p>
        )}
      </div>
      {undoError && (
        <p class="error" role="alert">
          {undoError}
        </p>
      )}
      {suggestions.length ? (
        <ol class="suggestions" id="suggestion-list">
          {shown.map((s) => (
            <SuggestionCard key={s.id} s={s} when={when.get(s.id)} framework={framework} onConfirm={onConfirm} />
          ))}
        </ol>
      ) : (
        <p class="card">You are up to date with everything {framework.shortName} sets out for your role. Well done.</p>
      )}
      <div class="suggestions-footer">
        {suggestions.length > TOP && (
          <button type="button" class="secondary" aria-expanded={all} aria-controls="suggestion-list" onClick={() => setAll(!all)}>
            {all ? `Show the top ${TOP} only` : `See all ${suggestions.length} suggestions`}
          </button>
        )}
        {/* Due dates and plans into the phone's calendar; a newer file updates the same events. */}
        <RemindersButton progress={progress} />
      </div>
    </section>
  );
}

/** Overdue and due-soon steps beyond the cards Home shows (those show their own badge); nothing
 * when there are none, so that Home stays short. */
function DueSummary({ suggestions }: { suggestions: Suggestion[] }) {
  const due = suggestions.filter((s) => s.kind === 'overdue' || s.kind === 'due-soon');
  if (!due.length) return null;
  return (
    <section aria-labelledby="due-title" class="card">
      <h2 id="due-title">Also overdue or due soon</h2>
      <ul class="due-list">
        {due.map((s) => (
          <li key={s.id}>
            <span class={`tag tag--${s.kind}`}>{s.kind === 'overdue' ? 'Overdue' : 'Due soon'}</span> {s.title}
            {s.dueDate && (
              <>
                {' '}
                ({s.kind === 'overdue' ? 'was due' : 'due'} {formatDate(s.dueDate)})
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function HoursSummary({ framework, engine }: { framework: Framework; engine: Extract<ReturnType<typeof useEngine>, { status: 'ready' }> }) {
  const { profile, input, today, progress } = engine;
  const targets = progress.hours;
  const yearWindow = useMemo(() => currentYearWindow(profile.yearBasis, today), [profile.yearBasis, today]);
  const all = useMemo(() => totalHours(input.record.trainings, yearWindow), [input, yearWindow]);
  return (
    <section aria-labelledby="hours-title" class="card">
      <h2 id="hours-title">Hours this year</h2>
      <p>
        {formatHours(all.total)} in {yearWindow.label} ({formatHours(all.multiAgency)} multi-agency).
        {!targets.length && <span class="hint"> {framework.shortName} sets no yearly target for you.</span>}
      </p>
      {targets.map((t) => (
        <HoursTargetBar key={t.ruleId} t={t} />
      ))}
      <p>
        <a href="#/hours">Hours by year and month</a>
      </p>
      <SchemesInvite profile={profile} />
    </section>
  );
}

function HoursTargetBar({ t }: { t: HoursTarget }) {
  const max = Math.max(t.idealHours ?? t.minHours, t.done, 1);
  const what = t.counts === 'multi-agency' ? 'multi-agency' : '';
  return (
    <div class="hours-target">
      <p>
        <strong>
          {formatHours(t.done)} {what}
        </strong>{' '}
        of at least {formatHours(t.minHours)}
        {t.idealHours ? `, ideally ${formatHours(t.idealHours)}` : ''}
        {t.planned ? ` (${formatHours(t.planned)} planned)` : ''}.{' '}
        {t.force === 'guidance' ? <span class="hint">Suggested, not a fixed rule.</span> : null}
      </p>
      <ProgressBar
        value={t.done}
        max={max}
        label={`${formatHours(t.done)} of ${formatHours(t.minHours)} minimum`}
        marks={[{ at: t.minHours, label: 'minimum' }, ...(t.idealHours ? [{ at: t.idealHours, label: 'ideal' }] : [])]}
      />
    </div>
  );
}

function PathwaySummary({ progress: { pathway: progress } }: { progress: Progress }) {
  if (!progress) return null;
  const pathway = progress.pathway;
  const next = progress.next.slice(0, 3);
  return (
    <section aria-labelledby="pathway-title" class="card">
      <h2 id="pathway-title">Your pathway: {pathway.roleTitle}</h2>
      <p>
        {progress.done} of {progress.total} done
        {progress.deadline && <>, suggested to finish by {formatDate(progress.deadline)}</>}
        {progress.daysLeft != null && progress.daysLeft < 0 && !progress.complete && <> (past the suggested two years)</>}.
      </p>
      <ProgressBar value={progress.done} max={progress.total} label={`Pathway: ${progress.done} of ${progress.total} items done`} />
      {next.length > 0 && <p>Next: {next.map((n) => n.item.title).join('; ')}.</p>}
      <a href="#/pathway">See the whole pathway</a>
    </section>
  );
}
