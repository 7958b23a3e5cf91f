// @vitest-environment node
/** The sample the PDF worker lays out when the Portfolio screen opens (src/pdf/warm.ts). */
import { expect, it } from 'vitest';
import { renderPortfolio } from '../../src/pdf/render';
import { warmUpModel } from '../../src/pdf/warm';
import type { Block } from '../../src/pdf/types';
import { fonts, pdfText, qpdfCheck, savePdf } from './helpers';

it('the warm-up sample uses every kind of block and lays out as a sound PDF over several pages', async () => {
  const model = warmUpModel();
  const kinds = new Set(model.sections.flatMap((s) => s.blocks.map((b) => b.kind)));
  const every: Array<Block['kind']> = [
    'paragraph',
    'keyValues',
    'table',
    'entry',
    'writingSpace',
    'checklist',
    'signatures',
    'signatureImage',
  ];
  expect([...kinds].sort()).toEqual([...every].sort());
  const { bytes, pages } = await renderPortfolio(model, { fonts: fonts() });
  const path = savePdf(bytes, 'warm-up');
  expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
  expect(pages).toBeGreaterThanOrEqual(6);
  expect(pdfText(path).replace(/\s+/g, ' ')).toContain('Course 159 on safeguarding practice');
});

it("the worker's short first round: the same kinds of block, with the rows asked for", () => {
  const short = warmUpModel(20);
  const kinds = (m: typeof short) => m.sections.flatMap((s) => s.blocks.map((b) => b.kind));
  expect(kinds(short)).toEqual(kinds(warmUpModel()));
  const table = short.sections.flatMap((s) => s.blocks).find((b) => b.kind === 'table');
  expect(table?.kind === 'table' && table.rows.length).toBe(20);
  expect(short.counts.trainings).toBe(20);
});
