import { useMemo, useState } from 'preact/hooks';
import { formatDate } from '../../domain/dates';
import { currentYearWindow, formatHours, totalHours } from '../../domain/hours';
import type { Progress } from '../../domain/progress';
import { HOME_LIMIT, type Suggestion } from '../../domain/suggestions';
import type { HoursTarget } from '../../domain/yearly-hours';
import type { Framework } from '../../frameworks/types';
import { useEngine } from '../../state/suggestions';
import { SuggestionCard } from './SuggestionCard';
import { ProgressBar } from './ProgressBar';
import { SchemesSummary } from './SchemesSummary';
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
      <p class="hint">
        From {framework.partnership}, {framework.title}, for your role, and your record as of {formatDate(today)}.
      </p>
      <SuggestionList suggestions={suggestions} framework={framework} />
      <DueSummary suggestions={suggestions} />
      <HoursSummary framework={framework} engine={engine} />
      <SchemesSummary profile={profile} trainings={input.record.trainings} reflections={input.record.reflections ?? []} today={today} />
      <PathwaySummary progress={progress} />
      <BackupReminder />
      <section aria-labelledby="reminders-title" class="card">
        <h2 id="reminders-title">Reminders</h2>
        <p>Add your due dates and planned courses to your phone's calendar. Importing a newer file updates the same events.</p>
        <RemindersButton progress={progress} />
      </section>
    </>
  );
}

function SuggestionList({ suggestions, framework }: { suggestions: Suggestion[]; framework: Framework }) {
  const [all, setAll] = useState(false);
  if (!suggestions.length)
    return (
      <section aria-labelledby="next-title">
        <h2 id="next-title">Next steps</h2>
        <p class="card">You are up to date with everything {framework.shortName} sets out for your role. Well done.</p>
      </section>
    );
  const shown = all ? suggestions : suggestions.slice(0, TOP);
  return (
    <section aria-labelledby="next-title">
      <h2 id="next-title">Next steps</h2>
      <ol class="suggestions" id="suggestion-list">
        {shown.map((s) => (
          <SuggestionCard key={s.id} s={s} framework={framework} />
        ))}
      </ol>
      {suggestions.length > TOP && (
        <button type="button" class="secondary" aria-expanded={all} aria-controls="suggestion-list" onClick={() => setAll(!all)}>
          {all ? `Show the top ${TOP} only` : `See all ${suggestions.length} suggestions`}
        </button>
      )}
    </section>
  );
}

function DueSummary({ suggestions }: { suggestions: Suggestion[] }) {
  const due = suggestions.filter((s) => s.kind === 'overdue' || s.kind === 'due-soon');
  return (
    <section aria-labelledby="due-title" class="card">
      <h2 id="due-title">Overdue and due soon</h2>
      {due.length ? (
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
      ) : (
        <p>Nothing is overdue or due in the next 90 days.</p>
      )}
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
        {formatHours(all.total)} of training in {yearWindow.label}, {formatHours(all.multiAgency)} of it multi-agency.
      </p>
      {targets.map((t) => (
        <HoursTargetBar key={t.ruleId} t={t} />
      ))}
      {!targets.length && <p class="hint">{framework.shortName} sets no yearly hours for your role.</p>}
      <a href="#/hours">Hours by year and month</a>
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
