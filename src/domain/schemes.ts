/**
 * Progress against professional CPD schemes (NMC, Social Work England, KCSIE). One entry is
 * tagged once (hours, participatory, peer reflection, feedback) and counts for every scheme
 * that accepts it, unless the user excluded it from that scheme. Pure: `today` is passed in.
 */
import type { EvidenceKind, Scheme, SchemeRequirement } from '../frameworks/schemes';
import { addDaysIso, addMonthsIso, daysBetween, formatDate } from './dates';
import { formatHours, roundHours } from './hours';
import type { ISODate, Profile, Reflection, SchemeEnrolment, Training } from './types';

export interface SchemeWindow {
  start: ISODate;
  end: ISODate;
}

export type RefreshStatus = 'ok' | 'due-soon' | 'overdue' | 'never';

export interface RequirementProgress {
  id: string;
  title: string;
  kind: SchemeRequirement['kind'];
  unit: 'hours' | 'count' | 'checklist' | 'refresh';
  done: number;
  target: number | null;
  met: boolean;
  trainingIds: string[];
  reflectionIds: string[];
  /** Refresh requirements: when the next update is due, and where today stands. */
  dueDate?: ISODate | null;
  status?: RefreshStatus;
  items?: string[];
  note?: string;
}

export interface SchemeProgress {
  schemeId: string;
  shortName: string;
  window: SchemeWindow | null;
  deadline: ISODate | null;
  requirements: RequirementProgress[];
  /** All computed requirements met (checklists are the user's to confirm). */
  complete: boolean;
  summary: string;
}

const DUE_SOON_DAYS = 90;

/** The cycle window that contains `today`, and its deadline. */
export function schemeWindow(
  scheme: Scheme,
  enrolment: SchemeEnrolment | undefined,
  today: ISODate,
): { window: SchemeWindow | null; deadline: ISODate | null } {
  const cycle = scheme.cycle;
  if (cycle.kind === 'years-to-renewal') {
    const renewal = enrolment?.renewalDate ?? null;
    if (!renewal) {
      // No renewal date yet: show the last cycle's length up to today, without a deadline.
      return { window: { start: addDaysIso(addMonthsIso(today, -12 * cycle.years), 1), end: today }, deadline: null };
    }
    return { window: { start: addDaysIso(addMonthsIso(renewal, -12 * cycle.years), 1), end: renewal }, deadline: renewal };
  }
  if (cycle.kind === 'registration-year') {
    const y = Number(today.slice(0, 4));
    const startThisYear = `${y}-${String(cycle.startMonth).padStart(2, '0')}-${String(cycle.startDay).padStart(2, '0')}`;
    const start = today >= startThisYear ? startThisYear : addMonthsIso(startThisYear, -12);
    const end = addDaysIso(addMonthsIso(start, 12), -1);
    return { window: { start, end }, deadline: end };
  }
  return { window: null, deadline: null };
}

function excluded(entry: { excludedSchemes?: string[] }, schemeId: string): boolean {
  return !!entry.excludedSchemes?.includes(schemeId);
}

const WRITTEN_REFLECTION_KINDS = new Set<Reflection['kind']>(['reflection', 'supervision', 'case-discussion']);

/** The entries the user has not excluded from a scheme (the portfolio's scheme presets list these). */
export function entriesForScheme<T extends { excludedSchemes?: string[] }>(entries: T[], schemeId: string): T[] {
  return entries.filter((e) => !excluded(e, schemeId));
}

/** Adds up what counts for one evidence kind inside a window. Exported for the portfolio, which
 * lists the same evidence that progress counts. */
