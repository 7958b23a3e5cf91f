/**
 * The portfolio's input from the suggestion engine: suggestions, pathway progress and the level
 * ladder (with refresh dates), worked out by src/domain and reduced to what the document shows.
 * Pure; the Portfolio screen calls it with the loaded framework and record.
 */
import { buildRecordIndex } from '../domain/engine/record-index';
import { activeEnrolment, levelLadder, pathwayProgress } from '../domain/pathway';
import { suggest } from '../domain/progress';
import { citationSource } from '../domain/suggestions';
import type { ISODate, Profile, RecordSnapshot } from '../domain/types';
import type { Framework } from '../frameworks/types';
import type { PortfolioInput } from './types';

export function portfolioInput(framework: Framework | null, profile: Profile, record: RecordSnapshot, today: ISODate): PortfolioInput {
  const base = { profile, record, framework, today };
  if (!framework) return { ...base, suggestions: [], pathwayProgress: [], levels: [] };
  const idx = buildRecordIndex(framework, record);
  const suggestions = suggest(framework, profile, record, today).map((s) => ({
    title: s.title,
    reason: s.reason,
    cite: s.cite ? (s.cite.scheme ? citationSource(s.cite, framework) : `${framework.shortName}: ${s.cite.section}`) : undefined,
  }));
  const enrolment = activeEnrolment(framework, record);
  const pathway = enrolment ? framework.pathways.find((p) => p.id === enrolment.pathwayId) : undefined;
  const progress = pathway && enrolment ? [pathwayProgress(idx, pathway, enrolment, today)] : [];
  return {
    ...base,
    suggestions,
    pathwayProgress: progress.map((p) => ({
      title: p.pathway.roleTitle,
      done: p.done,
      total: p.total,
      deadline: p.deadline,
      status: p.complete ? 'complete' : p.daysLeft != null && p.daysLeft < 0 ? 'past its deadline' : undefined,
      items: p.items.map((i) => ({
        title: i.item.title,
        done: i.status === 'done',
        date:
          i.evidence
            .map((t) => t.endDate)
            .sort()
            .at(-1) ?? null,
      })),
    })),
    levels: levelLadder(idx, profile, today).map((step) => ({
      title: step.level.title,
      target: step.target,
      status: step.status,
      lastDone: step.lastDone,
      due: step.dueDate,
    })),
  };
}
