import { useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../domain/limits';
import { TooLong } from '../components/TooLong';
import type { Reflection, ReflectionTemplate } from '../../domain/types';
import { formatDate, localToday } from '../../domain/dates';
import { deleteReflection, restoreReflections, saveReflection } from '../../state/reflections';
import { getTraining, recentTrainings } from '../../state/trainings';
import { useDraft } from '../hooks/useDraft';
import { useLiveQuery } from '../../state/live';
import { useSignedChanges } from '../../state/signoffs';
import { SignedChangeBadge } from './SignedChangeBadge';
import { navigate } from '../router';
import { useRecordUi } from '../../state/record';
import { ErrorSummary } from '../components/ErrorSummary';
import { describedBy, FieldMessages, RestoredNotice, UnsavedDraftWarning, PrivacyReminder, type Errors } from './fields';
import {
  emptyReflectionValues,
  REFLECTION_KINDS,
  REFLECTION_LABELS,
  reflectionToValues,
  TEMPLATES,
  validateReflection,
  valuesToReflection,
  type ReflectionValues,
} from './reflection-values';

/** Write or edit a reflection, linked to an entry or free-standing; kept as a draft as you type. */
export function ReflectionForm({ existing, trainingId = '' }: { existing?: Reflection; trainingId?: string }) {
  const today = localToday();
  const initial = existing ? reflectionToValues(existing) : emptyReflectionValues(today, trainingId);
  const draftKey = existing ? `reflection:${existing.id}` : `reflection:new${trainingId ? `:${trainingId}` : ''}`;
  const { values: v, update, ready, restored, unsaved, discard, reset } = useDraft<ReflectionValues>(draftKey, initial);
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const showToast = useRecordUi((s) => s.showToast);
  // The linked entry is always offered, even when it is older than the recent ones listed.
  const changes = useSignedChanges();
  const trainings = useLiveQuery(async () => {
    const recent = await recentTrainings();
    const linked = v.trainingId && !recent.some((t) => t.id === v.trainingId) ? await getTraining(v.trainingId) : undefined;
    return linked ? [linked, ...recent] : recent;
  }, [v.trainingId]);

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validateReflection(v, today);
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    try {
      const saved = await saveReflection(valuesToReflection(v, existing));
      await discard();
      showToast({ message: existing ? 'Reflection saved.' : 'Reflection added to your record.', tone: 'ok' });
      navigate(saved.trainingId ? `/record/training/${saved.trainingId}` : '/record/reflections');
    } catch (err) {
      setSaveError((err as Error).message);
    }
  };

  const remove = async () => {
    if (!existing) return;
    try {
      const removed = await deleteReflection(existing.id);
      await discard();
      showToast({ message: 'Reflection deleted.', undo: () => restoreReflections(removed) });
      navigate('/record/reflections');
    } catch (err) {
      setSaveError((err as Error).message);
    }
  };

  if (!ready) return <p role="status">Loading the form…</p>;
  const template = TEMPLATES[v.template];
  const setSection = (id: string, text: string) => update({ sections: { ...v.sections, [id]: text } });

  return (
    <form class="rec-form" onSubmit={submit} noValidate>
      <SignedChangeBadge change={existing ? changes?.get(existing.id) : undefined} block />
      <UnsavedDraftWarning unsaved={unsaved} />
      {restored && <RestoredNotice onStartAgain={async () => (await discard(), reset(initial))} />}
      <ErrorSummary errors={errors} labels={REFLECTION_LABELS} attempt={attempt} />
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}
      <p class="rec-privacy-box">
        Reflections are about your learning and practice. Do not record a child’s or family’s identifying details.
      </p>

      <label for="field-kind">Kind</label>
      <select id="field-kind" value={v.kind} onChange={(e) => update({ kind: e.currentTarget.value as ReflectionValues['kind'] })}>
        {REFLECTION_KINDS.map(([k, l]) => (
          <option key={k} value={k}>
            {l}
          </option>
        ))}
      </select>

      <label for="field-trainingId">Training it is about</label>
      <select id="field-trainingId" value={v.trainingId} onChange={(e) => update({ trainingId: e.currentTarget.value })}>
        <option value="">None (free-standing)</option>
        {trainings?.map((t) => (
          <option key={t.id} value={t.id}>
            {t.title} ({formatDate(t.endDate)})
          </option>
        ))}
      </select>

      <div class="rec-row">
        <div>
          <label for="field-date">Date</label>
          <input
            id="field-date"
            type="date"
            max={today}
            value={v.date}
            aria-invalid={errors.date ? 'true' : undefined}
            aria-describedby={describedBy('field-date', false, errors.date)}
            onInput={(e) => update({ date: e.currentTarget.value })}
          />
          <FieldMessages id="field-date" error={errors.date} />
        </div>
        <div>
          <label for="field-title">
            Title <span class="hint">(optional)</span>
          </label>
          <input
            id="field-title"
            value={v.title}
            aria-describedby={describedBy('field-title', false, errors.title)}
            onInput={(e) => update({ title: e.currentTarget.value })}
          />
          <TooLong id="field-title" label="Title" value={v.title} max={TEXT_LIMITS.short} />
          <FieldMessages id="field-title" error={errors.title} />
        </div>
      </div>

      <fieldset class="rec-fieldset">
        <legend>Template</legend>
        {(Object.keys(TEMPLATES) as ReflectionTemplate[]).map((k) => (
          <label key={k} class="rec-choice">
            <input type="radio" name="template" checked={v.template === k} onChange={() => update({ template: k })} />
            <span>{TEMPLATES[k].title}</span>
          </label>
        ))}
      </fieldset>

      {template.sections.map((s) => (
        <div key={s.id}>
          <label for={`field-section-${s.id}`}>{s.label}</label>
          <span id={`field-section-${s.id}-hint`} class="hint rec-hint">
            {s.hint}
          </span>
          <textarea
            id={`field-section-${s.id}`}
            value={v.sections[s.id] ?? ''}
            aria-describedby={`field-section-${s.id}-hint field-section-${s.id}-privacy`}
            onInput={(e) => setSection(s.id, e.currentTarget.value)}
          />
          <TooLong id={`field-section-${s.id}`} label={s.label} value={v.sections[s.id] ?? ''} max={TEXT_LIMITS.long} />
          <PrivacyReminder id={`field-section-${s.id}-privacy`} />
        </div>
      ))}

      <label for="field-text">{v.template === 'free' ? 'Your reflection' : 'Anything else'}</label>
      <textarea
        id="field-text"
        value={v.text}
        aria-invalid={errors.text ? 'true' : undefined}
        aria-describedby={`field-text-privacy${errors.text ? ' field-text-error' : ''}`}
        onInput={(e) => update({ text: e.currentTarget.value })}
      />
      <TooLong id="field-text" label="Reflection" value={v.text} max={TEXT_LIMITS.long} />
      <PrivacyReminder id="field-text-privacy" />
      <FieldMessages id="field-text" error={errors.text} />

      <label class="rec-choice rec-check">
        <input type="checkbox" checked={v.peerReflection} onChange={(e) => update({ peerReflection: e.currentTarget.checked })} />
        <span>I discussed this with a colleague (peer reflection)</span>
      </label>
      {v.peerReflection && (
        <>
          <label for="field-peerName">
            Colleague’s name or role <span class="hint">(optional)</span>
          </label>
          <input id="field-peerName" value={v.peerName} onInput={(e) => update({ peerName: e.currentTarget.value })} />
          <TooLong id="field-peerName" label="Colleague’s name or role" value={v.peerName} max={TEXT_LIMITS.short} />
        </>
      )}

      <div class="rec-actions">
        <button type="submit">{existing ? 'Save changes' : 'Save reflection'}</button>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await discard();
            navigate(
              existing?.trainingId
                ? `/record/training/${existing.trainingId}`
                : trainingId
                  ? `/record/training/${trainingId}`
                  : '/record/reflections',
            );
          }}
        >
          Cancel
        </button>
        {existing && (
          <button type="button" class="secondary rec-danger-text" onClick={() => void remove()}>
            Delete
          </button>
        )}
      </div>
    </form>
  );
}
