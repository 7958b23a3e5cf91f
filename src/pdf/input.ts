/**
 * The portfolio's input from the one progress model (src/domain/progress.ts), built from the same
 * input as Home's (progressFor: the record, its enrolments and the user's confirmed steps): the
 * suggestions, pathway progress and level ladder, reduced to what the document shows. So the PDF
 * says "done" of exactly what Home and the Pathway screen say is done, and lists no step Home has
 * dropped. Pure; the Portfolio screen calls it with the loaded framework and record.
 */
import { progressFor, type EngineSource, type Progress } from '../domain/progress';
import { citationSource } from '../domain/suggestions';
import type { Suggestion, SuggestionActionType } from '../domain/suggestion-types';
import type { ISODate, Profile, RecordSnapshot } from '../domain/types';
import type { Framework } from '../frameworks/types';
import type { PortfolioInput } from './types';

/** The portfolio's record (with certificate details, never their bytes) and confirmed steps. */
export type PortfolioSource = EngineSource<RecordSnapshot>;

export function portfolioInput(framework: Framework | null, profile: Profile, source: PortfolioSource, today: ISODate): PortfolioInput {
  const base = { profile, record: source.record, framework, today };
  if (!framework) return { ...base, suggestions: [], pathwayProgress: [], levels: [] };
  return { ...base, ...fromProgress(progressFor(framework, profile, source, today)) };
}

/** Suggestions about the record rather than the user's practice: the record checklist's. */
const HOUSEKEEPING_ACTIONS = new Set<SuggestionActionType>([
  'attach-certificate',
  'confirm-step',
  'open-schemes',
  'record-approval',
  'choose-pathway',
]);

/** A suggestion about the record (attach a certificate, confirm a step, a setting), not about
 * the user's practice: never a point to discuss or a next step in the PDF. */
export function isHousekeeping(s: Suggestion): boolean {
  return s.kind === 'housekeeping' || HOUSEKEEPING_ACTIONS.has(s.action.type);
}

/** What the document shows of the progress model. */
export function fromProgress(progress: Progress): Pick<PortfolioInput, 'suggestions' | 'pathwayProgress' | 'levels'> {
  const { framework } = progress;
  const p = progress.pathway;
  return {
    suggestions: progress.suggestions.map((s) => ({
      title: s.title,
      reason: s.reason,
      // The partnership, its document and the section (and page), as on Home's cards.
      cite: s.cite ? citationSource(s.cite, framework) : undefined,
      kind: s.kind,
      housekeeping: isHousekeeping(s),
      certificate: s.action.type === 'attach-certificate',
    })),
    pathwayProgress: p
      ? [
          {
            title: p.pathway.roleTitle,
            done: p.done,
            total: p.total,
            deadline: p.deadline,
            status: p.complete ? 'complete' : p.daysLeft != null && p.daysLeft < 0 ? 'past its deadline' : undefined,
            items: p.items.map((i) => ({
              title: i.item.title,
              status: i.status,
              date:
                i.evidence
                  .map((t) => t.endDate)
                  .sort()
                  .at(-1) ?? null,
            })),
          },
        ]
      : [],
    levels: progress.levels.map((step) => ({
      title: step.level.title,
      target: step.target,
      status: step.status,
      lastDone: step.lastDone,
      due: step.dueDate,
    })),
  };
}
