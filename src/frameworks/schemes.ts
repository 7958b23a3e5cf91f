/**
 * Professional CPD schemes a practitioner may answer to beside their partnership framework.
 * Data only: src/domain/schemes.ts interprets it. The figures are as the issue that asked for
 * them states them (NMC revalidation, Social Work England CPD, Keeping Children Safe in
 * Education); each scheme names its publisher, the edition of the figures and a reminder to
 * check the regulator's current guidance, because regulators revise these.
 */

export interface SchemeCitation {
  publisher: string;
  document: string;
  section: string;
}

/** When a scheme's cycle runs. */
export type SchemeCycle =
  /** A fixed number of years ending on the user's renewal date (NMC: 3 years). */
  | { kind: 'years-to-renewal'; years: number }
  /** A registration year between fixed days (SWE: 1 December to 30 November). */
  | { kind: 'registration-year'; startMonth: number; startDay: number }
  /** Rolling refresh requirements only (KCSIE). */
  | { kind: 'rolling' };

/** What a piece of evidence in the record is, for counting. */
export type EvidenceKind =
  | 'cpd-hours'
  | 'participatory-hours'
  | 'practice-feedback'
  | 'reflective-account'
  | 'reflective-discussion'
  | 'confirmation'
  | 'cpd-piece'
  | 'cpd-piece-with-peer-reflection';

export type SchemeRequirement =
  | {
      kind: 'target';
      id: string;
      title: string;
      counts: EvidenceKind;
      /** Hours for the hour kinds, a count otherwise. */
      target: number;
      cite: SchemeCitation;
    }
  | {
      kind: 'declared-hours';
      id: string;
      title: string;
      /** The option key of the enrolment that holds the user's declared figure. */
      optionKey: string;
      target: number;
      /** Alternative target when a boolean option is set (NMC dual registration: 900). */
      alternative?: { optionKey: string; target: number; label: string };
      cite: SchemeCitation;
    }
  | {
      kind: 'refresh';
      id: string;
      title: string;
      intervalMonths: number;
      /** Only for users with this profile flag (e.g. the school's DSL). */
      onlyForFlag?: 'schoolDsl';
      /** Only training of this kind renews it, recognised by words in its title or level
       * (the DSL's own training, not any staff update). */
      countsOnly?: { keywords: string[]; description: string };
      cite: SchemeCitation;
    }
  | {
      kind: 'checklist';
      id: string;
      title: string;
      items: string[];
      /** Who signs the checklist off on the portfolio's sign-off page. */
      signOffRoles?: string[];
      cite: SchemeCitation;
    };

export interface Scheme {
  id: string;
  title: string;
  shortName: string;
  publisher: string;
  /** Who the scheme is for, in plain words. */
  audience: string;
  /** The edition or date of the figures encoded here. */
  edition: string;
  checkNote: string;
  cycle: SchemeCycle;
  /** What the deadline is called ("revalidation", "CPD deadline"). */
  deadlineLabel: string;
  requirements: SchemeRequirement[];
  cite: SchemeCitation;
}

const NMC_DOC: Omit<SchemeCitation, 'section'> = {
  publisher: 'Nursing and Midwifery Council (NMC)',
  document: 'Revalidation: how to revalidate with the NMC',
};
const SWE_DOC: Omit<SchemeCitation, 'section'> = {
  publisher: 'Social Work England',
  document: 'Continuing professional development (CPD) guidance for social workers',
};
const KCSIE_DOC: Omit<SchemeCitation, 'section'> = {
  publisher: 'Department for Education',
  document: 'Keeping children safe in education 2025: statutory guidance for schools and colleges',
};

