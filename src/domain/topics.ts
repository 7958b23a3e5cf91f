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

export function topicCoverage(idx: RecordIndex): TopicCoverage[] {
  const rules = rulesOf(idx.framework, 'minimum-content');
  if (!rules.length) return [];
  const out: TopicCoverage[] = [];
  const texts = idx.record.trainings.map((t) => {
    const c = t.link?.frameworkId === idx.framework.id && t.link.courseId ? idx.courseById.get(t.link.courseId) : undefined;
    return { t, course: c, text: ` ${t.title} ${c?.title ?? ''}`.toLowerCase() };
  });
  for (const r of rules) {
    for (const topic of r.topics) {
      // Matched at a word start, so that 'FGM' does not match inside another word.
      const keywords = topic.keywords.map((k) => k.trim().toLowerCase()).filter(Boolean);
      const trainingIds = texts
        .filter(({ course, text }) => course?.topics?.includes(topic.id) || keywords.some((k) => text.includes(` ${k}`) || text.includes(`(${k}`)))
        .map(({ t }) => t.id);
      out.push({ ruleId: r.id, force: r.force, cite: r.cite, interpretation: r.interpretation, topic, trainingIds });
    }
  }
  return out;
}
