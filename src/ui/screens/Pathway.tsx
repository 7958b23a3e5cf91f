import { useMemo, useState } from 'preact/hooks';
import { formatDate } from '../../domain/dates';
import { pathwaysFor, type PathwayItemProgress } from '../../domain/pathway';
import type { LevelProgress, Progress } from '../../domain/progress';
import { ITEM_STATUS_WORDS, LEVEL_STATUS_WORDS } from '../../domain/status-words';
import type { Profile } from '../../domain/types';
import { describeCitation } from '../../frameworks/describe';
import type { Framework, Pathway } from '../../frameworks/types';
import { endEnrolment, enrolInPathway } from '../../state/enrolments';
import { useEngine } from '../../state/suggestions';
import { ProgressBar } from '../home/ProgressBar';
import '../home/home.css';

/** Titles that differ only in punctuation or case ("Court skills – Level 2") are the same. */
const sameTitle = (a: string, b: string) => a.toLowerCase().replace(/[^a-z0-9]/g, '') === b.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The user's pathway (frameworks with pathways) or level ladder (the others). */
export function PathwayScreen() {
  const engine = useEngine();
  if (engine.status !== 'ready')
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title" tabIndex={-1}>
          Pathway
        </h1>
        <p role={engine.status === 'error' ? 'alert' : 'status'}>{engine.status === 'error' ? engine.message : 'Loading…'}</p>
      </section>
    );
  const { framework, profile, today, progress } = engine;
  if (framework.pathways.length) {
    const pathway = progress.pathway;
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title" tabIndex={-1}>
          Your pathway
        </h1>
        {pathway?.enrolment ? (
          <PathwayView progress={pathway} today={today} framework={framework} profile={profile} />
        ) : (
          <ChoosePathway framework={framework} profile={profile} today={today} />
        )}
      </section>
    );
  }
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        Your levels
      </h1>
      <Ladder steps={progress.levels} framework={framework} />
    </section>
  );
}

function ChoosePathway({
  framework,
  profile,
  today,
  onDone,
}: {
  framework: Framework;
  profile: Profile;
  today: string;
  onDone?: () => void;
}) {
  const options = useMemo(() => pathwaysFor(framework, profile), [framework, profile]);
  const [pathwayId, setPathwayId] = useState(options[0]?.id ?? '');
  const [start, setStart] = useState(today);
  const [error, setError] = useState<string | null>(null);
  const chosen = options.find((p) => p.id === pathwayId);
  const groupTitle = (p: Pathway) => framework.groups.find((g) => g.id === p.groupId)?.title ?? p.groupId;
  return (
    <form
      class="card"
      onSubmit={(e) => {
        e.preventDefault();
        if (!chosen) return;
        if (!/^\d{4}-\d{2}-\d{2}$/.test(start)) return setError('Enter the date you started, for example 27/11/2026.');
        enrolInPathway(framework.id, chosen.id, start).then(onDone, (err: Error) => setError(err.message));
      }}
    >
      <h2>Choose a pathway</h2>
      <p>
        {framework.shortName} gives sample pathways by role, each to complete over two years from when you start, beginning with your
        group's introductory training (or an equivalent). Pick the one closest to your role.
      </p>
      <label for="pathway-choice">Pathway</label>
      <select id="pathway-choice" value={pathwayId} onChange={(e) => setPathwayId((e.target as HTMLSelectElement).value)}>
        {options.map((p) => (
          <option key={p.id} value={p.id}>
            {p.roleTitle} ({groupTitle(p)}){p.groupId === profile.groupId ? ' - your group' : ''}
          </option>
        ))}
      </select>
      {chosen && (
        <p class="hint">
          {chosen.items.length} items: {chosen.items.map((i) => i.title).join('; ')}.
        </p>
      )}
      <label for="pathway-start">Start date</label>
      <input
        id="pathway-start"
        type="date"
        value={start}
        max="9999-12-31"
        onInput={(e) => setStart((e.target as HTMLInputElement).value)}
      />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <p>
        <button type="submit">Start this pathway</button>
      </p>
    </form>
  );
}

function PathwayView({
  progress,
  today,
  framework,
  profile,
}: {
  progress: NonNullable<Progress['pathway']>;
  today: string;
  framework: Framework;
  profile: Profile;
}) {
  const [changing, setChanging] = useState(false);
  const { pathway } = progress;
  const enrolment = progress.enrolment!;
  return (
    <>
      <div class="card">
        <h2>{pathway.roleTitle}</h2>
        <p>
          Started {formatDate(enrolment.startDate)}; suggested to finish by {formatDate(progress.deadline)}.{' '}
          <strong>
            {progress.done} of {progress.total} done.
          </strong>
          {progress.complete && (
            <>
              {' '}
              Pathway complete.
              {framework.rules.some((r) => r.kind === 'after-pathway') && (
                <>
                  {' '}
                  {framework.shortName} follows it with all relevant CORE and SPECIALIST courses: <a href="#/courses">Courses for you</a>.
                </>
              )}
            </>
          )}
          {!progress.complete && progress.daysLeft != null && progress.daysLeft < 0 && ' You are past the suggested two years.'}
        </p>
        <ProgressBar value={progress.done} max={progress.total} label={`${progress.done} of ${progress.total} items done`} />
        <p class="hint">Source: {describeCitation(pathway.cite, framework)}. The pathway's courses are recommended priorities.</p>
      </div>
      <ol class="pathway-items">
        {progress.items.map((p) => (
          <PathwayItemRow key={p.item.id} p={p} pathway={pathway} />
        ))}
      </ol>
      {changing ? (
        <ChoosePathway framework={framework} profile={profile} today={today} onDone={() => setChanging(false)} />
      ) : (
        <p>
          <button type="button" class="secondary" onClick={() => setChanging(true)}>
            Change pathway
          </button>{' '}
          <button type="button" class="secondary" onClick={() => void endEnrolment(enrolment.id, today)}>
            Stop following this pathway
          </button>
        </p>
      )}
    </>
  );
}

