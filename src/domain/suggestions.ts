/**
 * "What should I do next": the suggestion engine. Pure: framework data, profile, record and
 * `today` in; a ranked list of explained suggestions out. Every rule kind is interpreted
 * generically (a new framework with existing rule kinds needs no code here).
 *
 * Ranking: by kind (overdue, due soon, next step, recommended, housekeeping), then by force
 * (requirement, recommendation, guidance), unblocked before blocked, then the generator's own
 * order (e.g. a pathway's order), the earliest due date, and the title.
 */
import type { Course, Framework, PriorStep, RuleForce } from '../frameworks/types';
import { describeCitation, type CitedFramework } from '../frameworks/describe';
import { addDaysIso, addMonthsIso, daysBetween, formatDate } from './dates';
import { SCHEMES, type Scheme } from '../frameworks/schemes';
import { suggestFromSchemes } from './engine/schemes';
import type { EngineRecord, RecordIndex } from './engine/record-index';
import { courseRelevance, rulesOf, selectorAppliesToUser, selectorPicksCourse, userGroup, userLevels } from './engine/selectors';
import { formatHours } from './hours';
import { forVolunteer } from './wording';
import { impactWindow, type ImpactWindow } from './impact';
import { pathwaysFor, type LadderStep, type PathwayProgress } from './pathway';
import { confirmationKey, describeUnmet, priorStepSatisfied, unmetBefore, type Target, type UnmetRule } from './prerequisites';
import { DUE_SOON_DAYS, type LevelRefresh } from './refresh';
import { textMentionsTopic, topicCoverage, type TopicCoverage } from './topics';
import type { ISODate, Profile, Training } from './types';
import type { HoursTarget } from './yearly-hours';

/** What the engine reads of the progress model (src/domain/progress.ts computes it once). */
export interface ProgressParts {
  framework: Framework;
  profile: Profile;
  today: ISODate;
  index: RecordIndex;
  confirmed: ReadonlySet<string>;
  levels: readonly LadderStep[];
  pathway: PathwayProgress | null;
  /** Refreshes that concern the user. */
  refreshes: readonly LevelRefresh[];
  hours: readonly HoursTarget[];
}

export type { Suggestion, SuggestionAction, SuggestionActionType, SuggestionCitation, SuggestionKind } from './suggestion-types';
import type { Suggestion, SuggestionCitation, SuggestionKind } from './suggestion-types';

/** The most suggestions the engine returns ("See all"); Home shows the first HOME_LIMIT. */
export const SUGGESTION_LIMIT = 12;
export const HOME_LIMIT = 5;

/** "Complete Universal training", never "Universal training training", nor "Level 3 Specialist
 * courses training" (a title that already says training or courses is kept as it is). */
export function trainingPhrase(title: string): string {
  return /\b(training|courses?)$/i.test(title.trim()) ? title.trim() : `${title.trim()} training`;
}

/** Who says so, as people read it (never a file name): "Solihull Safeguarding Children
 * Partnership (SSCP), Multi-Agency …, The Core curriculum", or for a scheme "Nursing and
 * Midwifery Council (NMC), “Revalidation: …”, Practice hours". */
export function citationSource(cite: SuggestionCitation, framework: CitedFramework): string {
  return cite.scheme ? `${cite.scheme.publisher}, “${cite.scheme.document}”, ${cite.section}` : describeCitation(cite, framework);
}

export interface SuggestOptions {
  /** Keys (confirmationKey) of steps the user has confirmed, e.g. "all relevant earlier training". */
  confirmedSteps?: Iterable<string>;
  dueSoonDays?: number;
  /** Per-entry housekeeping (impact notes overdue, certificates) looks back this far. */
  recentMonths?: number;
  /** The professional schemes known to the app (tests pass their own); the user's profile says
   * which they follow. */
  schemes?: readonly Scheme[];
}

const KIND_ORDER: Record<SuggestionKind, number> = { overdue: 0, 'due-soon': 1, 'next-step': 2, recommended: 3, housekeeping: 4 };
const FORCE_ORDER: Record<RuleForce, number> = { requirement: 0, recommendation: 1, guidance: 2 };

/** How each force reads in a reason. */
export const FORCE_LABEL: Record<RuleForce, string> = {
  requirement: 'Required',
  recommendation: 'Recommended',
  guidance: 'Guidance',
};

function forceSentence(force: RuleForce, shortName: string): string {
  if (force === 'requirement') return `${shortName} says you must do this.`;
  if (force === 'recommendation') return `${shortName} says you should ideally do this.`;
  return `${shortName} suggests this; it is not a fixed rule.`;
}

export function compareSuggestions(a: Suggestion, b: Suggestion): number {
  return (
    KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
    FORCE_ORDER[a.force] - FORCE_ORDER[b.force] ||
    (a.blockedBy?.length ? 1 : 0) - (b.blockedBy?.length ? 1 : 0) ||
    a.rank - b.rank ||
    byString(a.dueDate ?? '9999', b.dueDate ?? '9999') ||
    byString(a.title, b.title) ||
    byString(a.id, b.id)
  );
}

