import { useMemo } from 'preact/hooks';
import { SCHEMES, type Scheme } from '../../frameworks/schemes';
import { schemeProgress, type RequirementProgress, type SchemeProgress } from '../../domain/schemes';
import { formatDate, localToday } from '../../domain/dates';
import { formatHours } from '../../domain/hours';
import type { SchemeEnrolment } from '../../domain/types';
import { missingEvidence } from '../../domain/engine/schemes';
import type { SuggestionAction } from '../../domain/suggestion-types';
import { actionHref, formActionLabel } from '../home/actions';
import './schemes.css';
import { useTrainingsAndReflections } from '../../state/live';
import { useProfileStore } from '../../state/profile';

/** Before the first read: the same empty list every render, so that memos keep their value. */
const NONE: never[] = [];

/**
 * Professional CPD schemes ('#/schemes'): choose the schemes you answer to, set their dates,
 * and see what your one record already counts for in each.
 */
export function SchemesScreen() {
  const profile = useProfileStore((s) => s.profile)!;
  const save = useProfileStore((s) => s.save);
  const record = useTrainingsAndReflections();
  const trainings = record?.trainings ?? NONE;
  const reflections = record?.reflections ?? NONE;
  const today = localToday();

  const followed = profile.schemes;
  const progress = useMemo(
    () =>
      followed
        .map((e) => SCHEMES.find((s) => s.id === e.schemeId))
        .filter((s): s is Scheme => !!s)
        .map((s) => ({ scheme: s, progress: schemeProgress(s, profile, trainings, reflections, today) })),
    [followed, profile, trainings, reflections, today],
  );

  const updateSchemes = (schemes: SchemeEnrolment[]) => {
    const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = profile;
    void save({ ...rest, schemes });
  };
  const toggle = (id: string, on: boolean) =>
    updateSchemes(on ? [...followed, { schemeId: id, renewalDate: null, options: {} }] : followed.filter((s) => s.schemeId !== id));
  const patch = (id: string, p: Partial<SchemeEnrolment>) =>
    updateSchemes(followed.map((s) => (s.schemeId === id ? { ...s, ...p, options: { ...s.options, ...p.options } } : s)));

  return (
    <section aria-labelledby="screen-title" class="schemes">
      <h1 id="screen-title" tabIndex={-1}>
        Professional schemes
      </h1>
      <p class="hint">
        One entry in your record counts for every scheme that accepts it: you never log the same training twice. Schemes are followed beside
        your partnership framework.
      </p>
      <fieldset class="card">
        <legend>Schemes I follow</legend>
        {SCHEMES.map((s) => {
          const on = followed.some((f) => f.schemeId === s.id);
          return (
            <div key={s.id} class="check-row">
              <input type="checkbox" id={`scheme-${s.id}`} checked={on} onChange={(e) => toggle(s.id, e.currentTarget.checked)} />
              <label for={`scheme-${s.id}`}>
                {s.title} <span class="hint">({s.audience})</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      {progress.map(({ scheme, progress: p }) => (
        <SchemeCard
          key={scheme.id}
          scheme={scheme}
          progress={p}
          enrolment={followed.find((f) => f.schemeId === scheme.id)!}
          onPatch={(x) => patch(scheme.id, x)}
        />
      ))}
    </section>
  );
}

function SchemeCard({
  scheme,
  progress,
  enrolment,
  onPatch,
}: {
  scheme: Scheme;
  progress: SchemeProgress;
  enrolment: SchemeEnrolment;
  onPatch: (p: Partial<SchemeEnrolment>) => void;
}) {
  const idBase = `scheme-${scheme.id}`;
  const missing = missingEvidence(scheme, progress);
  const actions = new Map(missing.map((m) => [m.requirementId, m.action]));
  const next = missing[0];
  return (
    <article class="card" aria-labelledby={`${idBase}-title`}>
      <h2 id={`${idBase}-title`}>{scheme.title}</h2>
      <p>
        <strong>{progress.summary}</strong>
      </p>
      {next && (
        <p class="scheme-next">
          <span>Still to do: {next.phrase}. </span>
          <a class="button" href={actionHref(next.action) ?? '#/record'} aria-describedby={`${idBase}-title`}>
            {evidenceLabel(next.action)}
          </a>
        </p>
      )}
      {progress.window && (
        <p class="hint">
          Counting evidence from {formatDate(progress.window.start)} to {formatDate(progress.window.end)}.
        </p>
      )}
      {scheme.cycle.kind === 'years-to-renewal' && (
        <>
          <label for={`${idBase}-renewal`}>Renewal date</label>
          <input
            id={`${idBase}-renewal`}
            type="date"
            value={enrolment.renewalDate ?? ''}
            onChange={(e) => onPatch({ renewalDate: e.currentTarget.value || null })}
          />
        </>
      )}
      {scheme.requirements.some((r) => r.kind === 'declared-hours') && (
        <>
          <label for={`${idBase}-practice`}>Practice hours in this cycle (your own figure)</label>
          <input
            id={`${idBase}-practice`}
            type="number"
            min="0"
            step="1"
            inputMode="numeric"
            value={String(enrolment.options?.practiceHours ?? '')}
            onChange={(e) => onPatch({ options: { practiceHours: Number(e.currentTarget.value) || 0 } })}
          />
          <div class="check-row">
            <input
              type="checkbox"
              id={`${idBase}-dual`}
              checked={enrolment.options?.dualRegistration === true}
              onChange={(e) => onPatch({ options: { dualRegistration: e.currentTarget.checked } })}
            />
            <label for={`${idBase}-dual`}>Dual registration</label>
          </div>
        </>
      )}
      <ul class="scheme-reqs">
        {progress.requirements.map((r) => (
          <RequirementRow key={r.id} req={r} action={actions.get(r.id)} />
        ))}
      </ul>
      <p class="hint">
        Source: {scheme.publisher}, “{scheme.cite.document}”. {scheme.edition}. {scheme.checkNote}
      </p>
    </article>
  );
}

/** The words of the link that records a missing piece of evidence. */
function evidenceLabel(a: SuggestionAction): string {
  return a.type === 'write-reflection' ? formActionLabel(a.form) : 'Log training';
}

function RequirementRow({ req, action }: { req: RequirementProgress; action?: SuggestionAction }) {
  if (req.unit === 'checklist') {
    return (
      <li>
        <strong>{req.title}</strong>
        <ul>
          {req.items?.map((i) => (
            <li key={i}>{i}</li>
          ))}
        </ul>
      </li>
    );
  }
  const status = req.met ? 'Met' : 'Not yet';
  let figure: string;
  if (req.unit === 'refresh') {
    figure =
      req.status === 'never'
        ? 'no training logged yet'
        : `${req.status === 'overdue' ? 'overdue since' : 'next due'} ${formatDate(req.dueDate)}`;
  } else if (req.unit === 'hours') {
    figure = `${formatHours(req.done)} of ${req.target}`;
  } else {
    figure = `${req.done} of ${req.target}`;
  }
  return (
    <li>
      <span class={req.met ? 'badge ok' : 'badge todo'}>{status}</span> {req.title}: {figure}
      {action && (
        <>
          {' '}
          <a href={actionHref(action) ?? '#/record'}>
            {evidenceLabel(action)}
            <span class="visually-hidden"> ({req.title})</span>
          </a>
        </>
      )}
      {req.note && <div class="hint">{req.note}</div>}
    </li>
  );
}
