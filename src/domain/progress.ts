/**
 * The one progress model: for the user's framework, group/role, pathway and record, what is done
 * (and by which entries), planned, due, superseded or still to do, per level, pathway item and
 * rule, with the suggestions worked out from the same figures. Computed once per record change;
 * Home, the Pathway and Hours screens, the calendar (.ics) and the portfolio PDF all read it, so
 * they cannot disagree. Pure: `today` is passed in.
 *
 *   const p = progressFor(framework, profile, { record, confirmedSteps }, today);
 *   p.levels, p.pathway, p.hours, p.refreshes, p.rules, p.suggestions, p.summary
 *
 * The screens and the PDF build the input in one place, `progressInput`, from what the device
 * holds (`EngineSource`: the record with its enrolments, and the steps the user has confirmed).
 */
import type { Citation, Framework, RuleForce, RuleKind } from '../frameworks/types';
import { carryRecordToEdition } from './editions';
import { buildRecordIndex, type EngineRecord, type RecordIndex } from './engine/record-index';
import { refreshConcernsUser, selectorAppliesToUser } from './engine/selectors';
import { activeEnrolment, levelLadder, pathwayProgress, type LadderStep, type PathwayProgress } from './pathway';
import { priorStepSatisfied } from './prerequisites';
import { levelRefreshes, type LevelRefresh } from './refresh';
import { suggestFromProgress, type SuggestOptions, type Suggestion } from './suggestions';
import type { ISODate, Profile } from './types';
import { hoursTargets, type HoursTarget } from './yearly-hours';

/** The framework, profile and record; options as the engine's (confirmed steps, schemes). */
export interface ProgressInput extends SuggestOptions {
  framework: Framework;
  profile: Profile;
  record: EngineRecord;
}

/** What the device holds that the progress model reads: the record (training, plans, pathway
 * enrolments, certificate links, reflections) and the steps the user has confirmed ("Yes, I have
 * done this"). Read in one transaction by src/db (readEngineInput, readPortfolioRecord). */
export interface EngineSource<R extends EngineRecord = EngineRecord> {
  record: R;
  confirmedSteps: readonly string[];
}

/** The one place the progress model's input is put together, for Home, Pathway, Hours, Courses,
 * the calendar (.ics) and the portfolio PDF alike: none of them can leave out the confirmed steps
 * or the enrolments and so disagree with the others. */
export function progressInput(framework: Framework, profile: Profile, source: EngineSource): ProgressInput {
  // Entries recorded against an earlier edition's course count for the same course (or level) in
  // the edition the app follows; the stored entries are not changed.
  const record = carryRecordToEdition(source.record, framework, framework.earlierEditions ?? []);
  return { framework, profile, record, confirmedSteps: source.confirmedSteps };
}

/** The progress model of what the device holds: computeProgress(progressInput(...), today). */
export function progressFor(framework: Framework, profile: Profile, source: EngineSource, today: ISODate): Progress {
  return computeProgress(progressInput(framework, profile, source), today);
}

/** Where one level, pathway item or rule stands, in the user's words:
 * done (by `doneBy` entries), planned, due (a refresh due soon or overdue), superseded (a level
 * below the user's that the user's own level covers, only where the source says so), to do, or
 * not for the user (a level above theirs). */
export type ProgressState = 'done' | 'planned' | 'due' | 'superseded' | 'to-do' | 'not-for-you';

export interface LevelProgress extends LadderStep {
  state: ProgressState;
  /** Ids of the entries that meet the level. */
  doneBy: string[];
}

export interface RuleProgress {
  ruleId: string;
  kind: RuleKind;
  force: RuleForce;
  text: string;
  cite: Citation;
  /** 'met' / 'unmet' for rules the user can meet; 'n/a' for rules that name other users. */
  state: 'met' | 'unmet' | 'due' | 'n/a';
}

export interface ProgressSummary {
  /** Over the user's own levels (the ladder's targets). */
  levels: Record<ProgressState, number>;
  pathway: { title: string; done: number; total: number; planned: number; deadline: ISODate | null; pastSuggestedEnd: boolean } | null;
  hours: Array<{ ruleId: string; done: number; minHours: number; status: HoursTarget['status'] }>;
  /** Refreshes of the user's levels that are overdue or due soon. */
  refreshesDue: Array<{ levelId: string; status: 'overdue' | 'due-soon'; dueDate: ISODate }>;
  suggestions: number;
  overdue: number;
  dueSoon: number;
}

export interface Progress {
  framework: Framework;
  profile: Profile;
  today: ISODate;
  index: RecordIndex;
  confirmed: ReadonlySet<string>;
  levels: LevelProgress[];
  /** The active enrolment's pathway, every item (next: all items still to do, in order). */
  pathway: PathwayProgress | null;
  /** Refreshes that concern the user (their levels, or levels they trained at without a higher one). */
  refreshes: LevelRefresh[];
  hours: HoursTarget[];
  rules: RuleProgress[];
  suggestions: Suggestion[];
  summary: ProgressSummary;
}

