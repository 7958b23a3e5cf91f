import { useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../domain/limits';
import { TooLong } from '../components/TooLong';
import type { Reflection } from '../../domain/types';
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
import { NMC_CODE_THEMES, NMC_CONFIRMER_FIELDS, NMC_DISCUSSION_FIELDS, PERSON_LABELS } from '../../frameworks/scheme-forms';
import type { RecordForm } from '../../domain/suggestion-types';
import {
  emptyReflectionValues,
  hasPerson,
  templatesFor,
  REFLECTION_KINDS,
  REFLECTION_LABELS,
  reflectionToValues,
  TEMPLATES,
  validateReflection,
  valuesToReflection,
  type ReflectionValues,
} from './reflection-values';

/** Write or edit a reflection, linked to an entry or free-standing; kept as a draft as you type. */
export function ReflectionForm({ existing, trainingId = '', form }: { existing?: Reflection; trainingId?: string; form?: RecordForm }) {
  const today = localToday();
  const initial = existing ? reflectionToValues(existing) : emptyReflectionValues(today, trainingId, form);
  const draftKey = existing ? `reflection:${existing.id}` : `reflection:new${trainingId ? `:${trainingId}` : ''}${form ? `:${form}` : ''}`;
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
  const confirmation = v.kind === 'confirmation';
  const template = TEMPLATES[confirmation ? 'free' : v.template];
  const setSection = (id: string, text: string) => update({ sections: { ...v.sections, [id]: text } });
  const personFields = v.kind === 'confirmation' ? NMC_CONFIRMER_FIELDS : NMC_DISCUSSION_FIELDS;

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

      {hasPerson(v.kind) && (
        <fieldset class="rec-fieldset" aria-describedby="field-person-hint">
          <legend>{confirmation ? 'Your confirmer' : 'The NMC registrant you had the discussion with'}</legend>
          <p id="field-person-hint" class="hint rec-hint">
            {confirmation
              ? 'As the NMC’s confirmation form asks. A confirmer who is not on the NMC register gives their profession or regulator and registration number instead of an NMC PIN. The date above is the date of your confirmation.'
              : 'As the NMC’s reflective discussion form asks. The date above is the date of the discussion.'}{' '}
            This is their personal data: keep it for your revalidation only.
          </p>
          {personFields.map((f) => {
            const fid = f === 'name' ? 'field-personName' : `field-person-${f}`;
            return (
              <div key={f}>
                <label for={fid}>{PERSON_LABELS[f]}</label>
                <input
                  id={fid}
                  type={f === 'email' ? 'email' : 'text'}
                  autocomplete="off"
                  value={v.person[f]}
                  aria-invalid={f === 'name' && errors.personName ? 'true' : undefined}
                  aria-describedby={f === 'name' ? describedBy(fid, false, errors.personName) : undefined}
                  onInput={(e) => update({ person: { ...v.person, [f]: e.currentTarget.value } })}
                />
                <TooLong id={fid} label={PERSON_LABELS[f]} value={v.person[f]} max={TEXT_LIMITS.short} />
                {f === 'name' && <FieldMessages id={fid} error={errors.personName} />}
              </div>
            );
          })}
        </fieldset>
      )}

      {!confirmation && (
        <fieldset class="rec-fieldset">
          <legend>Template</legend>
          {templatesFor(v.kind).map((k) => (
            <label key={k} class="rec-choice">
              <input type="radio" name="template" checked={v.template === k} onChange={() => update({ template: k })} />
              <span>{TEMPLATES[k].title}</span>
            </label>
          ))}
        </fieldset>
      )}

      {v.template === 'swe' && !confirmation && (
        <>
          <label for="field-cpdType">
            Type of CPD <span class="hint">(as you would choose it on your Social Work England form)</span>
          </label>
          <input id="field-cpdType" value={v.cpdType} onInput={(e) => update({ cpdType: e.currentTarget.value })} />
          <TooLong id="field-cpdType" label="Type of CPD" value={v.cpdType} max={TEXT_LIMITS.short} />
        </>
      )}

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
          {v.template === 'nmc' && s.id === 'code' && (
            <fieldset class="rec-fieldset">
              <legend>Themes of the Code (choose one or more)</legend>
              {NMC_CODE_THEMES.map(([k, label]) => (
                <label key={k} class="rec-choice rec-check">
                  <input
                    type="checkbox"
                    checked={v.codeThemes.includes(k)}
                    onChange={(e) =>
                      update({
                        codeThemes: e.currentTarget.checked
                          ? NMC_CODE_THEMES.map(([t]) => t).filter((t) => t === k || v.codeThemes.includes(t))
                          : v.codeThemes.filter((t) => t !== k),
                      })
                    }
                  />
                  <span>{label}</span>
                </label>
              ))}
            </fieldset>
          )}
        </div>
      ))}

      <label for="field-text">
        {confirmation ? (
          <>
            Notes <span class="hint">(optional)</span>
          </>
        ) : v.template === 'free' ? (
          'Your reflection'
        ) : (
          'Anything else'
        )}
      </label>
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

      {!confirmation && (
        <label class="rec-choice rec-check">
          <input type="checkbox" checked={v.peerReflection} onChange={(e) => update({ peerReflection: e.currentTarget.checked })} />
          <span>I discussed this with a colleague (peer reflection)</span>
        </label>
      )}
      {v.peerReflection && !confirmation && (
        <>
          <label for="field-peerName">
            Colleague’s name or role <span class="hint">(optional)</span>
          </label>
          <input id="field-peerName" value={v.peerName} onInput={(e) => update({ peerName: e.currentTarget.value })} />
          <TooLong id="field-peerName" label="Colleague’s name or role" value={v.peerName} max={TEXT_LIMITS.short} />
        </>
      )}

      <div class="rec-actions">
        <button type="submit">{existing ? 'Save changes' : confirmation ? 'Save confirmation' : 'Save reflection'}</button>
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
