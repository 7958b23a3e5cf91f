/** The portfolio PDF reads the same progress model, from the same input, as Home: what Home says
 * is done, due or still to do, and the next steps it lists, the PDF says too. */
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { db } from '../../src/db/db';
import { enrolInPathway, readEngineInput, setStepConfirmed } from '../../src/db/enrolments';
import { readPortfolioRecord } from '../../src/db/portfolio';
import { putRecord } from '../../src/db/records';
import { confirmationKey } from '../../src/domain/prerequisites';
import { progressFor, type Progress } from '../../src/domain/progress';
import { ITEM_STATUS_WORDS, LEVEL_STATUS_WORDS } from '../../src/domain/status-words';
import type { Training } from '../../src/domain/types';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import type { Framework } from '../../src/frameworks/types';
import { isHousekeeping, portfolioInput } from '../../src/pdf/input';
import { buildPortfolioModel, DEFAULT_OPTIONS, type Block, type PortfolioModel } from '../../src/pdf/model';
import { dateArb, recordArb } from '../domain/arbitraries';
import { profile, training } from '../domain/fixtures';

const frameworks = await loadAllFrameworks();
const london = frameworks.find((f) => f.id === 'london')!;

type Table = Extract<Block, { kind: 'table' }>;
const tablesOf = (m: PortfolioModel, id: string) =>
  (m.sections.find((s) => s.id === id)?.blocks ?? []).filter((b): b is Table => b.kind === 'table');

/** Everything the appraisal PDF says of progress, checked against Home's progress model. */
function checkAgreement(home: Progress, model: PortfolioModel): void {
  const progress = model.sections.find((s) => s.id === 'progress')!;
  const tables = tablesOf(model, 'progress');

  // Levels: the same levels, each in the same words as on the Pathway screen.
  const levels = tables.find((t) => t.caption === 'Levels');
  if (home.levels.length) {
    expect(levels!.rows.map((r) => r[0])).toEqual(home.levels.map((l) => l.level.title + (l.target ? ' (your level)' : '')));
    expect(levels!.rows.map((r) => r[1])).toEqual(home.levels.map((l) => LEVEL_STATUS_WORDS[l.status]));
  } else expect(levels).toBeUndefined();
  const due = tables.find((t) => t.caption === 'Refreshers due')!;
  expect(due.rows.map((r) => r[0])).toEqual(
    home.levels.filter((l) => l.status === 'due-soon' || l.status === 'overdue').map((l) => l.level.title),
  );

  // Pathway: Home's "N of M done" and each item's state.
  const pw = home.pathway;
  const kv = progress.blocks.find((b): b is Extract<Block, { kind: 'keyValues' }> => b.kind === 'keyValues');
  if (pw) {
    expect(home.summary.pathway).toMatchObject({ done: pw.done, total: pw.total });
    expect(kv!.rows.find(([k]) => k === 'Progress')![1]).toMatch(new RegExp(`^${pw.done} of ${pw.total} done`));
    const items = tables.find((t) => t.columns[0].header === 'Step')!;
    expect(items.rows.map((r) => r[1].replace(/^Done .*/, 'Done'))).toEqual(pw.items.map((i) => ITEM_STATUS_WORDS[i.status]));
  } else expect(kv).toBeUndefined();

  // Next steps: exactly Home's, in Home's order, but for the app's housekeeping (attach a
  // certificate, confirm a step), which goes to the record checklist, when the user asks for it.
  const [suggestions] = tablesOf(model, 'suggestions');
  const practice = home.suggestions.filter((s) => !isHousekeeping(s));
  expect(suggestions?.rows.map((r) => r[0]) ?? []).toEqual(practice.map((s) => s.title));
  expect(model.counts.suggestions).toBe(practice.length);
}