/** Code-unit order: stable across locales, and far cheaper than localeCompare in a sort. */
function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Training modes that do not come with a certificate. */
const NO_CERTIFICATE_MODES = new Set<Training['mode']>(['supervision', 'peer-discussion', 'self-directed']);

class Builder {
  readonly out = new Map<string, Suggestion>();
  readonly idx: RecordIndex;
  readonly confirmed: ReadonlySet<string>;
  readonly dueSoonDays: number;
  readonly recentFrom: ISODate;
  /** Prerequisite rules some suggestion waits on, so that their first step is suggested too. */
  readonly unmetPrereqs = new Map<string, UnmetRule>();

  readonly framework: Framework;
  readonly profile: Profile;
  readonly today: ISODate;

  constructor(
    readonly parts: ProgressParts,
    options: SuggestOptions,
  ) {
    this.framework = parts.framework;
    this.profile = parts.profile;
    this.today = parts.today;
    this.idx = parts.index;
    this.confirmed = parts.confirmed;
    this.dueSoonDays = options.dueSoonDays ?? DUE_SOON_DAYS;
    this.recentFrom = addMonthsIso(this.today, -(options.recentMonths ?? 12));
  }

  private topicsCovered?: TopicCoverage[];

  /** Whether each minimum-content topic is covered (one scan of the record per recompute, read
   * by both topic suggestions). */
  topicCoverage(): TopicCoverage[] {
    return (this.topicsCovered ??= topicCoverage(this.idx, 1));
  }

  add(s: Suggestion): void {
    const cur = this.out.get(s.id);
    if (!cur || compareSuggestions(s, cur) < 0) this.out.set(s.id, s);
  }

  /** Kind from a due date: overdue after it, due soon within the window, else `otherwise`. */
  kindByDate(due: ISODate | null, otherwise: SuggestionKind): SuggestionKind {
    if (!due) return otherwise;
    const d = daysBetween(this.today, due);
    return d < 0 ? 'overdue' : d <= this.dueSoonDays ? 'due-soon' : otherwise;
  }

  courseDoneOrPlanned(courseId: string): boolean {
    return this.idx.courseDone.has(courseId) || this.idx.coursePlanned.has(courseId);
  }

  /** Required earlier steps block; recommended ones only add a note. */
  gate(target: Target): { blockedBy?: string[]; notes: string[]; after: string[] } {
    const unmet = unmetBefore(target, this.framework, this.profile, this.idx, this.confirmed);
    const blockedBy: string[] = [];
    const notes: string[] = [];
    const after: string[] = [];
    for (const u of unmet) {
      if (u.kind === 'prerequisite') this.unmetPrereqs.set(u.ruleId, u);
      if (u.force === 'requirement') blockedBy.push(describeUnmet(u, this.idx));
      else notes.push(`Ideally after: ${describeUnmet(u, this.idx)}.`);
      for (const c of u.firstCourseIds) after.push(`course:${c}`);
      for (const st of u.steps) {
        for (const c of st.courseIds ?? []) after.push(`course:${c}`);
        for (const l of st.levelIds ?? []) after.push(`level:${l}`);
      }
    }
    return { blockedBy: blockedBy.length ? blockedBy : undefined, notes, after };
  }

  approvalNote(course: Course): string | null {
    const r = rulesOf(this.framework, 'manager-approval').find(
      (a) => selectorAppliesToUser(a.appliesTo, this.profile) && selectorPicksCourse(a.appliesTo, course),
    );
    if (!r) return null;
    return r.force === 'requirement' ? "You need your manager's approval to attend." : 'Agree it with your manager first.';
  }

  /** A course suggestion (never for a course already done or planned). */
  course(
    course: Course,
    base: Pick<Suggestion, 'kind' | 'force' | 'ruleId' | 'cite' | 'rank'> & {
      reason: string;
      dueDate?: ISODate;
      id?: string;
      pathwayId?: string;
      pathwayItemId?: string;
    },
  ): void {
    if (this.courseDoneOrPlanned(course.id)) return;
    const { blockedBy, notes, after } = this.gate({ course });
    // Not doable now: the required earlier step is suggested instead (suggestPrerequisiteSteps).
    if (blockedBy) return;
    const approval = this.approvalNote(course);
    const length = course.length ? ` (${course.length.sourceText})` : '';
    this.add({
      id: base.id ?? `course:${course.id}`,
      kind: base.kind,
      force: base.force,
      title: `${course.title}${length}`,
      reason: [base.reason, ...notes, approval].filter(Boolean).join(' '),
      ruleId: base.ruleId,
      cite: base.cite,
      dueDate: base.dueDate,
      blockedBy,
      action: { type: 'plan-course', courseId: course.id, pathwayId: base.pathwayId, pathwayItemId: base.pathwayItemId },
      rank: base.rank,
      target: `course:${course.id}`,
      covers: course.levelId ? [`level:${course.levelId}`] : undefined,
      after,
    });
  }
}

/** The ranked suggestions from the progress model's parts (call computeProgress, or `suggest`
 * in progress.ts, rather than this). */
