/**
 * The appraisal preset: the appraisal year's hours against the framework's targets, training,
 * impact follow-ups (when any were written), pathway and level progress, reflections (summaries
 * unless the user asks for full text), suggested next steps, and a sign-off page.
 */
import {
  entriesInPeriod,
  hoursSection,
  impactSection,
  progressSection,
  reflectionsSection,
  recordChecklistSection,
  suggestionsSection,
  trainingSection,
} from '../sections';
import type { PresetBody, PresetContext, Section } from '../types';

export function appraisalBody(ctx: PresetContext): PresetBody {
  const { trainings, reflections } = entriesInPeriod(ctx);
  // In document order: each section adds its texts for the privacy check as it is built.
  const before = [
    hoursSection(ctx, trainings, { title: 'Hours against targets', yearByYear: false, progressLine: true }),
    trainingSection(ctx, trainings, 'Training in this period'),
  ];
  const impact = impactSection(ctx, { allWritten: false, dueTable: true, onlyIfAny: true });
  const sections = [
    ...before,
    impact.section,
    progressSection(ctx),
    reflectionsSection(ctx, reflections, ctx.options.reflectionsFullText),
    suggestionsSection(ctx, 'Suggested next steps'),
    recordChecklistSection(ctx),
    appraisalSignOff(),
  ].filter((s): s is Section => !!s);
  return { sections, trainings, reflections, impactCount: impact.count };
}

function appraisalSignOff(): Section {
  return {
    id: 'signoff',
    title: 'Sign-off',
    newPage: true,
    blocks: [
      { kind: 'writingSpace', label: "Appraiser's comments", lines: 6 },
      { kind: 'writingSpace', label: 'Development agreed for the coming year', lines: 5 },
      { kind: 'signatures', roles: ['Appraisee', 'Appraiser'] },
    ],
  };
}
