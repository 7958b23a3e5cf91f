/**
 * The supervision preset: what happened since the last supervision (hours, training, impact
 * follow-ups, reflections in full), the points to discuss, and the supervisor's record to fill in.
 */
import { entriesInPeriod, hoursSection, impactSection, reflectionsSection, suggestionsSection, trainingSection } from '../sections';
import type { PresetBody, PresetContext, Section } from '../types';

export function supervisionBody(ctx: PresetContext): PresetBody {
  const { trainings, reflections } = entriesInPeriod(ctx);
  // In document order: each section adds its texts for the privacy check as it is built.
  const before = [
    hoursSection(ctx, trainings, { title: 'Hours', yearByYear: false, progressLine: true }),
    trainingSection(ctx, trainings, 'Training in this period'),
  ];
  const impact = impactSection(ctx, { allWritten: false, dueTable: true, onlyIfAny: false });
  const sections = [
    ...before,
    impact.section,
    reflectionsSection(ctx, reflections, true),
    suggestionsSection(ctx, 'Points to discuss'),
    supervisorRecord(),
  ].filter((s): s is Section => !!s);
  return { sections, trainings, reflections, impactCount: impact.count };
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
