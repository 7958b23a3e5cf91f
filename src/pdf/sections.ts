/**
 * The sections the supervision, appraisal and full-record presets share (src/pdf/presets/*),
 * each a function of the preset's context and the few choices in which the presets differ. Pure:
 * no DOM, no clock; user texts shown go to `ctx.texts` for the privacy check.
 */
import { formatDate } from '../domain/dates';
import { formatHours, totalHours, yearWindowBack, type DateWindow } from '../domain/hours';
import { impactWindow } from '../domain/impact';
import { ITEM_STATUS_WORDS, LEVEL_STATUS_WORDS } from '../domain/status-words';
import type { Reflection, Training } from '../domain/types';
import { applicableHourRules } from '../domain/yearly-hours';
import type { Framework } from '../frameworks/types';
import type { Profile } from '../domain/types';
import { byDate, dateRange, hoursNumber, inPeriod, MODE_LABELS, reflectionEntry, trainingSource } from './entries';
import { periodLabel } from './presets/catalogue';
import { recordChecklist } from './agenda';
import type { Block, PresetContext, Section, TableBlock, TextSource } from './types';

/** The training and reflections dated in the document's period, oldest first. */
export function entriesInPeriod({ input, period, options }: PresetContext): { trainings: Training[]; reflections: Reflection[] } {
  const { record } = input;
  return {
    trainings: record.trainings.filter((t) => inPeriod(t.endDate, period)).sort(byDate((t) => t.endDate)),
    reflections: options.reflections ? record.reflections.filter((r) => inPeriod(r.date, period)).sort(byDate((r) => r.date)) : [],
  };
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

/** Hours in the period against the framework's yearly targets; `yearByYear` adds a table of every
 * year on the user's year basis, `progressLine` a line saying how far each target is met. */
export function hoursSection(
  ctx: PresetContext,
  trainings: Training[],
  opts: { title: string; yearByYear: boolean; progressLine: boolean },
): Section {
  const { profile, record, framework, today } = ctx.input;
  const { period } = ctx;
  const label = periodLabel(period);
  const window: DateWindow | undefined = period.start && period.end ? { start: period.start, end: period.end, label } : undefined;
  const totals = totalHours(trainings);
  const targets = hoursTargets(framework, profile);
  const targetText = (counts: 'any' | 'multi-agency') =>
    targets
      .filter((t) => t.counts === counts)
      .map((t) => t.text)
      .join('; ');
  const hoursRows: string[][] = [
    ['Total', hoursNumber(totals.total), targetText('any')],
    ['Multi-agency', hoursNumber(totals.multiAgency), targetText('multi-agency')],
    ['Participatory', hoursNumber(totals.participatory), ''],
    ['Entries', String(totals.entries), ''],
  ];
  // The target column only when the framework sets a yearly target for this user.
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [
        { header: 'Hours', width: 28 },
        { header: 'In this period', width: 28, align: 'right' },
        ...(targets.length ? [{ header: "Framework's yearly target" }] : []),
      ],
      rows: targets.length ? hoursRows : hoursRows.map((r) => r.slice(0, 2)),
      emptyText: '',
    },
  ];
  if (opts.progressLine && targets.length && window) {
    const met = targets.map((t) => {
      const have = t.counts === 'multi-agency' ? totals.multiAgency : totals.total;
      return `${t.counts === 'multi-agency' ? 'Multi-agency' : 'Total'}: ${formatHours(have)} of at least ${formatHours(t.min)} ${have >= t.min ? '(met)' : `(${formatHours(t.min - have)} to go)`}`;
    });
    blocks.push({ kind: 'paragraph', text: met.join('. ') + '.', style: 'muted' });
  }
  if (opts.yearByYear) {
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
    blocks.push({
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
  return { id: 'hours', title: opts.title, blocks };
}

/** The training entries as a table with a totals row. */
export function trainingSection(ctx: PresetContext, trainings: Training[], title: string): Section {
  const { options, texts } = ctx;
  const columns: TableBlock['columns'] = [
    { header: 'Date', width: 23 },
    { header: 'Training' },
    { header: 'Provider', width: 29 },
    { header: 'Hours', width: 14, align: 'right' },
    { header: 'Mode and level', width: 28 },
    { header: 'Certificate', width: 21 },
  ];
  if (options.notes) columns.push({ header: 'Notes', width: 30 });
  const certified = new Set(ctx.input.record.certificates.map((c) => c.trainingId));
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
    const row = [dateRange(t), t.title, t.providerName, hoursNumber(t.hours), modeLevel, certified.has(t.id) ? 'Yes' : 'No'];
    if (options.notes) {
      row.push(t.notes ?? '');
      if (t.notes?.trim()) texts.push({ text: t.notes, source: trainingSource(t), field: 'notes' });
    }
    return row;
  });
  const foot = [
    '',
    `${trainings.length} ${trainings.length === 1 ? 'entry' : 'entries'}`,
    'Total',
    hoursNumber(totalHours(trainings).total),
    '',
    `${trainings.filter((t) => certified.has(t.id)).length} of ${trainings.length}`,
  ];
  if (options.notes) foot.push('');
  return {
    id: 'training',
    title,
    blocks: [
      { kind: 'table', columns, rows, foot: trainings.length ? foot : undefined, emptyText: 'No training recorded in this period.' },
    ],
  };
}

