/**
 * The portfolio as a document model: profile + record + framework + suggestions + pathway
 * progress -> titled sections of paragraphs, tables and forms. Pure (no DOM, no clock: `today`
 * is passed in), cheap, and shared by the Portfolio screen (counts, privacy check) and the PDF
 * renderer in the worker, which only lays the model out.
 */
import { addDaysIso, addMonthsIso, formatDate } from '../domain/dates';
import { formatHours, totalHours, yearWindowBack, type DateWindow } from '../domain/hours';
import { impactWindow } from '../domain/impact';
import { schemeWindow } from '../domain/schemes';
import { schemeById, type Scheme } from '../frameworks/schemes';
import type { Framework } from '../frameworks/types';
import { applicableHourRules } from '../domain/yearly-hours';
import type { Certificate, ISODate, Profile, Reflection, RecordSnapshot, Training } from '../domain/types';
import { byDate, dateRange, hoursNumber, inPeriod, MODE_LABELS, reflectionEntry, trainingLabel, trainingSource } from './entries';
import { schemeSections } from './scheme-sections';

export { summarise } from './entries';

export type BasePreset = 'supervision' | 'appraisal' | 'full';
/** A professional scheme's own layout, "scheme:nmc": one for each scheme in profile.schemes. */
export type SchemePreset = `scheme:${string}`;
export type PortfolioPreset = BasePreset | SchemePreset;

export const PRESET_TITLES: Record<BasePreset, string> = {
  supervision: 'Supervision portfolio',
  appraisal: 'Appraisal portfolio',
  full: 'Full training record',
};

export const BASE_PRESETS = Object.keys(PRESET_TITLES) as BasePreset[];

export function schemePreset(schemeId: string): SchemePreset {
  return `scheme:${schemeId}`;
}

/** The scheme a preset lays out, if it is a scheme preset of a known scheme. */
export function schemeOfPreset(preset: PortfolioPreset): Scheme | undefined {
  return preset.startsWith('scheme:') ? schemeById(preset.slice('scheme:'.length)) : undefined;
}

export function presetTitle(preset: PortfolioPreset): string {
  const scheme = schemeOfPreset(preset);
  if (scheme) return `${scheme.title} portfolio`;
  return PRESET_TITLES[preset as BasePreset] ?? 'Portfolio';
}

/** The presets offered to this user: the three general ones, then one per scheme they follow. */
export function availablePresets(profile: Pick<Profile, 'schemes'>): PortfolioPreset[] {
  const schemes = profile.schemes.map((e) => e.schemeId).filter((id) => schemeById(id));
  return [...BASE_PRESETS, ...[...new Set(schemes)].map(schemePreset)];
}

/** Inclusive dates; null start or end means open (the full record). */
export interface PortfolioPeriod {
  start: ISODate | null;
  end: ISODate | null;
}

export interface PortfolioOptions {
  reflections: boolean;
  /** Reflections in full rather than as summaries (supervision and full record are always full). */
  reflectionsFullText: boolean;
  certificates: boolean;
  /** Training notes and plan notes. */
  notes: boolean;
}

export const DEFAULT_OPTIONS: PortfolioOptions = {
  reflections: true,
  reflectionsFullText: false,
  certificates: true,
  notes: true,
};

/** What the suggestion engine says to do next, as the portfolio shows it. */
export interface PortfolioSuggestion {
  title: string;
  reason: string;
  /** Where the rule comes from, in words ("Solihull strategy, section 4"). */
  cite?: string;
}

export interface PathwayProgressInput {
  title: string;
  done: number;
  total: number;
  deadline: ISODate | null;
  status?: string;
  items?: Array<{ title: string; done: boolean; date?: ISODate | null }>;
}

/** A framework level and where the record stands (from the engine's level ladder). */
export interface LevelInput {
  title: string;
  /** One of the levels the user's group trains at. */
  target: boolean;
  /** 'done', 'planned', 'to-do', 'current', 'due-soon', 'overdue', 'never'. */
  status: string;
  lastDone: ISODate | null;
  /** When a refresh falls due, where a refresh rule covers the level. */
  due: ISODate | null;
}

export interface PortfolioInput {
  profile: Profile;
  record: RecordSnapshot;
  framework: Framework | null;
  suggestions: PortfolioSuggestion[];
  pathwayProgress: PathwayProgressInput[];
  levels: LevelInput[];
  today: ISODate;
}

/** Where an exported text comes from, so that the privacy check can link to the entry. */
export interface TextSource {
  kind: 'training' | 'reflection' | 'plan' | 'profile';
  id: string;
  label: string;
}

