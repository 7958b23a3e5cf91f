/** Small hand-made frameworks and record builders for the engine's tests. */
import type { Course, Framework, Level, Rule } from '../../src/frameworks/types';
import type { Certificate, Enrolment, Plan, Profile, RecordSnapshot, Reflection, Training } from '../../src/domain/types';
import { makeProfile } from '../fixtures/profile';

const cite = { file: 'fixture.txt', section: 'Fixture section' };
const STAMP = { createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' };

export function level(id: string, order: number, title = id): Level {
  return { id, title, order, outcomes: [], cite };
}

export function course(id: string, extra: Partial<Course> = {}): Course {
  return {
    id,
    title: `Course ${id}`,
    groupIds: [],
    outcomes: [],
    length: { hours: 3, stated: true, sourceText: '3 hours' },
    multiAgency: true,
    cite,
    ...extra,
  };
}

export function framework(extra: Partial<Framework> = {}): Framework {
  return {
    id: 'fx',
    partnership: 'Fixture Partnership',
    shortName: 'Fixture',
    title: 'Fixture framework',
    edition: '1',
    sourceFile: 'fixture.txt',
    area: 'Fixture',
    levels: [],
    groups: [],
    roles: [],
    courses: [],
    rules: [],
    pathways: [],
    approaches: [],
    notes: [],
    cite,
    ...extra,
  };
}

/** A rule of any kind, with a default citation and text. */
type RuleInput = Rule extends infer R ? (R extends Rule ? Omit<R, 'cite' | 'text'> & Partial<Pick<R, 'cite' | 'text'>> : never) : never;
export function rule(r: RuleInput): Rule {
  return { cite, text: `Rule ${r.id}.`, ...r } as Rule;
}

export function profile(extra: Partial<Profile> = {}): Profile {
  return makeProfile({ ...STAMP, ...extra });
}

let n = 0;
export function training(endDate: string, extra: Partial<Training> = {}): Training {
  return {
    id: `t${++n}`,
    ...STAMP,
    title: `Training ${n}`,
    providerKind: 'partnership',
    providerName: 'P',
    startDate: endDate,
    endDate,
    hours: 3,
    mode: 'face-to-face',
    level: '',
    link: null,
    agency: 'multi',
    participatory: true,
    notes: '',
    impact: null,
    ...extra,
  };
}

/** A reflection of `kind` on `date` (free text, not linked to a training) for the scheme tests. */
export function reflection(date: string, kind: Reflection['kind'], extra: Partial<Reflection> = {}): Reflection {
  return {
    id: `r${++n}`,
    ...STAMP,
    trainingId: null,
    kind,
    date,
    title: 'R',
    template: 'free',
    sections: {},
    text: 'What I learned',
    peerReflection: false,
    ...extra,
  };
}

/** A nurse's NMC enrolment: renewal on 31 Mar 2027, 500 practice hours declared. */
export const NMC_ENROLMENT: Profile['schemes'][number] = { schemeId: 'nmc', renewalDate: '2027-03-31', options: { practiceHours: 500 } };

/** The other registrant or confirmer named on an NMC discussion or confirmation form. */
export function registrant(
  name: string,
  extra: Partial<Record<'nmcPin' | 'otherRegistrationType' | 'otherRegistrationNumber' | 'email' | 'address', string>> = {},
) {
  return {
    name,
    nmcPin: '12A3456E',
    otherRegistrationType: '',
    otherRegistrationNumber: '',
    email: 'a@example.org',
    address: 'Ward 3, City Hospital, AB1 2CD',
    ...extra,
  };
}

export function linked(courseId: string, endDate: string, extra: Partial<Training> = {}, frameworkId = 'fx'): Training {
  return training(endDate, { link: { frameworkId, courseId }, ...extra });
}

export function plan(plannedDate: string, extra: Partial<Plan> = {}): Plan {
  return {
    id: `p${++n}`,
    ...STAMP,
    title: `Plan ${n}`,
    plannedDate,
    link: null,
    hours: null,
    approval: null,
    notes: '',
    doneTrainingId: null,
    ...extra,
  };
}

export function certificate(trainingId: string): Omit<Certificate, 'bytes'> {
  return {
    id: `c${++n}`,
    ...STAMP,
    trainingId,
    fileName: 'c.pdf',
    mimeType: 'application/pdf',
    size: 1,
    originalSize: 1,
    sha256: 'x',
  };
}

export function enrolment(pathwayId: string, startDate: string, frameworkId = 'fx'): Enrolment {
  return { id: `e${++n}`, ...STAMP, frameworkId, pathwayId, startDate, endedAt: null };
}

export function record(extra: Partial<RecordSnapshot> = {}): RecordSnapshot {
  return { trainings: [], plans: [], reflections: [], certificates: [], enrolments: [], ...extra };
}

/** One level with a 36-month refresh requirement and a 3-to-6-month impact follow-up: the
 * framework the calendar tests export reminders from. */
export function reminderFramework(): Framework {
  return framework({
    levels: [level('u', 0, 'Universal')],
    groups: [{ id: 'g', title: 'G', description: '', levelIds: ['u'], cite: { file: 'f', section: 's' } }],
    rules: [
      rule({ id: 'refresh', kind: 'refresh', force: 'requirement', levelIds: ['u'], intervalMonths: 36 }),
      rule({ id: 'eval', kind: 'evaluation-followup', force: 'recommendation', fromMonths: 3, toMonths: 6 }),
    ],
  });
}
