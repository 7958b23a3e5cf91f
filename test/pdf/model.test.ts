// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { solihull } from '../../src/frameworks/solihull';
import { worcestershire } from '../../src/frameworks/worcestershire';
import {
  availablePresets,
  buildPortfolioModel,
  defaultPeriod,
  frameworkLabel,
  roleOf,
  schemePreset,
  summarise,
  type Block,
} from '../../src/pdf/model';
import { london } from '../../src/frameworks/london';
import { portfolioInput } from '../../src/pdf/input';
import { certificate, profile, reflection, snapshot, training, TODAY } from './fixtures';
import { nurse, socialWorker } from './scheme-fixtures';

const tables = (blocks: Block[]) => blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('portfolio model', () => {
  it('defaults the period by preset', () => {
    expect(defaultPeriod('supervision', profile(), TODAY)).toEqual({ start: '2026-09-01', end: TODAY });
    expect(defaultPeriod('supervision', profile({ lastSupervisionDate: null }), TODAY)).toEqual({ start: '2026-08-27', end: TODAY });
    expect(defaultPeriod('appraisal', profile(), TODAY)).toEqual({ start: '2025-11-28', end: TODAY });
    expect(defaultPeriod('appraisal', profile({ appraisalYearStartMonth: 4 }), TODAY)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
    expect(defaultPeriod('appraisal', profile({ appraisalYearStartMonth: 12 }), TODAY)).toEqual({ start: '2025-12-01', end: '2026-11-30' });
    expect(defaultPeriod('full', profile(), TODAY)).toEqual({ start: null, end: null });
  });

  it('appraisal: hours against the framework targets, levels and refreshers from the engine', () => {
    const p = profile({ frameworkId: 'solihull', flags: { makesReferrals: true } });
    const trainings = [
      training(1, { hours: 2, agency: 'multi' }),
      training(2, { hours: 3, agency: 'single' }),
      training(200, { hours: 7 }),
    ];
    const model = buildPortfolioModel(portfolioInput(solihull, p, { record: snapshot(trainings), confirmedSteps: [] }, TODAY), 'appraisal');
    const hours = model.sections.find((s) => s.id === 'hours')!;
    const [hoursTable] = tables(hours.blocks);
    expect(hoursTable.rows[0].slice(0, 2)).toEqual(['Total', '5']);
    expect(hoursTable.rows[1][0]).toBe('Multi-agency');
    expect(hoursTable.rows[1][2]).toMatch(/At least 3 hours, ideally 6 hours \(guidance; Solihull/);
    expect(JSON.stringify(hours.blocks)).toContain('Multi-agency: 2 hours of at least 3 hours (1 hour to go)');
    expect(model.counts).toMatchObject({ trainings: 2, hours: 5 });
    expect(model.sections.map((s) => s.id)).toEqual(['about', 'hours', 'training', 'progress', 'reflections', 'suggestions', 'signoff']);
  });

  it('lists levels and the refreshers that are due', () => {
    const p = profile({ frameworkId: 'worcestershire' });
    const old = training(1, {
      endDate: '2024-01-10',
      startDate: '2024-01-10',
      link: { frameworkId: 'worcestershire', levelId: 'worcestershire-universal' },
    });
    const model = buildPortfolioModel(
      portfolioInput(worcestershire, p, { record: snapshot([old]), confirmedSteps: [] }, TODAY),
      'appraisal',
    );
    const progress = tables(model.sections.find((s) => s.id === 'progress')!.blocks);
    const due = progress.find((t) => t.caption === 'Refreshers due')!;
    expect(due.rows).toEqual([[expect.stringMatching(/Universal/), '10 Jan 2024', '10 Jan 2027', 'Refresh due soon']]);
  });

  it('appraisal reflections are summaries unless full text is asked for', () => {
    const r = reflection(1);
    const record = snapshot([training(1)], [r]);
    const input = portfolioInput(null, profile(), { record: record, confirmedSteps: [] }, TODAY);
    const summary = buildPortfolioModel(input, 'appraisal');
    const entry = summary.sections.find((s) => s.id === 'reflections')!.blocks[0] as Extract<Block, { kind: 'entry' }>;
    expect(entry.parts).toHaveLength(1);
    expect(entry.parts[0].text.length).toBeLessThanOrEqual(301);
    expect(entry.parts[0].text.endsWith('…')).toBe(true);
    const full = buildPortfolioModel(input, 'appraisal', undefined, {
      reflections: true,
      reflectionsFullText: true,
      certificates: true,
      notes: true,
    });
    const fullEntry = full.sections.find((s) => s.id === 'reflections')!.blocks[0] as Extract<Block, { kind: 'entry' }>;
    expect(fullEntry.parts.map((p) => p.heading)).toEqual(['What?', 'So what?', 'Now what?']);
    // Every exported text is offered to the privacy check with its entry.
    expect(full.texts.filter((t) => t.source.kind === 'reflection' && t.source.id === 'r1').length).toBeGreaterThanOrEqual(3);
  });

  it('summarises at a word boundary', () => {
    expect(summarise('short text')).toBe('short text');
    expect(summarise('one two three four five six', 14)).toBe('one two three…');
  });

  it('supervision: impact follow-ups written and due, points to discuss, the supervisor page', () => {
    const withImpact = training(3, { impact: { text: 'I now record concerns the same day.', date: '2026-11-01' } });
    const dueOne = training(40, { endDate: '2026-07-01', startDate: '2026-07-01' });
    const model = buildPortfolioModel(
      portfolioInput(null, profile(), { record: snapshot([withImpact, dueOne]), confirmedSteps: [] }, TODAY),
      'supervision',
    );
    const impact = model.sections.find((s) => s.id === 'impact')!;
    expect(JSON.stringify(impact.blocks)).toContain('I now record concerns the same day.');
    expect(tables(impact.blocks)[0].rows[0][0]).toBe(dueOne.title);
    expect(model.sections.at(-1)!.id).toBe('supervisor');
    expect(model.sections.at(-1)!.blocks.map((b) => b.kind)).toEqual(['writingSpace', 'table', 'signatures']);
  });
});

describe('every line reads right', () => {
  it('names the role once, however it is written', () => {
    const p = profile({ jobTitle: 'Children’s Social Worker', roleTitle: "children's social worker" });
    expect(roleOf(p, null)).toBe('Children’s Social Worker');
    expect(roleOf(profile({ jobTitle: 'Team manager', roleTitle: 'Practitioner' }), null)).toBe('Team manager, Practitioner');
  });

  it('names the framework as its partnership publishes it', () => {
    expect(frameworkLabel(london)).toBe(`London Safeguarding Children Board, ${london.title} (undated)`);
    expect(london.title).toMatch(/^Competence Matters/);
    expect(frameworkLabel(solihull)).toBe(`${solihull.partnership}, ${solihull.title} (2024-2025)`);
  });

  it('drops the target column when the framework sets no yearly target', () => {
    const m = buildPortfolioModel(
      portfolioInput(null, profile(), { record: snapshot([training(1)]), confirmedSteps: [] }, TODAY),
      'supervision',
    );
    const hours = tables(m.sections.find((s) => s.id === 'hours')!.blocks)[0];
    expect(hours.columns.map((c) => c.header)).toEqual(['Hours', 'In this period']);
    expect(hours.rows.every((r) => r.length === 2)).toBe(true);
  });
});

describe('work details in the About section', () => {
  const about = (m: ReturnType<typeof buildPortfolioModel>) =>
    Object.fromEntries((m.sections[0].blocks[0] as Extract<Block, { kind: 'keyValues' }>).rows);
  it('prints the supervisor, next supervision, line manager, NMC PIN and SWE number where each belongs', () => {
    const p = profile({
      nextSupervisionDate: '2027-01-12',
      supervisorName: 'Pat Lee',
      lineManager: 'Chris Moss',
      nmcPin: '12A3456E',
      sweRegistrationNumber: 'SW12345',
      schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31' }, { schemeId: 'swe' }],
    });
    const inp = portfolioInput(solihull, p, { record: snapshot([training(1)]), confirmedSteps: [] }, TODAY);
    expect(about(buildPortfolioModel(inp, 'supervision'))).toMatchObject({
      'Last supervision': '1 Sep 2026',
      'Next supervision': '12 Jan 2027',
      Supervisor: 'Pat Lee',
    });
    expect(about(buildPortfolioModel(inp, 'supervision'))['Line manager']).toBeUndefined();
    expect(about(buildPortfolioModel(inp, 'appraisal'))).toMatchObject({ 'Line manager': 'Chris Moss' });
    expect(about(buildPortfolioModel(inp, schemePreset('nmc')))).toMatchObject({ 'NMC PIN': '12A3456E' });
    expect(about(buildPortfolioModel(inp, schemePreset('swe')))).toMatchObject({ 'Registration number': 'SW12345' });
    expect(about(buildPortfolioModel(inp, schemePreset('swe')))['NMC PIN']).toBeUndefined();
  });
});

describe('scheme presets', () => {
  const sectionIds = (m: ReturnType<typeof buildPortfolioModel>) => m.sections.map((s) => s.id);
  const cpdLogTitles = (m: ReturnType<typeof buildPortfolioModel>, id: string) =>
    tables(m.sections.find((s) => s.id === id)!.blocks)[0].rows.map((r) => r[1]);

  it('are offered only for the schemes the profile follows, with the scheme’s current window as the period', () => {
    expect(availablePresets(profile())).toEqual(['supervision', 'appraisal', 'full']);
    const p = profile({
      schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31' }, { schemeId: 'swe' }, { schemeId: 'kcsie' }, { schemeId: 'gone' }],
    });
    expect(availablePresets(p)).toEqual(['supervision', 'appraisal', 'full', 'scheme:nmc', 'scheme:swe', 'scheme:kcsie']);
    expect(defaultPeriod(schemePreset('nmc'), p, TODAY)).toEqual({ start: '2024-04-01', end: '2027-03-31' });
    expect(defaultPeriod(schemePreset('swe'), p, TODAY)).toEqual({ start: '2025-12-01', end: '2026-11-30' });
    expect(defaultPeriod(schemePreset('swe'), p, '2026-12-01')).toEqual({ start: '2026-12-01', end: '2027-11-30' });
    expect(defaultPeriod(schemePreset('kcsie'), p, TODAY)).toEqual({ start: '2025-11-28', end: TODAY });
  });

  it('lay out each scheme from its requirements, sign-off pages last', () => {
    const n = nurse();
    const nmcModel = buildPortfolioModel(
      portfolioInput(null, n.profile, { record: n.record, confirmedSteps: [] }, TODAY),
      schemePreset('nmc'),
    );
    expect(sectionIds(nmcModel)).toEqual([
      'about',
      'scheme-summary',
      'scheme-cpd-log',
      'scheme-feedback',
      'scheme-reflective-accounts',
      'scheme-reflective-discussion',
      'scheme-confirmation',
      'scheme-nmc-declarations',
    ]);
    expect(nmcModel.sections.at(-1)!.blocks.map((b) => b.kind)).toEqual([
      'paragraph',
      'checklist',
      'writingSpace',
      'signatures',
      'paragraph',
    ]);
    expect(nmcModel.title).toBe('NMC revalidation portfolio: Ffion Jones');
    expect(nmcModel.cover.scheme).toBe('NMC revalidation (Nursing and Midwifery Council (NMC))');
    // Leaving reflections out leaves their sections saying so, and nothing of their text.
    const withoutReflections = buildPortfolioModel(
      portfolioInput(null, n.profile, { record: n.record, confirmedSteps: [] }, TODAY),
      schemePreset('nmc'),
      undefined,
      {
        reflections: false,
        reflectionsFullText: false,
        certificates: true,
        notes: true,
      },
    );
    expect(withoutReflections.counts.reflections).toBe(0);
    expect(withoutReflections.texts.some((t) => t.source.kind === 'reflection')).toBe(false);
    expect(JSON.stringify(withoutReflections.sections.find((s) => s.id === 'scheme-feedback'))).toContain(
      'Reflections are left out of this document',
    );
    const s = socialWorker();
    const sweModel = buildPortfolioModel(
      portfolioInput(null, s.profile, { record: s.record, confirmedSteps: [] }, TODAY),
      schemePreset('swe'),
    );
    expect(sectionIds(sweModel)).toEqual(['about', 'scheme-summary', 'scheme-cpd-pieces']);
    expect(sweModel.counts).toMatchObject({ trainings: 2, reflections: 2, hours: 8 });
    // Every reflection shown is offered to the privacy check.
    expect(new Set(sweModel.texts.filter((t) => t.source.kind === 'reflection').map((t) => t.source.id))).toEqual(new Set(['r31', 'r32']));
  });

  it('leaves a training excluded from one scheme out of that scheme’s preset only', () => {
    const course = training(1, {
      title: 'Counts for SWE, not NMC',
      endDate: '2026-06-01',
      startDate: '2026-06-01',
      hours: 4,
      excludedSchemes: ['nmc'],
    });
    const other = training(2, { title: 'Counts for both', endDate: '2026-07-01', startDate: '2026-07-01', hours: 2 });
    const p = profile({ schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31' }, { schemeId: 'swe' }] });
    const input = portfolioInput(null, p, { record: snapshot([course, other]), confirmedSteps: [] }, TODAY);
    const nmcModel = buildPortfolioModel(input, schemePreset('nmc'));
    expect(cpdLogTitles(nmcModel, 'scheme-cpd-log')).toEqual(['Counts for both']);
    expect(nmcModel.counts).toMatchObject({ trainings: 1, hours: 2 });
    expect(nmcModel.texts.some((t) => t.text === course.title)).toBe(false);
    const sweModel = buildPortfolioModel(input, schemePreset('swe'));
    const pieces = sweModel.sections.find((s) => s.id === 'scheme-cpd-pieces')!.blocks.filter((b) => b.kind === 'entry');
    expect(pieces.map((b) => b.kind === 'entry' && b.title)).toEqual(['Counts for SWE, not NMC', 'Counts for both']);
    // The general presets are not scheme-bound: both appear.
    expect(
      tables(buildPortfolioModel(input, 'appraisal').sections.find((s) => s.id === 'training')!.blocks)[0].rows.map((r) => r[1]),
    ).toEqual(['Counts for SWE, not NMC', 'Counts for both']);
  });
});

describe('the user’s words, not ids or file names', () => {
  it('leaves out the framework row when the framework’s data is not there, rather than show its id', () => {
    const model = buildPortfolioModel(
      portfolioInput(null, profile({ frameworkId: 'solihull' }), { record: snapshot([training(1)]), confirmedSteps: [] }, TODAY),
      'supervision',
    );
    const about = model.sections.find((s) => s.id === 'about')!.blocks[0];
    expect(about.kind === 'keyValues' && about.rows.map(([k]) => k)).not.toContain('Framework');
    expect(model.cover.framework).toBe('');
    expect(JSON.stringify(model)).not.toContain('"solihull"');
  });

  it('names a certificate not linked to an entry by the date it was added, not its file name', () => {
    const t = training(1);
    const linked = certificate(1, t.id, new Uint8Array([1]), 'application/pdf');
    const loose = { ...certificate(2, '', new Uint8Array([1]), 'image/jpeg'), trainingId: null };
    const model = buildPortfolioModel(
      portfolioInput(solihull, profile(), { record: snapshot([t], [], [linked, loose]), confirmedSteps: [] }, TODAY),
      'full',
    );
    const labels = model.certificates.map((c) => c.label);
    expect(labels).toHaveLength(2);
    expect(labels.join(' ')).not.toMatch(/certificate-\d\.(pdf|jpg)/);
    expect(labels[1]).toMatch(/^Certificate 2: not linked to a training entry \(added \d{1,2} [A-Z][a-z]{2} \d{4}\)$/);
  });
});
