/**
 * The full-record preset: every training entry, hours year by year, every impact follow-up,
 * pathway and level progress, reflections in full, planned training, and the app's suggestions
 * when it has any.
 */
import {
  entriesInPeriod,
  hoursSection,
  impactSection,
  plansSection,
  progressSection,
  reflectionsSection,
  recordChecklistSection,
  suggestionsSection,
  trainingSection,
} from '../sections';
import type { PresetBody, PresetContext, Section } from '../types';

export function fullRecordBody(ctx: PresetContext): PresetBody {
  const { trainings, reflections } = entriesInPeriod(ctx);
  // In document order: each section adds its texts for the privacy check as it is built.
  const before = [
    hoursSection(ctx, trainings, { title: 'Hours', yearByYear: true, progressLine: false }),
    trainingSection(ctx, trainings, 'All training'),
  ];
  const impact = impactSection(ctx, { allWritten: true, dueTable: false, onlyIfAny: false });
  const sections = [
    ...before,
    impact.section,
    progressSection(ctx),
    reflectionsSection(ctx, reflections, true),
    plansSection(ctx),
    ctx.input.suggestions.some((s) => !s.housekeeping) ? suggestionsSection(ctx, 'Suggested next steps') : null,
    recordChecklistSection(ctx),
  ].filter((s): s is Section => !!s);
  return { sections, trainings, reflections, impactCount: impact.count };
}
