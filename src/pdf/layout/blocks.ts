/** Each kind of block of a section, laid out at the page's cursor: one function per kind. */
import type { RowInput, UserOptions } from 'jspdf-autotable';
import type { Block } from '../types';
import { COLOUR, CONTENT_WIDTH, FONT, MARGIN, PAGE, type Page } from './page';
import { canDrawDataTable, drawDataTable } from './data-table';

type BlockOf<K extends Block['kind']> = Extract<Block, { kind: K }>;

export function drawParagraph(page: Page, block: BlockOf<'paragraph'>): void {
  page.write(block.text, 10, block.style === 'bold' ? 'bold' : 'normal', block.style === 'muted' ? COLOUR.muted : COLOUR.text);
  page.y += 3;
}

export function drawKeyValues(page: Page, block: BlockOf<'keyValues'>): void {
  const { safe } = page;
  page.table({
    theme: 'plain',
    body: block.rows.map(([k, v]) => [safe(k), safe(v)]),
    styles: { font: FONT, fontSize: 10, cellPadding: { top: 1, bottom: 1, left: 0, right: 2 }, textColor: COLOUR.text },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 40 } },
  });
}

export function drawTable(page: Page, block: BlockOf<'table'>): void {
  const { safe } = page;
  if (block.caption) {
    page.ensure(20);
    page.write(block.caption, 11, 'bold');
    page.y += 1;
  }
  if (!block.rows.length) {
    if (block.emptyText) page.write(block.emptyText, 10, 'normal', COLOUR.muted);
    page.y += 3;
    return;
  }
  if (canDrawDataTable(block) && drawDataTable(page, block, safe)) return;
  drawTableWithAutotable(page, block);
}

/** A table through jspdf-autotable (tables data-table.ts does not cover). */
export function drawTableWithAutotable(page: Page, block: BlockOf<'table'>): void {
  const { safe } = page;
  const columnStyles: UserOptions['columnStyles'] = {};
  block.columns.forEach((c, i) => {
    columnStyles[i] = { cellWidth: c.width ?? 'auto', halign: c.align ?? 'left' };
  });
  // Fixed widths leave the other columns room (test/pdf/table-width.test.ts checks every preset).
  const fixed = block.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  const autoColumns = block.columns.some((c) => c.width === undefined);
  const blank = block.rows.every((r) => r.every((c) => !c));
  page.table({
    // With every column fixed the table is as wide as they are (autotable would otherwise try to
    // stretch it to the text width, find no column to stretch and say so on the console).
    ...(autoColumns ? {} : { tableWidth: fixed }),
    head: [block.columns.map((c) => safe(c.header))],
    body: block.rows.map((r) => r.map((c) => safe(c))) as RowInput[],
    foot: block.foot ? [block.foot.map((c) => safe(c))] : undefined,
    columnStyles,
    // columnStyles reach the body only: align the totals row with its column too.
    didParseCell: (cell) => {
      if (cell.section === 'foot') cell.cell.styles.halign = block.columns[cell.column.index]?.align ?? 'left';
    },
    // Blank rows are for writing in by hand: give them room.
    ...(blank ? { bodyStyles: { minCellHeight: 10 }, theme: 'grid' as const } : {}),
  });
}

export function drawEntry(page: Page, block: BlockOf<'entry'>): void {
  const { doc } = page;
  page.ensure(25);
  page.write(block.title, 11, 'bold');
  if (block.meta) page.write(block.meta, 9, 'normal', COLOUR.muted);
  page.y += 1.5;
  for (const part of block.parts) {
    if (part.heading) {
      page.ensure(12);
      page.write(part.heading, 10, 'bold');
    }
    // A heading alone introduces the parts after it (a reflection inside a CPD piece).
    if (part.text) page.write(part.text, 10);
    page.y += 1.5;
  }
  doc.setDrawColor(COLOUR.rule);
  doc.setLineWidth(0.2);
  page.ensure(6);
  doc.line(MARGIN.left, page.y + 1, PAGE.width - MARGIN.right, page.y + 1);
  page.y += 5;
}

