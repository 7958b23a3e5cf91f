/** The reflection form: templates, values (saved as a draft) and validation in plain words. Pure. */
import { isIsoDate, formatDate } from '../../domain/dates';
import type { ISODate, Reflection, ReflectionKind, ReflectionTemplate } from '../../domain/types';
import type { ReflectionInput } from '../../state/reflections';
import type { Errors } from './fields';

export const REFLECTION_KINDS: Array<[ReflectionKind, string]> = [
  ['reflection', 'Reflection on training'],
  ['supervision', 'Supervision'],
  ['case-discussion', 'Case discussion'],
  ['reflective-discussion', 'Reflective discussion with a colleague'],
  ['feedback', 'Feedback on my practice'],
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
};

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
}

export const REFLECTION_LABELS: Record<string, string> = { date: 'Date', title: 'Title', text: 'Reflection' };

export function emptyReflectionValues(today: ISODate, trainingId = ''): ReflectionValues {
  return {
    trainingId,
    kind: trainingId ? 'reflection' : 'supervision',
    date: today,
    title: '',
    template: 'what-so-what-now-what',
    sections: {},
    text: '',
    peerReflection: false,
    peerName: '',
  };
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
  };
}

/** Only the chosen template's sections are kept (text typed under another template is dropped
 * when saving, not while typing: switching back brings it back). */
function keptSections(v: ReflectionValues): Record<string, string> {
  const out: Record<string, string> = {};
  for (const s of TEMPLATES[v.template].sections) if (v.sections[s.id]?.trim()) out[s.id] = v.sections[s.id];
  return out;
}

export function validateReflection(v: ReflectionValues, today: ISODate): Errors<'date' | 'text' | 'title'> {
  const e: Errors<'date' | 'text' | 'title'> = {};
  if (!v.date.trim()) e.date = 'Enter the date.';
  else if (!isIsoDate(v.date)) e.date = 'The date is not a real date. Check the day, month and year.';
  else if (v.date > today) e.date = `The date is in the future (after ${formatDate(today)}).`;
  if (v.title.length > 200) e.title = 'Shorten the title to 200 characters or fewer.';
  if (!v.text.trim() && Object.keys(keptSections(v)).length === 0) e.text = 'Write something in at least one part of the reflection.';
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
    peerReflection: v.peerReflection,
    ...(v.peerName.trim() ? { peerName: v.peerName.trim() } : {}),
    ...(existing?.excludedSchemes ? { excludedSchemes: existing.excludedSchemes } : {}),
  };
}
