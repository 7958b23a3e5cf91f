import { useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../domain/limits';
import { TooLong } from '../components/TooLong';
import type { Framework } from '../../frameworks/types';
import type { Plan } from '../../domain/types';
import { deletePlan, restorePlans, savePlan } from '../../state/plans';
import { rulesForPlan } from '../../domain/plan-rules';
import { useDraft } from '../hooks/useDraft';
import { navigate } from '../router';
import { useProfileStore } from '../../state/profile';
import { useRecordUi } from '../../state/record';
import { CoursePicker } from './CoursePicker';
import { ErrorSummary } from '../components/ErrorSummary';
import { describedBy, FieldMessages, RestoredNotice, UnsavedDraftWarning, type Errors } from './fields';
import { emptyPlanValues, PLAN_LABELS, planLink, planToValues, validatePlan, valuesToPlan, type PlanValues } from './plan-values';
import { valuesForCourse, valuesForPathwayItem, type TrainingValues } from './training-values';
import { PlanRulesInfo } from './PlanRulesInfo';

/** Plan a course: when, how long, and the framework's approval and charging rules for it. */
export function PlanForm({
  framework,
  frameworkId,
  existing,
  preset,
}: {
  framework: Framework | null;
  frameworkId: string;
  existing?: Plan;
  /** A course or pathway step to plan (from a suggestion's link), kept in its own draft. */
  preset?: { values: Partial<TrainingValues>; key: string } | null;
}) {
  const fromPreset: Partial<PlanValues> = preset
    ? {
        source: 'framework',
        courseId: preset.values.courseId ?? '',
        pathwayItem: preset.values.pathwayItem ?? '',
        title: preset.values.title ?? '',
        hours: preset.values.hours ?? '',
      }
    : {};
  const initial = existing
    ? planToValues(existing)
    : { ...emptyPlanValues(), source: framework?.courses.length ? ('framework' as const) : ('external' as const), ...fromPreset };
  const draftKey = existing ? `plan:${existing.id}` : preset ? `plan:new:${preset.key}` : 'plan:new';
  const { values: v, update, ready, restored, unsaved, discard, reset } = useDraft<PlanValues>(draftKey, initial);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const profile = useProfileStore((s) => s.profile);
  const showToast = useRecordUi((s) => s.showToast);
  const rules = rulesForPlan(framework, planLink(v, framework, frameworkId), profile ?? undefined);
  const needsApproval = rules.approval.length > 0;

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validatePlan(v, needsApproval);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      await savePlan(valuesToPlan(v, framework, frameworkId, needsApproval, existing));
      await discard();
      showToast({ message: existing ? 'Plan saved.' : `“${v.title.trim()}” added to your plans.`, tone: 'ok' });
      navigate('/record/plans');
    } catch (err) {
      setSaveError((err as Error).message);
    }
  };

  if (!ready) return <p role="status">Loading the form…</p>;
  const field = (k: string) => ({
    id: `field-${k}`,
    'aria-invalid': errors[k] ? ('true' as const) : undefined,
    'aria-describedby': describedBy(`field-${k}`, false, errors[k]),
  });
  const pickable = framework && framework.courses.length + framework.pathways.length > 0;

  return (
    <form class="rec-form" onSubmit={submit} noValidate>
      <UnsavedDraftWarning unsaved={unsaved} />
      {restored && <RestoredNotice onStartAgain={async () => (await discard(), reset(initial))} />}
      <ErrorSummary errors={errors} labels={PLAN_LABELS} attempt={attempt} />
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      {pickable && (
        <fieldset class="rec-fieldset">
          <legend>Which course?</legend>
          <label class="rec-choice">
            <input type="radio" name="plan-source" checked={v.source === 'framework'} onChange={() => update({ source: 'framework' })} />
            <span>A course from the {framework.shortName} framework</span>
          </label>
          <label class="rec-choice">
            <input
              type="radio"
              name="plan-source"
              checked={v.source === 'external'}
              onChange={() => update({ source: 'external', courseId: '', pathwayItem: '' })}
            />
            <span>Other training</span>
          </label>
        </fieldset>
      )}
      {pickable && v.source === 'framework' && (
        <CoursePicker
          framework={framework}
          courseId={v.courseId}
          pathwayItem={v.pathwayItem}
          onPick={(p) => {
            const patch = p.kind === 'course' ? valuesForCourse(p.course, framework) : valuesForPathwayItem(p.pathwayId, p.item);
            update({
              source: 'framework',
              courseId: patch.courseId ?? '',
              pathwayItem: patch.pathwayItem ?? '',
              title: patch.title ?? '',
              ...(patch.hours ? { hours: patch.hours } : {}),
            });
          }}
        />
      )}
      <label for="field-title">Title</label>
      <input {...field('title')} value={v.title} onInput={(e) => update({ title: e.currentTarget.value })} />
      <TooLong id="field-title" label="Title" value={v.title} max={TEXT_LIMITS.short} />
      <FieldMessages id="field-title" error={errors.title} />
      <div class="rec-row">
        <div>
          <label for="field-plannedDate">Date</label>
          <input
            {...field('plannedDate')}
            type="date"
            value={v.plannedDate}
            onInput={(e) => update({ plannedDate: e.currentTarget.value })}
          />
          <FieldMessages id="field-plannedDate" error={errors.plannedDate} />
        </div>
        <div>
          <label for="field-endDate">Last day (if over more than one day)</label>
          <input
            {...field('endDate')}
            type="date"
            min={v.plannedDate || undefined}
            value={v.endDate}
            onInput={(e) => update({ endDate: e.currentTarget.value })}
          />
          <FieldMessages id="field-endDate" error={errors.endDate} />
        </div>
        <div>
          <label for="field-hours">Hours</label>
          <input
            {...field('hours')}
            type="number"
            inputMode="decimal"
            step="0.25"
            min="0.25"
            max="100"
            value={v.hours}
            onInput={(e) => update({ hours: e.currentTarget.value })}
          />
          <FieldMessages id="field-hours" error={errors.hours} />
        </div>
      </div>

      <PlanRulesInfo rules={rules} />
      {needsApproval && (
        <fieldset class="rec-fieldset">
          <legend>Manager approval</legend>
          <label class="rec-choice rec-check">
            <input type="checkbox" checked={v.approved} onChange={(e) => update({ approved: e.currentTarget.checked })} />
            <span>
              {profile?.volunteer
                ? 'My manager or the person who coordinates my volunteering has approved this'
                : 'My manager has approved this'}
            </span>
          </label>
          {v.approved && (
            <div class="rec-row">
              <div>
                <label for="field-approvedBy">Approved by</label>
                <input {...field('approvedBy')} value={v.approvedBy} onInput={(e) => update({ approvedBy: e.currentTarget.value })} />
                <TooLong id="field-approvedBy" label="Approved by" value={v.approvedBy} max={TEXT_LIMITS.short} />
                <FieldMessages id="field-approvedBy" error={errors.approvedBy} />
              </div>
              <div>
                <label for="field-approvalDate">
                  Date approved <span class="hint">(optional)</span>
                </label>
                <input
                  {...field('approvalDate')}
                  type="date"
                  value={v.approvalDate}
                  onInput={(e) => update({ approvalDate: e.currentTarget.value })}
                />
                <FieldMessages id="field-approvalDate" error={errors.approvalDate} />
              </div>
            </div>
          )}
        </fieldset>
      )}
      <label for="field-notes">
        Notes <span class="hint">(optional)</span>
      </label>
      <textarea id="field-notes" value={v.notes} onInput={(e) => update({ notes: e.currentTarget.value })} />
      <TooLong id="field-notes" label="Notes" value={v.notes} max={TEXT_LIMITS.notes} />
      <div class="rec-actions">
        <button type="submit">{existing ? 'Save changes' : 'Save plan'}</button>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await discard();
            navigate('/record/plans');
          }}
        >
          Cancel
        </button>
        {existing && (
          <button
            type="button"
            class="secondary rec-danger-text"
            onClick={async () => {
              const removed = await deletePlan(existing.id);
              await discard();
              showToast({ message: `Plan “${existing.title}” deleted.`, undo: () => restorePlans(removed) });
              navigate('/record/plans');
            }}
          >
            Delete plan
          </button>
        )}
      </div>
    </form>
  );
}
