import { useEffect, useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../domain/limits';
import { TooLong } from './TooLong';
import type { ComponentChildren } from 'preact';
import { FRAMEWORKS } from '../../frameworks/registry';
import { useFramework } from '../../state/framework';
import type { Group, Role } from '../../frameworks/types';
import type { YearBasis } from '../../domain/types';
import { FLAG_LABELS, OTHER_ROLE, YEAR_BASIS_LABELS, type ProfileFormErrors, type ProfileFormValues } from '../profileForm';

/** Frameworks the user added from files, for the framework choice (loaded apart from the first
 * screen: the checks they need are not in the first load). */
function useAddedFrameworks(): Array<{ id: string; shortName: string; title: string }> {
  const [list, setList] = useState<Array<{ id: string; shortName: string; title: string }>>([]);
  useEffect(() => {
    let live = true;
    import('../../state/frameworks')
      .then((m) => m.userFrameworks())
      .then(
        (frameworks) => live && setList(frameworks.map((f) => ({ id: f.id, shortName: f.shortName, title: f.title }))),
        () => undefined, // none shown; the bundled frameworks still are
      );
    return () => {
      live = false;
    };
  }, []);
  return list;
}

function describedBy(...ids: Array<string | false | undefined>): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <p id={id} class="field-error">
      <span class="visually-hidden">Error: </span>
      {message}
    </p>
  );
}

