/**
 * Where a suggestion's one-tap action leads. The record screens own these routes:
 * '#/record/plan/new?course=', '#/record/training/new?course=' or '?pathwayItem=',
 * '#/record/training/<id>' (impact note, certificate), '#/record/plan/<id>',
 * '#/record/reflection/new'; the Schemes screen owns '#/schemes'.
 */
import { formatDate } from '../../domain/dates';
import type { Suggestion, SuggestionAction, SuggestionKind } from '../../domain/suggestions';
import type { RecordForm } from '../../domain/suggestion-types';

/** The words of an action that opens a scheme's form. */
export function formActionLabel(form: RecordForm | undefined): string {
  switch (form) {
    case 'nmc-account':
      return 'Write a reflective account';
    case 'reflective-discussion':
      return 'Record the discussion';
    case 'confirmation':
      return 'Record the confirmation';
    case 'feedback':
      return 'Record feedback';
    case 'swe-cpd':
      return 'Record CPD with peer reflection';
    default:
      return 'Write a reflection';
  }
}

function query(params: Record<string, string | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v) q.set(k, v);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The link for an action, or null where it is done in place (confirm-step). */
export function actionHref(a: SuggestionAction): string | null {
  switch (a.type) {
    case 'plan-course':
      return `#/record/plan/new${query({ course: a.courseId, level: a.levelId, pathway: a.pathwayId, pathwayItem: a.pathwayItemId })}`;
    case 'log-training':
      if (a.planId) return `#/record/plan/${encodeURIComponent(a.planId)}`;
      return `#/record/training/new${query({ course: a.courseId, level: a.levelId, pathway: a.pathwayId, pathwayItem: a.pathwayItemId })}`;
    case 'write-impact-note':
      return a.trainingId
        ? `#/record/training/${encodeURIComponent(a.trainingId)}${query({ focus: 'impact' })}`
        : '#/record?filter=impact-due';
    case 'attach-certificate':
      return a.trainingId
        ? `#/record/training/${encodeURIComponent(a.trainingId)}${query({ focus: 'certificate' })}`
        : '#/record?filter=no-certificate';
    case 'record-approval':
      return `#/record/plan/${encodeURIComponent(a.planId ?? '')}`;
    case 'choose-pathway':
      return '#/pathway';
    case 'write-reflection':
      return `#/record/reflection/new${query({ form: a.form })}`;
    case 'open-schemes':
      return '#/schemes';
    case 'open-courses':
      return '#/courses';
    case 'confirm-step':
      return null;
  }
}

export function actionLabel(s: Suggestion): string {
  switch (s.action.type) {
    case 'plan-course':
      return 'Plan it';
    case 'log-training':
      return s.action.planId ? 'Open the plan' : 'Log training';
    case 'write-impact-note':
      return s.action.trainingId ? 'Write impact note' : 'Show them';
    case 'attach-certificate':
      return s.action.trainingId ? 'Attach certificate' : 'Show them';
    case 'record-approval':
      return 'Record approval';
    case 'choose-pathway':
      return 'Choose a pathway';
    case 'write-reflection':
      return formActionLabel(s.action.form);
    case 'open-schemes':
      return 'Open schemes';
    case 'open-courses':
      return 'See the courses';
    case 'confirm-step':
      return 'Yes, I have done this';
  }
}

/** The card's one badge for when: overdue, due soon, next, or whenever suits (the force has its
 * own badge, so "recommended" never appears twice). */
export const WHEN_LABEL: Record<SuggestionKind, string> = {
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  'next-step': 'Next',
  recommended: 'When you can',
  housekeeping: 'When you can',
};

/** The card's one-line reason: the due date where there is one, then the reason's first sentence
 * (the full reason is behind "Why?"). */
export function shortReason(s: Suggestion): string {
  const first = s.reason.split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/)[0] ?? s.reason;
  if (!s.dueDate || first.includes(formatDate(s.dueDate))) return first;
  return `${s.kind === 'overdue' ? 'Was due' : 'Due'} ${formatDate(s.dueDate)}. ${first}`;
}
