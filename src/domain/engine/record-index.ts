/**
 * One pass over the record that answers the engine's questions in O(1): which courses, levels
 * and pathway items are done or planned (and when), which entries carry a certificate.
 * Built once per recompute, so that 5,000 entries cost one loop, not one loop per rule.
 */
import type { Course, Framework } from '../../frameworks/types';
import type { Certificate, ISODate, Plan, RecordSnapshot, Training } from '../types';

/** What the engine reads of the record: a RecordSnapshot fits; certificates need only their
 * training link (so the app never loads certificate bytes to compute suggestions). */
export type EngineRecord = Pick<RecordSnapshot, 'trainings' | 'plans' | 'enrolments'> & {
  certificates: Array<Pick<Certificate, 'trainingId'>>;
  /** Counted by the professional schemes the user follows (feedback, reflective accounts). */
  reflections?: RecordSnapshot['reflections'];
};

export interface RecordIndex {
  framework: Framework;
  record: EngineRecord;
  courseById: Map<string, Course>;
  /** Latest completion date per course of this framework. */
  courseDone: Map<string, ISODate>;
  /** Trainings per course of this framework (evidence). */
  courseEvidence: Map<string, Training[]>;
  /** Latest completion date per level of this framework. */
  levelDone: Map<string, ISODate>;
  levelEvidence: Map<string, Training[]>;
  /** Open plans (not yet done) by course, level and pathway item. */
  coursePlanned: Map<string, Plan>;
  levelPlanned: Map<string, Plan>;
  pathwayItemPlanned: Map<string, Plan>;
  /** Trainings linked to a pathway item ("pathwayId/itemId"). */
  pathwayItemEvidence: Map<string, Training[]>;
  /** Training ids with at least one certificate. */
  certified: Set<string>;
  hasSingleAgencyTraining: boolean;
  openPlans: Plan[];
}

export function pathwayItemKey(pathwayId: string | null | undefined, itemId: string): string {
  return `${pathwayId ?? ''}/${itemId}`;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

function keepLatest(m: Map<string, ISODate>, k: string, date: ISODate): void {
  const cur = m.get(k);
  if (!cur || date > cur) m.set(k, date);
}

export function buildRecordIndex(framework: Framework, record: EngineRecord): RecordIndex {
  const courseById = new Map(framework.courses.map((c) => [c.id, c]));
  // Entries without a framework link may still name a level in free text ("Level 2").
  const levelByTitle = new Map(framework.levels.map((l) => [l.title.trim().toLowerCase(), l.id]));
  const idx: RecordIndex = {
    framework,
    record,
    courseById,
    courseDone: new Map(),
    courseEvidence: new Map(),
    levelDone: new Map(),
    levelEvidence: new Map(),
    coursePlanned: new Map(),
    levelPlanned: new Map(),
    pathwayItemPlanned: new Map(),
    pathwayItemEvidence: new Map(),
    certified: new Set(),
    hasSingleAgencyTraining: false,
    openPlans: [],
  };
  for (const t of record.trainings) {
    if (t.agency === 'single') idx.hasSingleAgencyTraining = true;
    const link = t.link && t.link.frameworkId === framework.id ? t.link : null;
    let levelId: string | null | undefined = link?.levelId;
    if (link?.courseId && courseById.has(link.courseId)) {
      keepLatest(idx.courseDone, link.courseId, t.endDate);
      push(idx.courseEvidence, link.courseId, t);
      levelId = levelId || courseById.get(link.courseId)!.levelId;
    }
    if (link?.pathwayItemId) push(idx.pathwayItemEvidence, pathwayItemKey(link.pathwayId, link.pathwayItemId), t);
    if (!levelId && (!t.link || link) && t.level) levelId = levelByTitle.get(t.level.trim().toLowerCase());
    if (levelId) {
      keepLatest(idx.levelDone, levelId, t.endDate);
      push(idx.levelEvidence, levelId, t);
    }
  }
  for (const p of record.plans) {
    if (p.doneTrainingId) continue;
    idx.openPlans.push(p);
    const link = p.link && p.link.frameworkId === framework.id ? p.link : null;
    if (!link) continue;
    if (link.courseId) idx.coursePlanned.set(link.courseId, p);
    const levelId = link.levelId || (link.courseId ? courseById.get(link.courseId)?.levelId : undefined);
    if (levelId) idx.levelPlanned.set(levelId, p);
    if (link.pathwayItemId) idx.pathwayItemPlanned.set(pathwayItemKey(link.pathwayId, link.pathwayItemId), p);
  }
  for (const c of record.certificates) if (c.trainingId) idx.certified.add(c.trainingId);
  return idx;
}
