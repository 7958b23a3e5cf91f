/**
 * Suggestions from the professional schemes the user follows (NMC, Social Work England, KCSIE),
 * in the same shape as the framework's, so that Home ranks them together. Generic over the
 * scheme's cycle and requirement kinds: a new scheme made of existing kinds needs no code here.
 *
 * Per scheme: each refresh requirement overdue or due soon is a suggestion of its own; the
 * unmet targets (and, near the deadline, the declared practice hours and the checklist) are one
 * suggestion ("NMC: 7 CPD hours and 6 participatory CPD hours still to log", due 31 Mar 2027),
 * overdue or due soon by the scheme's deadline and gently recommended while the deadline is far.
 */
import type { EvidenceKind, Scheme, SchemeRequirement } from '../../frameworks/schemes';
import type { RuleForce } from '../../frameworks/types';
import { daysBetween, formatDate } from '../dates';
import { formatHours } from '../hours';
import { schemeProgress, singularNoun, type RequirementProgress, type SchemeProgress } from '../schemes';
import type { ISODate, Plan, Profile, Reflection, Training } from '../types';
import type { Suggestion, SuggestionAction, SuggestionCitation, SuggestionKind } from '../suggestion-types';

/** Every figure encoded for a scheme is something its regulator or the statutory guidance says
 * must be done ("at least annually", "at least 35 hours"): none is advice. */
const SCHEME_FORCE: RuleForce = 'requirement';

export interface SchemeSuggestInput {
  schemes: readonly Scheme[];
  profile: Pick<Profile, 'flags' | 'schemes'>;
  trainings: Training[];
  reflections: Reflection[];
  plans: Plan[];
  today: ISODate;
  dueSoonDays: number;
}

export function suggestFromSchemes(input: SchemeSuggestInput): Suggestion[] {
  const out: Suggestion[] = [];
  for (const enrolment of input.profile.schemes) {
    const scheme = input.schemes.find((s) => s.id === enrolment.schemeId);
    if (!scheme) continue; // a scheme id from a newer backup: nothing to compute
    const progress = schemeProgress(scheme, input.profile, input.trainings, input.reflections, input.today);
    out.push(...refreshSuggestions(scheme, progress, input), ...targetSuggestions(scheme, progress, input));
    if (scheme.cycle.kind === 'years-to-renewal' && !enrolment.renewalDate) out.push(renewalDateMissing(scheme));
  }
  return out;
}

/** The scheme's citation for one requirement (or the scheme as a whole). */
function citation(scheme: Scheme, req: SchemeRequirement | null): SuggestionCitation {
  const cite = req?.cite ?? scheme.cite;
  return {
    file: cite.document,
    section: cite.section,
    scheme: { id: scheme.id, shortName: scheme.shortName, publisher: cite.publisher, document: cite.document, checkNote: scheme.checkNote },
  };
}

function kindByDate(due: ISODate, today: ISODate, dueSoonDays: number, otherwise: SuggestionKind): SuggestionKind {
  const d = daysBetween(today, due);
  return d < 0 ? 'overdue' : d <= dueSoonDays ? 'due-soon' : otherwise;
}

function every(months: number): string {
  if (months === 12) return 'at least once a year';
  return months % 12 === 0 ? `at least every ${months / 12} years` : `at least every ${months} months`;
}

/** An open plan on or before `by`: the suggestion then points to it rather than a new plan. */
function openPlanBy(plans: Plan[], by: ISODate | null): Plan | undefined {
  return plans
    .filter((p) => !p.doneTrainingId && (!by || p.plannedDate <= by))
    .sort((a, b) => (a.plannedDate < b.plannedDate ? -1 : a.plannedDate > b.plannedDate ? 1 : 0))[0];
}