export interface ExportText {
  text: string;
  source: TextSource;
  field: string;
}

export type Block =
  | { kind: 'paragraph'; text: string; style?: 'normal' | 'muted' | 'bold' }
  | { kind: 'keyValues'; rows: Array<[string, string]> }
  | {
      kind: 'table';
      caption?: string;
      columns: Array<{ header: string; width?: number; align?: 'left' | 'right' }>;
      rows: string[][];
      /** Shown instead of an empty table. */
      emptyText: string;
      /** A totals row drawn as the table's foot. */
      foot?: string[];
    }
  | { kind: 'entry'; title: string; meta: string; parts: Array<{ heading: string; text: string }> }
  | { kind: 'writingSpace'; label: string; lines: number }
  /** Items to tick by hand, each with a box and room for the date. */
  | { kind: 'checklist'; items: string[] }
  | { kind: 'signatures'; roles: string[] };

export interface Section {
  id: string;
  title: string;
  blocks: Block[];
  /** Start the section on a new page. */
  newPage?: boolean;
}

export interface CertificateEntry {
  certificateId: string;
  trainingId: string | null;
  /** "Certificate 3: Working Together (27 Nov 2026)". */
  label: string;
  fileName: string;
  mimeType: Certificate['mimeType'];
}

export interface PortfolioCounts {
  trainings: number;
  reflections: number;
  certificates: number;
  impactNotes: number;
  suggestions: number;
  hours: number;
}

export interface PortfolioModel {
  preset: PortfolioPreset;
  title: string;
  /** Document language (PDF metadata). */
  lang: 'en-GB';
  period: PortfolioPeriod;
  periodLabel: string;
  generatedOn: ISODate;
  cover: {
    name: string;
    role: string;
    organisation: string;
    framework: string;
    /** The professional scheme, in a scheme preset. */
    scheme?: string;
    period: string;
    generated: string;
  };
  sections: Section[];
  certificates: CertificateEntry[];
  counts: PortfolioCounts;
  /** Every user-written text that the document will show, for the privacy check. */
  texts: ExportText[];
}

/** The default period of a preset. */
export function defaultPeriod(preset: PortfolioPreset, profile: Profile, today: ISODate): PortfolioPeriod {
  if (preset === 'full') return { start: null, end: null };
  const scheme = schemeOfPreset(preset);
  if (scheme) {
    // The scheme's current cycle; a scheme without cycles (KCSIE) looks back 12 months.
    const { window } = schemeWindow(
      scheme,
      profile.schemes.find((e) => e.schemeId === scheme.id),
      today,
    );
    return window ?? { start: addDaysIso(addMonthsIso(today, -12), 1), end: today };
  }
  if (preset === 'supervision') {
    const since = profile.lastSupervisionDate && profile.lastSupervisionDate <= today ? profile.lastSupervisionDate : null;
    return { start: since ?? addMonthsIso(today, -3), end: today };
  }
  const month = profile.appraisalYearStartMonth;
  if (month && month >= 1 && month <= 12) {
    // The appraisal year that contains today.
    const y = Number(today.slice(0, 4));
    const mm = String(month).padStart(2, '0');
    const startYear = today.slice(5, 7) >= mm ? y : y - 1;
    const start = `${startYear}-${mm}-01`;
    return { start, end: addDaysIso(addMonthsIso(start, 12), -1) };
  }
  return { start: addDaysIso(addMonthsIso(today, -12), 1), end: today };
}

export function periodLabel(p: PortfolioPeriod): string {
  if (!p.start && !p.end) return 'All records';
  if (!p.start) return `Up to ${formatDate(p.end)}`;
  if (!p.end) return `From ${formatDate(p.start)}`;
  return `${formatDate(p.start)} to ${formatDate(p.end)}`;
}

/** Yearly-hours targets of the framework that apply to this user, in words. */
function hoursTargets(framework: Framework | null, profile: Profile): Array<{ counts: 'multi-agency' | 'any'; text: string; min: number }> {
  if (!framework) return [];
  return applicableHourRules(framework, profile).map((rule) => ({
    counts: rule.counts,
    min: rule.minHours,
    text: `At least ${formatHours(rule.minHours)}${rule.idealHours ? `, ideally ${formatHours(rule.idealHours)}` : ''} (${rule.force}; ${framework.shortName}, ${rule.cite.section})`,
  }));
}

const LEVEL_STATUS: Record<string, string> = {
  done: 'Done',
  planned: 'Planned',
  'to-do': 'To do',
  current: 'Up to date',
  'due-soon': 'Refresh due soon',
  overdue: 'Refresh overdue',
  never: 'Not done',
};

