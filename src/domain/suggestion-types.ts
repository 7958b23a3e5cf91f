/**
 * What the suggestion engine returns, in a module of its own so that the engine's parts
 * (domain/engine/*) and domain/suggestions.ts can share the types without importing each other.
 */
import type { Citation, RuleForce } from '../frameworks/types';
import type { ISODate } from './types';

export type SuggestionKind = 'overdue' | 'due-soon' | 'next-step' | 'recommended' | 'housekeeping';

export type SuggestionActionType =
  | 'plan-course'
  | 'log-training'
  | 'write-impact-note'
  | 'attach-certificate'
  /** Answer "yes, I have done this" for a step only the user can confirm. */
  | 'confirm-step'
  /** Record a manager's approval on a plan. */
  | 'record-approval'
  | 'choose-pathway'
  /** Professional schemes: a reflection, feedback or discussion to write; the Schemes screen. */
  | 'write-reflection'
  | 'open-schemes'
  /** The "Courses for you" screen (the catalogue open to the user, with plan/log per course). */
  | 'open-courses';

/** Which form a write-reflection action opens: a scheme's own form (the NMC's written reflective
 * account, reflective discussion or confirmation; feedback on practice; Social Work England's CPD
 * form). Absent: the plain reflection form. */
export type RecordForm = 'feedback' | 'nmc-account' | 'reflective-discussion' | 'confirmation' | 'swe-cpd';

export interface SuggestionAction {
  type: SuggestionActionType;
  /** For write-reflection: the form to open. */
  form?: RecordForm;
  courseId?: string;
  levelId?: string;
  trainingId?: string;
  pathwayId?: string;
  pathwayItemId?: string;
  planId?: string;
  /** For confirm-step: the key to store (see confirmationKey). */
  stepKey?: string;
}

/** Where a suggestion comes from. A framework rule cites its seed file and section; a
 * professional scheme's rule also carries `scheme` (file is then the scheme's document). */
export interface SuggestionCitation extends Citation {
  scheme?: { id: string; shortName: string; publisher: string; document: string; checkNote: string };
}

export interface Suggestion {
  /** Stable across recomputes and status changes (used for calendar UIDs and list keys). */
  id: string;
  kind: SuggestionKind;
  force: RuleForce;
  title: string;
  /** Why, in plain words, worded by force ("must", "ideally", "suggested, not a fixed rule"). */
  reason: string;
  /** The framework rule (or 'app:...' for the app's own housekeeping) it comes from. */
  ruleId: string;
  cite: SuggestionCitation | null;
  dueDate?: ISODate;
  /** What must come first (a requirement not met yet); the suggestion is still shown. */
  blockedBy?: string[];
  action: SuggestionAction;
  /** Order within kind and force (lower first); part of the ranking, not for display. */
  rank: number;
  /** What this suggestion is about ("course:<id>", "level:<id>"), so that a suggestion that should
   * ideally come after another one is never ranked above it. Not for display. */
  target?: string;
  /** Further targets it stands for (a course's level: "level:<id>"). Not for display. */
  covers?: string[];
  /** Targets ("course:<id>", "level:<id>") that should ideally come first. Not for display. */
  after?: string[];
}