function TextField(props: {
  id: string;
  label: string;
  hint?: ComponentChildren;
  value: string;
  error?: string;
  autocomplete?: string;
  onInput: (v: string) => void;
}) {
  const { id, label, hint, value, error, autocomplete, onInput } = props;
  return (
    <div class={error ? 'field field--error' : 'field'}>
      <label for={id}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      <FieldError id={`${id}-error`} message={error} />
      <input
        id={id}
        type="text"
        value={value}
        autocomplete={autocomplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <TooLong id={id} label={`${label.replace(/\s*\(optional\)$/i, '')}`} value={value} max={TEXT_LIMITS.short} />
    </div>
  );
}

function exampleRoles(roles: Role[], group: Group, count = 4): string {
  return roles
    .filter((r) => r.groupId === group.id)
    .slice(0, count)
    .map((r) => r.title)
    .join('; ');
}

/**
 * The profile fields shared by first-run Setup and Settings. Copes with a framework that lists
 * no groups or roles yet: the role is then typed.
 */
export function ProfileFields({
  values,
  update,
  errors,
}: {
  values: ProfileFormValues;
  update: (patch: Partial<ProfileFormValues>) => void;
  errors: ProfileFormErrors;
}) {
  const loaded = useFramework(values.frameworkId);
  const added = useAddedFrameworks();
  const bundled = FRAMEWORKS.find((f) => f.id === values.frameworkId);
  const addedChoice = added.find((f) => f.id === values.frameworkId);
  const chosen = bundled
    ? { who: bundled.partnership, title: bundled.title }
    : addedChoice
      ? { who: addedChoice.shortName, title: addedChoice.title }
      : null;
  const framework = loaded.status === 'ready' ? loaded.framework : null;
  const groups = framework?.groups ?? [];
  const roles = framework?.roles ?? [];
  const rolesInGroup = values.groupId ? roles.filter((r) => r.groupId === values.groupId) : roles;
  const typedRole = roles.length === 0 || values.roleChoice === OTHER_ROLE;

  const chooseFramework = (frameworkId: string) =>
    update({ frameworkId, groupId: '', roleChoice: values.roleChoice === OTHER_ROLE ? OTHER_ROLE : '' });
  const chooseGroup = (groupId: string) => {
    const role = roles.find((r) => r.id === values.roleChoice);
    update({ groupId, roleChoice: role && groupId && role.groupId !== groupId ? '' : values.roleChoice });
  };
  const chooseRole = (roleChoice: string) => {
    const role = roles.find((r) => r.id === roleChoice);
    update(role ? { roleChoice, groupId: role.groupId } : { roleChoice });
  };

  return (
    <>
      <TextField
        id="pf-name"
        label="Your name"
        hint="As it should appear on your portfolio."
        value={values.name}
        error={errors.name}
        autocomplete="name"
        onInput={(name) => update({ name })}
      />
      <TextField
        id="pf-job"
        label="Job title"
        value={values.jobTitle}
        error={errors.jobTitle}
        autocomplete="organization-title"
        onInput={(jobTitle) => update({ jobTitle })}
      />
      <div class="choice">
        <input
          id="pf-volunteer"
          type="checkbox"
          checked={values.volunteer}
          onChange={(e) => update({ volunteer: e.currentTarget.checked })}
        />
        <label for="pf-volunteer">I am a volunteer</label>
      </div>
      <TextField
        id="pf-employer"
        label={values.volunteer ? 'Organisation (optional)' : 'Employer or organisation'}
        hint={values.volunteer ? 'The group or charity you volunteer with, if any.' : undefined}
        value={values.employer}
        error={errors.employer}
        autocomplete="organization"
        onInput={(employer) => update({ employer })}
      />

      <div class={errors.frameworkId ? 'field field--error' : 'field'}>
        <label for="pf-framework">Partnership framework</label>
        <p id="pf-framework-hint" class="hint">
          The safeguarding children partnership whose training framework you follow, usually where you work.
        </p>
        <FieldError id="pf-framework-error" message={errors.frameworkId} />
        <select
          id="pf-framework"
          value={values.frameworkId}
          aria-invalid={errors.frameworkId ? true : undefined}
          aria-describedby={describedBy('pf-framework-hint', errors.frameworkId && 'pf-framework-error')}
          onChange={(e) => chooseFramework(e.currentTarget.value)}
        >
          <option value="">Choose a framework</option>
          {FRAMEWORKS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.shortName}
            </option>
          ))}
          {added.length > 0 && (
            <optgroup label="Added by you, not checked by this app">
              {added.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.shortName}
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {/* The option shows the short name only: a long document title widened the select past a
            360 px screen in WebKit, where max-width does not contain a select's intrinsic width. */}
        {chosen && (
          <p class="hint">
            {chosen.who}: {chosen.title}
          </p>
        )}
      </div>

      {loaded.status === 'loading' && (
        <p class="hint" role="status">
          Loading the framework…
        </p>
      )}
      {loaded.status === 'error' && (
        <p class="field-error" role="alert">
          This framework could not be loaded. Reload the page and try again.
        </p>
      )}

      {groups.length > 0 && (
        <div class="field">
          <label for="pf-group">Your group in this framework</label>
          <p id="pf-group-hint" class="hint">
            The framework sorts the workforce by how much contact you have with children and families.
          </p>
          <select
            id="pf-group"
            value={values.groupId}
            aria-describedby="pf-group-hint"
            onChange={(e) => chooseGroup(e.currentTarget.value)}
          >
            <option value="">Not chosen yet</option>
            {groups.map((g) => (
              <option key={g.id} value={g.id}>
                {g.title}
              </option>
            ))}
          </select>
          <details class="disclosure">
            <summary>Not sure which group?</summary>
            <dl>
              {groups.map((g) => {
                const examples = exampleRoles(roles, g);
                return (
                  <div key={g.id}>
                    <dt>{g.title}</dt>
                    <dd>
                      {g.description}
                      {examples && <span class="hint"> For example: {examples}.</span>}
                    </dd>
                  </div>
                );
              })}
            </dl>
          </details>
        </div>
      )}

      {roles.length > 0 && (
        <div class="field">
          <label for="pf-role">Your role</label>
          <select id="pf-role" value={values.roleChoice} onChange={(e) => chooseRole(e.currentTarget.value)}>
            <option value="">Not chosen yet</option>
            {values.groupId
              ? rolesInGroup.map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.title}
                  </option>
                ))
              : groups.map((g) => (
                  <optgroup key={g.id} label={g.title}>
                    {roles
                      .filter((r) => r.groupId === g.id)
                      .map((r) => (
                        <option key={r.id} value={r.id}>
                          {r.title}
                        </option>
                      ))}
                  </optgroup>
                ))}
            <option value={OTHER_ROLE}>Other / type my role</option>
          </select>
        </div>
      )}
      {values.frameworkId && typedRole && loaded.status === 'ready' && (
        <TextField
          id="pf-role-title"
          label={roles.length === 0 ? 'Your role (optional)' : 'Type your role'}
          hint={roles.length === 0 ? 'In your own words, e.g. "Youth worker".' : undefined}
          value={values.roleTitle}
          error={errors.roleTitle}
          onInput={(roleTitle) => update({ roleTitle })}
        />
      )}

      <fieldset class="fieldset">
        <legend>What your work involves</legend>
        <p class="hint">Tick any that apply. The app uses these to suggest training meant for you.</p>
        {FLAG_LABELS.map(({ flag, label }) => (
          <div class="choice" key={flag}>
            <input
              id={`pf-flag-${flag}`}
              type="checkbox"
              checked={!!values.flags[flag]}
              onChange={(e) => update({ flags: { ...values.flags, [flag]: e.currentTarget.checked } })}
            />
            <label for={`pf-flag-${flag}`}>{label}</label>
          </div>
        ))}
      </fieldset>

      <fieldset class="fieldset">
        <legend>Count your yearly training hours over</legend>
        {YEAR_BASIS_LABELS.map(({ value, label }) => (
          <div class="choice" key={value}>
            <input
              id={`pf-year-${value}`}
              type="radio"
              name="pf-year-basis"
              value={value}
              checked={values.yearBasis === value}
              onChange={() => update({ yearBasis: value as YearBasis })}
            />
            <label for={`pf-year-${value}`}>{label}</label>
          </div>
        ))}
      </fieldset>
    </>
  );
}

/** Error key -> field id, for the error summary's links. */
export const PROFILE_FIELD_IDS: Record<string, string> = {
  name: 'pf-name',
  jobTitle: 'pf-job',
  employer: 'pf-employer',
  frameworkId: 'pf-framework',
  roleTitle: 'pf-role-title',
};