export const nmc: Scheme = {
  id: 'nmc',
  title: 'NMC revalidation',
  shortName: 'NMC',
  publisher: NMC_DOC.publisher,
  audience: 'Nurses, midwives and nursing associates on the NMC register',
  // The NMC's revalidation requirement pages ("Written reflective accounts" last updated 26 May
  // 2021), which cite "How to revalidate with the NMC"; the guide's own edition in use could not
  // be confirmed (src/frameworks/scheme-forms.ts says what was checked against what).
  edition:
    "Requirements as the NMC's revalidation pages state them (last updated 26 May 2021), for revalidation every three years (checked November 2026)",
  checkNote: "Check the NMC's current revalidation guidance before you submit: requirements can change.",
  cycle: { kind: 'years-to-renewal', years: 3 },
  deadlineLabel: 'revalidation due',
  requirements: [
    {
      kind: 'declared-hours',
      id: 'nmc-practice-hours',
      title: 'Practice hours',
      optionKey: 'practiceHours',
      target: 450,
      alternative: { optionKey: 'dualRegistration', target: 900, label: 'dual registration (for example nurse and midwife)' },
      cite: { ...NMC_DOC, section: 'Practice hours' },
    },
    {
      kind: 'target',
      id: 'nmc-cpd-hours',
      title: 'CPD hours',
      counts: 'cpd-hours',
      target: 35,
      cite: { ...NMC_DOC, section: 'Continuing professional development' },
    },
    {
      kind: 'target',
      id: 'nmc-participatory-hours',
      title: 'Participatory CPD hours',
      counts: 'participatory-hours',
      target: 20,
      cite: { ...NMC_DOC, section: 'Continuing professional development: participatory learning' },
    },
    {
      kind: 'target',
      id: 'nmc-feedback',
      title: 'Pieces of practice-related feedback',
      counts: 'practice-feedback',
      target: 5,
      cite: { ...NMC_DOC, section: 'Practice-related feedback' },
    },
    {
      kind: 'target',
      id: 'nmc-reflective-accounts',
      title: 'Written reflective accounts',
      counts: 'reflective-account',
      target: 5,
      cite: { ...NMC_DOC, section: 'Written reflective accounts' },
    },
    {
      kind: 'target',
      id: 'nmc-reflective-discussion',
      title: 'Reflective discussion with another NMC registrant',
      counts: 'reflective-discussion',
      target: 1,
      cite: { ...NMC_DOC, section: 'Reflective discussion' },
    },
    {
      // "We will ask you to provide the name, NMC Pin or other professional identification number
      // (where relevant), email, professional address and postcode of the confirmer"; "You should
      // obtain your confirmation in the final year of your three year renewal period"
      // (revalidation.nmc.org.uk, Confirmation).
      kind: 'target',
      id: 'nmc-confirmation',
      title: 'Confirmation',
      counts: 'confirmation',
      target: 1,
      cite: { ...NMC_DOC, section: 'Confirmation' },
    },
    {
      kind: 'checklist',
      id: 'nmc-declarations',
      title: 'Declarations (not computed by the app)',
      items: ['Health and character declaration', 'Professional indemnity arrangement'],
      signOffRoles: ['Registrant', 'Confirmer'],
      cite: { ...NMC_DOC, section: 'Health and character; professional indemnity arrangement' },
    },
  ],
  cite: { ...NMC_DOC, section: 'Revalidation requirements' },
};

export const swe: Scheme = {
  id: 'swe',
  title: 'Social Work England CPD',
  shortName: 'SWE',
  publisher: SWE_DOC.publisher,
  audience: 'Social workers registered with Social Work England',
  edition: 'Registration year 1 December to 30 November (figures checked November 2026)',
  checkNote: "Check Social Work England's current CPD guidance: the number of pieces and the deadline can change.",
  cycle: { kind: 'registration-year', startMonth: 12, startDay: 1 },
  deadlineLabel: 'CPD deadline',
  requirements: [
    {
      kind: 'target',
      id: 'swe-cpd-pieces',
      title: 'Pieces of CPD',
      counts: 'cpd-piece',
      target: 2,
      cite: { ...SWE_DOC, section: 'Recording CPD each registration year' },
    },
    {
      kind: 'target',
      id: 'swe-peer-reflection',
      title: 'Pieces of CPD with peer reflection',
      counts: 'cpd-piece-with-peer-reflection',
      target: 1,
      cite: { ...SWE_DOC, section: 'Peer reflection' },
    },
  ],
  cite: { ...SWE_DOC, section: 'CPD requirements' },
};

/** KCSIE's Annex C, "Role of the designated safeguarding lead", under its heading "Training,
 * knowledge and skills" (the annex's paragraphs are not numbered). */
