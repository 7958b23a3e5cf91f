/**
 * The portfolio as a document model: profile + record + framework + suggestions + pathway
 * progress -> titled sections of paragraphs, tables and forms. Pure (no DOM, no clock: `today`
 * is passed in), cheap, and shared by the Portfolio screen (counts, privacy check) and the PDF
 * renderer in the worker, which only lays the model out.
 *
 * Types are in ./types, the presets' names and periods in ./presets/catalogue, each preset's
 * sections in ./presets/<preset>; this module adds what every preset shares (About, the
 * certificates, the counts) and collects the texts shown for the privacy check.
 */
import { formatDate } from '../domain/dates';
import { totalHours } from '../domain/hours';
import type { Profile } from '../domain/types';
import type { Framework } from '../frameworks/types';
import { byDate, trainingLabel } from './entries';
import { presetBody } from './presets';
import { DEFAULT_OPTIONS, defaultPeriod, periodLabel, presetTitle, schemeOfPreset } from './presets/catalogue';
import type {
  CertificateEntry,
  ExportText,
  PortfolioInput,
  PortfolioModel,
  PortfolioOptions,
  PortfolioPeriod,
  PortfolioPreset,
  Section,
} from './types';

export { summarise } from './entries';
export {
  availablePresets,
  BASE_PRESETS,
  DEFAULT_OPTIONS,
  defaultPeriod,
  periodLabel,
  PRESET_TITLES,
  presetTitle,
  schemeOfPreset,
  schemePreset,
} from './presets/catalogue';
export type * from './types';

/** Job title and framework role, the role left out when it says the same ("Children's Social
 * Worker" and "children’s social worker" are one role). */
export function roleOf(profile: Profile, framework: Framework | null): string {
  const role = profile.roleId ? framework?.roles.find((r) => r.id === profile.roleId)?.title : undefined;
  const key = (s: string) => s.toLowerCase().replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim();
  const parts = [profile.jobTitle, role ?? profile.roleTitle].map((s) => s?.trim() ?? '').filter(Boolean);
  return parts.filter((s, i) => parts.findIndex((t) => key(t) === key(s)) === i).join(', ');
}

/** The framework as its partnership publishes it: "London Safeguarding Children Board,
 * Competence Matters (undated)"; the edition's own remarks in brackets are left to the app. */
export function frameworkLabel(framework: Framework): string {
  const edition = framework.edition.replace(/\s*\(.*\)\s*$/, '').trim();
  const shown = /^undated$/i.test(edition) ? 'undated' : edition;
  return `${framework.partnership}, ${framework.title}${shown ? ` (${shown})` : ''}`;
}

/**
 * Builds the document. `period` defaults to the preset's own (see defaultPeriod).
 */
export function buildPortfolioModel(
  input: PortfolioInput,
  preset: PortfolioPreset,
  period: PortfolioPeriod = defaultPeriod(preset, input.profile, input.today),
  options: PortfolioOptions = DEFAULT_OPTIONS,
): PortfolioModel {
  const { profile, record, framework, today } = input;
  const label = periodLabel(period);
  const texts: ExportText[] = [];
  const trainingById = new Map(record.trainings.map((t) => [t.id, t]));
  const scheme = schemeOfPreset(preset);

  // About.
  const role = roleOf(profile, framework);
  const organisation = profile.volunteer ? (profile.employer ? `${profile.employer} (volunteer)` : 'Volunteer') : profile.employer;
  // Without the framework's data (a framework file since removed, say) the row is left out: its
  // id is not the user's words.
  const frameworkName = framework ? frameworkLabel(framework) : '';
  const about: Array<[string, string]> = [
    ['Name', profile.name],
    ['Role', role],
    ['Organisation', organisation],
    ['Framework', frameworkName],
    ['Period', label],
  ];
  if (scheme) about.splice(4, 0, ['Scheme', `${scheme.title} (${scheme.publisher})`]);
  if (scheme?.id === 'nmc' && profile.nmcPin) about.splice(1, 0, ['NMC PIN', profile.nmcPin]);
  if (scheme?.id === 'swe' && profile.sweRegistrationNumber) about.splice(1, 0, ['Registration number', profile.sweRegistrationNumber]);
  if (preset === 'supervision') {
    about.push(['Last supervision', formatDate(profile.lastSupervisionDate) || 'Not recorded']);
    if (profile.nextSupervisionDate && profile.nextSupervisionDate > today)
      about.push(['Next supervision', formatDate(profile.nextSupervisionDate)]);
    if (profile.supervisorName?.trim()) about.push(['Supervisor', profile.supervisorName.trim()]);
  }
  if (preset === 'appraisal' && profile.lineManager?.trim()) about.push(['Line manager', profile.lineManager.trim()]);
  about.push(['Generated', formatDate(today)]);
  const aboutSection: Section = {
    id: 'about',
    title: 'About this portfolio',
    blocks: [{ kind: 'keyValues', rows: about.filter(([, v]) => v) }],
  };

  const body = presetBody(preset, { input, period, options, texts, trainingById });
  const sections = [aboutSection, ...body.sections];
  const { trainings, reflections, impactCount } = body;
  const totals = totalHours(trainings);

  // Certificates of the training in the document (and, in the full record, unlinked ones too).
  const shownTrainingIds = new Set(trainings.map((t) => t.id));
  const certificates: CertificateEntry[] = options.certificates
    ? record.certificates
        .filter((c) => (c.trainingId ? shownTrainingIds.has(c.trainingId) : preset === 'full'))
        .sort(byDate((c) => (c.trainingId ? (trainingById.get(c.trainingId)?.endDate ?? '') : '9999') + c.fileName))
        .map((c, i) => {
          const t = c.trainingId ? trainingById.get(c.trainingId) : undefined;
          return {
            certificateId: c.id,
            trainingId: c.trainingId,
            label: `Certificate ${i + 1}: ${t ? trainingLabel(t) : `not linked to a training entry (added ${formatDate(c.createdAt.slice(0, 10))})`}`,
            fileName: c.fileName,
            mimeType: c.mimeType,
          };
        })
    : [];

  return {
    preset,
    title: `${presetTitle(preset)}: ${profile.name}`,
    lang: 'en-GB',
    period,
    periodLabel: label,
    generatedOn: today,
    cover: {
      name: profile.name,
      role,
      organisation,
      framework: frameworkName,
      scheme: scheme ? `${scheme.title} (${scheme.publisher})` : undefined,
      period: label,
      generated: formatDate(today),
    },
    sections,
    certificates,
    counts: {
      trainings: trainings.length,
      reflections: reflections.length,
      certificates: certificates.length,
      impactNotes: impactCount,
      suggestions: body.points ?? (scheme ? 0 : input.suggestions.filter((s) => !s.housekeeping).length),
      hours: totals.total,
    },
    texts,
  };
}
