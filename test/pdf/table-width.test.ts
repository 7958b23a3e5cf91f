// @vitest-environment node
/**
 * Every preset's tables fit the 174 mm text width whatever the content: autotable says nothing on
 * the console ("units width could not fit page" is its sign of a table wider than the page, or of
 * fixed columns it could not stretch), and the longest titles, providers and notes come out whole.
 */
import { execFileSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { buildPortfolioModel } from '../../src/pdf/model';
import { renderPortfolio } from '../../src/pdf/render';
import { CONTENT_WIDTH } from '../../src/pdf/layout/page';
import type { PortfolioPreset, TableBlock } from '../../src/pdf/types';
import { schemePreset } from '../../src/pdf/presets/catalogue';
import { input, snapshot, training, TODAY } from './fixtures';
import { nurse, schoolDsl, socialWorker } from './scheme-fixtures';
import { fonts, qpdfCheck, savePdf } from './helpers';
import { addDaysIso } from '../../src/domain/dates';
import type { Profile, RecordSnapshot } from '../../src/domain/types';

// At the app's limit for short fields (200 characters), with words longer than a narrow column.
const LONG_TITLE = `Safeguarding children and young people across agencies: ${'interprofessional '.repeat(7)}practice Level 3`;
const LONG_PROVIDER = `Supercalifragilisticexpialidociousness-Safeguarding-Partnership-Consortium Trust and ${'Children '.repeat(10)}Board`;
const LONG_NOTES = `Booked through the partnership; ${'Notes-without-any-spaces-at-all-'.repeat(4)} and a plain ending.`;

/** The text pdftotext reads, in drawing order (a cell's lines one after the other), without any
 * whitespace: a value broken across lines, or across a word, reads as one. */
function rawText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', path, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).replace(/\s+/g, '');
}
const squash = (s: string) => s.replace(/\s+/g, '');

function longRecord(base: RecordSnapshot): RecordSnapshot {
  const trainings = [
    ...base.trainings,
    ...Array.from({ length: 6 }, (_, i) =>
      training(900 + i, {
        ...((d) => ({ startDate: d, endDate: d }))(addDaysIso(TODAY, -10 - i)),
        title: `${LONG_TITLE} ${i}`.slice(0, 200),
        providerName: LONG_PROVIDER.slice(0, 200),
        notes: LONG_NOTES,
        participatory: true,
        agency: 'multi',
      }),
    ),
  ];
  return { ...base, trainings };
}

const cases: Array<{ preset: PortfolioPreset; who: () => { profile?: Profile; record: RecordSnapshot } }> = [
  { preset: 'supervision', who: () => ({ record: snapshot([training(1), training(2)]) }) },
  { preset: 'appraisal', who: () => ({ record: snapshot([training(1), training(2)]) }) },
  { preset: 'full', who: () => ({ record: snapshot([training(1), training(2)]) }) },
  { preset: schemePreset('nmc'), who: nurse },
  { preset: schemePreset('swe'), who: socialWorker },
  { preset: schemePreset('kcsie'), who: schoolDsl },
];

describe('tables fit the page', () => {
  let log: MockInstance;
  let warn: MockInstance;
  beforeEach(() => {
    log = vi.spyOn(console, 'log');
    warn = vi.spyOn(console, 'warn');
  });
  afterEach(() => vi.restoreAllMocks());

  it.each(cases)('$preset: no table wider than the text width, long values whole, nothing on the console', async ({ preset, who }) => {
    const { profile, record } = who();
    const base = input(longRecord(record), profile ? { profile } : {});
    const model = buildPortfolioModel(
      base,
      preset,
      { start: addDaysIso(TODAY, -365), end: TODAY },
      {
        reflections: true,
        reflectionsFullText: true,
        certificates: true,
        notes: true,
      },
    );
    const tables = model.sections.flatMap((s) => s.blocks).filter((b): b is TableBlock => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const t of tables) {
      const fixed = t.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
      const others = t.columns.filter((c) => c.width === undefined).length;
      // Each column left to autotable keeps at least 20 mm.
      expect(fixed + others * 20, t.columns.map((c) => c.header).join(', ')).toBeLessThanOrEqual(CONTENT_WIDTH);
    }
    const { bytes } = await renderPortfolio(model, { fonts: fonts() });
    expect(log).not.toHaveBeenCalled();
    expect(warn).not.toHaveBeenCalled();
    const path = savePdf(bytes, `table-width-${preset.replace(':', '-')}`);
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    const text = rawText(path);
    const training = tables.find((t) => t.columns.some((c) => c.header === 'Provider'));
    if (training) {
      expect(text).toContain(squash(`${LONG_TITLE} 0`));
      expect(text).toContain(squash(LONG_PROVIDER.slice(0, 200)));
    }
    if (training?.columns.some((c) => c.header === 'Notes')) expect(text).toContain(squash(LONG_NOTES));
    // Every cell of every table is in the PDF, whole.
    for (const t of tables) for (const row of t.rows) for (const cell of row) expect(text).toContain(squash(cell));
  });
});