function roleOf(profile: Profile, framework: Framework | null): string {
  const role = profile.roleId ? framework?.roles.find((r) => r.id === profile.roleId)?.title : undefined;
  return [profile.jobTitle, role ?? profile.roleTitle]
    .filter((s) => s?.trim())
    .filter((s, i, a) => a.indexOf(s) === i)
    .join(', ');
}

/** What a preset's body returns: its sections and the entries it shows (for counts and certificates). */
export interface PresetBody {
  sections: Section[];
  trainings: Training[];
  reflections: Reflection[];
  impactCount: number;
}

/** The sections of the supervision, appraisal and full-record presets, after "About". */
function presetSections(
  input: PortfolioInput,
  preset: BasePreset,
  period: PortfolioPeriod,
  options: PortfolioOptions,
  texts: ExportText[],
  trainingById: Map<string, Training>,
): PresetBody {
  const { profile, record, framework, today } = input;
  const label = periodLabel(period);
  const trainings = record.trainings.filter((t) => inPeriod(t.endDate, period)).sort(byDate((t) => t.endDate));
  const reflections = options.reflections ? record.reflections.filter((r) => inPeriod(r.date, period)).sort(byDate((r) => r.date)) : [];
  const fullText = preset !== 'appraisal' || options.reflectionsFullText;
  const sections: Section[] = [];

  // Hours.
  const window: DateWindow | undefined = period.start && period.end ? { start: period.start, end: period.end, label } : undefined;
  const totals = totalHours(trainings);
  const targets = hoursTargets(framework, profile);
  const hoursRows: string[][] = [
    [
      'Total',
      hoursNumber(totals.total),
      targets
        .filter((t) => t.counts === 'any')
        .map((t) => t.text)
        .join('; '),
    ],
    [
      'Multi-agency',
      hoursNumber(totals.multiAgency),
      targets
        .filter((t) => t.counts === 'multi-agency')
        .map((t) => t.text)
        .join('; '),
    ],
    ['Participatory', hoursNumber(totals.participatory), ''],
    ['Entries', String(totals.entries), ''],
  ];
  const hoursBlocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: 'Hours', width: 28 },
        { header: 'In this period', width: 28, align: 'right' },
        { header: "Framework's yearly target" },
      ],
      rows: hoursRows,
      emptyText: '',
    },
  ];
  if (targets.length && window && preset !== 'full') {
    const met = targets.map((t) => {
      const have = t.counts === 'multi-agency' ? totals.multiAgency : totals.total;
      return `${t.counts === 'multi-agency' ? 'Multi-agency' : 'Total'}: ${formatHours(have)} of at least ${formatHours(t.min)} ${have >= t.min ? '(met)' : `(${formatHours(t.min - have)} to go)`}`;
    });
    hoursBlocks.push({ kind: 'paragraph', text: met.join('. ') + '.', style: 'muted' });
  }
  if (preset === 'full') {
    // Year by year, on the user's own year basis.
    const years: string[][] = [];
    const earliest = record.trainings.map((t) => t.endDate).sort()[0];
    for (let back = 0; back < 50 && earliest; back++) {
      const w = yearWindowBack(profile.yearBasis, today, back);
      const y = totalHours(record.trainings, w);
      if (y.entries)
        years.push([
          `${formatDate(w.start)} to ${formatDate(w.end)}`,
          hoursNumber(y.total),
          hoursNumber(y.multiAgency),
          hoursNumber(y.participatory),
          String(y.entries),
        ]);
      if (w.start <= earliest) break;
    }
    hoursBlocks.push({
      kind: 'table',
      caption: 'Year by year',
      columns: [
        { header: 'Year' },
        { header: 'Total', align: 'right' },
        { header: 'Multi-agency', align: 'right' },
        { header: 'Participatory', align: 'right' },
        { header: 'Entries', align: 'right' },
      ],
      rows: years,
      emptyText: 'No training recorded yet.',
    });
  }
  sections.push({
    id: 'hours',
    title: preset === 'appraisal' ? 'Hours against targets' : 'Hours',
    blocks: hoursBlocks,
  });

  // Training entries.
  const columns: Array<{ header: string; width?: number; align?: 'left' | 'right' }> = [
    { header: 'Date', width: 23 },
    { header: 'Training' },
    { header: 'Provider', width: 29 },
    { header: 'Hours', width: 14, align: 'right' },
    { header: 'Mode and level', width: 28 },
  ];
  if (options.notes) columns.push({ header: 'Notes', width: 30 });
  const rows = trainings.map((t) => {
    texts.push({ text: t.title, source: trainingSource(t), field: 'title' });
    const modeLevel = [
      MODE_LABELS[t.mode] ?? t.mode,
      t.level,
      t.agency === 'multi' ? 'multi-agency' : '',
      t.participatory ? 'participatory' : '',
    ]
      .filter(Boolean)
      .join(', ');
    const row = [dateRange(t), t.title, t.providerName, hoursNumber(t.hours), modeLevel];
    if (options.notes) {
      row.push(t.notes ?? '');
      if (t.notes?.trim()) texts.push({ text: t.notes, source: trainingSource(t), field: 'notes' });
    }
    return row;
  });
  const foot = ['', `${trainings.length} ${trainings.length === 1 ? 'entry' : 'entries'}`, 'Total', hoursNumber(totals.total), ''];
  if (options.notes) foot.push('');
  sections.push({
    id: 'training',
    title: preset === 'full' ? 'All training' : 'Training in this period',
    blocks: [
      { kind: 'table', columns, rows, foot: trainings.length ? foot : undefined, emptyText: 'No training recorded in this period.' },
    ],
  });

  // Impact follow-ups: written ones, and those due or overdue.
  const impactNotes = record.trainings
    .filter((t) => t.impact?.text?.trim() && (preset === 'full' || inPeriod(t.impact.date, period) || inPeriod(t.endDate, period)))
    .sort(byDate((t) => t.impact!.date));
  let impactCount = 0;
  if (preset !== 'appraisal' || impactNotes.length) {
    const blocks: Block[] = impactNotes.map((t) => {
      texts.push({ text: t.impact!.text, source: trainingSource(t), field: 'impact' });
      return {
        kind: 'entry',
        title: t.title,
        meta: `Training ${formatDate(t.endDate)}; follow-up written ${formatDate(t.impact!.date)}`,
        parts: [{ heading: '', text: t.impact!.text.trim() }],
      };
    });
    impactCount = impactNotes.length;
    if (preset !== 'full') {
      const due = record.trainings
        .map((t) => ({ t, w: impactWindow(t, today) }))
        // Overdue ones only while recent: a follow-up missed years ago is not a point to discuss.
        .filter(({ w }) => w.status === 'due' || (w.status === 'overdue' && (!period.start || w.closes >= period.start)))
        .sort(byDate(({ t }) => t.endDate));
      if (due.length)
        blocks.push({
          kind: 'table',
          caption: 'Follow-ups still to write',
          columns: [
            { header: 'Training' },
            { header: 'Completed', width: 28 },
            { header: 'Follow-up window', width: 52 },
            { header: 'Status', width: 22 },
          ],
          rows: due.map(({ t, w }) => [
            t.title,
            formatDate(t.endDate),
            `${formatDate(w.opens)} to ${formatDate(w.closes)}`,
            w.status === 'due' ? 'Due' : 'Overdue',
          ]),
          emptyText: '',
        });
    }
    if (!blocks.length) blocks.push({ kind: 'paragraph', text: 'No impact follow-ups written or due.', style: 'muted' });
    sections.push({ id: 'impact', title: 'Impact on practice', blocks });
  }

  // Pathway and refreshers (appraisal and full record).
  if (preset !== 'supervision') {
    const blocks: Block[] = [];
    for (const p of input.pathwayProgress) {
      blocks.push({
        kind: 'keyValues',
        rows: [
          ['Pathway', p.title],
          ['Progress', `${p.done} of ${p.total} done${p.status ? ` (${p.status})` : ''}`],
          ['Deadline', p.deadline ? formatDate(p.deadline) : 'None set'],
        ],
      });
      if (p.items?.length)
        blocks.push({
          kind: 'table',
          columns: [{ header: 'Step' }, { header: 'Done', width: 30 }],
          rows: p.items.map((i) => [i.title, i.done ? (i.date ? formatDate(i.date) : 'Yes') : 'Not yet']),
          emptyText: '',
        });
    }
    if (!blocks.length) blocks.push({ kind: 'paragraph', text: 'Not enrolled on a pathway.', style: 'muted' });
    if (input.levels.length)
      blocks.push({
        kind: 'table',
        caption: 'Levels',
        columns: [
          { header: 'Level' },
          { header: 'Status', width: 34 },
          { header: 'Last done', width: 26 },
          { header: 'Refresh due', width: 26 },
        ],
        rows: input.levels.map((l) => [
          l.title + (l.target ? ' (your level)' : ''),
          LEVEL_STATUS[l.status] ?? l.status,
          formatDate(l.lastDone),
          formatDate(l.due),
        ]),
        emptyText: '',
      });
    const due = input.levels.filter((l) => l.status === 'due-soon' || l.status === 'overdue');
    blocks.push({
      kind: 'table',
      caption: 'Refreshers due',
      columns: [{ header: 'Level' }, { header: 'Last done', width: 28 }, { header: 'Due', width: 28 }, { header: 'Status', width: 34 }],
      rows: due.map((l) => [l.title, formatDate(l.lastDone), formatDate(l.due), LEVEL_STATUS[l.status]]),
      emptyText: 'No refreshers are due.',
    });
    sections.push({ id: 'progress', title: 'Pathway and level progress', blocks });
  }

  // Reflections.
  if (options.reflections) {
    const blocks: Block[] = reflections.map((r) => reflectionEntry(r, { fullText, trainingById, texts }));
    if (!blocks.length) blocks.push({ kind: 'paragraph', text: 'No reflections recorded in this period.', style: 'muted' });
    sections.push({ id: 'reflections', title: fullText ? 'Reflections' : 'Reflections (summaries)', blocks, newPage: true });
  }

  // Plans (full record).
  if (preset === 'full' && record.plans.length) {
    const plans = [...record.plans].sort(byDate((p) => p.plannedDate));
    sections.push({
      id: 'plans',
      title: 'Planned training',
      blocks: [
        {
          kind: 'table',
          columns: [
            { header: 'Planned for', width: 28 },
            { header: 'Training' },
            { header: 'Approval', width: 40 },
            ...(options.notes ? [{ header: 'Notes', width: 45 }] : []),
          ],
          rows: plans.map((p) => {
            const source: TextSource = { kind: 'plan', id: p.id, label: p.title };
            texts.push({ text: p.title, source, field: 'title' });
            if (options.notes && p.notes?.trim()) texts.push({ text: p.notes, source, field: 'notes' });
            const approval = p.approval
              ? `${p.approval.approved ? 'Approved' : 'Not approved'}${p.approval.byName ? ` by ${p.approval.byName}` : ''}`
              : '';
            return [formatDate(p.plannedDate), p.title, approval, ...(options.notes ? [p.notes ?? ''] : [])];
          }),
          emptyText: '',
        },
      ],
    });
  }

  // Points to discuss (supervision) or suggestions (others).
  if (preset !== 'full' || input.suggestions.length) {
    sections.push({
      id: 'suggestions',
      title: preset === 'supervision' ? 'Points to discuss' : 'Suggested next steps',
      blocks: input.suggestions.length
        ? [
            {
              kind: 'table',
              columns: [{ header: 'Suggestion', width: 55 }, { header: 'Why' }, { header: 'Source', width: 40 }],
              rows: input.suggestions.map((s) => [s.title, s.reason, s.cite ?? '']),
              emptyText: '',
            },
          ]
        : [{ kind: 'paragraph', text: 'The app has no suggestions at the moment.', style: 'muted' }],
    });
  }

  // Forms to fill in by hand.
  if (preset === 'supervision') {
    sections.push({
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
    });
  } else if (preset === 'appraisal') {
    sections.push({
      id: 'signoff',
      title: 'Sign-off',
      newPage: true,
      blocks: [
        { kind: 'writingSpace', label: "Appraiser's comments", lines: 6 },
        { kind: 'writingSpace', label: 'Development agreed for the coming year', lines: 5 },
        { kind: 'signatures', roles: ['Appraisee', 'Appraiser'] },
      ],
    });
  }

  return { sections, trainings, reflections, impactCount };
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
  const frameworkName = framework ? `${framework.partnership}: ${framework.title} (${framework.edition})` : profile.frameworkId;
  const about: Array<[string, string]> = [
    ['Name', profile.name],
    ['Role', role],
    ['Organisation', organisation],
    ['Framework', frameworkName],
    ['Period', label],
  ];
  if (scheme) about.splice(4, 0, ['Scheme', `${scheme.title} (${scheme.publisher})`]);
  if (preset === 'supervision') about.push(['Last supervision', formatDate(profile.lastSupervisionDate) || 'Not recorded']);
  about.push(['Generated', formatDate(today)]);
  const aboutSection: Section = {
    id: 'about',
    title: 'About this portfolio',
    blocks: [{ kind: 'keyValues', rows: about.filter(([, v]) => v) }],
  };

  const body = scheme
    ? schemeSections({ scheme, input, period, options, texts, trainingById })
    : presetSections(input, preset as BasePreset, period, options, texts, trainingById);
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
            label: `Certificate ${i + 1}: ${t ? trainingLabel(t) : `not linked to a training entry (${c.fileName})`}`,
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
      suggestions: scheme ? 0 : input.suggestions.length,
      hours: totals.total,
    },
    texts,
  };
}