export function suggestFromProgress(parts: ProgressParts, record: EngineRecord, options: SuggestOptions = {}): Suggestion[] {
  const { profile, today } = parts;
  const b = new Builder(parts, options);
  suggestRefreshes(b);
  suggestPathway(b);
  suggestOrderFirsts(b);
  suggestLevels(b);
  suggestGroupCourses(b);
  suggestHours(b);
  suggestPlanFollowUps(b);
  suggestPrerequisiteSteps(b);
  suggestImpactNotes(b);
  suggestCertificates(b);
  suggestTopicTraining(b);
  suggestTopics(b);
  if (profile.schemes?.length)
    for (const s of suggestFromSchemes({
      schemes: options.schemes ?? SCHEMES,
      profile,
      trainings: record.trainings,
      reflections: record.reflections ?? [],
      plans: record.plans,
      today,
      dueSoonDays: b.dueSoonDays,
    }))
      b.add(s);
  const ranked = inSourceOrder([...b.out.values()].sort(compareSuggestions)).slice(0, SUGGESTION_LIMIT);
  // A volunteer is told who "your manager" is for them; the rule itself is unchanged.
  return profile.volunteer ? ranked.map((s) => ({ ...s, title: forVolunteer(s.title), reason: forVolunteer(s.reason) })) : ranked;
}

/** The "when" each suggestion shows, in the list's order. A suggestion that a more pressing one
 * waits on (one of its earlier steps, directly or through another) is as much the next thing to do
 * as that one, so it reads "next-step", never "recommended" above a "next" it unlocks (Coventry
 * Group 3: Working Together covers Level 2, which Level 3 comes after). Its force is unchanged. */
export function whenKinds(list: readonly Suggestion[]): SuggestionKind[] {
  const pressing = (k: SuggestionKind) => KIND_ORDER[k] <= KIND_ORDER['next-step'];
  const kinds = list.map((s) => s.kind);
  const targets = list.map((s) => [...(s.target ? [s.target] : []), ...(s.covers ?? [])]);
  for (let changed = true; changed;) {
    changed = false;
    list.forEach((_, i) => {
      if (pressing(kinds[i]) || !targets[i].length) return;
      const waitedOn = list.some((o, j) => j !== i && pressing(kinds[j]) && (o.after ?? []).some((t) => targets[i].includes(t)));
      if (waitedOn) {
        kinds[i] = 'next-step';
        changed = true;
      }
    });
  }
  return kinds;
}

/** Never a suggestion above one of its own earlier steps: each waits until the suggestions for
 * the steps it should ideally come after are placed (a stable pass over the ranked list). One
 * card per course or level: a later suggestion about the same target is dropped. */
function inSourceOrder(ranked: Suggestion[]): Suggestion[] {
  const seen = new Set<string>();
  const list = ranked.filter((s) => !s.target || (!seen.has(s.target) && seen.add(s.target)));
  const targetsOf = (s: Suggestion) => [...(s.target ? [s.target] : []), ...(s.covers ?? [])];
  const present = new Set(list.flatMap(targetsOf));
  const placed = new Set<string>();
  const out: Suggestion[] = [];
  let rest = list;
  while (rest.length) {
    const i = rest.findIndex((s) => !(s.after ?? []).some((t) => !targetsOf(s).includes(t) && present.has(t) && !placed.has(t)));
    const next = rest[i < 0 ? 0 : i];
    out.push(next);
    for (const t of targetsOf(next)) placed.add(t);
    rest = rest.filter((s) => s !== next);
  }
  return out;
}

function levelTitle(b: Builder, levelId: string): string {
  return b.framework.levels.find((l) => l.id === levelId)?.title ?? levelId;
}

function suggestRefreshes(b: Builder): void {
  for (const r of b.parts.refreshes) {
    if (r.status !== 'overdue' && r.status !== 'due-soon') continue;
    if (b.idx.levelPlanned.has(r.levelId)) continue; // already planned
    const title = levelTitle(b, r.levelId);
    const when =
      r.status === 'overdue'
        ? `expired on ${formatDate(r.dueDate)}`
        : r.daysLeft === 0
          ? 'expires today'
          : `expires on ${formatDate(r.dueDate)}`;
    b.add({
      id: `refresh:${r.ruleId}:${r.levelId}`,
      kind: r.status,
      force: r.force,
      title: `Refresh your ${trainingPhrase(title)}`,
      reason: `Your ${trainingPhrase(title)} (last on ${formatDate(r.lastDone)}) ${when}: it is to be refreshed every ${r.intervalMonths / 12 >= 1 && r.intervalMonths % 12 === 0 ? `${r.intervalMonths / 12} years` : `${r.intervalMonths} months`}. ${forceSentence(r.force, b.framework.shortName)}`,
      ruleId: r.ruleId,
      cite: r.cite,
      dueDate: r.dueDate ?? undefined,
      action: { type: 'plan-course', levelId: r.levelId },
      rank: 0,
      target: `level:${r.levelId}`,
    });
  }
}