/**
 * Impact follow-ups written (in the period, or all of them) and, with `dueTable`, those still to
 * write. With `onlyIfAny` the section is left out when no follow-up was written.
 */
export function impactSection(
  ctx: PresetContext,
  opts: { allWritten: boolean; dueTable: boolean; onlyIfAny: boolean },
): { section: Section | null; count: number } {
  const { record, today } = ctx.input;
  const { period, texts } = ctx;
  const impactNotes = record.trainings
    .filter((t) => t.impact?.text?.trim() && (opts.allWritten || inPeriod(t.impact.date, period) || inPeriod(t.endDate, period)))
    .sort(byDate((t) => t.impact!.date));
  if (opts.onlyIfAny && !impactNotes.length) return { section: null, count: 0 };
  const blocks: Block[] = impactNotes.map((t) => {
    texts.push({ text: t.impact!.text, source: trainingSource(t), field: 'impact' });
    return {
      kind: 'entry',
      title: t.title,
      meta: `Training ${formatDate(t.endDate)}; follow-up written ${formatDate(t.impact!.date)}`,
      parts: [{ heading: '', text: t.impact!.text.trim() }],
    };
  });
  if (opts.dueTable) {
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
  return { section: { id: 'impact', title: 'Impact on practice', blocks }, count: impactNotes.length };
}

/** Pathway progress, the level ladder and the refreshers due. */
export function progressSection(ctx: PresetContext): Section {
  const { input } = ctx;
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
        columns: [{ header: 'Step' }, { header: 'Status', width: 34 }],
        rows: p.items.map((i) => [i.title, i.status === 'done' && i.date ? `Done ${formatDate(i.date)}` : ITEM_STATUS_WORDS[i.status]]),
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
        LEVEL_STATUS_WORDS[l.status],
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
    rows: due.map((l) => [l.title, formatDate(l.lastDone), formatDate(l.due), LEVEL_STATUS_WORDS[l.status]]),
    emptyText: 'No refreshers are due.',
  });
  return { id: 'progress', title: 'Pathway and level progress', blocks };
}

/** The reflections, in full or as summaries; null when reflections are left out. */
export function reflectionsSection(ctx: PresetContext, reflections: Reflection[], fullText: boolean): Section | null {
  if (!ctx.options.reflections) return null;
  const blocks: Block[] = reflections.map((r) => reflectionEntry(r, { fullText, trainingById: ctx.trainingById, texts: ctx.texts }));
  // An empty section is one line, not a page of its own.
  const newPage = blocks.length > 0;
  if (!blocks.length) blocks.push({ kind: 'paragraph', text: 'No reflections recorded in this period.', style: 'muted' });
  return { id: 'reflections', title: fullText ? 'Reflections' : 'Reflections (summaries)', blocks, newPage };
}

/** Planned training (null when none is planned). */
export function plansSection(ctx: PresetContext): Section | null {
  const { record } = ctx.input;
  const { options, texts } = ctx;
  if (!record.plans.length) return null;
  const plans = [...record.plans].sort(byDate((p) => p.plannedDate));
  return {
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
  };
}

/** The engine's suggestions as a table, under the preset's title; the app's housekeeping goes
 * to the record checklist instead. */
export function suggestionsSection(ctx: PresetContext, title: string): Section {
  const suggestions = ctx.input.suggestions.filter((s) => !s.housekeeping);
  return {
    id: 'suggestions',
    title,
    blocks: suggestions.length
      ? [
          {
            kind: 'table',
            columns: [{ header: 'Suggestion', width: 55 }, { header: 'Why' }, { header: 'Source', width: 40 }],
            rows: suggestions.map((s) => [s.title, s.reason, s.cite ?? '']),
            emptyText: '',
          },
        ]
      : [{ kind: 'paragraph', text: 'The app has no suggestions at the moment.', style: 'muted' }],
  };
}

/** The record checklist (certificates to attach, steps to confirm, scheme settings): only when
 * the user asks for it, and only when there is something on it. */
export function recordChecklistSection(ctx: PresetContext): Section | null {
  if (!ctx.options.recordChecklist) return null;
  const items = recordChecklist(ctx.input, ctx.period);
  return items.length ? { id: 'checklist', title: 'Record checklist', blocks: [{ kind: 'checklist', items }] } : null;
}
