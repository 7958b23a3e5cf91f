import { useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../domain/limits';
import { TooLong } from '../components/TooLong';
import type { Framework } from '../../frameworks/types';
import type { Training } from '../../domain/types';
import { localToday } from '../../domain/dates';
import { saveTraining } from '../../state/trainings';
import { useDraft } from '../hooks/useDraft';
import { navigate } from '../router';
import { useRecordUi } from '../../state/record';
import { CoursePicker } from './CoursePicker';
import { attachCertificate } from '../../state/certificate-reading';
import { useProfileStore } from '../../state/profile';
import { sameName } from '../../domain/certificate-text';
import { ErrorSummary } from '../components/ErrorSummary';
import { describedBy, FieldMessages, RestoredNotice, UnsavedDraftWarning, type Errors } from './fields';
import {
  emptyTrainingValues,
  MODES,
  PROVIDER_KINDS,
  TRAINING_LABELS,
  trainingToValues,
  validateTraining,
  valuesForCourse,
  valuesForPathwayItem,
  valuesToTraining,
  type TrainingField,
  type TrainingValues,
} from './training-values';

interface Props {
  framework: Framework | null;
  frameworkId: string;
  existing?: Training;
  /** Called with the saved entry (defaults to opening it). */
  onSaved?: (t: Training) => void;
  /** Values to start a new entry with (from a suggestion's link), kept in their own draft. */
  preset?: { values: Partial<TrainingValues>; key: string } | null;
}

/** Log or edit a training entry. Everything typed is kept as a draft (see useDraft). */
export function TrainingForm({ framework, frameworkId, existing, onSaved, preset }: Props) {
  const today = localToday();
  const draftKey = existing ? `training:${existing.id}` : preset ? `training:new:${preset.key}` : 'training:new';
  const initial = existing ? trainingToValues(existing, framework) : { ...emptyTrainingValues(today), ...preset?.values };
  if (!framework?.courses.length && !existing && !preset) initial.source = 'external';
  const { values: v, update, ready, restored, unsaved, discard, reset } = useDraft<TrainingValues>(draftKey, initial);
  const [errors, setErrors] = useState<Errors<TrainingField>>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const showToast = useRecordUi((s) => s.showToast);
  const profileName = useProfileStore((s) => s.profile?.name ?? '');
  const unconfirmed = v.unconfirmed ?? [];

  const set = (patch: Partial<TrainingValues>) => {
    // Changing a field read from the certificate confirms it (picking a course confirms the title too).
    const touched = Object.keys(patch).filter((k) => unconfirmed.includes(k));
    if (touched.length && !('unconfirmed' in patch)) patch = { ...patch, unconfirmed: unconfirmed.filter((k) => !touched.includes(k)) };
    update(patch);
    // Clear a field's error as soon as it is changed; the rest stay until the next attempt.
    const cleared = Object.keys(patch).filter((k) => errors[k as TrainingField]);
    if (cleared.length) setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !cleared.includes(k))));
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validateTraining(v, today);
    for (const k of unconfirmed) {
      if (!found[k as TrainingField])
        found[k as TrainingField] = `Check the ${(TRAINING_LABELS[k] ?? k).toLowerCase()} read from the certificate, then confirm it.`;
    }
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    setSaving(true);
    setSaveError(null);
    try {
      const saved = await saveTraining(valuesToTraining(v, framework, frameworkId, existing));
      if (v.fromCertificate) await attachCertificate(v.fromCertificate, saved.id);
      await discard();
      showToast({ message: existing ? 'Changes saved.' : `“${saved.title}” is in your record.`, tone: 'ok' });
      if (onSaved) onSaved(saved);
      else navigate(`/record/training/${saved.id}`);
    } catch (err) {
      // Nothing is lost: the draft still holds every field.
      setSaveError((err as Error).message);
    } finally {
      setSaving(false);
    }
  };

  if (!ready) return <p role="status">Loading the form…</p>;
  const err = (k: TrainingField) => errors[k];
  const input = (k: TrainingField, hint?: string) => ({
    id: `field-${k}`,
    'aria-invalid': err(k) ? ('true' as const) : undefined,
    'aria-describedby':
      [unconfirmed.includes(k) ? `field-${k}-read` : '', describedBy(`field-${k}`, hint, err(k)) ?? ''].filter(Boolean).join(' ') ||
      undefined,
  });
  /** "Read from the certificate" under a field, until the user confirms it or changes it. */
  const readMark = (k: TrainingField) =>
    unconfirmed.includes(k) ? (
      <span class="rec-read" id={`field-${k}-read`}>
        <span>Read from the certificate</span>
        <button type="button" class="secondary rec-read-confirm" onClick={() => set({ unconfirmed: unconfirmed.filter((x) => x !== k) })}>
          Confirm<span class="visually-hidden"> {(TRAINING_LABELS[k] ?? k).toLowerCase()}</span>
        </button>
      </span>
    ) : null;
  const nameMismatch = !!(v.nameOnCertificate && profileName && !sameName(v.nameOnCertificate, profileName));
  const levels = framework ? [...framework.levels].sort((a, b) => a.order - b.order) : [];
  const course = framework?.courses.find((c) => c.id === v.courseId);
  const hoursHint = course?.length
    ? `Filled in from the course length (${course.length.sourceText}); change it if yours was different. Quarter hours: 0.25, 0.5, 0.75.`
    : 'Quarter hours: 0.25, 0.5, 0.75.';

  return (
    <form class="rec-form" onSubmit={submit} noValidate>
      <UnsavedDraftWarning unsaved={unsaved} />
      {restored && (
        <RestoredNotice
          onStartAgain={async () => {
            await discard();
            reset(initial);
            setErrors({});
          }}
        />
      )}
      {v.fromCertificate && (
        <div class="rec-notice rec-from-cert" role="note" aria-labelledby="from-cert-title">
          <h2 id="from-cert-title">From your certificate</h2>
          {unconfirmed.length > 0 ? (
            <>
              <p>
                Check each field marked “Read from the certificate” and confirm it, or correct it. The certificate will be attached to this
                entry.
              </p>
              <button type="button" class="secondary" onClick={() => set({ unconfirmed: [] })}>
                They are all right: confirm all
              </button>
            </>
          ) : (
            <p>The certificate will be attached to this entry. Fill in anything that could not be read.</p>
          )}
          {nameMismatch && (
            <p class="rec-name-mismatch">
              <strong>
                The name on the certificate is “{v.nameOnCertificate}”, not “{profileName}” as in your profile.
              </strong>{' '}
              Check it is your certificate.
            </p>
          )}
        </div>
      )}
      <ErrorSummary errors={errors} labels={TRAINING_LABELS} attempt={attempt} />
      {saveError && (
        <p class="error" role="alert">
          {saveError}
        </p>
      )}

      {framework && framework.courses.length + framework.pathways.length > 0 && (
        <fieldset class="rec-fieldset">
          <legend>What training was it?</legend>
          <label class="rec-choice">
            <input type="radio" name="source" checked={v.source === 'framework'} onChange={() => set({ source: 'framework' })} />
            <span>A course from the {framework.shortName} framework</span>
          </label>
          <label class="rec-choice">
            <input
              type="radio"
              name="source"
              checked={v.source === 'external'}
              onChange={() => set({ source: 'external', courseId: '', pathwayItem: '' })}
            />
            <span>Other training (my employer, e-learning, elsewhere)</span>
          </label>
        </fieldset>
      )}
      {framework && v.source === 'framework' && (
        <CoursePicker
          framework={framework}
          courseId={v.courseId}
          pathwayItem={v.pathwayItem}
          error={err('courseId')}
          onPick={(p) => set(p.kind === 'course' ? valuesForCourse(p.course, framework) : valuesForPathwayItem(p.pathwayId, p.item))}
        />
      )}
      {v.source === 'framework' && readMark('courseId')}

      <label for="field-title">Title</label>
      <input {...input('title')} value={v.title} autoComplete="off" onInput={(e) => set({ title: e.currentTarget.value })} />
      <TooLong id="field-title" label="Title" value={v.title} max={TEXT_LIMITS.short} />
      {readMark('title')}
      <FieldMessages id="field-title" error={err('title')} />

      <div class="rec-row">
        <div>
          <label for="field-providerKind">Provider</label>
          <select
            id="field-providerKind"
            value={v.providerKind}
            onChange={(e) => set({ providerKind: e.currentTarget.value as TrainingValues['providerKind'] })}
          >
            {PROVIDER_KINDS.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="field-providerName">
            Provider name <span class="hint">(optional)</span>
          </label>
          <input {...input('providerName')} value={v.providerName} onInput={(e) => set({ providerName: e.currentTarget.value })} />
          <TooLong id="field-providerName" label="Provider name" value={v.providerName} max={TEXT_LIMITS.short} />
          {readMark('providerName')}
          <FieldMessages id="field-providerName" error={err('providerName')} />
        </div>
      </div>

      <label class="rec-choice rec-check">
        <input
          type="checkbox"
          checked={v.multiDay}
          onChange={(e) => set({ multiDay: e.currentTarget.checked, endDate: v.endDate || v.startDate })}
        />
        <span>It took more than one day</span>
      </label>
      <div class="rec-row">
        <div>
          <label for="field-startDate">{v.multiDay ? 'Start date' : 'Date'}</label>
          <input
            {...input('startDate')}
            type="date"
            max={today}
            value={v.startDate}
            onInput={(e) => set({ startDate: e.currentTarget.value })}
          />
          {readMark('startDate')}
          <FieldMessages id="field-startDate" error={err('startDate')} />
        </div>
        {v.multiDay && (
          <div>
            <label for="field-endDate">End date</label>
            <input
              {...input('endDate')}
              type="date"
              max={today}
              min={v.startDate}
              value={v.endDate}
              onInput={(e) => set({ endDate: e.currentTarget.value })}
            />
            {readMark('endDate')}
            <FieldMessages id="field-endDate" error={err('endDate')} />
          </div>
        )}
      </div>

      <div class="rec-row">
        <div>
          <label for="field-hours">Hours</label>
          <input
            {...input('hours', hoursHint)}
            type="number"
            inputMode="decimal"
            step="0.25"
            min="0.25"
            max="100"
            value={v.hours}
            onInput={(e) => set({ hours: e.currentTarget.value })}
          />
          {readMark('hours')}
          <FieldMessages id="field-hours" hint={hoursHint} error={err('hours')} />
        </div>
        <div>
          <label for="field-mode">How it was delivered</label>
          <select id="field-mode" value={v.mode} onChange={(e) => set({ mode: e.currentTarget.value as TrainingValues['mode'] })}>
            {MODES.map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>

      {levels.length > 0 ? (
        <>
          <label for="field-levelId">Level</label>
          <select id="field-levelId" value={v.levelId} onChange={(e) => set({ levelId: e.currentTarget.value })}>
            <option value="">Not stated</option>
            {levels.map((l) => (
              <option key={l.id} value={l.id}>
                {l.title}
              </option>
            ))}
            <option value="other">Other (type it)</option>
          </select>
        </>
      ) : null}
      {(levels.length === 0 || v.levelId === 'other') && (
        <>
          <label for="field-levelText">
            Level <span class="hint">{levels.length ? '' : '(optional)'}</span>
          </label>
          <input
            {...input('levelText')}
            value={v.levelText}
            onInput={(e) => set({ levelText: e.currentTarget.value, levelId: levels.length ? 'other' : '' })}
          />
          <TooLong id="field-levelText" label="Level" value={v.levelText} max={TEXT_LIMITS.short} />
          <FieldMessages id="field-levelText" error={err('levelText')} />
        </>
      )}

      <fieldset class="rec-fieldset">
        <legend>Agencies</legend>
        <label class="rec-choice">
          <input type="radio" name="agency" checked={v.agency === 'single'} onChange={() => set({ agency: 'single' })} />
          <span>Single-agency (my own organisation)</span>
        </label>
        <label class="rec-choice">
          <input type="radio" name="agency" checked={v.agency === 'multi'} onChange={() => set({ agency: 'multi' })} />
          <span>Multi-agency (with other organisations)</span>
        </label>
      </fieldset>

      <label class="rec-choice rec-check">
        <input
          type="checkbox"
          checked={v.participatory}
          aria-describedby="participatory-hint"
          onChange={(e) => set({ participatory: e.currentTarget.checked })}
        />
        <span>Participatory: I learnt with others (a workshop, group discussion or live session)</span>
      </label>
      <span id="participatory-hint" class="hint rec-hint">
        Some schemes, such as NMC revalidation, count participatory hours separately.
      </span>

      <label for="field-notes">
        Notes <span class="hint">(optional)</span>
      </label>
      <textarea id="field-notes" value={v.notes} aria-describedby="notes-privacy" onInput={(e) => set({ notes: e.currentTarget.value })} />
      <TooLong id="field-notes" label="Notes" value={v.notes} max={TEXT_LIMITS.notes} />
      <span id="notes-privacy" class="hint rec-hint">
        Do not write a child’s or family’s name or anything else that could identify them.
      </span>

      <div class="rec-actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Saving…' : existing ? 'Save changes' : 'Save to my record'}
        </button>
        <button
          type="button"
          class="secondary"
          onClick={async () => {
            await discard(); // cancelling is deliberate: the draft goes too
            navigate(existing ? `/record/training/${existing.id}` : '/record');
          }}
        >
          Cancel
        </button>
      </div>
      <p class="hint">What you type is kept on this device as you go, even if the page is closed.</p>
    </form>
  );
}
