import { useEffect, useRef, useState } from 'preact/hooks';
import type { Framework } from '../../frameworks/types';
import type { Plan } from '../../domain/types';
import { allPlans, deletePlan, markPlanDone, restorePlans, undoPlanDone } from '../../state/plans';
import { formatDate, localToday } from '../../domain/dates';
import { formatHours } from '../../domain/hours';
import { forVolunteer } from '../../domain/wording';
import { rulesForPlan } from '../../domain/plan-rules';
import { useLiveQuery } from '../../state/live';
import { useProfileStore } from '../../state/profile';
import { useRecordUi } from '../../state/record';
import { approvalText, defaultDoneDate, doneDateError, planToTraining } from './plan-values';
import { PlanRulesInfo } from './PlanRulesInfo';

/** Planned courses, soonest first; "Mark as done" asks the date it was done (the planned date if
 * it has passed, otherwise today), then logs the entry, with Undo. */
export function PlanList({ framework }: { framework: Framework | null }) {
  const plans = useLiveQuery(allPlans, []);
  const profile = useProfileStore((s) => s.profile);
  const showToast = useRecordUi((s) => s.showToast);
  const [error, setError] = useState<string | null>(null);
  /** The plan whose done date is being asked for. */
  const [asking, setAsking] = useState<string | null>(null);
  // A volunteer is told who "your manager" is for them.
  const say = (text: string) => (profile?.volunteer ? forVolunteer(text) : text);
  if (!plans) return <p role="status">Loading…</p>;
  const open = plans.filter((p) => !p.doneTrainingId);
  const done = plans.filter((p) => p.doneTrainingId);

  const markDone = async (p: Plan, done: string) => {
    setError(null);
    try {
      const { training } = await markPlanDone(p.id, planToTraining(p, framework, localToday(), done));
      showToast({
        message: `“${training.title}” logged as done on ${formatDate(training.endDate)}.`,
        // Undo removes the new entry and reopens the plan.
        undo: () => undoPlanDone(p.id, training.id),
      });
    } catch (e) {
      setError((e as Error).message);
    }
  };

  return (
    <div>
      <a class="button" href="#/record/plan/new">
        Plan a course
      </a>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {open.length === 0 && (
        <p class="hint">{say('No courses planned. Plan one to keep its date, and your manager’s approval where it is needed.')}</p>
      )}
      <ul class="rec-plans">
        {open.map((p) => {
          const rules = rulesForPlan(framework, p.link, profile ?? undefined);
          return (
            <li key={p.id} class="card rec-plan">
              <h2 class="rec-plan-title">{p.title}</h2>
              <p class="rec-item-meta">
                {p.plannedDate ? formatDate(p.plannedDate) : 'No date'}
                {p.hours ? ` · ${formatHours(p.hours)}` : ''}
              </p>
              {rules.approval.length > 0 && (
                <p class={p.approval?.approved ? 'rec-badge' : 'rec-badge rec-badge-warn'}>{say(approvalText(p))}</p>
              )}
              <PlanRulesInfo rules={{ approval: [], charging: rules.charging }} />
              {p.notes && <p class="rec-notes">{p.notes}</p>}
              <div class="rec-actions">
                <button type="button" aria-expanded={asking === p.id} onClick={() => setAsking(asking === p.id ? null : p.id)}>
                  Mark as done<span class="visually-hidden">: {p.title}</span>
                </button>
                <a class="button secondary" href={`#/record/plan/${p.id}`}>
                  Edit<span class="visually-hidden">: {p.title}</span>
                </a>
                <button
                  type="button"
                  class="secondary rec-danger-text"
                  onClick={async () => {
                    const removed = await deletePlan(p.id);
                    showToast({ message: `Plan “${p.title}” deleted.`, undo: () => restorePlans(removed) });
                  }}
                >
                  Delete<span class="visually-hidden">: {p.title}</span>
                </button>
              </div>
              {asking === p.id && (
                <DoneDateForm
                  plan={p}
                  onCancel={() => setAsking(null)}
                  onDone={async (date) => {
                    await markDone(p, date);
                    setAsking(null);
                  }}
                />
              )}
            </li>
          );
        })}
      </ul>
      {done.length > 0 && (
        <details>
          <summary>Done ({done.length})</summary>
          <ul class="rec-plain-list">
            {done.map((p) => (
              <li key={p.id}>
                <a href={`#/record/training/${p.doneTrainingId}`}>{p.title}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** When was it done? Asked before a plan becomes an entry: the planned date if it has passed,
 * otherwise today; an impossible or future date is refused with a message saying why. */
function DoneDateForm({ plan, onDone, onCancel }: { plan: Plan; onDone: (date: string) => Promise<void>; onCancel: () => void }) {
  const today = localToday();
  const [date, setDate] = useState(defaultDoneDate(plan, today));
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => input.current?.focus(), []);
  const id = `done-date-${plan.id}`;
  return (
    <form
      class="rec-done-form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const problem = doneDateError(date, today);
        setError(problem);
        if (problem) input.current?.focus();
        else void onDone(date);
      }}
    >
      <label for={id}>
        When did you do it?<span class="visually-hidden"> {plan.title}</span>
      </label>
      <input
        ref={input}
        id={id}
        type="date"
        value={date}
        max={today}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => setDate((e.target as HTMLInputElement).value)}
      />
      {error && (
        <p id={`${id}-error`} class="error" role="alert">
          {error}
        </p>
      )}
      <div class="rec-actions">
        <button type="submit">
          Log as done<span class="visually-hidden">: {plan.title}</span>
        </button>
        <button type="button" class="secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