function refreshSuggestions(scheme: Scheme, progress: SchemeProgress, input: SchemeSuggestInput): Suggestion[] {
  const out: Suggestion[] = [];
  for (const req of scheme.requirements) {
    if (req.kind !== 'refresh') continue;
    const p = progress.requirements.find((r) => r.id === req.id);
    if (!p || p.status === 'ok') continue; // not for this user (a DSL-only update), or up to date
    const title = `${scheme.shortName}: ${stripBrackets(req.title)}`;
    const cite = citation(scheme, req);
    const closing = `${scheme.shortName} says you must do this ${every(req.intervalMonths)}. ${scheme.checkNote}`;
    if (p.status === 'never' || !p.dueDate) {
      out.push({
        id: `scheme:${req.id}`,
        kind: 'next-step',
        force: SCHEME_FORCE,
        title,
        reason: `Your record has no training that counts for ${scheme.shortName} yet. If you have had it, log it; if not, plan it. ${closing}`,
        ruleId: `scheme:${req.id}`,
        cite,
        action: { type: 'log-training' },
        rank: 0,
      });
      continue;
    }
    const latest = input.trainings.find((t) => t.id === p.trainingIds[0]);
    const plan = openPlanBy(input.plans, p.status === 'overdue' ? null : p.dueDate);
    const when = p.status === 'overdue' ? `was due on ${formatDate(p.dueDate)}` : `is due by ${formatDate(p.dueDate)}`;
    out.push({
      id: `scheme:${req.id}`,
      kind: p.status === 'overdue' ? 'overdue' : 'due-soon',
      force: SCHEME_FORCE,
      title,
      reason: [
        `Your latest training that counts${latest ? ` (${latest.title})` : ''} was on ${formatDate(latest?.endDate)}, so the next ${when}.`,
        plan ? `You have planned ${plan.title} for ${formatDate(plan.plannedDate)}: log it when done.` : '',
        closing,
      ]
        .filter(Boolean)
        .join(' '),
      ruleId: `scheme:${req.id}`,
      cite,
      dueDate: p.dueDate,
      action: plan ? { type: 'log-training', planId: plan.id } : { type: 'plan-course' },
      rank: 0,
    });
  }
  return out;
}

function targetSuggestions(scheme: Scheme, progress: SchemeProgress, input: SchemeSuggestInput): Suggestion[] {
  const unmet = progress.requirements.filter((r) => r.kind === 'target' && !r.met);
  if (!unmet.length) return [];
  const deadline = progress.deadline;
  const kind = deadline ? kindByDate(deadline, input.today, input.dueSoonDays, 'recommended') : 'recommended';
  const near = kind === 'overdue' || kind === 'due-soon';
  const phrases = unmet.map(remainingPhrase);
  // The title names the first two and counts the rest (the reason then lists them all).
  const named = phrases.length > 2 ? [...phrases.slice(0, 2), `${phrases.length - 2} more`] : phrases;
  // The date is the card's due date, so the title does not repeat it.
  const title = `${scheme.shortName}: ${listJoin(named)} still to log`;
  // Near the deadline, what the app cannot count is worth a reminder too.
  const extras: string[] = [];
  if (near) {
    for (const r of progress.requirements) {
      if (r.kind === 'declared-hours' && !r.met)
        extras.push(
          r.done
            ? `Your ${r.title.toLowerCase()}: ${formatHours(r.done).replace(/ hours?$/, '')} of ${formatHours(r.target ?? 0)} by your own figure; update it on the Schemes screen.`
            : `Enter your ${r.title.toLowerCase()} on the Schemes screen (${formatHours(r.target ?? 0)} needed): the app does not log them.`,
        );
      if (r.kind === 'checklist') extras.push(`Also: ${stripBrackets(r.title).toLowerCase()}.`);
    }
  }
  const opening = [
    deadline ? `${upperFirst(scheme.deadlineLabel)} ${formatDate(deadline)}.` : '',
    kind === 'overdue'
      ? 'The date has passed. If you have already renewed, set your new date on the Schemes screen so that the new cycle is counted.'
      : '',
    // The title names up to two; more are listed here.
    phrases.length > 2 ? `Still to log: ${listJoin(phrases)}.` : '',
    progress.window ? `Counted from your record between ${formatDate(progress.window.start)} and ${formatDate(progress.window.end)}.` : '',
  ];
  const only = unmet.length === 1 ? scheme.requirements.find((r) => r.id === unmet[0].id)! : null;
  return [
    {
      id: `scheme:${scheme.id}:targets`,
      kind,
      force: SCHEME_FORCE,
      title,
      reason: [
        ...opening,
        ...extras,
        `${scheme.shortName} says you must meet these${deadline ? ' by the deadline' : ''}. ${scheme.checkNote}`,
      ]
        .filter(Boolean)
        .join(' '),
      ruleId: `scheme:${scheme.id}`,
      cite: citation(scheme, only),
      dueDate: deadline ?? undefined,
      action: evidenceAction(targetOf(scheme, unmet[0].id).counts),
      rank: near ? 0 : 100,
    },
  ];
}