function suggestPathway(b: Builder): void {
  const progress = b.parts.pathway;
  if (!progress) {
    const offered = pathwaysFor(b.framework, b.profile).filter((p) => p.groupId === b.profile.groupId);
    if (offered.length) {
      const p = offered[0];
      b.add({
        id: 'pathway:choose',
        kind: 'next-step',
        force: 'recommendation',
        title: 'Choose a training pathway',
        reason: `${b.framework.shortName} gives sample pathways for your group (for example ${p.roleTitle}), to complete over ${p.durationMonths / 12} years. Choosing one lets the app track it for you.`,
        ruleId: `pathway:${p.id}`,
        cite: p.cite,
        action: { type: 'choose-pathway' },
        rank: 0,
      });
      // Every pathway for the group starts with its introductory training (or an equivalent).
      const intro = p.items.find((i) => i.introductory);
      const course = intro?.courseId ? b.idx.courseById.get(intro.courseId) : undefined;
      if (course)
        b.course(course, {
          kind: 'next-step',
          force: 'recommendation',
          ruleId: `pathway:${p.id}`,
          cite: p.cite,
          rank: 1,
          reason: `Each of ${b.framework.shortName}'s sample pathways for your group starts with this introductory training (or an equivalent).`,
        });
    }
    return;
  }
  const pathway = progress.pathway;
  progress.next.forEach((p, i) => {
    if (p.status !== 'to-do') return;
    const past = progress.daysLeft != null && progress.daysLeft < 0;
    const position = `Item ${pathway.items.indexOf(p.item) + 1} of ${pathway.items.length} of your ${pathway.roleTitle} pathway, ${past ? `past the suggested two years (${formatDate(progress.deadline)})` : `suggested to finish by ${formatDate(progress.deadline)}`}.`;
    const intro = p.item.introductory ? ' The pathway starts with this introductory training (or an equivalent).' : '';
    // The two years are suggested (London: "sample" pathways): past them an item is not overdue.
    const byDate = b.kindByDate(progress.deadline, 'next-step');
    const common = {
      kind: byDate === 'overdue' ? ('next-step' as const) : byDate,
      force: 'recommendation' as const,
      ruleId: `pathway:${pathway.id}`,
      cite: pathway.cite,
      dueDate: progress.deadline ?? undefined,
      rank: i,
    };
    const reason = `${position}${intro} ${b.framework.shortName} recommends the pathway's courses as priorities.`;
    if (p.course) {
      b.course(p.course, { ...common, id: `pathway:${pathway.id}:${p.item.id}`, reason, pathwayId: pathway.id, pathwayItemId: p.item.id });
    } else {
      b.add({
        ...common,
        id: `pathway:${pathway.id}:${p.item.id}`,
        title: p.item.title,
        reason: `${reason} The catalogue has no such course: log equivalent training and link it to this item.`,
        action: { type: 'log-training', pathwayId: pathway.id, pathwayItemId: p.item.id },
      });
    }
  });
}

function suggestOrderFirsts(b: Builder): void {
  for (const r of rulesOf(b.framework, 'order')) {
    if (!selectorAppliesToUser(r.appliesTo, b.profile)) continue;
    r.first.forEach((courseId, i) => {
      const course = b.idx.courseById.get(courseId);
      if (!course) return;
      b.course(course, {
        kind: 'next-step',
        force: r.force,
        ruleId: r.id,
        cite: r.cite,
        rank: i,
        reason: `${r.text} ${forceSentence(r.force, b.framework.shortName)}`,
      });
    });
  }
}

/** Level-based frameworks: a level the user's group trains at, with nothing logged at it yet. */
function suggestLevels(b: Builder): void {
  const group = userGroup(b.framework, b.profile);
  userLevels(b.framework, b.profile).forEach((level) => {
    if (b.idx.levelDone.has(level.id) || b.idx.levelPlanned.has(level.id)) return;
    // Where the catalogue has courses at this level, the course suggestions cover it.
    if (b.framework.courses.some((c) => c.levelId === level.id)) return;
    const { blockedBy, notes, after } = b.gate({ levelId: level.id });
    if (blockedBy) return;
    const refresh = rulesOf(b.framework, 'refresh').find((r) => r.levelIds.includes(level.id));
    // The force is the source's own for this group's levels (Worcestershire: "To ensure that all
    // staff ... attend training"; Coventry's Table 2: suggested methods), else a recommendation.
    const force = level.training?.force ?? 'recommendation';
    b.add({
      id: `level:${level.id}`,
      kind: 'next-step',
      force,
      title: `Complete ${trainingPhrase(level.title)}`,
      reason: [
        `${b.framework.shortName} places your group${group ? ` (${group.title})` : ''} at this level; your record has no training at it yet.`,
        refresh
          ? `It is then refreshed every ${refresh.intervalMonths % 12 === 0 ? `${refresh.intervalMonths / 12} years` : `${refresh.intervalMonths} months`}.`
          : '',
        ...notes,
        forceSentence(force, b.framework.shortName),
      ]
        .filter(Boolean)
        .join(' '),
      ruleId: `level:${level.id}`,
      cite: level.training?.cite ?? level.cite,
      action: { type: 'plan-course', levelId: level.id },
      rank: level.order,
      target: `level:${level.id}`,
      after,
    });
  });
}

/** The user's group's other courses. Where the framework has pathways with an after-pathway
 * rule (London), they wait until the pathway is complete, then one card opens "Courses for you".
 * Elsewhere the first few courses aimed at the user's group or level are suggested (in the
 * source's order) and one card leads to the rest. Adjoining levels are only on "Courses for you". */
