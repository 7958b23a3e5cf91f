/**
 * A professional scheme's portfolio preset (NMC revalidation, Social Work England CPD, KCSIE):
 * the record laid out as the scheme asks. Driven by the scheme's data (src/frameworks/schemes.ts):
 * each requirement says what evidence it counts, each kind of evidence has one layout here (a CPD
 * log, reflections in full, CPD pieces with their peer reflection, a training log, a sign-off
 * page), and requirements that share a layout share its section. The entries listed are those
 * that src/domain/schemes.ts counts, over the document's period, less those the user excluded
 * from the scheme. Pure: no DOM, no clock.
 */
import { formatDate } from '../../domain/dates';
import { formatHours, roundHours } from '../../domain/hours';
import { countEvidence, entriesForScheme, schemeProgress, type RequirementProgress, type SchemeWindow } from '../../domain/schemes';
import type { Reflection, RevalidationPerson, Training } from '../../domain/types';
import { PERSON_LABELS, TEMPLATE_NAMES } from '../../frameworks/scheme-forms';
import type { EvidenceKind, Scheme, SchemeCitation, SchemeRequirement } from '../../frameworks/schemes';
import { byDate, dateRange, hoursNumber, MODE_LABELS, reflectionEntry, trainingSource } from '../entries';
import type { Block, PresetBody, PresetContext, Section } from '../types';

/** The layouts a scheme's evidence can take in the document. */
type Layout =
  'cpd-log' | 'feedback' | 'reflective-accounts' | 'reflective-discussion' | 'confirmation' | 'cpd-pieces' | 'training-log' | 'sign-off';

const EVIDENCE_LAYOUT: Record<EvidenceKind, Layout> = {
  'cpd-hours': 'cpd-log',
  'participatory-hours': 'cpd-log',
  'practice-feedback': 'feedback',
  'reflective-account': 'reflective-accounts',
  'reflective-discussion': 'reflective-discussion',
  confirmation: 'confirmation',
  'cpd-piece': 'cpd-pieces',
  'cpd-piece-with-peer-reflection': 'cpd-pieces',
};

const LAYOUT_TITLES: Record<Exclude<Layout, 'sign-off'>, string> = {
  'cpd-log': 'CPD log',
  feedback: 'Practice-related feedback',
  'reflective-accounts': 'Written reflective accounts',
  'reflective-discussion': 'Reflective discussion',
  confirmation: 'Confirmation',
  'cpd-pieces': 'CPD pieces',
  'training-log': 'Training log',
};

/** Where a requirement's evidence is shown; null: in the progress summary only (declared hours). */
function layoutOf(req: SchemeRequirement): Layout | null {
  switch (req.kind) {
    case 'target':
      return EVIDENCE_LAYOUT[req.counts];
    case 'refresh':
      return 'training-log';
    case 'checklist':
      return 'sign-off';
    case 'declared-hours':
      return null;
  }
}

/** The scheme's requirements grouped by layout, in the order the scheme lists them; sign-off
 * pages (one per checklist) come last, as the end of the document. */
function layoutGroups(scheme: Scheme): Array<{ layout: Layout; requirements: SchemeRequirement[] }> {
  const groups: Array<{ layout: Layout; requirements: SchemeRequirement[] }> = [];
  for (const req of scheme.requirements) {
    const layout = layoutOf(req);
    if (!layout) continue;
    const group = layout !== 'sign-off' ? groups.find((g) => g.layout === layout) : undefined;
    if (group) group.requirements.push(req);
    else groups.push({ layout, requirements: [req] });
  }
  return [...groups.filter((g) => g.layout !== 'sign-off'), ...groups.filter((g) => g.layout === 'sign-off')];
}

function checklistTitle(title: string): string {
  return title.replace(/\s*\(.*\)$/, '');
}

