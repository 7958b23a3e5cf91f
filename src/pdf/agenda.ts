/**
 * The supervision agenda ("Points to discuss") the user owns: suggested from their practice
 * (reflections' "Now what?", impact notes due, overdue training, pathway items past the pathway's
 * time) and never from the app's housekeeping, which goes to the optional record checklist
 * (certificates not attached, steps to confirm, scheme settings). Pure: the Portfolio screen
 * offers the suggested points, the user edits them (src/ui/portfolio/AgendaEditor.tsx) and the
 * supervision preset prints what the user kept.
 */
import { formatDate } from '../domain/dates';
import { impactWindow } from '../domain/impact';
import { limitText, TEXT_LIMITS } from '../domain/limits';
import { byDate, inPeriod } from './entries';
import type { AgendaItem, PortfolioInput, PortfolioPeriod } from './types';

/** The longest point: a reflection's "Now what?" can be long, a point should not be a page. */
export const AGENDA_POINT_LIMIT = TEXT_LIMITS.short * 5;

/** The reflection sections that say what the user will do next. */
const NEXT_STEP_SECTIONS = ['nowWhat', 'actionPlan'];

function oneLine(text: string): string {
  return limitText(text.replace(/\s+/g, ' ').trim(), AGENDA_POINT_LIMIT);
}

/** Points suggested from the user's practice in the period, oldest first within each kind. Each
 * has a stable id, so that a point the user removed or edited is not offered again. */
export function suggestedAgenda(input: PortfolioInput, period: PortfolioPeriod): AgendaItem[] {
  const { record, today } = input;
  const items: AgendaItem[] = [];
  const trainingById = new Map(record.trainings.map((t) => [t.id, t]));

  for (const r of record.reflections.filter((r) => inPeriod(r.date, period)).sort(byDate((r) => r.date))) {
    const next = NEXT_STEP_SECTIONS.map((k) => r.sections?.[k]?.trim()).find(Boolean);
    if (!next) continue;
    const about = r.title || (r.trainingId ? trainingById.get(r.trainingId)?.title : undefined) || 'a reflection';
    items.push({ id: `reflection:${r.id}`, text: oneLine(`${next} (from my reflection on ${about}, ${formatDate(r.date)})`) });
  }

  for (const { t, w } of record.trainings
    .map((t) => ({ t, w: impactWindow(t, today) }))
    .filter(({ w }) => w.status === 'due' || (w.status === 'overdue' && (!period.start || w.closes >= period.start)))
    .sort(byDate(({ t }) => t.endDate)))
    items.push({
      id: `impact:${t.id}`,
      text: oneLine(`How ${t.title} (${formatDate(t.endDate)}) has changed my practice: impact note due by ${formatDate(w.closes)}`),
    });

  for (const l of input.levels.filter((l) => l.status === 'overdue'))
    items.push({
      id: `level:${l.title}`,
      text: oneLine(`${l.title} training is overdue${l.due ? ` (due ${formatDate(l.due)})` : ''}: when can I do it?`),
    });

  for (const s of input.suggestions.filter((s) => s.kind === 'overdue' && !s.housekeeping))
    items.push({ id: `suggestion:${s.title}`, text: oneLine(`Overdue: ${s.title}`) });

  for (const p of input.pathwayProgress)
    if (p.deadline && p.deadline < today && p.items)
      for (const i of p.items.filter((i) => i.status !== 'done'))
        items.push({
          id: `pathway:${p.title}:${i.title}`,
          text: oneLine(`${i.title}: still to do, and my ${p.title} pathway's time ended ${formatDate(p.deadline)}`),
        });

  // One point per id (an overdue level can also be an overdue suggestion of the same title).
  const seen = new Set<string>();
  const texts = new Set<string>();
  return items.filter((i) => {
    const key = i.text.toLowerCase();
    if (seen.has(i.id) || texts.has(key)) return false;
    seen.add(i.id);
    texts.add(key);
    return true;
  });
}

/** The user's agenda: the points they kept (edited, reordered), then suggested points they have
 * not seen yet (new since they last edited it). */
export function mergeAgenda(kept: AgendaItem[], seenIds: string[], suggested: AgendaItem[]): AgendaItem[] {
  const seen = new Set([...seenIds, ...kept.map((i) => i.id)]);
  return [...kept, ...suggested.filter((s) => !seen.has(s.id))];
}

/** The record checklist: the app's housekeeping, for the user's own use (off by default). */
export function recordChecklist(input: PortfolioInput, period: PortfolioPeriod): string[] {
  const withCertificate = new Set(input.record.certificates.map((c) => c.trainingId));
  const missing = input.record.trainings.filter((t) => inPeriod(t.endDate, period) && !withCertificate.has(t.id));
  const lines = input.suggestions.filter((s) => s.housekeeping && !s.certificate).map((s) => s.title);
  if (missing.length)
    lines.unshift(
      `${missing.length === 1 ? '1 entry' : `${missing.length} entries`} in this period without a certificate: ${missing
        .sort(byDate((t) => t.endDate))
        .map((t) => t.title)
        .join('; ')}`,
    );
  return lines.map((l) => limitText(l, AGENDA_POINT_LIMIT));
}
