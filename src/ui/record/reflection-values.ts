/** The reflection form: templates, values (saved as a draft) and validation in plain words. Pure. */
import { isIsoDate, formatDate } from '../../domain/dates';
import type { ISODate, NmcCodeTheme, Reflection, ReflectionKind, ReflectionTemplate, RevalidationPerson } from '../../domain/types';
import type { RecordForm } from '../../domain/suggestion-types';
import { NMC_ACCOUNT_QUESTIONS, SWE_CPD_QUESTIONS } from '../../frameworks/scheme-forms';
import type { ReflectionInput } from '../../state/reflections';
import type { Errors } from './fields';

export const REFLECTION_KINDS: Array<[ReflectionKind, string]> = [
  ['reflection', 'Reflection on training'],
  ['supervision', 'Supervision'],
  ['case-discussion', 'Case discussion'],
  ['reflective-discussion', 'Reflective discussion with a colleague'],
  ['feedback', 'Feedback on my practice'],
  ['confirmation', 'NMC revalidation confirmation'],
];

export interface TemplateSection {
  id: string;
  label: string;
  hint: string;
}

export const TEMPLATES: Record<ReflectionTemplate, { title: string; sections: TemplateSection[] }> = {
  'what-so-what-now-what': {
    title: 'What? So what? Now what?',
    sections: [
      { id: 'what', label: 'What?', hint: 'What happened, or what did you learn?' },
      { id: 'soWhat', label: 'So what?', hint: 'Why does it matter for your practice and for children?' },
      { id: 'nowWhat', label: 'Now what?', hint: 'What will you do differently, and how will you know?' },
    ],
  },
  gibbs: {
    title: 'Gibbs’ reflective cycle',
    sections: [
      { id: 'description', label: 'Description', hint: 'What happened?' },
      { id: 'feelings', label: 'Feelings', hint: 'What were you thinking and feeling?' },
      { id: 'evaluation', label: 'Evaluation', hint: 'What was good and bad about it?' },
      { id: 'analysis', label: 'Analysis', hint: 'What sense can you make of it?' },
      { id: 'conclusion', label: 'Conclusion', hint: 'What else could you have done?' },
      { id: 'actionPlan', label: 'Action plan', hint: 'If it arose again, what would you do?' },
    ],
  },
  free: { title: 'Free text', sections: [] },
  nmc: { title: 'NMC written reflective account', sections: NMC_ACCOUNT_QUESTIONS },
  swe: { title: 'Social Work England CPD form', sections: SWE_CPD_QUESTIONS },
};

/** Templates offered for a kind: a confirmation is its own form (no template to choose). */
export function templatesFor(kind: ReflectionKind): ReflectionTemplate[] {
  return kind === 'confirmation' ? ['free'] : (Object.keys(TEMPLATES) as ReflectionTemplate[]);
}

export interface ReflectionValues extends Record<string, unknown> {
  trainingId: string;
  kind: ReflectionKind;
  date: string;
  title: string;
  template: ReflectionTemplate;
  sections: Record<string, string>;
  text: string;
  peerReflection: boolean;
  peerName: string;
  codeThemes: NmcCodeTheme[];
  person: RevalidationPerson;
  cpdType: string;
}

export function emptyPerson(): RevalidationPerson {
  return { name: '', nmcPin: '', otherRegistrationType: '', otherRegistrationNumber: '', email: '', address: '' };
}

/** Whether the form records the other person: the reflective discussion partner, the confirmer. */
export function hasPerson(kind: ReflectionKind): boolean {
  return kind === 'reflective-discussion' || kind === 'confirmation';
}

export const REFLECTION_LABELS: Record<string, string> = { date: 'Date', title: 'Title', text: 'Reflection', personName: 'Name' };

export function emptyReflectionValues(today: ISODate, trainingId = '', form?: RecordForm): ReflectionValues {
  const base: ReflectionValues = {
    trainingId,
    kind: trainingId ? 'reflection' : 'supervision',
    date: today,
    title: '',
    template: 'what-so-what-now-what',
    sections: {},
    text: '',
    peerReflection: false,
    peerName: '',
    codeThemes: [],
    person: emptyPerson(),
    cpdType: '',
  };
  switch (form) {
    case 'nmc-account':
      return { ...base, kind: 'reflection', template: 'nmc' };
    case 'swe-cpd':
      return { ...base, kind: 'reflection', template: 'swe' };
    case 'feedback':
      return { ...base, kind: 'feedback' };
    case 'reflective-discussion':
      return { ...base, kind: 'reflective-discussion', title: 'Reflective discussion' };
    case 'confirmation':
      return { ...base, kind: 'confirmation', template: 'free', title: 'NMC revalidation confirmation' };
    default:
      return base;
  }
}

