/**
 * The forms professional regulators ask their registrants to keep, as data: the NMC's written
 * reflective account, reflective discussion and confirmation forms (revalidation), and the
 * questions of Social Work England's online CPD form. The forms in the app (src/ui/record) and the
 * scheme presets of the PDF portfolio (src/pdf/presets/scheme.ts) are laid out from these.
 *
 * What was checked against what (no NMC- or SWE-published copy of a form itself could be read
 * while this was written; nothing here is invented, and each part says where it comes from):
 * - NMC: the NMC's revalidation requirement pages on nmc.org.uk ("Written reflective accounts",
 *   last updated 26 May 2021; "Reflective discussion"; "Confirmation", on revalidation.nmc.org.uk;
 *   "Practice-related feedback") state what each form must record: the reflective discussion
 *   partner's "name, NMC Pin, email, professional address and postcode, as well as the date you had
 *   the discussion"; the confirmer's "name, NMC Pin or other professional identification number
 *   (where relevant), email, professional address and postcode"; five written reflective accounts
 *   "recorded on the approved form" about CPD, practice-related feedback or an event or experience
 *   "and how they relate to the Code"; five pieces of practice-related feedback. The four
 *   questions of the reflective account form and its list of the Code's four themes are as
 *   published completed accounts quote them (RCNi, Nursing Standard, "Reflective accounts"), not
 *   read from the NMC's own copy of the form. The guidance these pages refer to is "How to
 *   revalidate with the NMC" (NMC); its edition in use could not be confirmed.
 * - Social Work England: "How to record CPD" (socialworkengland.org.uk/cpd/record-cpd) says the
 *   structured and unstructured forms were replaced by a single form, and that a title and date of
 *   CPD are required; "CPD: what you need to know" asks for at least 2 pieces of CPD a
 *   registration year, at least one with peer reflection. The single form's questions are as
 *   Research in Practice lists them ("Record your CPD and apply to renew registration", November
 *   2023): the type of CPD, a short description of the activity and why it is relevant to you, the
 *   date, what you learnt, the positive impact on your practice and the people you work with, and
 *   (in at least one piece) what you learnt from discussing it with a peer.
 * Regulators revise their forms: the scheme's check note (src/frameworks/schemes.ts) says so.
 */
/** The four themes of the NMC Code, as the reflective account form lists them. */
export type NmcCodeTheme = 'prioritise-people' | 'practise-effectively' | 'preserve-safety' | 'promote-professionalism-and-trust';

export interface FormSource {
  publisher: string;
  document: string;
  /** What the citation covers and how it was checked, for developers (never on screen). */
  checked: string;
}

export interface FormQuestion {
  /** The section id the answer is stored under (Reflection.sections). */
  id: string;
  /** The form's question. */
  label: string;
  /** A short prompt under it, in the app's words. */
  hint: string;
}

export const NMC_FORMS_SOURCE: FormSource = {
  publisher: 'Nursing and Midwifery Council (NMC)',
  document: 'How to revalidate with the NMC, and the NMC’s revalidation forms',
  checked:
    'nmc.org.uk revalidation requirement pages (written reflective accounts last updated 26 May 2021; reflective discussion; confirmation; practice-related feedback); the account form’s questions as quoted in published completed accounts (RCNi)',
};

export const SWE_FORM_SOURCE: FormSource = {
  publisher: 'Social Work England',
  document: 'How to record CPD (the CPD form on your online account)',
  checked:
    'socialworkengland.org.uk/cpd/record-cpd (single form; title and date required) and /cpd/what-you-need-to-know (2 pieces, peer reflection); the questions as Research in Practice lists them (November 2023)',
};

/** The NMC written reflective account form's questions, in order. */
export const NMC_ACCOUNT_QUESTIONS: FormQuestion[] = [
  {
    id: 'nature',
    label: 'What was the nature of the CPD activity and/or practice-related feedback and/or event or experience in your practice?',
    hint: 'The course, feedback or event, in a few sentences.',
  },
  {
    id: 'learned',
    label: 'What did you learn from the CPD activity and/or feedback and/or event or experience in your practice?',
    hint: 'What you know or see differently now.',
  },
  {
    id: 'changed',
    label: 'How did you change or improve your practice as a result?',
    hint: 'What you now do differently, and how you know.',
  },
  {
    id: 'code',
    label: 'How is this relevant to the Code?',
    hint: 'Choose one or more themes below, and say how.',
  },
];

/** The four themes of the Code, as the account form lists them. */
export const NMC_CODE_THEMES: Array<[NmcCodeTheme, string]> = [
  ['prioritise-people', 'Prioritise people'],
  ['practise-effectively', 'Practise effectively'],
  ['preserve-safety', 'Preserve safety'],
  ['promote-professionalism-and-trust', 'Promote professionalism and trust'],
];

export function codeThemeLabel(t: NmcCodeTheme): string {
  return NMC_CODE_THEMES.find(([k]) => k === t)?.[1] ?? t;
}

/** What the reflective discussion form records about the partner (an NMC registrant). */
export const NMC_DISCUSSION_FIELDS = ['name', 'nmcPin', 'email', 'address'] as const;
/** What the confirmation form records about the confirmer. */
export const NMC_CONFIRMER_FIELDS = ['name', 'nmcPin', 'otherRegistrationType', 'otherRegistrationNumber', 'email', 'address'] as const;

/** The person fields' labels, in the forms' words; the PIN in capitals, as the NMC's register and
 * the rest of the app write it (the NMC's guidance also writes "Pin"). */
export const PERSON_LABELS: Record<(typeof NMC_CONFIRMER_FIELDS)[number], string> = {
  name: 'Name',
  nmcPin: 'NMC PIN',
  otherRegistrationType: 'Other professional registration (profession or regulator)',
  otherRegistrationNumber: 'Registration number',
  email: 'Email address',
  address: 'Professional address, including postcode',
};

/** Social Work England's CPD form: the questions after the title, date and type of CPD. */
export const SWE_CPD_QUESTIONS: FormQuestion[] = [
  {
    id: 'description',
    label: 'A short description of the activity and why it is relevant to you',
    hint: 'What you did, and why you chose it.',
  },
  { id: 'learned', label: 'What you learnt from doing the activity', hint: 'What you know or see differently now.' },
  {
    id: 'impact',
    label: 'The positive impact the activity has had, or will have, on your practice and the people you work with',
    hint: 'What you do differently, and what it means for children and families.',
  },
  {
    id: 'peer',
    label: 'What you learnt from discussing the activity with a peer',
    hint: 'Needed in at least one piece a year (peer reflection). Leave empty if you did not discuss it.',
  },
];

/** The reflection templates' names, for a document saying which one an entry was written with. */
export const TEMPLATE_NAMES: Record<string, string> = {
  'what-so-what-now-what': 'What? So what? Now what?',
  gibbs: 'Gibbs’ reflective cycle',
  free: 'free text',
  nmc: 'NMC written reflective account',
  swe: 'Social Work England CPD form',
};