function renewalDateMissing(scheme: Scheme): Suggestion {
  return {
    id: `scheme:${scheme.id}:renewal-date`,
    kind: 'housekeeping',
    force: 'guidance',
    title: `Add your ${scheme.shortName} renewal date`,
    reason: `${scheme.title} runs over the years up to your renewal date. With the date, the app counts the right entries and tells you when it is due.`,
    ruleId: `scheme:${scheme.id}`,
    cite: citation(scheme, null),
    action: { type: 'open-schemes' },
    rank: 0,
  };
}

/** Where each kind of evidence is recorded: hours and CPD pieces as training; feedback, the NMC's
 * forms (written reflective account, reflective discussion, confirmation) and SWE's CPD form
 * (with its peer reflection) as reflections on their own form. */
const LOGGED_AS: Record<EvidenceKind, SuggestionAction> = {
  'cpd-hours': { type: 'log-training' },
  'participatory-hours': { type: 'log-training' },
  'cpd-piece': { type: 'log-training' },
  'cpd-piece-with-peer-reflection': { type: 'write-reflection', form: 'swe-cpd' },
  'practice-feedback': { type: 'write-reflection', form: 'feedback' },
  'reflective-account': { type: 'write-reflection', form: 'nmc-account' },
  'reflective-discussion': { type: 'write-reflection', form: 'reflective-discussion' },
  confirmation: { type: 'write-reflection', form: 'confirmation' },
};

/** The action that records one kind of evidence. */
export function evidenceAction(kind: EvidenceKind): SuggestionAction {
  return { ...LOGGED_AS[kind] };
}

/** What is missing in a scheme, in the scheme's own order (NMC: CPD hours, participatory hours,
 * feedback, written reflective accounts, the reflective discussion, the confirmation), each with
 * the action that records it; the first is the scheme card's action. Pure. */
export function missingEvidence(
  scheme: Scheme,
  progress: SchemeProgress,
): Array<{ requirementId: string; phrase: string; action: SuggestionAction }> {
  return progress.requirements
    .filter((r) => r.kind === 'target' && !r.met)
    .map((r) => ({ requirementId: r.id, phrase: remainingPhrase(r), action: evidenceAction(targetOf(scheme, r.id).counts) }));
}

function targetOf(scheme: Scheme, id: string): Extract<SchemeRequirement, { kind: 'target' }> {
  return scheme.requirements.find((r): r is Extract<SchemeRequirement, { kind: 'target' }> => r.kind === 'target' && r.id === id)!;
}

/** "7 CPD hours", "1 written reflective account", "3 pieces of practice-related feedback". */
export function remainingPhrase(r: RequirementProgress): string {
  const left = Math.max(0, (r.target ?? 0) - r.done);
  const noun = lowerFirst(stripBrackets(r.title));
  if (r.unit === 'hours') {
    const n = formatHours(left).replace(/ hours?$/, '');
    return `${n} ${left === 1 ? singularNoun(noun) : noun}`;
  }
  return `${left} ${left === 1 ? singularNoun(noun) : noun}`;
}

function listJoin(parts: string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

function stripBrackets(s: string): string {
  return s.replace(/\s*\(.*\)$/, '');
}

function upperFirst(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function lowerFirst(s: string): string {
  // Keep acronyms (CPD, NMC) as they are.
  return /^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}
