// @vitest-environment node
/**
 * Data tables drawn by src/pdf/layout/data-table.ts look exactly as jspdf-autotable draws them:
 * the same table drawn both ways gives the same pages, pixel for pixel (rendered by pdftoppm), and
 * the same text (pdftotext). Cases: a table over several pages from the middle of one (head on
 * every page, striping, wrapped and multi-line cells, right-aligned hours, a foot that must stay
 * with the last row), fixed columns only, a table that starts too low for its head.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Page } from '../../src/pdf/layout/page';
import { drawTable, drawTableWithAutotable } from '../../src/pdf/layout/blocks';
import { canDrawDataTable } from '../../src/pdf/layout/data-table';
import type { TableBlock } from '../../src/pdf/types';
import { fonts, pdfText, savePdf } from './helpers';

const titles = [
  'Working Together to Safeguard Children: multi-agency practice',
  'Neglect',
  `Safeguarding children and young people across agencies: ${'interprofessional '.repeat(5)}practice Level 3`,
  'Line one of a note\nline two of the note',
  'Supercalifragilisticexpialidociousness-Safeguarding-Partnership-Consortium',
];

function trainingTable(rows: number, foot = true): TableBlock {
  return {
    kind: 'table',
    columns: [
      { header: 'Date', width: 24 },
      { header: 'Training' },
      { header: 'Provider', width: 30 },
      { header: 'Hours', width: 14, align: 'right' },
      { header: 'Certificate of attendance', width: 20 },
    ],
    rows: Array.from({ length: rows }, (_, i) => [
      `${1 + (i % 28)} Nov 2026`,
      `${titles[i % titles.length]} ${i}`,
      i % 3 ? 'Local partnership' : 'Solihull Safeguarding Children Partnership',
      i % 4 ? String(1 + (i % 6) * 0.5) : '12.5\n(2 days)',
      i % 5 ? 'Yes' : '',
    ]),
    foot: foot ? ['', `${rows} entries`, 'Total', '123.5', ''] : undefined,
    emptyText: 'None.',
  };
}

const fixedTable: TableBlock = {
  kind: 'table',
  columns: [
    { header: 'Year', width: 30 },
    { header: 'Hours', width: 20, align: 'right' },
    { header: 'Entries', width: 20, align: 'right' },
  ],
  rows: Array.from({ length: 12 }, (_, i) => [`${2015 + i}`, `${i * 3.5}`, `${i}`]),
  foot: ['Total', '231', '66'],
  emptyText: 'None.',
};

/** The PDF of `block` drawn at `startY` on the second page (after a line of text), one way or the other. */
function pdf(block: TableBlock, startY: number, how: 'autotable' | 'data-table'): Uint8Array {
  const page = new Page(fonts());
  page.write('A line before the table', 10);
  page.newPage();
  page.y = startY;
  if (how === 'autotable') drawTableWithAutotable(page, block);
  else drawTable(page, block);
  page.write(`After the table at ${page.y.toFixed(2)} mm`, 10);
  return new Uint8Array(page.doc.output('arraybuffer'));
}

/** Each page as grey pixels (pdftoppm, 60 dpi). */
function pixels(bytes: Uint8Array, name: string): Buffer[] {
  const path = savePdf(bytes, name);
  const out = `${path}-page`;
  execFileSync('pdftoppm', ['-gray', '-r', '60', path, out]);
  const dir = path.slice(0, path.lastIndexOf('/'));
  const base = out.slice(out.lastIndexOf('/') + 1);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${base}-`) && f.endsWith('.pgm'))
    .sort()
    .map((f) => readFileSync(join(dir, f)));
}

function same(block: TableBlock, startY: number, name: string) {
  const log = vi.spyOn(console, 'log');
  const a = pdf(block, startY, 'autotable');
  const b = pdf(block, startY, 'data-table');
  expect(log).not.toHaveBeenCalled();
  log.mockRestore();
  const pa = pixels(a, `${name}-autotable`);
  const pb = pixels(b, `${name}-data-table`);
  expect(pb.length).toBe(pa.length);
  pa.forEach((p, i) => {
    let differ = 0;
    for (let j = 0; j < p.length; j++) if (p[j] !== pb[i][j]) differ++;
    expect(differ, `page ${i + 1}: pixels that differ`).toBe(0);
  });
  expect(pdfText(savePdf(b, `${name}-b`), true)).toBe(pdfText(savePdf(a, `${name}-a`), true));
  return pa.length;
}

describe('data tables are drawn as autotable draws them', () => {
  it('covers data tables with one column sized to the content, or none', () => {
    expect(canDrawDataTable(trainingTable(3))).toBe(true);
    expect(canDrawDataTable(fixedTable)).toBe(true);
    const twoAuto = {
      ...trainingTable(3),
      columns: trainingTable(3).columns.map((c) => ({ ...c, width: c.header === 'Provider' ? undefined : c.width })),
    };
    expect(canDrawDataTable(twoAuto)).toBe(false);
    expect(canDrawDataTable({ ...fixedTable, rows: [['', '', '']] })).toBe(false);
    expect(canDrawDataTable({ ...fixedTable, rows: [] })).toBe(false);
  });

  it('a table over several pages from the middle of one: same pages, same text', () => {
    expect(same(trainingTable(90), 150, 'long')).toBeGreaterThanOrEqual(5);
  });

  it('a foot that does not fit under the last row takes the row with it', () => {
    // From 207 mm the table's nine rows fit on the page, but not with the foot under them.
    const pages = (foot: boolean) => {
      const page = new Page(fonts());
      page.y = 207;
      drawTable(page, { ...fixedTable, rows: fixedTable.rows.slice(0, 9), foot: foot ? fixedTable.foot : undefined });
      return page.doc.getNumberOfPages();
    };
    expect([pages(false), pages(true)]).toEqual([1, 2]);
    same({ ...fixedTable, rows: fixedTable.rows.slice(0, 9) }, 207, 'foot');
  });

  it('a column sized to short content stretches to the text width, as autotable stretches it', () => {
    const short = trainingTable(4);
    same({ ...short, rows: short.rows.map((r) => [r[0], 'Short', r[2], r[3], r[4]]) }, 60, 'short');
  });

  it('fixed columns only, and a start too low for the head', () => {
    same(fixedTable, 100, 'fixed');
    same(fixedTable, 270, 'low');
    same(trainingTable(4, false), 262, 'low-no-foot');
  });
});
