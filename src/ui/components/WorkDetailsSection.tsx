import { useState } from 'preact/hooks';
import { localToday } from '../../domain/dates';
import type { Profile } from '../../domain/types';
import {
  MONTHS,
  validateWorkDetails,
  workDetailsFromValues,
  workDetailsValues,
  type WorkDetailsErrors,
  type WorkDetailsValues,
} from '../../domain/work-details';
import { useProfileStore } from '../../state/profile';
import { ErrorSummary } from './ErrorSummary';

const IDS: Record<keyof WorkDetailsValues, string> = {
  lastSupervisionDate: 'wd-last-supervision',
  nextSupervisionDate: 'wd-next-supervision',
  supervisorName: 'wd-supervisor',
  appraisalYearStartMonth: 'wd-appraisal-month',
  lineManager: 'wd-line-manager',
  nmcPin: 'wd-nmc-pin',
  sweRegistrationNumber: 'wd-swe-number',
};

const LABELS: Record<keyof WorkDetailsValues, string> = {
  lastSupervisionDate: 'Last supervision',
  nextSupervisionDate: 'Next supervision',
  supervisorName: "Supervisor's name",
  appraisalYearStartMonth: 'Your appraisal year starts in',
  lineManager: 'Line manager',
  nmcPin: 'NMC PIN',
  sweRegistrationNumber: 'Social Work England registration number',
};

function Field({
  name,
  type = 'text',
  hint,
  values,
  errors,
  set,
  autocomplete,
}: {
  name: keyof WorkDetailsValues;
  type?: 'text' | 'date';
  hint?: string;
  values: WorkDetailsValues;
  errors: WorkDetailsErrors;
  set: (p: Partial<WorkDetailsValues>) => void;
  autocomplete?: string;
}) {
  const id = IDS[name];
  const error = errors[name];
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{LABELS[name]}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          <span class="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        type={type}
        value={values[name]}
        autocomplete={autocomplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        onInput={(e) => set({ [name]: e.currentTarget.value })}
      />
    </div>
  );
}

/** Supervision, appraisal and registration details, which the portfolio presets print. */
export function WorkDetailsSection({ profile }: { profile: Profile }) {
  const save = useProfileStore((s) => s.save);
  const [values, setValues] = useState(() => workDetailsValues(profile));
  const [errors, setErrors] = useState<WorkDetailsErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const set = (p: Partial<WorkDetailsValues>) => {
    setValues((v) => ({ ...v, ...p }));
    setStatus('idle');
  };

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    const found = validateWorkDetails(values, localToday());
    setErrors(found);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length) return;
    setStatus('saving');
    try {
      const details = workDetailsFromValues(values);
      // The store stamps id and dates afresh.
      await save({ ...profile, ...details });
      setValues(workDetailsValues({ ...profile, ...details }));
      setStatus('saved');
    } catch {
      setStatus('error');
    }
  };

  return (
    <section aria-labelledby="work-details-title" class="settings-section">
      <h2 id="work-details-title">Supervision, appraisal and registration</h2>
      <p class="hint">Your portfolios use these: the supervision portfolio starts at your last supervision.</p>
      <form onSubmit={onSubmit} noValidate>
        <ErrorSummary errors={errors} fieldIds={IDS} attempt={attempt} />
        <Field name="lastSupervisionDate" type="date" values={values} errors={errors} set={set} />
        <Field name="nextSupervisionDate" type="date" values={values} errors={errors} set={set} />
        <Field name="supervisorName" values={values} errors={errors} set={set} autocomplete="off" />
        <div class="field">
          <label for={IDS.appraisalYearStartMonth}>{LABELS.appraisalYearStartMonth}</label>
          <select
            id={IDS.appraisalYearStartMonth}
            value={values.appraisalYearStartMonth}
            onChange={(e) => set({ appraisalYearStartMonth: e.currentTarget.value })}
          >
            <option value="">Not set (the last 12 months)</option>
            {MONTHS.map((m, i) => (
              <option key={m} value={String(i + 1)}>
                {m}
              </option>
            ))}
          </select>
        </div>
        <Field name="lineManager" values={values} errors={errors} set={set} autocomplete="off" />
        <Field
          name="nmcPin"
          hint="If you are on the NMC register, as printed by the NMC, like 12A3456E."
          values={values}
          errors={errors}
          set={set}
        />
        <Field
          name="sweRegistrationNumber"
          hint="If you are a registered social worker in England, like SW12345."
          values={values}
          errors={errors}
          set={set}
        />
        <div class="form-actions">
          <button type="submit" disabled={status === 'saving'}>
            Save these details
          </button>
        </div>
        <p role="status" class="saved-status">
          {status === 'saved' ? 'Saved.' : ''}
        </p>
        {status === 'error' && (
          <p class="field-error" role="alert">
            These details could not be saved. Nothing was lost: try again.
          </p>
        )}
      </form>
    </section>
  );
}