export function drawWritingSpace(page: Page, block: BlockOf<'writingSpace'>): void {
  const { doc } = page;
  page.ensure(8 + block.lines * 8);
  page.write(block.label, 11, 'bold');
  doc.setDrawColor(COLOUR.rule);
  doc.setLineWidth(0.2);
  for (let i = 0; i < block.lines; i++) {
    page.y += 8;
    doc.line(MARGIN.left, page.y, PAGE.width - MARGIN.right, page.y);
  }
  page.y += 6;
}

export function drawChecklist(page: Page, block: BlockOf<'checklist'>): void {
  const { doc, safe } = page;
  const box = 4.5;
  for (const item of block.items) {
    page.setText(10);
    const lines: string[] = doc.splitTextToSize(safe(item), CONTENT_WIDTH - box - 48);
    const height = Math.max(box, lines.length * page.lineHeight(10));
    page.ensure(height + 6);
    const { y } = page;
    doc.setDrawColor(COLOUR.text);
    doc.setLineWidth(0.3);
    doc.rect(MARGIN.left, y, box, box);
    doc.text(lines, MARGIN.left + box + 3, y + 0.6, { baseline: 'top', lineHeightFactor: 1.35 });
    // Room to write the date it was done.
    page.setText(9, 'normal', COLOUR.muted);
    const dateX = PAGE.width - MARGIN.right - 40;
    doc.text('Date', dateX - 9, y + box - 0.5);
    doc.setDrawColor(COLOUR.rule);
    doc.setLineWidth(0.2);
    doc.line(dateX, y + box, PAGE.width - MARGIN.right, y + box);
    page.y += height + 6;
  }
  page.y += 2;
}

export function drawSignatures(page: Page, block: BlockOf<'signatures'>): void {
  const { doc, safe } = page;
  const fields = ['Name', 'Role', 'Signature', 'Date'];
  page.ensure(12 + fields.length * 11);
  const colWidth = (CONTENT_WIDTH - 10) / block.roles.length;
  const top = page.y;
  block.roles.forEach((role, i) => {
    const x = MARGIN.left + i * (colWidth + 10);
    let yy = top;
    page.setText(11, 'bold');
    doc.text(safe(role), x, yy, { baseline: 'top' });
    yy += 7;
    page.setText(9, 'normal', COLOUR.muted);
    doc.setDrawColor(COLOUR.rule);
    for (const f of fields) {
      yy += 9;
      doc.text(f, x, yy - 1);
      doc.line(x + 20, yy, x + colWidth, yy);
    }
  });
  page.y = top + 12 + fields.length * 9;
}

/** A signature drawn on the device, at the size of a handwritten one (60 x 22 mm, ratio kept). */
export function drawSignatureImage(page: Page, block: BlockOf<'signatureImage'>): void {
  const { doc } = page;
  const width = 60;
  const height = 22;
  page.ensure(height + 12);
  page.write(block.caption, 9, 'normal', COLOUR.muted);
  page.y += 1;
  const props = doc.getImageProperties(block.png);
  const scale = Math.min(width / props.width, height / props.height);
  doc.addImage(block.png, 'PNG', MARGIN.left, page.y, props.width * scale, props.height * scale, undefined, 'FAST');
  doc.setDrawColor(COLOUR.rule);
  doc.setLineWidth(0.2);
  doc.line(MARGIN.left, page.y + height + 1, MARGIN.left + width, page.y + height + 1);
  page.y += height + 6;
}

export function drawBlock(page: Page, block: Block): void {
  switch (block.kind) {
    case 'paragraph':
      return drawParagraph(page, block);
    case 'keyValues':
      return drawKeyValues(page, block);
    case 'table':
      return drawTable(page, block);
    case 'entry':
      return drawEntry(page, block);
    case 'writingSpace':
      return drawWritingSpace(page, block);
    case 'checklist':
      return drawChecklist(page, block);
    case 'signatures':
      return drawSignatures(page, block);
    case 'signatureImage':
      return drawSignatureImage(page, block);
  }
}