const GROUP_COURSE_PROMPTS = 3;

function suggestGroupCourses(b: Builder): void {
  const after = rulesOf(b.framework, 'after-pathway')[0];
  const pathway = b.parts.pathway;
  if (after && b.framework.pathways.length && !pathway?.complete) return;
  // A course that is one way of meeting a prerequisite already met another way (e.g. basic
  // awareness training done in the user's own agency) is not offered again.
  const metAnotherWay = new Set<string>();
  for (const r of rulesOf(b.framework, 'prerequisite'))
    if (selectorAppliesToUser(r.appliesTo, b.profile) && r.anyOf.some((s) => priorStepSatisfied(r.id, s, b.idx, b.confirmed)))
      for (const s of r.anyOf) for (const c of s.courseIds ?? []) metAnotherWay.add(c);
  const order = after?.then ?? ['CORE', 'SPECIALIST'];
  const open = b.framework.courses
    .map((course, i) => ({ course, i }))
    .filter(
      ({ course }) =>
        courseRelevance(b.framework, b.profile, course) === 'own' && !metAnotherWay.has(course.id) && !b.courseDoneOrPlanned(course.id),
    )
    .sort((x, y) => catRank(order, x.course) - catRank(order, y.course) || x.i - y.i);
  if (!open.length) return;
  const force = after?.force ?? 'recommendation';
  if (after && pathway?.complete) {
    b.add({
      id: 'courses:after-pathway',
      kind: 'recommended',
      force,
      title: `Choose your next ${order.join(' and ')} courses`,
      reason: `Your pathway is complete. ${after.text} ${open.length} ${open.length === 1 ? 'course is' : 'courses are'} open to your group.`,
      ruleId: after.id,
      cite: after.cite,
      action: { type: 'open-courses' },
      rank: 0,
    });
    return;
  }
  const group = userGroup(b.framework, b.profile);
  let shown = 0;
  for (const { course, i } of open) {
    if (shown >= GROUP_COURSE_PROMPTS) break;
    const before = b.out.size;
    b.course(course, {
      kind: 'recommended',
      force: 'guidance',
      ruleId: `course:${course.id}`,
      cite: course.cite,
      rank: 100 + i,
      reason: `${b.framework.shortName} lists this course for ${group ? `your group (${group.title})` : 'your level'}.`,
    });
    if (b.out.size > before) shown++;
  }
  const more = open.length - shown;
  if (more > 0)
    b.add({
      id: 'courses:more',
      kind: 'recommended',
      force: 'guidance',
      title: `${more} more ${more === 1 ? 'course' : 'courses'} for your group`,
      reason: `${b.framework.shortName} lists ${open.length} courses for ${group ? `your group (${group.title})` : 'your level'}; see them all, with what each covers, and plan the ones that fit your role.`,
      ruleId: 'app:courses',
      cite: null,
      action: { type: 'open-courses' },
      rank: 999,
    });
}

function catRank(order: ReadonlyArray<string>, course: Course): number {
  const i = course.category ? order.indexOf(course.category) : -1;
  return i < 0 ? order.length : i;
}

/** Yearly hours below the minimum or the ideal: say how far, and which course would close it. */
function suggestHours(b: Builder): void {
  for (const t of b.parts.hours) {
    if (t.status === 'met') continue;
    const gap = t.status === 'below-minimum' ? t.toMinimum : t.toIdeal;
    if (t.planned >= gap) continue; // plans already close it
    const what = t.counts === 'multi-agency' ? 'multi-agency training' : 'training';
    const need = gap - t.planned;
    const open = b.framework.courses
      .filter((c) => (t.counts === 'any' || c.multiAgency) && c.length && !b.courseDoneOrPlanned(c.id))
      .map((c) => ({ c, blockedBy: b.gate({ course: c }).blockedBy }));
    // Courses nothing blocks, if any; else the blocked ones, saying what comes first.
    const candidates = open.some((o) => !o.blockedBy) ? open.filter((o) => !o.blockedBy) : open;
    // The smallest course that closes the gap, else the longest available.
    const closing = candidates.filter((o) => o.c.length!.hours >= need).sort((x, y) => x.c.length!.hours - y.c.length!.hours)[0];
    const picked = closing ?? candidates.sort((x, y) => y.c.length!.hours - x.c.length!.hours)[0];
    const pick = picked?.c;
    const target =
      t.status === 'below-minimum' ? `the minimum of ${formatHours(t.minHours)}` : `the ideal of ${formatHours(t.idealHours ?? 0)}`;
    const forceWords = t.force === 'guidance' ? 'This is suggested, not a fixed rule.' : forceSentence(t.force, b.framework.shortName);
    b.add({
      id: `hours:${t.ruleId}`,
      kind: 'recommended',
      force: t.force,
      title: `${t.status === 'below-minimum' ? '' : 'Ideally '}${formatHours(need)} more ${what} this year`.replace(/^./, (c) =>
        c.toUpperCase(),
      ),
      reason: [
        `You have ${formatHours(t.done)} of ${what} in ${t.window.label}${t.planned ? ` and ${formatHours(t.planned)} planned` : ''}; ${b.framework.shortName} suggests at least ${formatHours(t.minHours)}${t.idealHours ? `, ideally ${formatHours(t.idealHours)}` : ''}.`,
        pick ? `${pick.title} (${pick.length!.sourceText}) would ${closing ? `reach ${target}` : 'go towards it'}.` : '',
        forceWords,
      ]
        .filter(Boolean)
        .join(' '),
      ruleId: t.ruleId,
      cite: t.cite,
      dueDate: t.window.end > b.today ? t.window.end : undefined,
      // Any training that counts closes the gap, so this is doable now even where the course
      // named waits on an earlier step.
      action: pick && !picked?.blockedBy ? { type: 'plan-course', courseId: pick.id } : { type: 'log-training' },
      rank: t.status === 'below-minimum' ? 0 : 50,
    });
  }
}

