/**
 * How single record entries read in a portfolio, shared by every preset (src/pdf/sections.ts) and
 * the scheme presets (src/pdf/presets/scheme.ts): dates, hours, modes, and a reflection as an
 * entry block whose texts are offered to the privacy check.
 */
import { formatDate } from '../domain/dates';
import { formatHours } from '../domain/hours';
import type { ISODate, Reflection, Training, TrainingMode } from '../domain/types';
import type { Block, ExportText, PortfolioPeriod, TextSource } from './types';
import { codeThemeLabel, NMC_ACCOUNT_QUESTIONS, SWE_CPD_QUESTIONS, type FormQuestion } from '../frameworks/scheme-forms';

export const MODE_LABELS: Record<TrainingMode, string> = {
  'face-to-face': 'Face to face',
  virtual: 'Virtual',
  'e-learning': 'E-learning',
  'self-directed': 'Self-directed',
  supervision: 'Supervision',
  'peer-discussion': 'Peer discussion',
};

const REFLECTION_SECTION_TITLES: Record<string, string> = {
  what: 'What?',
  soWhat: 'So what?',
  nowWhat: 'Now what?',
  description: 'Description',
  feelings: 'Feelings',
  evaluation: 'Evaluation',
  analysis: 'Analysis',
  conclusion: 'Conclusion',
  actionPlan: 'Action plan',
};

/** Longest reflection summary, in characters, cut at a word. */
const SUMMARY_CHARS = 300;

/** "2.5" for a table cell (the column heading says hours). */
export function hoursNumber(h: number): string {
  return formatHours(h).replace(/ hours?$/, '');
}

export function dateRange(t: Training): string {
  return t.startDate && t.startDate !== t.endDate ? `${formatDate(t.startDate)} to ${formatDate(t.endDate)}` : formatDate(t.endDate);
}

export function byDate<T>(key: (x: T) => string) {
  return (a: T, b: T) => key(a).localeCompare(key(b));
}

export function inPeriod(date: ISODate, p: PortfolioPeriod): boolean {
  return (!p.start || date >= p.start) && (!p.end || date <= p.end);
}

export function trainingLabel(t: Training): string {
  return `${t.title} (${formatDate(t.endDate)})`;
}

export function trainingSource(t: Training): TextSource {
  return { kind: 'training', id: t.id, label: trainingLabel(t) };
}

/** The questions of a regulator's form, for a reflection written on it. */
function formQuestions(r: Reflection): FormQuestion[] | null {
  return r.template === 'nmc' ? NMC_ACCOUNT_QUESTIONS : r.template === 'swe' ? SWE_CPD_QUESTIONS : null;
}

export function reflectionParts(r: Reflection): Array<{ heading: string; text: string }> {
  const questions = formQuestions(r);
  if (questions) {
    // Laid out as the form: every question in its order, an unanswered one said so.
    const parts: Array<{ heading: string; text: string }> = [];
    if (r.template === 'swe' && r.cpdType?.trim()) parts.push({ heading: 'Type of CPD', text: r.cpdType.trim() });
    for (const q of questions) {
      const answer = r.sections?.[q.id]?.trim() ?? '';
      if (r.template === 'swe' && q.id === 'peer' && !answer) continue;
      parts.push({ heading: q.label, text: answer || 'Not answered.' });
      if (r.template === 'nmc' && q.id === 'code')
        parts.push({
          heading: 'Themes of the Code',
          text: r.codeThemes?.length ? r.codeThemes.map(codeThemeLabel).join('; ') : 'None chosen.',
        });
    }
    if (r.text?.trim()) parts.push({ heading: 'Notes', text: r.text.trim() });
    return parts;
  }
  const parts = Object.entries(r.sections ?? {})
    .filter(([, text]) => text?.trim())
    .map(([id, text]) => ({
      heading: Object.hasOwn(REFLECTION_SECTION_TITLES, id) ? REFLECTION_SECTION_TITLES[id] : id,
      text: text.trim(),
    }));
  if (r.text?.trim()) parts.push({ heading: parts.length ? 'Notes' : '', text: r.text.trim() });
  return parts;
}

export function summarise(text: string, max = SUMMARY_CHARS): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/**
 * A reflection as an entry block (in full or as a summary), its texts added to `texts` for the
 * privacy check. `extraParts` come first (a scheme preset's peer reflection marker, say).
 */
export function reflectionEntry(
  r: Reflection,
  opts: {
    fullText: boolean;
    trainingById: Map<string, Training>;
    texts: ExportText[];
    extraParts?: Array<{ heading: string; text: string }>;
  },
): Extract<Block, { kind: 'entry' }> {
  const linked = r.trainingId ? opts.trainingById.get(r.trainingId) : undefined;
  const source: TextSource = { kind: 'reflection', id: r.id, label: `${r.title || 'Reflection'} (${formatDate(r.date)})` };
  const parts = reflectionParts(r);
  for (const part of parts) opts.texts.push({ text: part.text, source, field: part.heading || 'text' });
  if (r.title) opts.texts.push({ text: r.title, source, field: 'title' });
  if (r.peerName) opts.texts.push({ text: r.peerName, source, field: 'peer' });
  const meta = [
    formatDate(r.date),
    linked ? `about ${linked.title}` : '',
    r.peerReflection ? `discussed with ${r.peerName || 'a peer'}` : '',
  ]
    .filter(Boolean)
    .join('; ');
  return {
    kind: 'entry',
    title: r.title || 'Reflection',
    meta,
    parts: [
      ...(opts.extraParts ?? []),
      ...(opts.fullText ? parts : [{ heading: '', text: summarise(parts.map((p) => p.text).join(' ')) }]),
    ],
  };
}