const ANNEX_C_TRAINING = 'Annex C: Role of the designated safeguarding lead, Training, knowledge and skills';
/** Words that name the DSL role in a title or level, matched as whole words, also in the plural
 * or possessive (src/domain/schemes.ts, mentionsAny; near misses in test/domain/kcsie-dsl.test.ts).
 * The user can say otherwise on any entry ("Counts towards" on the entry's page). */
const DSL_KEYWORDS = ['designated safeguarding lead', 'designated safeguarding', 'DSL', 'DDSL', 'safeguarding lead'];

export const kcsie: Scheme = {
  id: 'kcsie',
  title: 'Keeping Children Safe in Education',
  shortName: 'KCSIE',
  publisher: KCSIE_DOC.publisher,
  audience: 'Staff in schools and colleges in England',
  edition: 'Keeping children safe in education 2025, in force from 1 September 2025',
  checkNote: 'Check the current edition of Keeping children safe in education: it is revised most years.',
  cycle: { kind: 'rolling' },
  deadlineLabel: 'update due',
  requirements: [
    {
      kind: 'refresh',
      id: 'kcsie-annual-update',
      title: 'Safeguarding and child protection update (at least annually)',
      intervalMonths: 12,
      // "all staff should receive safeguarding and child protection (including online safety)
      // updates (for example, via email, e-bulletins, and staff meetings), as required, and at
      // least annually".
      cite: { ...KCSIE_DOC, section: 'Part two: The management of safeguarding, Training (updates at least annually)' },
    },
    {
      kind: 'refresh',
      id: 'kcsie-dsl-training',
      title: "Designated safeguarding lead's training (at least every two years)",
      intervalMonths: 24,
      onlyForFlag: 'schoolDsl',
      countsOnly: {
        keywords: DSL_KEYWORDS,
        description: 'training whose title or level names the designated safeguarding lead (DSL) role',
      },
      // "The designated safeguarding lead (and any deputies) should undergo training to provide
      // them with the knowledge and skills required to carry out the role. This training should
      // be updated at least every two years."
      cite: { ...KCSIE_DOC, section: ANNEX_C_TRAINING },
    },
    {
      kind: 'refresh',
      id: 'kcsie-dsl-knowledge-refresh',
      title: "Designated safeguarding lead's knowledge and skills refreshed (at least annually)",
      intervalMonths: 12,
      onlyForFlag: 'schoolDsl',
      // "In addition to the formal training set out above, their knowledge and skills should be
      // refreshed (this might be via e-bulletins, meeting other designated safeguarding leads, or
      // simply taking time to read and digest safeguarding developments) at regular intervals, as
      // required, and at least annually". The DSL's own training and updates count (by the DSL
      // words in their title or level), and so does a logged safeguarding e-bulletin; anything
      // else the DSL did to refresh (reading and digesting safeguarding developments, meeting
      // other DSLs under another name) counts when they mark the entry so. A bulletin on another
      // subject ("Fire safety bulletin") does not count by its title.
      countsOnly: {
        keywords: [...DSL_KEYWORDS, 'e-bulletin', 'safeguarding bulletin'],
        description:
          'DSL training or updates (a title or level naming the designated safeguarding lead role, such as a DSL network meeting or briefing) and safeguarding e-bulletins',
      },
      cite: { ...KCSIE_DOC, section: ANNEX_C_TRAINING },
    },
    {
      kind: 'checklist',
      id: 'kcsie-induction',
      title: 'Safeguarding training at induction',
      items: ['Safeguarding and child protection training (including online safety) at induction'],
      // KCSIE asks schools to train staff at induction; it asks no sign-off of the designated
      // safeguarding lead, so the only signature is the staff member's own record of it.
      signOffRoles: ['Staff member'],
      cite: { ...KCSIE_DOC, section: 'Part two: The management of safeguarding, Training (at induction)' },
    },
  ],
  cite: { ...KCSIE_DOC, section: 'Training requirements' },
};

export const SCHEMES: readonly Scheme[] = [nmc, swe, kcsie];

export function schemeById(id: string): Scheme | undefined {
  return SCHEMES.find((s) => s.id === id);
}