/** Open plans: a manager's approval still to record; a date passed without the plan logged. */
function suggestPlanFollowUps(b: Builder): void {
  const approvals = rulesOf(b.framework, 'manager-approval').filter((r) => selectorAppliesToUser(r.appliesTo, b.profile));
  for (const p of b.idx.openPlans) {
    const course = p.link?.frameworkId === b.framework.id && p.link.courseId ? b.idx.courseById.get(p.link.courseId) : undefined;
    if (p.plannedDate < b.today) {
      b.add({
        id: `plan-past:${p.id}`,
        kind: 'housekeeping',
        force: 'guidance',
        title: `Did you attend ${p.title}?`,
        reason: `It was planned for ${formatDate(p.plannedDate)}. If you went, log it as done; if not, change the date or remove the plan.`,
        ruleId: 'app:plans',
        cite: null,
        action: { type: 'log-training', planId: p.id },
        rank: 0,
      });
      continue;
    }
    if (course) {
      b.gate({ course }); // records unmet prerequisites, so that their steps are suggested
      const rule = approvals.find((r) => selectorPicksCourse(r.appliesTo, course));
      if (rule && !p.approval?.approved) {
        b.add({
          id: `approval:${p.id}`,
          kind: 'next-step',
          force: rule.force,
          title: `Get your manager's approval for ${p.title}`,
          reason: `Planned for ${formatDate(p.plannedDate)}. ${rule.text} ${forceSentence(rule.force, b.framework.shortName)}`,
          ruleId: rule.id,
          cite: rule.cite,
          dueDate: p.plannedDate,
          action: { type: 'record-approval', planId: p.id },
          rank: 0,
        });
      }
    }
  }
}

function stepAction(b: Builder, ruleId: string, step: PriorStep): Suggestion['action'] {
  if (step.userConfirmed) return { type: 'confirm-step', stepKey: confirmationKey(ruleId, step.id) };
  const course = step.courseIds?.find((c) => !b.courseDoneOrPlanned(c));
  if (course) return { type: 'plan-course', courseId: course };
  if (step.levelIds?.length) return { type: 'plan-course', levelId: step.levelIds[0] };
  return { type: 'log-training' };
}

/** The earlier steps that suggested courses wait on (and, for rules over every course, always). */
function suggestPrerequisiteSteps(b: Builder): void {
  for (const r of rulesOf(b.framework, 'prerequisite')) {
    if (!r.appliesTo.allCourses || !b.framework.courses.length || !selectorAppliesToUser(r.appliesTo, b.profile)) continue;
    if (r.anyOf.some((s) => priorStepSatisfied(r.id, s, b.idx, b.confirmed))) continue;
    b.unmetPrereqs.set(r.id, {
      ruleId: r.id,
      kind: 'prerequisite',
      force: r.force,
      text: r.text,
      cite: r.cite,
      steps: r.anyOf,
      firstCourseIds: [],
    });
  }
  for (const u of b.unmetPrereqs.values()) {
    // A step already planned is not suggested again.
    if (u.steps.some((s) => s.courseIds?.some((c) => b.idx.coursePlanned.has(c)) || s.levelIds?.some((l) => b.idx.levelPlanned.has(l))))
      continue;
    // A recommended earlier step that is already suggested as a course or level of its own needs
    // no second card (the later suggestion is ranked after it).
    const targets = u.steps.flatMap((s) => [
      ...(s.courseIds ?? []).map((c) => `course:${c}`),
      ...(s.levelIds ?? []).map((l) => `level:${l}`),
    ]);
    if (u.force !== 'requirement' && [...b.out.values()].some((x) => [x.target, ...(x.covers ?? [])].some((t) => t && targets.includes(t))))
      continue;
    const confirmable = u.steps.find((s) => s.userConfirmed);
    const steps = u.steps.map((s) => s.title);
    b.add({
      id: `prerequisite:${u.ruleId}`,
      kind: 'next-step',
      force: u.force,
      title:
        confirmable && u.steps.length === 1
          ? `Confirm: ${confirmable.title}`
          : steps.length === 1
            ? steps[0]
            : `First: ${steps.join(', or ')}`,
      reason: `${u.text} ${confirmable ? 'Only you can say whether you have done this; confirm it when you have. ' : 'Log it once done. '}${forceSentence(u.force, b.framework.shortName)}`,
      ruleId: u.ruleId,
      cite: u.cite,
      // A step only the user can confirm is the one the record cannot show by itself: ask it.
      action: stepAction(b, u.ruleId, confirmable ?? u.steps[0]),
      rank: -1,
      target: targets[0],
    });
  }
}