/** A form named in a link ('?form=nmc-account'), or undefined. */
export function recordFormOf(value: string | null): RecordForm | undefined {
  const forms: RecordForm[] = ['feedback', 'nmc-account', 'reflective-discussion', 'confirmation', 'swe-cpd'];
  return forms.find((f) => f === value);
}

/** The page title for a new form. */
export function formTitle(form: RecordForm | undefined): string {
  switch (form) {
    case 'nmc-account':
      return 'Write a reflective account';
    case 'swe-cpd':
      return 'Record a piece of CPD';
    case 'feedback':
      return 'Record feedback on your practice';
    case 'reflective-discussion':
      return 'Record your reflective discussion';
    case 'confirmation':
      return 'Record your confirmation';
    default:
      return 'Write a reflection';
  }
}

export function reflectionToValues(r: Reflection): ReflectionValues {
  return {
    trainingId: r.trainingId ?? '',
    kind: r.kind,
    date: r.date,
    title: r.title,
    template: r.template,
    sections: { ...r.sections },
    text: r.text,
    peerReflection: r.peerReflection,
    peerName: r.peerName ?? '',
    codeThemes: [...(r.codeThemes ?? [])],
    person: { ...emptyPerson(), ...r.person },
    cpdType: r.cpdType ?? '',
  };
}

/** Only the chosen template's sections are kept (text typed under another template is dropped
 * when saving, not while typing: switching back brings it back). */
function keptSections(v: ReflectionValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of TEMPLATES[v.template].sections) if (v.sections[s.id]?.trim()) out[s.id] = v.sections[s.id];
  return out;
}

export function validateReflection(v: ReflectionValues, today: ISODate): Errors<'date' | 'text' | 'title' | 'personName'> {
  const e: Errors<'date' | 'text' | 'title' | 'personName'> = {};
  if (!v.date.trim()) e.date = 'Enter the date.';
  else if (!isIsoDate(v.date)) e.date = 'The date is not a real date. Check the day, month and year.';
  else if (v.date > today) e.date = `The date is in the future (after ${formatDate(today)}).`;
  if (v.title.length > 200) e.title = 'Shorten the title to 200 characters or fewer.';
  const written = !!v.text.trim() || Object.keys(keptSections(v)).length > 0;
  if (v.kind === 'confirmation') {
    if (!v.person.name.trim()) e.personName = 'Enter the name of the person who confirmed your revalidation.';
  } else if (v.kind === 'reflective-discussion') {
    // The NMC's form records who the discussion was with; what was said is optional.
    if (!v.person.name.trim() && !written) e.personName = 'Enter the name of the NMC registrant you had the discussion with.';
  } else if (!written) e.text = 'Write something in at least one part of the reflection.';
  return e;
}

export function valuesToReflection(v: ReflectionValues, existing?: Reflection): ReflectionInput {
  return {
    ...(existing ? { id: existing.id } : {}),
    trainingId: v.trainingId || null,
    kind: v.kind,
    date: v.date,
    title: v.title.trim(),
    template: v.template,
    sections: keptSections(v),
    text: v.text,
    // SWE's form: an answered peer question is a peer reflection.
    peerReflection: v.peerReflection || (v.template === 'swe' && !!v.sections.peer?.trim()),
    ...(v.peerName.trim() ? { peerName: v.peerName.trim() } : {}),
    ...(existing?.excludedSchemes ? { excludedSchemes: existing.excludedSchemes } : {}),
    ...(v.template === 'nmc' && v.codeThemes.length ? { codeThemes: [...v.codeThemes] } : {}),
    ...(hasPerson(v.kind) ? { person: trimPerson(v.person, v.kind) } : {}),
    ...(v.template === 'swe' && v.cpdType.trim() ? { cpdType: v.cpdType.trim() } : {}),
  };
}

/** The person's fields, trimmed; a discussion partner has no other registration (the NMC asks for
 * an NMC registrant). */
function trimPerson(p: RevalidationPerson, kind: ReflectionKind): RevalidationPerson {
  const t = (x: string) => x.trim();
  return {
    name: t(p.name),
    nmcPin: t(p.nmcPin),
    otherRegistrationType: kind === 'confirmation' ? t(p.otherRegistrationType) : '',
    otherRegistrationNumber: kind === 'confirmation' ? t(p.otherRegistrationNumber) : '',
    email: t(p.email),
    address: t(p.address),
  };
}
