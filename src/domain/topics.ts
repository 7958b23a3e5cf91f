/**
 * Minimum content: which of a framework's listed topics the record covers. A topic counts as
 * covered by an entry linked to a course that lists the topic, or by an entry whose title (or
 * linked course's title) contains one of the topic's keywords. This is the app's interpretation
 * (such checklists are written for agencies), and the UI says so.
 */
import type { Citation, ContentTopic, Course, RuleForce } from '../frameworks/types';
import type { RecordIndex } from './engine/record-index';
import { rulesOf } from './engine/selectors';

export interface TopicCoverage {
  ruleId: string;
  force: RuleForce;
  cite: Citation;
  interpretation: string;
  topic: ContentTopic;
  /** Ids of trainings that cover the topic (empty = not yet covered). */
  trainingIds: string[];
}

/** One regular expression per minimum-content rule: a group per topic, each keyword matched at
 * a word start (so that 'FGM' does not match inside another word). Built once per rule. */
type Matcher = { re: RegExp; byTitle: Map<string, number[]> };
const matchers = new WeakMap<object, Matcher>();
/** Titles remembered per rule (matching is a pure function of the title); cleared past this. */
const MAX_REMEMBERED_TITLES = 50_000;
const NONE: number[] = [];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matcherFor(key: object, topics: ContentTopic[]): Matcher {
  let m = matchers.get(key);
  if (!m) {
    const groups = topics.map(
      (t) =>
        `(${
          t.keywords
            .map((k) => k.trim())
            .filter(Boolean)
            .map(escapeRegExp)
            .join('|') || '(?!)'
        })`,
    );
    m = { re: new RegExp(`(?:^|[^a-z0-9])(?:${groups.join('|')})`, 'gi'), byTitle: new Map() };
    matchers.set(key, m);
  }
  return m;
}

/** Indexes of the topics that a text mentions. */
function topicsIn(m: Matcher, text: string): number[] {
  let found = m.byTitle.get(text);
  if (found) return found;
  found = NONE;
  const re = m.re;
  re.lastIndex = 0;
  for (let x = re.exec(text); x; x = re.exec(text)) {
    for (let g = 1; g < x.length; g++) if (x[g] !== undefined && !found.includes(g - 1)) found = [...found, g - 1];
    if (x[0].length === 0) re.lastIndex++;
  }
  if (m.byTitle.size >= MAX_REMEMBERED_TITLES) m.byTitle.clear();
  m.byTitle.set(text, found);
  return found;
}

/** Per minimum-content rule and framework course: the topics the course covers (listed on the
 * course, or named in its title). Worked out once per rule, not once per linked entry. */
const courseTopics = new WeakMap<object, WeakMap<readonly Course[], Map<string, number[]>>>();

function courseTopicsFor(rule: { topics: ContentTopic[] }, courses: readonly Course[], m: Matcher): Map<string, number[]> {
  let perCourses = courseTopics.get(rule);
  if (!perCourses) courseTopics.set(rule, (perCourses = new WeakMap()));
  let byCourse = perCourses.get(courses);
  if (!byCourse) {
    byCourse = new Map();
    for (const course of courses) {
      const found = new Set(topicsIn(m, course.title));
      rule.topics.forEach((topic, i) => course.topics?.includes(topic.id) && found.add(i));
      byCourse.set(course.id, [...found]);
    }
    perCourses.set(courses, byCourse);
  }
  return byCourse;
}

/** `evidenceLimit`: stop collecting evidence for a topic after this many entries (the
 * suggestions need only to know whether a topic is covered). */
export function topicCoverage(idx: RecordIndex, evidenceLimit = Infinity): TopicCoverage[] {
  const out: TopicCoverage[] = [];
  for (const r of rulesOf(idx.framework, 'minimum-content')) {
    const cover = r.topics.map<TopicCoverage>((topic) => ({
      ruleId: r.id,
      force: r.force,
      cite: r.cite,
      interpretation: r.interpretation,
      topic,
      trainingIds: [],
    }));
    const m = matcherFor(r, r.topics);
    const byCourse = courseTopicsFor(r, idx.framework.courses, m);
    let open = cover.length;
    const found = new Set<number>();
    for (const t of idx.record.trainings) {
      if (!open) break;
      const inTitle = topicsIn(m, t.title);
      const inCourse = t.link?.frameworkId === idx.framework.id && t.link.courseId ? byCourse.get(t.link.courseId) : undefined;
      if (!inCourse && !inTitle.length) continue;
      found.clear();
      for (const i of inTitle) found.add(i);
      if (inCourse) for (const i of inCourse) found.add(i);
      for (const i of found) {
        const ids = cover[i].trainingIds;
        if (ids.length >= evidenceLimit) continue;
        ids.push(t.id);
        if (ids.length === evidenceLimit) open--;
      }
    }
    out.push(...cover);
  }
  return out;
}

/** Whether a text (a plan's or an entry's title) mentions one of a topic's keywords, matched at a
 * word start as the coverage check matches them. */
export function textMentionsTopic(topic: ContentTopic, text: string): boolean {
  return topicsIn(matcherFor(topic, [topic]), text).length > 0;
}