/** The partnership as it names itself in short: "Sandwell SCSP" (the short name and the
 * abbreviation its full name gives in brackets), else the short name. */
export function partnershipName(framework: Pick<Framework, 'shortName' | 'partnership'>): string {
  const abbreviation = /\(([A-Z][A-Za-z&]{1,9})\)\s*$/.exec(framework.partnership)?.[1];
  return abbreviation ? `${framework.shortName} ${abbreviation}` : framework.shortName;
}

/** An evaluation follow-up is the partnership's own process, to which it invites learners (Sandwell:
 * "All learners will be invited to complete further evaluation"): the reason says what the
 * partnership will do and why a note now helps, never that the partnership tells the user to. */
function impactReason(
  framework: Framework,
  r: Extract<Framework['rules'][number], { kind: 'evaluation-followup' }>,
  t: Training,
  w: ImpactWindow,
): string {
  const who = partnershipName(framework);
  const when = `${r.fromMonths} to ${r.toMonths} months after it (between ${formatDate(w.opens)} and ${formatDate(w.closes)})`;
  const reason =
    w.status === 'overdue'
      ? `You did this training on ${formatDate(t.endDate)}. ${who} invites learners to evaluate its impact ${when}; an impact note still keeps a record of what changed in your practice.`
      : `You did this training on ${formatDate(t.endDate)}. ${who} will invite you to evaluate its impact ${when}; writing your impact note now keeps it ready.`;
  // A source that asks the learner for the follow-up (a requirement or recommendation) says so;
  // an invitation given as information (Sandwell) adds nothing the source does not say.
  return r.force === 'guidance' ? reason : `${reason} ${forceSentence(r.force, framework.shortName)}`;
}

/** Impact notes prompted one by one: the windows closing soonest, then the most recently
 * missed; any more are counted in one suggestion (a long list of prompts helps nobody). */
const IMPACT_PROMPTS = 3;

function suggestImpactNotes(b: Builder): void {
  for (const r of rulesOf(b.framework, 'evaluation-followup')) {
    // Only entries whose window has opened and closed no earlier than recentFrom can prompt; a
    // few days' slack either side covers month-end clamping, and impactWindow decides exactly.
    const latestEnd = addDaysIso(addMonthsIso(b.today, -r.fromMonths), 3);
    const earliestEnd = addDaysIso(addMonthsIso(b.recentFrom, -r.toMonths), -3);
    const due: Array<{ t: Training; w: ImpactWindow }> = [];
    const overdue: Array<{ t: Training; w: ImpactWindow }> = [];
    for (const t of b.idx.record.trainings) {
      if (t.endDate > latestEnd || t.endDate < earliestEnd || t.impact?.text?.trim()) continue;
      const w = impactWindow(t, b.today, r.fromMonths, r.toMonths);
      if (w.status === 'due') due.push({ t, w });
      else if (w.status === 'overdue' && w.closes >= b.recentFrom) overdue.push({ t, w }); // long past: no prompt
    }
    due.sort((x, y) => (x.w.closes < y.w.closes ? -1 : x.w.closes > y.w.closes ? 1 : 0));
    overdue.sort((x, y) => (x.w.closes > y.w.closes ? -1 : x.w.closes < y.w.closes ? 1 : 0));
    const each = [...due.slice(0, IMPACT_PROMPTS), ...overdue.slice(0, IMPACT_PROMPTS)];
    for (const { t, w } of each)
      b.add({
        id: `impact:${r.id}:${t.id}`,
        kind: w.status === 'overdue' ? 'overdue' : 'due-soon',
        force: r.force,
        title: `Write an impact note for ${t.title}`,
        reason: impactReason(b.framework, r, t, w),
        ruleId: r.id,
        cite: r.cite,
        dueDate: w.closes,
        action: { type: 'write-impact-note', trainingId: t.id },
        rank: 0,
      });
    const more = due.length + overdue.length - each.length;
    if (more)
      b.add({
        id: `impact:${r.id}:others`,
        kind: overdue.length > IMPACT_PROMPTS ? 'overdue' : 'due-soon',
        force: r.force,
        title: `${more} more ${more === 1 ? 'entry is' : 'entries are'} waiting for an impact note`,
        reason:
          `${partnershipName(b.framework)} will invite you to evaluate the impact of your training ${r.fromMonths} to ${r.toMonths} months after it; writing your impact notes now keeps them ready.` +
          (r.force === 'guidance' ? '' : ` ${forceSentence(r.force, b.framework.shortName)}`),
        ruleId: r.id,
        cite: r.cite,
        action: { type: 'write-impact-note' },
        rank: 1,
      });
  }
}

/** How many entries without a certificate get a suggestion of their own (the most recent);
 * the rest are counted in one. */
const CERTIFICATE_PROMPTS = 3;