describe('Home and the PDF read one progress model', () => {
  beforeEach(async () => {
    await Promise.all([db.trainings.clear(), db.plans.clear(), db.enrolments.clear(), db.settings.clear(), db.certificates.clear()]);
  });

  test('London Group C: a confirmed step and a level done by a course read the same on Home and in the PDF', async () => {
    const today = '2026-11-27';
    const who = profile({ frameworkId: 'london', groupId: 'london-group-c' });
    const pathway = london.pathways.find((p) => p.groupId === 'london-group-c')!;
    const intro = pathway.items.find((i) => i.introductory)!;
    await enrolInPathway('london', pathway.id, '2026-01-05');
    // The introductory course opens Group C; a Group C course then makes the level done.
    const court = london.courses.find((c) => c.levelId === 'london-group-c' && /court/i.test(c.title))!;
    for (const [date, courseId] of [
      ['2026-03-02', intro.courseId!],
      ['2026-05-11', court.id],
    ])
      await putRecord<Training>('trainings', training(date, { link: { frameworkId: 'london', courseId } }));
    const assessed = confirmationKey('london-assess-level-first', 'level-assessed');
    await setStepConfirmed(assessed, true);

    // Home reads readEngineInput (useEngine), the Portfolio screen readPortfolioRecord.
    const home = progressFor(london, who, await readEngineInput(), today);
    const stored = await readPortfolioRecord();
    expect(stored.confirmedSteps).toEqual([assessed]);
    const model = buildPortfolioModel(portfolioInput(london, who, stored, today), 'appraisal');

    checkAgreement(home, model);
    const groupC = home.levels.find((l) => l.level.id === 'london-group-c')!;
    expect(groupC.state).toBe('done');
    const levels = tablesOf(model, 'progress').find((t) => t.caption === 'Levels')!;
    expect(levels.rows.find((r) => r[0].startsWith(groupC.level.title))![1]).toBe('Done');
    // The confirmed step is on neither; without the confirmation the PDF would still ask for it.
    const asksForAssessment = (titles: string[]) => titles.some((t) => /self-assessment/i.test(t));
    expect(asksForAssessment(home.suggestions.map((s) => s.title))).toBe(false);
    const checklist = (m: PortfolioModel) =>
      m.sections.find((s) => s.id === 'checklist')?.blocks.flatMap((b) => (b.kind === 'checklist' ? b.items : [])) ?? [];
    const withChecklist = { ...DEFAULT_OPTIONS, recordChecklist: true };
    const confirmed = buildPortfolioModel(portfolioInput(london, who, stored, today), 'appraisal', undefined, withChecklist);
    expect(asksForAssessment(checklist(confirmed))).toBe(false);
    const unconfirmed = buildPortfolioModel(
      portfolioInput(london, who, { ...stored, confirmedSteps: [] }, today),
      'appraisal',
      undefined,
      withChecklist,
    );
    expect(asksForAssessment(checklist(unconfirmed))).toBe(true);
  });

  function confirmable(fw: Framework): string[] {
    return fw.rules.flatMap((r) =>
      r.kind === 'prerequisite' ? r.anyOf.filter((s) => s.userConfirmed).map((s) => confirmationKey(r.id, s.id)) : [],
    );
  }

  for (const fw of frameworks)
    test(`${fw.shortName}: over every group and role, random records and confirmed steps, the PDF says what Home says`, () => {
      const roles = [null, ...fw.roles.map((r) => r.id)];
      fc.assert(
        fc.property(
          recordArb(fw),
          dateArb,
          fc.constantFrom(...roles),
          fc.subarray(confirmable(fw)),
          ({ record, groupId, flags, basis }, today, roleId, confirmedSteps) => {
            const role = fw.roles.find((r) => r.id === roleId);
            const who = profile({
              frameworkId: fw.id,
              groupId: role?.groupId ?? groupId,
              roleId: role?.id ?? null,
              flags: Object.fromEntries(flags.map((f) => [f, true])),
              yearBasis: basis,
            });
            const source = { record, confirmedSteps };
            checkAgreement(progressFor(fw, who, source, today), buildPortfolioModel(portfolioInput(fw, who, source, today), 'appraisal'));
          },
        ),
        { numRuns: 40 },
      );
    });
});

describe('next steps in the PDF cite the source as Home does', () => {
  test('each framework suggestion names the partnership, its document and the section, never a file name', () => {
    let checked = 0;
    for (const framework of frameworks) {
      const input = portfolioInput(
        framework,
        profile({ frameworkId: framework.id }),
        { record: { trainings: [], reflections: [], plans: [], certificates: [], enrolments: [] }, confirmedSteps: [] },
        '2026-11-30',
      );
      const cited = input.suggestions.filter((s) => s.cite);
      checked += cited.length;
      for (const s of cited) {
        expect(s.cite).not.toMatch(/\.txt\b|\d{3}_[0-9a-f]{16}/);
        if (!/KCSIE|Nursing|Social Work England/.test(s.cite!))
          expect(s.cite, s.title).toContain(`${framework.partnership}, ${framework.title}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