function PathwayItemRow({ p, pathway }: { p: PathwayItemProgress; pathway: Pathway }) {
  const q = `pathway=${encodeURIComponent(pathway.id)}&pathwayItem=${encodeURIComponent(p.item.id)}`;
  return (
    <li>
      <p class="suggestion__tags">
        <span class={`status status--${p.status}`}>{ITEM_STATUS_WORDS[p.status]}</span>
        {p.item.introductory && <span class="tag">Starts the pathway</span>}
      </p>
      <h3>{p.course?.title ?? p.item.title}</h3>
      {p.course && !sameTitle(p.course.title, p.item.title) && <p class="hint">The pathway says: {p.item.title}</p>}
      {!p.item.courseId && <p class="hint">No catalogue course: log equivalent training and link it to this item.</p>}
      {p.item.note && <p class="hint">{p.item.note}</p>}
      {p.evidence.length > 0 && (
        <p>
          Evidence:{' '}
          {p.evidence.map((t, i) => (
            <span key={t.id}>
              {i > 0 && ', '}
              <a href={`#/record/training/${encodeURIComponent(t.id)}`}>
                {t.title} ({formatDate(t.endDate)})
              </a>
            </span>
          ))}
        </p>
      )}
      {p.plan && (
        <p>
          Planned: <a href={`#/record/plan/${encodeURIComponent(p.plan.id)}`}>{formatDate(p.plan.plannedDate)}</a>
        </p>
      )}
      {p.status === 'to-do' && (
        <p>
          {p.item.courseId ? (
            <a class="button" href={`#/record/plan/new?course=${encodeURIComponent(p.item.courseId)}&${q}`}>
              Plan it<span class="visually-hidden">: {p.item.title}</span>
            </a>
          ) : null}{' '}
          <a
            class={`button${p.item.courseId ? ' secondary' : ''}`}
            href={`#/record/training/new?${p.item.courseId ? `course=${encodeURIComponent(p.item.courseId)}&` : ''}${q}`}
          >
            Log it as done<span class="visually-hidden">: {p.item.title}</span>
          </a>
        </p>
      )}
    </li>
  );
}

function Ladder({ steps, framework }: { steps: readonly LevelProgress[]; framework: Framework }) {
  if (!steps.length) return <p class="card">{framework.shortName} sets out no levels; your suggestions come from its courses and rules.</p>;
  return (
    <>
      <p>
        {framework.shortName}'s levels in order. Your group's level is marked; lower levels may have been covered by your induction or
        earlier training.
      </p>
      <ol class="ladder">
        {steps.map((s) => (
          <li key={s.level.id} aria-current={s.target ? 'step' : undefined}>
            <p class="suggestion__tags">
              <span class={`status status--${s.status}`}>{LEVEL_STATUS_WORDS[s.status]}</span>
              {s.target && <span class="tag">Your level</span>}
            </p>
            <h3>{s.level.title}</h3>
            {s.level.equivalence && <p class="hint">{s.level.equivalence}</p>}
            {s.lastDone && (
              <p>
                Last done {formatDate(s.lastDone)}
                {s.dueDate && <>; refresh by {formatDate(s.dueDate)}</>}.
              </p>
            )}
            {s.evidence.length > 0 && (
              <p>
                Evidence:{' '}
                {s.evidence.slice(0, 3).map((t, i) => (
                  <span key={t.id}>
                    {i > 0 && ', '}
                    <a href={`#/record/training/${encodeURIComponent(t.id)}`}>
                      {t.title} ({formatDate(t.endDate)})
                    </a>
                  </span>
                ))}
                {s.evidence.length > 3 && ` and ${s.evidence.length - 3} more`}
              </p>
            )}
            {s.plan && (
              <p>
                Planned: <a href={`#/record/plan/${encodeURIComponent(s.plan.id)}`}>{formatDate(s.plan.plannedDate)}</a>
              </p>
            )}
            {s.before.length > 0 && <p class="hint">Before this: {s.before.join('; ')}.</p>}
            {(s.status === 'to-do' || s.status === 'overdue' || s.status === 'due-soon') && s.target && (
              <p>
                <a class="button" href={`#/record/plan/new?level=${encodeURIComponent(s.level.id)}`}>
                  Plan it<span class="visually-hidden">: {s.level.title}</span>
                </a>{' '}
                <a class="button secondary" href={`#/record/training/new?level=${encodeURIComponent(s.level.id)}`}>
                  Log training<span class="visually-hidden">: {s.level.title}</span>
                </a>
              </p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