function suggestCertificates(b: Builder): void {
  // A framework duty about certificates gives the citation and force; otherwise it is the app's
  // own housekeeping.
  const duty = rulesOf(b.framework, 'duty').find((r) => /certificate/i.test(r.text));
  const base = { ruleId: duty?.id ?? 'app:certificates', cite: duty?.cite ?? null, force: duty?.force ?? ('guidance' as RuleForce) };
  const why = duty ? `${duty.text}` : 'A certificate is your evidence if you move job or are asked for it.';
  let missing = 0;
  // The most recent few from the last months, each with its own prompt: kept as the loop goes
  // (newest first; on the same date, record order), not by sorting every recent entry.
  const recent: Training[] = [];
  const recentFrom = b.recentFrom;
  for (const t of b.idx.record.trainings) {
    if (b.idx.certified.has(t.id) || NO_CERTIFICATE_MODES.has(t.mode)) continue;
    missing++;
    if (t.endDate < recentFrom) continue;
    if (recent.length === CERTIFICATE_PROMPTS && t.endDate <= recent[CERTIFICATE_PROMPTS - 1].endDate) continue;
    let at = recent.length;
    while (at > 0 && t.endDate > recent[at - 1].endDate) at--;
    recent.splice(at, 0, t);
    if (recent.length > CERTIFICATE_PROMPTS) recent.pop();
  }
  if (!missing) return;
  recent.forEach((t, i) =>
    b.add({
      ...base,
      id: `certificate:${t.id}`,
      kind: 'housekeeping',
      title: `Attach the certificate for ${t.title}`,
      reason: `No certificate is stored for this training on ${formatDate(t.endDate)}. ${why}`,
      action: { type: 'attach-certificate', trainingId: t.id },
      rank: 10 + i / 100, // most recent first
    }),
  );
  const others = missing - recent.length;
  if (others)
    b.add({
      ...base,
      id: 'certificates:others',
      kind: 'housekeeping',
      title: `${others} ${recent.length ? 'other ' : ''}${others === 1 ? 'entry has' : 'entries have'} no certificate`,
      reason: `Where you have the certificate, attach it to the entry. ${why}`,
      action: { type: 'attach-certificate' },
      rank: 20,
    });
}

/** Minimum content not yet in the record: one card listing the topics (one card per topic would
 * crowd out everything else). */
/** Training on a minimum-content topic that the source asks of the user's group (Sandwell: Group
 * 3's statutory requirement to access Core Working Together). A role the source exempts gets what
 * the source says for it instead, at its force (childminders: recommended as good practice). Not
 * suggested once an entry covers the topic or a plan names it. */
function suggestTopicTraining(b: Builder): void {
  const rules = rulesOf(b.framework, 'topic-training').filter((r) => selectorAppliesToUser(r.appliesTo, b.profile));
  if (!rules.length) return;
  const coverage = b.topicCoverage();
  for (const r of rules) {
    const covered = coverage.find((c) => c.topic.id === r.topicId);
    if (!covered || covered.trainingIds.length) continue;
    const topic = covered.topic;
    if (b.idx.record.plans.some((p) => !p.doneTrainingId && textMentionsTopic(topic, p.title))) continue;
    const exemption = r.exemptions?.find((e) => b.profile.roleId != null && e.roleIds.includes(b.profile.roleId));
    const force = exemption?.force ?? r.force;
    b.add({
      id: `topic-training:${r.id}`,
      kind: 'next-step',
      force,
      title: `Complete ${trainingPhrase(topic.title)}`,
      reason: exemption
        ? `${exemption.text} ${forceSentence(force, b.framework.shortName)}`
        : `${r.text} ${forceSentence(force, b.framework.shortName)}`,
      ruleId: r.id,
      cite: exemption?.cite ?? r.cite,
      action: { type: 'log-training' },
      rank: 0,
      target: `topic:${topic.id}`,
    });
  }
}

function suggestTopics(b: Builder): void {
  // A topic with a suggestion of its own (topic-training) is not listed again here.
  const missing = b.topicCoverage().filter((c) => !c.trainingIds.length && !b.out.has(`topic-training:${topicRuleId(b, c.topic.id)}`));
  if (!missing.length) return;
  const first = missing[0];
  const course = b.framework.courses.find((x) => x.topics?.includes(first.topic.id) && !b.courseDoneOrPlanned(x.id));
  const names = missing.map((c) => c.topic.title);
  b.add({
    id: `topic:${first.ruleId}`,
    kind: 'housekeeping',
    force: first.force,
    title: `Minimum content not yet in your record: ${names.length > 2 ? `${names.slice(0, 2).join(', ')} and ${names.length - 2} more` : names.join(' and ')}`,
    reason: `${first.interpretation} No entry in your record covers ${names.join(', ')} yet.`,
    ruleId: first.ruleId,
    cite: first.cite,
    action: course ? { type: 'plan-course', courseId: course.id } : { type: 'log-training' },
    rank: 5,
  });
}

/** The id of the topic-training rule about a topic that applies to the user, if any. */
function topicRuleId(b: Builder, topicId: string): string | undefined {
  return rulesOf(b.framework, 'topic-training').find((r) => r.topicId === topicId && selectorAppliesToUser(r.appliesTo, b.profile))?.id;
}

export type { EngineRecord, RecordIndex };
