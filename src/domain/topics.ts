/**
 * Minimum content: which of a framework's listed topics the record covers. A topic counts as
 * covered by an entry linked to a course that lists the topic, or by an entry whose title (or
 * linked course's title) contains one of the topic's keywords. This is the app's interpretation
 * (such checklists are written for agencies), and the UI says so.
 */
import type { Citation, ContentTopic, RuleForce } from '../frameworks/types';
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

/** One regular expression per framework rule set: a group per topic, each keyword matched at a
 * word start (so that 'FGM' does not match inside another word). Built once per framework. */
const matchers = new WeakMap<object, RegExp>();

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function matcherFor(key: object, topics: ContentTopic[]): RegExp {
  let re = matchers.get(key);
  if (!re) {
    const groups = topics.map((t) => `(${t.keywords.map((k) => k.trim()).filter(Boolean).map(escapeRegExp).join('|') || '(?!)'})`);
    re = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${groups.join('|')})`, 'giu');
    matchers.set(key, re);
  }
  return re;
}

/** Indexes of the topics that a text mentions. */
function topicsIn(re: RegExp, text: string, found: Set<number>): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (let g = 1; g < m.length; g++) if (m[g] !== undefined) found.add(g - 1);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** `evidenceLimit`: stop collecting evidence for a topic after this many entries (the
 * suggestions need only to know whether a topic is covered). */
export function topicCoverage(idx: RecordIndex, evidenceLimit = Infinity): TopicCoverage[] {
  const out: TopicCoverage[] = [];
  for (const r of rulesOf(idx.framework, 'minimum-content')) {
    const cover = r.topics.map<TopicCoverage>((topic) => ({ ruleId: r.id, force: r.force, cite: r.cite, interpretation: r.interpretation, topic, trainingIds: [] }));
    const re = matcherFor(r, r.topics);
    let open = cover.length;
    const found = new Set<number>();
    for (const t of idx.record.trainings) {
      if (!open) break;
      found.clear();
      const course = t.link?.frameworkId === idx.framework.id && t.link.courseId ? idx.courseById.get(t.link.courseId) : undefined;
      topicsIn(re, t.title, found);
      if (course) {
        topicsIn(re, course.title, found);
        cover.forEach((c, i) => course.topics?.includes(c.topic.id) && found.add(i));
      }
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
