/**
 * Progress through a pathway (London's two-year pathways from the enrolment date) and, for
 * level-based frameworks, the level ladder: each item done, planned or to do, with evidence.
 */
import type { Course, Framework, Level, Pathway, PathwayItem } from '../frameworks/types';
import { addMonthsIso, daysBetween } from './dates';
import { pathwayItemKey, type RecordIndex } from './engine/record-index';
import { refreshConcernsUser, userLevels } from './engine/selectors';
import { describeUnmet, unmetBefore } from './prerequisites';
import { levelRefreshes, refreshStatus, type RefreshStatus } from './refresh';
import type { Enrolment, ISODate, Plan, Profile, RecordSnapshot, Training } from './types';

export type ItemStatus = 'done' | 'planned' | 'to-do';

export interface PathwayItemProgress {
  item: PathwayItem;
  course: Course | undefined;
  status: ItemStatus;
  /** Entries that meet the item: its catalogue course, or training linked to the item. */
  evidence: Training[];
  plan: Plan | undefined;
}

export interface PathwayProgress {
  pathway: Pathway;
  enrolment: Enrolment | null;
  deadline: ISODate | null;
  daysLeft: number | null;
  done: number;
  total: number;
  items: PathwayItemProgress[];
  /** The items to do next: the introductory item while it is not done, then items in order. */
  next: PathwayItemProgress[];
  complete: boolean;
}

/** The user's current (not ended) enrolment in one of this framework's pathways, the latest
 * started if there are several. */
export function activeEnrolment(framework: Framework, record: Pick<RecordSnapshot, 'enrolments'>): Enrolment | undefined {
  let best: Enrolment | undefined;
  for (const e of record.enrolments) {
    if (e.frameworkId !== framework.id || e.endedAt || !framework.pathways.some((p) => p.id === e.pathwayId)) continue;
    if (!best || e.startDate > best.startDate) best = e;
  }
  return best;
}

/** Pathways for the user's group first, then the rest (a user may follow another group's). */
export function pathwaysFor(framework: Framework, profile: Profile): Pathway[] {
  const own = framework.pathways.filter((p) => p.groupId === profile.groupId);
  return [...own, ...framework.pathways.filter((p) => p.groupId !== profile.groupId)];
}

export function itemEvidence(idx: RecordIndex, pathway: Pathway, item: PathwayItem): Training[] {
  const out = new Set<Training>();
  if (item.courseId) for (const t of idx.courseEvidence.get(item.courseId) ?? []) out.add(t);
  for (const t of idx.pathwayItemEvidence.get(pathwayItemKey(pathway.id, item.id)) ?? []) out.add(t);
  for (const t of idx.pathwayItemEvidence.get(pathwayItemKey(null, item.id)) ?? []) out.add(t);
  return [...out].sort((a, b) => (a.endDate < b.endDate ? 1 : -1));
}

export function itemPlan(idx: RecordIndex, pathway: Pathway, item: PathwayItem): Plan | undefined {
  return (
    idx.pathwayItemPlanned.get(pathwayItemKey(pathway.id, item.id)) ??
    idx.pathwayItemPlanned.get(pathwayItemKey(null, item.id)) ??
    (item.courseId ? idx.coursePlanned.get(item.courseId) : undefined)
  );
}

export function pathwayProgress(
  idx: RecordIndex,
  pathway: Pathway,
  enrolment: Enrolment | null,
  today: ISODate,
  nextCount = 3,
): PathwayProgress {
  const items = pathway.items.map<PathwayItemProgress>((item) => {
    const evidence = itemEvidence(idx, pathway, item);
    const plan = evidence.length ? undefined : itemPlan(idx, pathway, item);
    return {
      item,
      course: item.courseId ? idx.courseById.get(item.courseId) : undefined,
      status: evidence.length ? 'done' : plan ? 'planned' : 'to-do',
      evidence,
      plan,
    };
  });
  const deadline = enrolment ? addMonthsIso(enrolment.startDate, pathway.durationMonths) : null;
  const left = items.filter((i) => i.status !== 'done');
  const intro = left.filter((i) => i.item.introductory);
  const next = [...intro, ...left.filter((i) => !i.item.introductory)].slice(0, nextCount);
  const done = items.length - left.length;
  return {
    pathway,
    enrolment,
    deadline,
    daysLeft: deadline ? daysBetween(today, deadline) : null,
    done,
    total: items.length,
    items,
    next,
    complete: left.length === 0,
  };
}

/** Per level, the introductory courses that open it: the courses of the introductory items of
 * the pathways of the groups that train at the level. */
export function levelGateways(framework: Framework): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of framework.pathways) {
    const intro = p.items.find((i) => i.introductory)?.courseId;
    if (!intro) continue;
    for (const levelId of framework.groups.find((g) => g.id === p.groupId)?.levelIds ?? []) {
      const list = out.get(levelId) ?? [];
      if (!list.includes(intro)) list.push(intro);
      out.set(levelId, list);
    }
  }
  return out;
}

/** 'below' / 'above': a level other than the user's group's, not trained at. */
export type LadderStatus = 'done' | 'planned' | 'to-do' | 'below' | 'above' | RefreshStatus;

export interface LadderStep {
  level: Level;
  /** One of the levels the user's group trains at. */
  target: boolean;
  status: LadderStatus;
  lastDone: ISODate | null;
  /** When the level's training expires, where a refresh rule covers it. */
  dueDate: ISODate | null;
  evidence: Training[];
  plan: Plan | undefined;
  /** What must or should come first, in plain words. */
  before: string[];
}

/** The framework's levels in order, each with where the record stands. */
export function levelLadder(idx: RecordIndex, profile: Profile, today: ISODate, confirmed: ReadonlySet<string> = new Set()): LadderStep[] {
  const own = userLevels(idx.framework, profile);
  const targets = new Set(own.map((l) => l.id));
  const refresh = new Map(levelRefreshes(idx, today).map((r) => [r.levelId, r]));
  const gateways = levelGateways(idx.framework);
  return [...idx.framework.levels]
    .sort((a, b) => a.order - b.order)
    .map((level) => {
      // A group's level is reached through the group's introductory training (London: each
      // pathway starts with it); one other course at the level does not make the level done.
      const gate = gateways.get(level.id);
      const gateDone = !gate || gate.some((c) => idx.courseDone.has(c));
      const lastDone = gateDone ? (idx.levelDone.get(level.id) ?? null) : null;
      const plan = idx.levelPlanned.get(level.id) ?? gate?.map((c) => idx.coursePlanned.get(c)).find(Boolean);
      const r = refresh.get(level.id);
      const due = r ? refreshStatus(lastDone, r.intervalMonths, today) : null;
      let status: LadderStatus = lastDone ? 'done' : plan ? 'planned' : 'to-do';
      if (status === 'to-do' && own.length && !targets.has(level.id)) status = own.some((l) => l.order > level.order) ? 'below' : 'above';
      const refreshes = due && lastDone && refreshConcernsUser(idx.framework, profile, level.id, lastDone);
      if (refreshes && due.status !== 'current') status = due.status;
      const before = lastDone
        ? []
        : [
            ...(gateDone ? [] : gate!.map((c) => idx.courseById.get(c)?.title ?? c)),
            ...unmetBefore({ levelId: level.id }, idx.framework, profile, idx, confirmed).map((u) => describeUnmet(u, idx)),
          ];
      return {
        level,
        target: targets.has(level.id),
        status,
        lastDone,
        dueDate: refreshes ? due.dueDate : null,
        evidence: idx.levelEvidence.get(level.id) ?? [],
        plan,
        before,
      };
    });
}