export function countEvidence(
  kind: EvidenceKind,
  trainings: Training[],
  reflections: Reflection[],
  w: SchemeWindow,
): { done: number; trainingIds: string[]; reflectionIds: string[] } {
  const inW = (d: ISODate) => d >= w.start && d <= w.end;
  const ts = trainings.filter((t) => inW(t.endDate));
  const rs = reflections.filter((r) => inW(r.date));
  const peerReflected = new Set(reflections.filter((r) => hasPeerReflection(r) && r.trainingId).map((r) => r.trainingId));
  switch (kind) {
    case 'cpd-hours':
      return { done: roundHours(ts.reduce((s, t) => s + t.hours, 0)), trainingIds: ts.map((t) => t.id), reflectionIds: [] };
    case 'participatory-hours': {
      const p = ts.filter((t) => t.participatory);
      return { done: roundHours(p.reduce((s, t) => s + t.hours, 0)), trainingIds: p.map((t) => t.id), reflectionIds: [] };
    }
    case 'practice-feedback': {
      const f = rs.filter((r) => r.kind === 'feedback');
      return { done: f.length, trainingIds: [], reflectionIds: f.map((r) => r.id) };
    }
    case 'reflective-account': {
      const f = rs.filter((r) => WRITTEN_REFLECTION_KINDS.has(r.kind) && hasText(r));
      return { done: f.length, trainingIds: [], reflectionIds: f.map((r) => r.id) };
    }
    case 'reflective-discussion': {
      const f = rs.filter((r) => r.kind === 'reflective-discussion');
      return { done: f.length, trainingIds: [], reflectionIds: f.map((r) => r.id) };
    }
    case 'confirmation': {
      // The confirmation form: who confirmed (a name at least) and the date, inside the cycle.
      const f = rs.filter((r) => r.kind === 'confirmation' && !!r.person?.name.trim());
      return { done: f.length, trainingIds: [], reflectionIds: f.map((r) => r.id) };
    }
    case 'cpd-piece':
    case 'cpd-piece-with-peer-reflection': {
      // A piece is a training entry, or a free-standing written reflection; a reflection on a
      // training is part of that training's piece, not a second one.
      const peerOnly = kind === 'cpd-piece-with-peer-reflection';
      const t = ts.filter((x) => !peerOnly || peerReflected.has(x.id));
      const r = rs.filter((x) => !x.trainingId && WRITTEN_REFLECTION_KINDS.has(x.kind) && (!peerOnly || hasPeerReflection(x)));
      return { done: t.length + r.length, trainingIds: t.map((x) => x.id), reflectionIds: r.map((x) => x.id) };
    }
  }
}

/** Whole-word, case-insensitive match of any keyword, also in the plural or possessive ("DSLs",
 * "DSL's", "leads'"), never inside another word ("DSL" does not match "ADSL" or "DSLR";
 * "safeguarding lead" does not match "safeguarding leadership"). */
export function mentionsAny(text: string, keywords: readonly string[]): boolean {
  const lower = text.toLowerCase();
  return keywords.some((k) =>
    new RegExp(`(^|[^a-z])${k.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(s|'s|’s|s'|s’)?($|[^a-z])`).test(lower),
  );
}

type RefreshRequirement = Extract<SchemeRequirement, { kind: 'refresh' }>;

/** Whether an entry's title or level names the kind of training a refresh requirement counts
 * (the app's reading, shown to the user as such). Requirements that count any training: true. */
export function recognisedFor(req: RefreshRequirement, t: Pick<Training, 'title' | 'level'>): boolean {
  return !req.countsOnly || mentionsAny(`${t.title} ${t.level}`, req.countsOnly.keywords);
}

/** Whether an entry counts towards a refresh requirement: the user's own choice on the entry
 * (counts, or does not) when they made one; otherwise what its title or level names. */
export function countsTowards(
  req: RefreshRequirement,
  t: Pick<Training, 'title' | 'level' | 'countsTowards' | 'excludedSchemes'>,
): boolean {
  if (t.excludedSchemes?.includes(req.id)) return false;
  if (t.countsTowards?.includes(req.id)) return true;
  return recognisedFor(req, t);
}

/** Discussed with a peer: ticked so, or the SWE form's peer question answered. */
export function hasPeerReflection(r: Pick<Reflection, 'peerReflection' | 'sections'>): boolean {
  return r.peerReflection || !!r.sections.peer?.trim();
}

function hasText(r: Reflection): boolean {
  return !!r.text.trim() || Object.values(r.sections).some((s) => s.trim());
}