/** What the scheme's preset holds, in words, for the Portfolio screen. */
export function schemePresetHint(scheme: Scheme): string {
  const parts = [
    'progress against each requirement',
    ...layoutGroups(scheme).map((g) =>
      g.layout === 'sign-off'
        ? `a sign-off page for ${lowerFirst(checklistTitle(g.requirements[0].title))}`
        : lowerFirst(LAYOUT_TITLES[g.layout]),
    ),
  ];
  return `Laid out as ${scheme.shortName} asks: ${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}.`;
}

function lowerFirst(s: string): string {
  // Keep acronyms (CPD) as written.
  return /^[A-Z]{2}/.test(s) ? s : s.charAt(0).toLowerCase() + s.slice(1);
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function windowText(w: SchemeWindow): string {
  return `${formatDate(w.start)} to ${formatDate(w.end)}`;
}

/** "Source: publisher, document (sections)." at the end of every section; the first (the
 * progress summary) adds the edition and the reminder to check current guidance, once per
 * document. */
function sourceBlock(scheme: Scheme, cites: SchemeCitation[], first = false): Block {
  const sections = [...new Set(cites.map((c) => c.section))].join('; ');
  const cite = cites[0] ?? scheme.cite;
  return {
    kind: 'paragraph',
    style: 'muted',
    text: `Source: ${cite.publisher}, ${cite.document} (${sections}).${first ? ` ${scheme.edition}. ${scheme.checkNote}` : ''}`,
  };
}

const REFRESH_STATUS: Record<NonNullable<RequirementProgress['status']>, string> = {
  ok: 'Up to date',
  'due-soon': 'Due soon',
  overdue: 'Overdue',
  never: 'None logged yet',
};

/** A requirement's progress as a summary-table row: requirement, progress, status. */
function progressRow(r: RequirementProgress, trainingById: Map<string, Training>): string[] {
  const toGo = (n: number, unit = '') => (r.met ? 'Met' : `${unit === 'hours' ? formatHours(n) : n} to go`);
  switch (r.unit) {
    case 'hours':
      return [
        r.title,
        `${hoursNumber(r.done)} of ${r.target} hours${r.kind === 'declared-hours' ? ' (declared)' : ''}`,
        toGo(roundHours((r.target ?? 0) - r.done), 'hours'),
      ];
    case 'count':
      return [r.title, `${r.done} of ${r.target}`, toGo((r.target ?? 0) - r.done)];
    case 'refresh': {
      const last = r.trainingIds[0] ? trainingById.get(r.trainingIds[0]) : undefined;
      const progress = last ? `Last done ${formatDate(last.endDate)}; next due ${formatDate(r.dueDate)}` : 'None logged yet';
      return [r.title, progress, REFRESH_STATUS[r.status ?? 'never']];
    }
    case 'checklist':
      return [r.title, (r.items ?? []).join('; '), 'To confirm on the sign-off page'];
  }
}

// "Reflective account", "Written reflective account 2", "NMC reflective account -": the kind (and
// a number of the user's own) at the start of a title, which the heading already says.
const ACCOUNT_KIND = /^(?:(?:nmc|written)\s+)*reflective\s+accounts?(?:\s*(?:no\.?|number|#)?\s*\d+)?(?=$|[\s:\-–—.,])/i;

/** One clear heading per written reflective account: "Reflective account 2: Missed appointments",
 * the kind said once even when the title starts with it ("Reflective account: recognising
 * neglect" -> "Reflective account 1: recognising neglect"; "Reflective account on sepsis" ->
 * "Reflective account 1 on sepsis"; untitled -> "Reflective account 1"). */
export function accountHeading(n: number, title: string): string {
  const heading = `Reflective account ${n}`;
  const t = title.trim();
  const kind = ACCOUNT_KIND.exec(t);
  if (!kind) return t ? `${heading}: ${t}` : heading;
  const after = t.slice(kind[0].length);
  const rest = after.replace(/^\s*[:\-–—.,]\s*/, '').trim();
  if (!rest) return heading;
  return rest.length < after.trim().length ? `${heading}: ${rest}` : `${heading} ${rest}`;
}

/** The other person on an NMC form, as the form asks: the discussion partner's name, NMC PIN,
 * email, professional address and the date; the confirmer's name, NMC PIN or other professional
 * registration, email, professional address and the date. */
function personRows(r: Reflection, layout: 'reflective-discussion' | 'confirmation'): Array<[string, string]> {
  const p: Partial<RevalidationPerson> = r.person ?? { name: r.peerName ?? '' };
  const v = (x: string | undefined) => x?.trim() || 'Not recorded';
  const rows: Array<[string, string]> = [
    [PERSON_LABELS.name, v(p.name)],
    [
      PERSON_LABELS.nmcPin,
      layout === 'confirmation' && !p.nmcPin?.trim() && p.otherRegistrationNumber?.trim() ? 'Not on the NMC register' : v(p.nmcPin),
    ],
  ];
  if (layout === 'confirmation' && (p.otherRegistrationType?.trim() || p.otherRegistrationNumber?.trim()))
    rows.push(['Other registration', [p.otherRegistrationType?.trim(), p.otherRegistrationNumber?.trim()].filter(Boolean).join(', ')]);
  rows.push(
    [PERSON_LABELS.email, v(p.email)],
    // The key column is narrow: the value carries the postcode.
    ['Professional address', v(p.address)],
    [layout === 'confirmation' ? 'Date of confirmation' : 'Date of discussion', formatDate(r.date)],
  );
  return rows;
}

/** One line saying where the cycle stands on the requirements a section gives evidence for. */
function progressLine(
  reqs: SchemeRequirement[],
  progress: RequirementProgress[],
  cycle: string,
  trainingById: Map<string, Training>,
): Block | null {
  const rows = reqs.map((req) => progress.find((p) => p.id === req.id)).filter((p): p is RequirementProgress => !!p);
  if (!rows.length) return null;
  const text = rows.map((p) => {
    const [title, done, status] = progressRow(p, trainingById);
    return `${title}: ${done} (${status.toLowerCase()})`;
  });
  return { kind: 'paragraph', style: 'bold', text: `${cycle}: ${text.join('. ')}.` };
}

export function schemeBody(scheme: Scheme, { input, period, options, texts, trainingById }: PresetContext): PresetBody {
  const { profile, record, today } = input;
  const progress = schemeProgress(scheme, profile, record.trainings, record.reflections, today);
  const trainings = entriesForScheme(record.trainings, scheme.id);
  const reflections = entriesForScheme(record.reflections, scheme.id);
  // The document's period; the screen only makes a scheme preset with both dates set.
  const w: SchemeWindow = { start: period.start ?? '0000-01-01', end: period.end ?? '9999-12-31' };
  const evidence = (kind: EvidenceKind) => countEvidence(kind, trainings, reflections, w);
  const cycle = progress.window
    ? scheme.cycle.kind === 'registration-year'
      ? 'In the registration year'
      : 'In the current cycle'
    : `As of ${formatDate(today)}`;

  const shownTrainings = new Map<string, Training>();
  const shownReflections = new Map<string, Reflection>();
  const showTraining = (t: Training) => shownTrainings.set(t.id, t);
  const showReflection = (r: Reflection) => shownReflections.set(r.id, r);
  const reflectionsOff: Block = {
    kind: 'paragraph',
    style: 'muted',
    text: 'Reflections are left out of this document (see Include on the Portfolio screen).',
  };

  const sections: Section[] = [];

  // Progress against every requirement, as the scheme counts it over its current cycle.
  const summary: Block[] = [];
  const facts: Array<[string, string]> = [
    ['Scheme', scheme.title],
    ['Publisher', scheme.publisher],
    ['For', scheme.audience],
  ];
  if (progress.window) {
    const enrolment = profile.schemes.find((e) => e.schemeId === scheme.id);
    const label =
      scheme.cycle.kind === 'registration-year'
        ? 'Registration year'
        : scheme.cycle.kind === 'years-to-renewal'
          ? `${scheme.cycle.years}-year cycle`
          : 'Cycle';
    const unset =
      scheme.cycle.kind === 'years-to-renewal' && !enrolment?.renewalDate
        ? ' (no renewal date set in Settings: the last 3 years to today)'
        : '';
    facts.push([label, windowText(progress.window) + unset]);
  }
  if (progress.deadline) facts.push([capitalise(scheme.deadlineLabel), formatDate(progress.deadline)]);
  summary.push({ kind: 'keyValues', rows: facts });
  summary.push({ kind: 'paragraph', style: 'bold', text: progress.summary });
  summary.push({
    kind: 'table',
    columns: [{ header: 'Requirement' }, { header: 'Progress', width: 58 }, { header: 'Status', width: 34 }],
    rows: progress.requirements.map((r) => progressRow(r, trainingById)),
    emptyText: '',
  });
  for (const note of new Set(progress.requirements.map((r) => r.note).filter(Boolean)))
    summary.push({ kind: 'paragraph', style: 'muted', text: note! });
  if (progress.window && (progress.window.start !== period.start || progress.window.end !== period.end))
    summary.push({
      kind: 'paragraph',
      style: 'muted',
      text: `Progress is counted over the scheme's cycle (${windowText(progress.window)}); the sections that follow list the entries dated in this document's period (${windowText(w)}).`,
    });
  summary.push(sourceBlock(scheme, [scheme.cite], true));
  sections.push({ id: 'scheme-summary', title: 'Progress against the requirements', blocks: summary });

  for (const { layout, requirements } of layoutGroups(scheme)) {
    const cites = requirements.map((r) => r.cite);
    const blocks: Block[] = [];
    const line = progressLine(requirements, progress.requirements, cycle, trainingById);
    if (line && layout !== 'sign-off') blocks.push(line);

    if (layout === 'cpd-log' || layout === 'training-log') {
      const ids = new Set(
        layout === 'cpd-log'
          ? requirements.flatMap((r) => (r.kind === 'target' ? evidence(r.counts).trainingIds : []))
          : // A refresh is met by any safeguarding training: the log is every training in the period.
            evidence('cpd-hours').trainingIds,
      );
      const list = trainings.filter((t) => ids.has(t.id)).sort(byDate((t) => t.endDate));
      list.forEach(showTraining);
      const columns: Extract<Block, { kind: 'table' }>['columns'] =
        layout === 'cpd-log'
          ? [
              { header: 'Date', width: 23 },
              { header: 'CPD activity' },
              { header: 'Method', width: 24 },
              { header: 'Hours', width: 14, align: 'right' },
              { header: 'Participatory hours', width: 27, align: 'right' },
            ]
          : [
              { header: 'Date', width: 23 },
              { header: 'Training' },
              { header: 'Provider', width: 34 },
              { header: 'Hours', width: 14, align: 'right' },
              { header: 'Mode and level', width: 30 },
            ];
      if (options.notes) columns.push({ header: layout === 'cpd-log' ? 'What it was about' : 'Notes', width: 34 });
      const rows = list.map((t) => {
        texts.push({ text: t.title, source: trainingSource(t), field: 'title' });
        const row =
          layout === 'cpd-log'
            ? [dateRange(t), t.title, MODE_LABELS[t.mode] ?? t.mode, hoursNumber(t.hours), hoursNumber(t.participatory ? t.hours : 0)]
            : [
                dateRange(t),
                t.title,
                t.providerName,
                hoursNumber(t.hours),
                [MODE_LABELS[t.mode] ?? t.mode, t.level].filter(Boolean).join(', '),
              ];
        if (options.notes) {
          row.push(t.notes ?? '');
          if (t.notes?.trim()) texts.push({ text: t.notes, source: trainingSource(t), field: 'notes' });
        }
        return row;
      });
      const total = roundHours(list.reduce((s, t) => s + t.hours, 0));
      const participatory = roundHours(list.reduce((s, t) => s + (t.participatory ? t.hours : 0), 0));
      const foot = [
        '',
        `${list.length} ${list.length === 1 ? 'entry' : 'entries'}`,
        'Total',
        hoursNumber(total),
        layout === 'cpd-log' ? hoursNumber(participatory) : '',
      ];
      if (options.notes) foot.push('');
      blocks.push({
        kind: 'table',
        columns,
        rows,
        foot: list.length ? foot : undefined,
        emptyText: 'No training recorded in this period.',
      });
    } else if (layout === 'reflective-discussion' || layout === 'confirmation') {
      // The NMC's reflective discussion and confirmation forms: the other person's details as the
      // form asks for them, the date, and room for their signature. Contact details are not the
      // user's reflection: they are printed whatever Include says about reflections.
      const ids = new Set(requirements.flatMap((r) => (r.kind === 'target' ? evidence(r.counts).reflectionIds : [])));
      const list = reflections.filter((r) => ids.has(r.id)).sort(byDate((r) => r.date));
      if (!list.length) blocks.push({ kind: 'paragraph', style: 'muted', text: 'None recorded in this period.' });
      for (const r of list) {
        // Counted as a reflection (and offered to the privacy check) only when reflections are in.
        if (options.reflections) showReflection(r);
        blocks.push({ kind: 'keyValues', rows: personRows(r, layout) });
        const source = { kind: 'reflection' as const, id: r.id, label: `${r.title || LAYOUT_TITLES[layout]} (${formatDate(r.date)})` };
        if (options.reflections)
          for (const value of Object.values(r.person ?? {})) if (value.trim()) texts.push({ text: value, source, field: 'person' });
        if (options.reflections && (r.text.trim() || Object.values(r.sections).some((x) => x.trim()))) {
          const entry = reflectionEntry(r, { fullText: true, trainingById, texts });
          blocks.push({ ...entry, title: layout === 'confirmation' ? 'Notes' : 'What we discussed' });
        }
        blocks.push({
          kind: 'signatures',
          roles: [layout === 'confirmation' ? 'Confirmer' : 'NMC registrant you had the discussion with'],
        });
      }
    } else if (layout === 'feedback' || layout === 'reflective-accounts') {
      const ids = new Set(requirements.flatMap((r) => (r.kind === 'target' ? evidence(r.counts).reflectionIds : [])));
      const list = reflections.filter((r) => ids.has(r.id)).sort(byDate((r) => r.date));
      if (!options.reflections) blocks.push(reflectionsOff);
      else if (!list.length) blocks.push({ kind: 'paragraph', style: 'muted', text: 'None recorded in this period.' });
      list.forEach((r, i) => {
        if (!options.reflections) return;
        showReflection(r);
        const entry = reflectionEntry(r, { fullText: true, trainingById, texts });
        if (layout === 'reflective-accounts') {
          // Each account as the NMC's form: numbered, its four questions and the Code's themes;
          // one written on another template says so (the NMC asks for its form).
          const other =
            r.template !== 'nmc'
              ? [{ heading: 'Form', text: `Written with the ${TEMPLATE_NAMES[r.template] ?? 'free text'} template, not the NMC's form.` }]
              : [];
          blocks.push({ ...entry, title: accountHeading(i + 1, r.title), parts: [...other, ...entry.parts] });
        } else blocks.push(entry);
      });
    } else if (layout === 'cpd-pieces') {
      const pieces = evidence('cpd-piece');
      const withPeer = evidence('cpd-piece-with-peer-reflection');
      const peerIds = new Set([...withPeer.trainingIds, ...withPeer.reflectionIds]);
      const linkedReflections = (t: Training) => reflections.filter((r) => r.trainingId === t.id).sort(byDate((r) => r.date));
      const peerMarker = (id: string, peers: Reflection[]) => ({
        heading: 'Peer reflection',
        text: peerIds.has(id)
          ? `Yes, discussed with ${[...new Set(peers.filter((r) => r.peerReflection).map((r) => r.peerName?.trim() || 'a peer'))].join(', ')}`
          : 'None recorded for this piece',
      });
      const items: Array<{ date: string; block: Block }> = [];
      for (const t of trainings.filter((x) => pieces.trainingIds.includes(x.id))) {
        showTraining(t);
        const linked = linkedReflections(t);
        const parts = [peerMarker(t.id, linked)];
        if (options.notes && t.notes?.trim()) {
          parts.push({ heading: 'Notes', text: t.notes.trim() });
          texts.push({ text: t.notes, source: trainingSource(t), field: 'notes' });
        }
        texts.push({ text: t.title, source: trainingSource(t), field: 'title' });
        if (!options.reflections) parts.push({ heading: 'Reflection', text: 'Left out of this document.' });
        else if (!linked.length) parts.push({ heading: 'Reflection', text: 'No reflection recorded on this training.' });
        else
          for (const r of linked) {
            showReflection(r);
            const entry = reflectionEntry(r, { fullText: true, trainingById, texts });
            parts.push({ heading: `Reflection: ${entry.title} (${formatDate(r.date)})`, text: '' }, ...entry.parts);
          }
        const meta = [dateRange(t), t.providerName, formatHours(t.hours), MODE_LABELS[t.mode] ?? t.mode]
          .filter((s) => s?.trim())
          .join('; ');
        items.push({ date: t.endDate, block: { kind: 'entry', title: t.title, meta, parts } });
      }
      for (const r of reflections.filter((x) => pieces.reflectionIds.includes(x.id))) {
        const marker = peerMarker(r.id, [r]);
        if (!options.reflections) {
          items.push({
            date: r.date,
            block: {
              kind: 'entry',
              title: r.title || 'Reflection',
              meta: formatDate(r.date),
              parts: [marker, { heading: 'Reflection', text: 'Left out of this document.' }],
            },
          });
          continue;
        }
        showReflection(r);
        items.push({ date: r.date, block: reflectionEntry(r, { fullText: true, trainingById, texts, extraParts: [marker] }) });
      }
      items.sort(byDate((i) => i.date));
      blocks.push(...items.map((i) => i.block));
      if (!items.length) blocks.push({ kind: 'paragraph', style: 'muted', text: 'No CPD recorded in this period.' });
    } else {
      // A checklist the app cannot compute: ticked, dated and signed by hand.
      const req = requirements[0];
      if (req.kind !== 'checklist') continue;
      blocks.push(
        { kind: 'paragraph', text: 'The app does not check these: tick and date each one when it is done.', style: 'muted' },
        { kind: 'checklist', items: req.items },
        { kind: 'writingSpace', label: 'Notes', lines: 4 },
        { kind: 'signatures', roles: req.signOffRoles ?? ['Practitioner', 'Confirmed by'] },
      );
    }
    blocks.push(sourceBlock(scheme, cites));
    const title = layout === 'sign-off' ? checklistTitle(requirements[0].title) : LAYOUT_TITLES[layout];
    const id = layout === 'sign-off' ? `scheme-${requirements[0].id}` : `scheme-${layout}`;
    // Written reflections and sign-off pages start on a page of their own.
    const newPage =
      layout === 'sign-off' ||
      layout === 'reflective-accounts' ||
      layout === 'cpd-pieces' ||
      layout === 'reflective-discussion' ||
      layout === 'confirmation';
    sections.push({ id, title, blocks, newPage });
  }

  return {
    sections,
    trainings: [...shownTrainings.values()].sort(byDate((t) => t.endDate)),
    reflections: [...shownReflections.values()],
    impactCount: 0,
  };
}
