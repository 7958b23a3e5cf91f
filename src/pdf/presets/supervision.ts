/**
 * The supervision preset: what happened since the last supervision (hours, training, impact
 * follow-ups, reflections in full), the points to discuss, and the supervisor's record to fill in.
 */
import { suggestedAgenda } from '../agenda';
import { entriesInPeriod, hoursSection, impactSection, recordChecklistSection, reflectionsSection, trainingSection } from '../sections';
import type { PresetBody, PresetContext, Section } from '../types';
import { lastSignOffSection } from './signoff-section';

export function supervisionBody(ctx: PresetContext): PresetBody {
  const { trainings, reflections } = entriesInPeriod(ctx);
  // In document order: each section adds its texts for the privacy check as it is built.
  const before = [
    hoursSection(ctx, trainings, { title: 'Hours', yearByYear: false, progressLine: true }),
    trainingSection(ctx, trainings, 'Training in this period'),
  ];
  const impact = impactSection(ctx, { allWritten: false, dueTable: true, onlyIfAny: false });
  const agenda = agendaSection(ctx);
  const sections = [
    ...before,
    impact.section,
    reflectionsSection(ctx, reflections, true),
    lastSignOffSection(ctx),
    agenda.section,
    recordChecklistSection(ctx),
    supervisorRecord(),
  ].filter((s): s is Section => !!s);
  return { sections, trainings, reflections, impactCount: impact.count, points: agenda.count };
}

/** The points to discuss as the user kept them on the Portfolio screen (or, if they have not
 * looked, the points suggested from their practice), numbered. */
function agendaSection(ctx: PresetContext): { section: Section; count: number } {
  const points = (ctx.options.agenda ?? suggestedAgenda(ctx.input, ctx.period)).filter((p) => p.text.trim());
  for (const p of points)
    ctx.texts.push({ text: p.text, source: { kind: 'agenda', id: p.id, label: 'Points to discuss' }, field: 'point' });
  return {
    section: {
      id: 'agenda',
      title: 'Points to discuss',
      blocks: points.length
        ? points.map((p, i) => ({ kind: 'paragraph', text: `${i + 1}. ${p.text.trim()}` }))
        : [{ kind: 'paragraph', text: 'No points added.', style: 'muted' }],
    },
    count: points.length,
  };
}

/** Notes, agreed actions and signatures, to fill in by hand in supervision. */
function supervisorRecord(): Section {
  return {
    id: 'supervisor',
    title: "Supervisor's record",
    newPage: true,
    blocks: [
      { kind: 'writingSpace', label: "Supervisor's notes", lines: 8 },
      {
        kind: 'table',
        caption: 'Agreed actions',
        columns: [{ header: 'Action' }, { header: 'By whom', width: 40 }, { header: 'By when', width: 30 }],
        rows: Array.from({ length: 5 }, () => ['', '', '']),
        emptyText: '',
      },
      { kind: 'signatures', roles: ['Supervisee', 'Supervisor'] },
    ],
  };
}