/** Progress of one scheme for one user. */
export function schemeProgress(
  scheme: Scheme,
  profile: Pick<Profile, 'flags' | 'schemes'>,
  trainingsAll: Training[],
  reflectionsAll: Reflection[],
  today: ISODate,
): SchemeProgress {
  const enrolment = profile.schemes.find((s) => s.schemeId === scheme.id);
  const trainings = trainingsAll.filter((t) => !excluded(t, scheme.id));
  const reflections = reflectionsAll.filter((r) => !excluded(r, scheme.id));
  const { window, deadline } = schemeWindow(scheme, enrolment, today);
  const requirements: RequirementProgress[] = [];

  for (const req of scheme.requirements) {
    if (req.kind === 'target' && window) {
      const c = countEvidence(req.counts, trainings, reflections, window);
      const hours = req.counts.endsWith('hours');
      requirements.push({
        id: req.id,
        title: req.title,
        kind: req.kind,
        unit: hours ? 'hours' : 'count',
        done: c.done,
        target: req.target,
        met: c.done >= req.target,
        trainingIds: c.trainingIds,
        reflectionIds: c.reflectionIds,
      });
    } else if (req.kind === 'declared-hours') {
      const declared = Number(enrolment?.options?.[req.optionKey] ?? 0) || 0;
      const alt = req.alternative && enrolment?.options?.[req.alternative.optionKey] === true ? req.alternative : null;
      const target = alt ? alt.target : req.target;
      requirements.push({
        id: req.id,
        title: req.title,
        kind: req.kind,
        unit: 'hours',
        done: declared,
        target,
        met: declared >= target,
        trainingIds: [],
        reflectionIds: [],
        note: alt
          ? `Target for ${alt.label}. The hours are the figure you declared; the app does not log practice.`
          : 'The hours are the figure you declared; the app does not log practice.',
      });
    } else if (req.kind === 'refresh') {
      if (req.onlyForFlag && !profile.flags[req.onlyForFlag]) continue;
      const only = req.countsOnly;
      const renews = only ? trainings.filter((t) => countsTowards(req, t)) : trainings;
      const latest = renews.reduce<Training | null>(
        (best, t) => (t.endDate <= today && (!best || t.endDate > best.endDate) ? t : best),
        null,
      );
      const dueDate = latest ? addMonthsIso(latest.endDate, req.intervalMonths) : null;
      const status: RefreshStatus = !dueDate
        ? 'never'
        : dueDate < today
          ? 'overdue'
          : daysBetween(today, dueDate) <= DUE_SOON_DAYS
            ? 'due-soon'
            : 'ok';
      requirements.push({
        id: req.id,
        title: req.title,
        kind: req.kind,
        unit: 'refresh',
        done: latest ? 1 : 0,
        target: 1,
        met: status === 'ok' || status === 'due-soon',
        trainingIds: latest ? [latest.id] : [],
        reflectionIds: [],
        dueDate,
        status,
        ...(only ? { note: `Counts ${only.description}, and any entry you mark as counting on its page.` } : {}),
      });
    } else if (req.kind === 'checklist') {
      requirements.push({
        id: req.id,
        title: req.title,
        kind: req.kind,
        unit: 'checklist',
        done: 0,
        target: null,
        met: false,
        trainingIds: [],
        reflectionIds: [],
        items: req.items,
      });
    }
  }

  const computed = requirements.filter((r) => r.unit !== 'checklist');
  const complete = computed.length > 0 && computed.every((r) => r.met);
  return {
    schemeId: scheme.id,
    shortName: scheme.shortName,
    window,
    deadline,
    requirements,
    complete,
    summary: summarise(scheme, requirements, deadline),
  };
}

/** "NMC: 28 of 35 CPD hours, 14 of 20 participatory, revalidation due 31 Mar 2027". */
export function summarise(scheme: Scheme, reqs: RequirementProgress[], deadline: ISODate | null): string {
  const parts = reqs
    .filter((r) => r.unit === 'hours' || r.unit === 'count' || r.unit === 'refresh')
    .filter((r) => r.kind !== 'declared-hours')
    .slice(0, 3)
    .map((r) => {
      if (r.unit === 'refresh') {
        if (r.status === 'never') return `${lowerFirst(r.title)}: none logged yet`;
        return `${lowerFirst(shortTitle(r.title))} ${r.status === 'overdue' ? 'overdue since' : 'due'} ${formatDate(r.dueDate)}`;
      }
      if (r.unit === 'hours') return `${formatHours(r.done).replace(/ hours?$/, '')} of ${r.target} ${lowerFirst(r.title)}`;
      const noun = lowerFirst(r.title);
      return `${r.done} of ${r.target} ${r.target === 1 ? singularNoun(noun) : noun}`;
    });
  const tail = deadline ? [`${scheme.deadlineLabel} ${formatDate(deadline)}`] : [];
  return `${scheme.shortName}: ${[...parts, ...tail].join(', ')}`;
}

/** The plural noun of a requirement title in the singular: the word before "of" ("pieces of
 * CPD" -> "piece of CPD"), else the last word ("written reflective accounts"). A title already in
 * the singular ("Confirmation", "Reflective discussion with another NMC registrant") stays. */
export function singularNoun(noun: string): string {
  const of = noun.match(/^(\S+)( of .*)$/);
  const one = (w: string) => (/ces$/.test(w) ? w.slice(0, -1) : /[^s]s$/.test(w) ? w.slice(0, -1) : w);
  if (of) return one(of[1]) + of[2];
  const words = noun.split(' ');
  words[words.length - 1] = one(words[words.length - 1]);
  return words.join(' ');
}

function shortTitle(t: string): string {
  return t.replace(/\s*\(.*\)$/, '');
}

function lowerFirst(s: string): string {
  // Keep acronyms (CPD, NMC) as they are.
  return /^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
