/**
 * Editions of a framework the user added: which of two editions is the newer, what changed
 * between them (courses added, removed, renamed; rules added, removed, changed), and how an entry
 * recorded against an earlier edition's course counts in the newer one. Pure: no clock, no
 * storage; nothing passed in is changed (an entry's own data is never re-labelled: the engine
 * reads a carried copy of its link).
 */
import type { Course, Framework, Rule, RuleForce } from '../frameworks/types';
import type { FrameworkLink, Training } from './types';
import type { EngineRecord } from './engine/record-index';

export interface EditionStamp {
  edition: string;
  /** "2026", "2026-09" or "2026-09-01"; null or absent where the document is undated. */
  published?: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A publication date in the user's words: "2026", "Sep 2026" or "1 Sep 2026". */
export function publishedWords(published: string): string {
  const [y, m, d] = published.split('-');
  const month = m ? MONTHS[Number(m) - 1] : undefined;
  return [d ? String(Number(d)) : null, month ?? null, y].filter(Boolean).join(' ');
}

/** How a file's edition stands against the one the app follows. */
export type EditionStanding = 'same' | 'newer' | 'older' | 'unclear';

/** Compares publication dates at the precision both give: -1 (a earlier), 1 (a later), 0 (the
 * same as far as both say, or either undated: cannot tell). */
export function comparePublished(a: string | null | undefined, b: string | null | undefined): -1 | 0 | 1 {
  if (!a || !b) return 0;
  const pa = a.split('-');
  const pb = b.split('-');
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = Number(pa[i]);
    const y = Number(pb[i]);
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** Where `incoming` stands against `current`: the same edition (same words), newer or older by
 * publication date, or unclear (undated, or dated alike with different edition words). */
export function editionStanding(incoming: EditionStamp, current: EditionStamp): EditionStanding {
  if (incoming.edition === current.edition && (incoming.published ?? null) === (current.published ?? null)) return 'same';
  const c = comparePublished(incoming.published, current.published);
  return c > 0 ? 'newer' : c < 0 ? 'older' : 'unclear';
}

/** Newest first: by publication date, then (unclear) the one added later first. `addedAt` is an
 * ISO timestamp of when the edition was added. */
export function newestFirst<T extends { stamp: EditionStamp; addedAt: string }>(editions: readonly T[]): T[] {
  return [...editions].sort((a, b) => {
    const c = comparePublished(b.stamp.published, a.stamp.published);
    if (c !== 0) return c;
    return a.addedAt < b.addedAt ? 1 : a.addedAt > b.addedAt ? -1 : 0;
  });
}

export interface CourseRef {
  id: string;
  title: string;
}
/** The same course in both editions: by id, or (its id changed) by its unchanged title. */
export interface CoursePair {
  fromId: string;
  toId: string;
  from: string;
  to: string;
}
export interface RuleRef {
  id: string;
  text: string;
  force: RuleForce;
}
export interface RuleChange {
  id: string;
  text: string;
  force: RuleForce;
  was: { text: string; force: RuleForce };
}

export interface EditionDiff {
  from: EditionStamp;
  to: EditionStamp;
  courses: {
    added: CourseRef[];
    removed: CourseRef[];
    /** Same id, another title. */
    renamed: CoursePair[];
    /** Same title (its id may have changed). */
    unchanged: CoursePair[];
  };
  rules: { added: RuleRef[]; removed: RuleRef[]; changed: RuleChange[] };
}

/** Titles compared as a reader would: case, spacing, punctuation and "&"/"and" aside. */
export function sameTitleKey(title: string): string {
  return title
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The rule as the engine reads it, citation and notes aside. */
function ruleKey(rule: Rule): string {
  const { cite: _c, note: _n, ...rest } = rule as Rule & { note?: string };
  return JSON.stringify(rest);
}

const ruleRef = (r: Rule): RuleRef => ({ id: r.id, text: r.text, force: r.force });

/** What changed from edition `a` to edition `b`. Every course id of either edition is in exactly
 * one of added (b's), removed (a's), renamed or unchanged (both sides). */
export function diffEditions(a: Framework, b: Framework): EditionDiff {
  const bById = new Map(b.courses.map((c) => [c.id, c]));
  const aIds = new Set(a.courses.map((c) => c.id));
  const renamed: CoursePair[] = [];
  const unchanged: CoursePair[] = [];
  const aOnly: Course[] = [];
  for (const c of a.courses) {
    const same = bById.get(c.id);
    if (!same) aOnly.push(c);
    else
      (sameTitleKey(same.title) === sameTitleKey(c.title) ? unchanged : renamed).push({
        fromId: c.id,
        toId: c.id,
        from: c.title,
        to: same.title,
      });
  }
  // A course whose id changed but whose title did not is the same course.
  const bOnlyByTitle = new Map<string, Course[]>();
  for (const c of b.courses) {
    if (aIds.has(c.id)) continue;
    const key = sameTitleKey(c.title);
    bOnlyByTitle.set(key, [...(bOnlyByTitle.get(key) ?? []), c]);
  }
  const removed: CourseRef[] = [];
  const matchedB = new Set<string>();
  for (const c of aOnly) {
    const candidates = bOnlyByTitle.get(sameTitleKey(c.title));
    const match = candidates?.shift();
    if (match) {
      matchedB.add(match.id);
      unchanged.push({ fromId: c.id, toId: match.id, from: c.title, to: match.title });
    } else removed.push({ id: c.id, title: c.title });
  }
  const added = b.courses.filter((c) => !aIds.has(c.id) && !matchedB.has(c.id)).map((c) => ({ id: c.id, title: c.title }));

  const bRules = new Map(b.rules.map((r) => [r.id, r]));
  const aRuleIds = new Set(a.rules.map((r) => r.id));
  const changed: RuleChange[] = [];
  const removedRules: RuleRef[] = [];
  for (const r of a.rules) {
    const now = bRules.get(r.id);
    if (!now) removedRules.push(ruleRef(r));
    else if (ruleKey(now) !== ruleKey(r))
      changed.push({ id: r.id, text: now.text, force: now.force, was: { text: r.text, force: r.force } });
  }
  return {
    from: { edition: a.edition, published: a.published ?? null },
    to: { edition: b.edition, published: b.published ?? null },
    courses: { added, removed, renamed, unchanged },
    rules: { added: b.rules.filter((r) => !aRuleIds.has(r.id)).map(ruleRef), removed: removedRules, changed },
  };
}

/** Nothing a user would see changed (an id change alone is not a change to them). */
export function diffIsEmpty(d: EditionDiff): boolean {
  const c = d.courses;
  const r = d.rules;
  return !c.added.length && !c.removed.length && !c.renamed.length && !r.added.length && !r.removed.length && !r.changed.length;
}

const FORCE_WORDS: Record<RuleForce, string> = { requirement: 'a requirement', recommendation: 'a recommendation', guidance: 'guidance' };

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One short line for a 360 px screen: "2 courses added, 1 removed, 1 renamed; 1 rule changed." */
export function editionDiffSummary(d: EditionDiff): string {
  if (diffIsEmpty(d)) return 'No courses or rules changed.';
  const c = d.courses;
  const r = d.rules;
  const courseParts = [
    c.added.length && `${c.added.length} added`,
    c.removed.length && `${c.removed.length} removed`,
    c.renamed.length && `${c.renamed.length} renamed`,
  ].filter(Boolean) as string[];
  const ruleParts = [
    r.added.length && `${r.added.length} added`,
    r.removed.length && `${r.removed.length} removed`,
    r.changed.length && `${r.changed.length} changed`,
  ].filter(Boolean) as string[];
  const courses = courseParts.length
    ? `${count(c.added.length + c.removed.length + c.renamed.length, 'course', 'courses')}: ${courseParts.join(', ')}`
    : '';
  const rules = ruleParts.length
    ? `${count(r.added.length + r.removed.length + r.changed.length, 'rule', 'rules')}: ${ruleParts.join(', ')}`
    : '';
  return `${[courses, rules].filter(Boolean).join('; ')}.`;
}

const noStop = (text: string) => text.replace(/\.$/, '');

/** The details behind the summary, each line in the user's words. */
export function editionDiffLines(d: EditionDiff): Array<{ heading: string; lines: string[] }> {
  const out: Array<{ heading: string; lines: string[] }> = [];
  const push = (heading: string, lines: string[]) => lines.length && out.push({ heading, lines });
  push(
    'Courses added',
    d.courses.added.map((c) => c.title),
  );
  push(
    'Courses removed',
    d.courses.removed.map((c) => `${c.title} (training you recorded for it stays in your record and keeps counting)`),
  );
  push(
    'Courses renamed',
    d.courses.renamed.map((c) => `${c.from}, now called ${c.to}`),
  );
  push(
    'Rules added',
    d.rules.added.map((r) => `${r.text} (${FORCE_WORDS[r.force]})`),
  );
  push(
    'Rules removed',
    d.rules.removed.map((r) => r.text),
  );
  push(
    'Rules changed',
    d.rules.changed.map((r) =>
      r.force !== r.was.force
        ? `${noStop(r.text)}: now ${FORCE_WORDS[r.force]} (was ${FORCE_WORDS[r.was.force]})`
        : r.text !== r.was.text
          ? `${noStop(r.text)} (was: ${noStop(r.was.text)})`
          : `${noStop(r.text)}: the courses or people it applies to, or its figures, changed`,
    ),
  );
  return out;
}

/** Where an earlier edition's course is in the newer edition: the same course (its id there), or
 * only its level (the course was removed; the level is kept where the newer edition has it). */
export type CarriedCourse = { courseId: string } | { courseId: null; levelId: string | null };

export function carryCourse(d: EditionDiff, oldCourse: Course, current: Framework): CarriedCourse {
  const pair = d.courses.unchanged.find((p) => p.fromId === oldCourse.id) ?? d.courses.renamed.find((p) => p.fromId === oldCourse.id);
  if (pair) return { courseId: pair.toId };
  const levelId = oldCourse.levelId && current.levels.some((l) => l.id === oldCourse.levelId) ? oldCourse.levelId : null;
  return { courseId: null, levelId };
}

/**
 * The record as the engine reads it under the current edition: an entry or plan linked to a
 * course that only an earlier edition has (newest earlier edition first) is read as linked to the
 * same course in the current edition, or, where the course was removed, to its level. The stored
 * entries are untouched; only the copies handed to the engine carry the new link.
 */
export function carryRecordToEdition<R extends EngineRecord>(record: R, current: Framework, earlier: readonly Framework[]): R {
  if (!earlier.length) return record;
  const currentIds = new Set(current.courses.map((c) => c.id));
  const diffs = new Map<Framework, EditionDiff>();
  const carried = new Map<string, FrameworkLink | null>();
  const carry = (link: FrameworkLink | null): FrameworkLink | null => {
    if (!link || link.frameworkId !== current.id || !link.courseId || currentIds.has(link.courseId)) return link;
    if (carried.has(link.courseId)) return merge(link, carried.get(link.courseId)!);
    let out: FrameworkLink | null = null;
    for (const old of earlier) {
      const course = old.courses.find((c) => c.id === link.courseId);
      if (!course) continue;
      let d = diffs.get(old);
      if (!d) diffs.set(old, (d = diffEditions(old, current)));
      const to = carryCourse(d, course, current);
      out =
        'levelId' in to
          ? { frameworkId: current.id, courseId: null, levelId: to.levelId }
          : { frameworkId: current.id, courseId: to.courseId };
      break;
    }
    carried.set(link.courseId, out);
    return merge(link, out);
  };
  const mapList = <T extends { link: FrameworkLink | null }>(list: readonly T[]): T[] => {
    let changed = false;
    const next = list.map((x) => {
      const link = carry(x.link);
      if (link === x.link) return x;
      changed = true;
      return { ...x, link };
    });
    return changed ? next : (list as T[]);
  };
  const trainings = mapList(record.trainings as readonly Training[]);
  const plans = mapList(record.plans);
  if (trainings === record.trainings && plans === record.plans) return record;
  return { ...record, trainings, plans };
}

function merge(link: FrameworkLink, carried: FrameworkLink | null): FrameworkLink {
  if (!carried) return link;
  return { ...link, courseId: carried.courseId, levelId: link.levelId ?? carried.levelId ?? null };
}

/** How an entry recorded against an earlier edition counts in the newer one: the earlier edition
 * is a previous framework, and each of its courses is matched to the newer edition's. */
export interface EditionCrosswalkRow {
  trainingId: string;
  title: string;
  startDate: string;
  /** The course as the earlier edition named it. */
  course: string;
  status: 'same' | 'renamed' | 'level' | 'kept';
  /** In the user's words. */
  explanation: string;
}

export function editionCrosswalk(old: Framework, current: Framework, trainings: readonly Training[]): EditionCrosswalkRow[] {
  const d = diffEditions(old, current);
  const oldCourses = new Map(old.courses.map((c) => [c.id, c]));
  const rows: EditionCrosswalkRow[] = [];
  for (const t of trainings) {
    const courseId = t.link?.frameworkId === old.id ? t.link.courseId : null;
    const course = courseId ? oldCourses.get(courseId) : undefined;
    if (!course) continue;
    const base = { trainingId: t.id, title: t.title, startDate: t.startDate, course: course.title };
    const renamed = d.courses.renamed.find((p) => p.fromId === course.id);
    const same = d.courses.unchanged.find((p) => p.fromId === course.id);
    if (same) {
      rows.push({ ...base, status: 'same', explanation: `${same.to} is in the new edition: it counts as it did.` });
    } else if (renamed) {
      rows.push({ ...base, status: 'renamed', explanation: `${renamed.from} is now called ${renamed.to}: it counts as it did.` });
    } else {
      const to = carryCourse(d, course, current);
      const level = to.courseId === null && to.levelId ? current.levels.find((l) => l.id === to.levelId) : undefined;
      rows.push(
        level
          ? { ...base, status: 'level', explanation: `${course.title} is not in the new edition; it still counts at ${level.title}.` }
          : {
              ...base,
              status: 'kept',
              explanation: `${course.title} is not in the new edition; it stays in your record and its hours still count.`,
            },
      );
    }
  }
  return rows;
}
