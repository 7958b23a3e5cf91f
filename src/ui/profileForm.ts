/**
 * The profile form's values (flat and serialisable, so they can be kept as a draft while the
 * user types), their checks, and the conversion to and from the stored Profile. Used by first-run
 * Setup and by Settings.
 */
import type { Profile, YearBasis } from '../domain/types';
import type { ProfileFlag } from '../frameworks/types';

/** The role select's value for "other / type my role". */
export const OTHER_ROLE = '__other';

export interface ProfileFormValues extends Record<string, unknown> {
  name: string;
  jobTitle: string;
  employer: string;
  volunteer: boolean;
  frameworkId: string;
  groupId: string;
  /** A framework role id, OTHER_ROLE, or '' (not chosen). */
  roleChoice: string;
  /** The typed role, used when roleChoice is OTHER_ROLE or the framework lists no roles. */
  roleTitle: string;
  flags: Partial<Record<ProfileFlag, boolean>>;
  yearBasis: YearBasis;
}

export type ProfileFormErrors = Partial<Record<'name' | 'jobTitle' | 'employer' | 'frameworkId' | 'roleTitle', string>>;

/** The profile flags in plain words, in the order the form shows them. */
export const FLAG_LABELS: ReadonlyArray<{ flag: ProfileFlag; label: string }> = [
  { flag: 'makesReferrals', label: "I make referrals to children's social care" },
  { flag: 'attendsConferences', label: 'I go to child protection conferences or core group meetings' },
  { flag: 'earlyHelpAssessments', label: 'I lead or contribute to early help assessments' },
  { flag: 'schoolDsl', label: 'I am a designated safeguarding lead (or deputy) in a school or college' },
  { flag: 'managesOrSupervises', label: 'I manage or supervise staff or volunteers' },
];

export const YEAR_BASIS_LABELS: ReadonlyArray<{ value: YearBasis; label: string }> = [
  { value: 'rolling', label: 'The last 12 months' },
  { value: 'calendar', label: 'The calendar year (January to December)' },
  { value: 'april', label: 'The April to March year' },
];

export const EMPTY_PROFILE_FORM: ProfileFormValues = {
  name: '',
  jobTitle: '',
  employer: '',
  volunteer: false,
  frameworkId: '',
  groupId: '',
  roleChoice: '',
  roleTitle: '',
  flags: {},
  yearBasis: 'rolling',
};

export function formFromProfile(p: Profile): ProfileFormValues {
  return {
    name: p.name,
    jobTitle: p.jobTitle,
    employer: p.employer,
    volunteer: p.volunteer,
    frameworkId: p.frameworkId,
    groupId: p.groupId ?? '',
    roleChoice: p.roleId ?? (p.roleTitle ? OTHER_ROLE : ''),
    roleTitle: p.roleId ? '' : p.roleTitle,
    flags: { ...p.flags },
    yearBasis: p.yearBasis,
  };
}

export function validateProfileForm(v: ProfileFormValues): ProfileFormErrors {
  const errors: ProfileFormErrors = {};
  if (!v.name.trim()) errors.name = 'Enter your name as it should appear on your portfolio';
  if (!v.jobTitle.trim()) errors.jobTitle = 'Enter your job title (or what you do as a volunteer)';
  if (!v.volunteer && !v.employer.trim()) errors.employer = 'Enter your employer or organisation, or tick "I am a volunteer"';
  if (!v.frameworkId) errors.frameworkId = 'Choose the partnership framework you work under';
  if (v.roleChoice === OTHER_ROLE && !v.roleTitle.trim()) errors.roleTitle = 'Type your role, or choose one from the list';
  return errors;
}

type ProfileData = Omit<Profile, 'id' | 'createdAt' | 'updatedAt'>;

/**
 * The profile to store. Fields the form does not edit (schemes, other frameworks, supervision and the other work details)
 * are kept from `existing`; a framework the user moves away from is kept as a previous one, so
 * its history stays viewable.
 * `roleTitleOf` gives a framework role's title (so the portfolio can show it without loading the
 * framework).
 */
export function profileFromForm(
  v: ProfileFormValues,
  existing: Profile | null,
  roleTitleOf: (roleId: string) => string | undefined,
): ProfileData {
  const roleId = v.roleChoice && v.roleChoice !== OTHER_ROLE ? v.roleChoice : null;
  const previous = existing?.previousFrameworkIds ?? [];
  const movedFrom = existing && existing.frameworkId && existing.frameworkId !== v.frameworkId ? existing.frameworkId : null;
  const flags: ProfileData['flags'] = {};
  for (const { flag } of FLAG_LABELS) if (v.flags[flag]) flags[flag] = true;
  return {
    name: v.name.trim(),
    jobTitle: v.jobTitle.trim(),
    employer: v.employer.trim(),
    volunteer: v.volunteer,
    frameworkId: v.frameworkId,
    groupId: v.groupId || null,
    roleId,
    roleTitle: roleId ? (roleTitleOf(roleId) ?? '') : v.roleTitle.trim(),
    flags,
    extraFrameworkIds: (existing?.extraFrameworkIds ?? []).filter((id) => id !== v.frameworkId),
    previousFrameworkIds:
      movedFrom && !previous.includes(movedFrom)
        ? [...previous.filter((id) => id !== v.frameworkId), movedFrom]
        : previous.filter((id) => id !== v.frameworkId),
    schemes: existing?.schemes ?? [],
    yearBasis: v.yearBasis,
    lastSupervisionDate: existing?.lastSupervisionDate ?? null,
    appraisalYearStartMonth: existing?.appraisalYearStartMonth ?? null,
    // Work details (Settings, "Supervision, appraisal and registration") are edited apart.
    nextSupervisionDate: existing?.nextSupervisionDate ?? null,
    supervisorName: existing?.supervisorName ?? '',
    lineManager: existing?.lineManager ?? '',
    nmcPin: existing?.nmcPin ?? '',
    sweRegistrationNumber: existing?.sweRegistrationNumber ?? '',
  };
}