function levelState(step: LadderStep): ProgressState {
  switch (step.status) {
    case 'done':
    case 'current':
      return 'done';
    case 'planned':
      return 'planned';
    case 'due-soon':
    case 'overdue':
      return 'due';
    case 'below':
      return 'superseded';
    case 'above':
      return 'not-for-you';
    default:
      return 'to-do';
  }
}

function ruleProgress(p: Omit<Progress, 'rules' | 'suggestions' | 'summary'>): RuleProgress[] {
  const { framework, profile, index, confirmed } = p;
  return framework.rules.map((r) => {
    const base = { ruleId: r.id, kind: r.kind, force: r.force, text: r.text, cite: r.cite };
    if ('appliesTo' in r && !selectorAppliesToUser(r.appliesTo, profile)) return { ...base, state: 'n/a' as const };
    switch (r.kind) {
      case 'prerequisite':
        return { ...base, state: r.anyOf.some((s) => priorStepSatisfied(r.id, s, index, confirmed)) ? 'met' : 'unmet' };
      case 'order':
        return { ...base, state: r.first.every((c) => index.courseDone.has(c)) ? 'met' : 'unmet' };
      case 'refresh': {
        const mine = p.refreshes.filter((x) => x.ruleId === r.id);
        if (!mine.length) return { ...base, state: 'n/a' };
        if (mine.some((x) => x.status === 'overdue' || x.status === 'due-soon')) return { ...base, state: 'due' };
        return { ...base, state: mine.every((x) => x.status === 'current') ? 'met' : 'unmet' };
      }
      case 'yearly-hours': {
        const t = p.hours.find((h) => h.ruleId === r.id);
        return { ...base, state: !t ? 'n/a' : t.status === 'below-minimum' ? 'unmet' : 'met' };
      }
      default:
        return { ...base, state: 'n/a' };
    }
  });
}

/** The whole progress model, computed once. */
export function computeProgress(input: ProgressInput, today: ISODate): Progress {
  const { framework, profile, record } = input;
  const index = buildRecordIndex(framework, record);
  const confirmed = new Set(input.confirmedSteps ?? []);
  const levels = levelLadder(index, profile, today, confirmed).map<LevelProgress>((step) => ({
    ...step,
    state: levelState(step),
    doneBy: step.evidence.map((t) => t.id),
  }));
  const enrolment = activeEnrolment(framework, record);
  const pw = enrolment && framework.pathways.find((x) => x.id === enrolment.pathwayId);
  const pathway = enrolment && pw ? pathwayProgress(index, pw, enrolment, today, Infinity) : null;
  const refreshes = levelRefreshes(index, today, input.dueSoonDays).filter((r) =>
    refreshConcernsUser(framework, profile, r.levelId, r.lastDone),
  );
  const hours = hoursTargets(index, profile, today);
  const parts = { framework, profile, today, index, confirmed, levels, pathway, refreshes, hours };
  const rules = ruleProgress(parts);
  const suggestions = suggestFromProgress(parts, record, input);
  return { ...parts, rules, suggestions, summary: summarise({ ...parts, rules, suggestions }) };
}

function summarise(p: Omit<Progress, 'summary'>): ProgressSummary {
  const levels: Record<ProgressState, number> = { done: 0, planned: 0, due: 0, superseded: 0, 'to-do': 0, 'not-for-you': 0 };
  for (const l of p.levels) if (l.target) levels[l.state]++;
  const pw = p.pathway;
  return {
    levels,
    pathway: pw
      ? {
          title: pw.pathway.roleTitle,
          done: pw.done,
          total: pw.total,
          planned: pw.items.filter((i) => i.status === 'planned').length,
          deadline: pw.deadline,
          pastSuggestedEnd: !pw.complete && pw.daysLeft != null && pw.daysLeft < 0,
        }
      : null,
    hours: p.hours.map((h) => ({ ruleId: h.ruleId, done: h.done, minHours: h.minHours, status: h.status })),
    refreshesDue: p.refreshes.flatMap((r) =>
      (r.status === 'overdue' || r.status === 'due-soon') && r.dueDate
        ? [{ levelId: r.levelId, status: r.status, dueDate: r.dueDate }]
        : [],
    ),
    suggestions: p.suggestions.length,
    overdue: p.suggestions.filter((s) => s.kind === 'overdue').length,
    dueSoon: p.suggestions.filter((s) => s.kind === 'due-soon').length,
  };
}

/** The ranked suggestions alone (tests, benches); the screens read computeProgress. */
export function suggest(
  framework: Framework,
  profile: Profile,
  record: EngineRecord,
  today: ISODate,
  options: SuggestOptions = {},
): Suggestion[] {
  return computeProgress({ framework, profile, record, ...options }, today).suggestions;
}
