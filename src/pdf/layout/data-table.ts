/**
 * A data table (training, hours, impact, plans) drawn straight with jsPDF, exactly as
 * jspdf-autotable draws it in the document's table style (TABLE_STYLE), without autotable's
 * objects for every cell: a cell's styles merged from six objects, its text split, measured and
 * kept, all before the first row is drawn. For a long record (thousands of rows) that was most of
 * the layout's time and memory, and the memory made the first PDF after the app opens slow (the
 * garbage collector copying every cell of the table while the page is built).
 *
 * It draws what autotable does for these tables, in the same order: the head on every page, body
 * rows striped from the first, every cell filled and outlined, text from the top-left (or right)
 * of the cell less its padding, rows moved whole to the next page, the foot after the last row
 * (kept on the last row's page). test/pdf/data-table.test.ts renders tables both ways and compares
 * the pages pixel by pixel. Tables it does not cover (several columns sized to their content, a row
 * taller than a page) go to autotable: `canDrawDataTable` says which.
 */
import type { jsPDF } from 'jspdf';
import type { TableBlock } from '../types';
import { CONTENT_WIDTH, FONT, MARGIN, TABLE_STYLE, type Page } from './page';
import { textWriter } from './jspdf-patches';

type Rgb = [number, number, number];
type Align = 'left' | 'right';

/** autotable's top alignment: the first baseline sits this many font sizes below the padding. */
const FIRST_BASELINE = 2 - 1.15;
/** autotable's default text options, passed to jsPDF's text() with every cell. */
const TEXT_OPTIONS = {
  isInputVisual: false,
  isOutputVisual: undefined,
  isInputRtl: false,
  isOutputRtl: undefined,
  isSymmetricSwapping: false,
};

interface RowStyle {
  bold: boolean;
  fill: number | Rgb;
  text: number;
}

interface Laid {
  /** Each cell's lines. */
  cells: string[][];
  height: number;
}

/** Column widths as autotable gives them: fixed widths as set, and the one column without a width
 * takes what is left of the text width. */
function columnWidths(block: TableBlock, textWidth = CONTENT_WIDTH): number[] {
  const fixed = block.columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
  return block.columns.map((c) => c.width ?? textWidth - fixed);
}

/** Whether drawDataTable draws this table as autotable would: rows to draw, at most one column
 * sized to the content (it takes the rest of the width, at least autotable's minimum), no blank
 * rows to write in (drawn as a grid). Rows taller than a page are checked when laid out. */
export function canDrawDataTable(block: TableBlock): boolean {
  if (!block.rows.length) return false;
  const auto = block.columns.filter((c) => c.width === undefined).length;
  if (auto > 1) return false;
  if (auto === 1 && Math.min(...columnWidths(block)) < 10) return false;
  return !block.rows.every((r) => r.every((c) => !c));
}

function setColour(set: (a: number, b: number, c: number) => unknown, c: number | Rgb): void {
  if (Array.isArray(c)) set(c[0], c[1], c[2]);
  else set(c, c, c);
}

/**
 * Draws the table at the page's cursor and moves the cursor below it (as Page.table does).
 * Returns false, having drawn nothing, when a row is taller than a page (autotable splits such a
 * row; the caller draws the table with autotable instead).
 */
export function drawDataTable(page: Page, block: TableBlock, safe: (s: string) => string): boolean {
  const { doc } = page;
  const s = TABLE_STYLE;
  const k = doc.internal.scaleFactor;
  const fontSize = s.fontSize / k;
  const lineHeight = fontSize * doc.getLineHeightFactor();
  const pad = s.cellPadding;
  // The page as jsPDF has it (A4 is 595.28 x 841.89 pt, a little over 210 x 297 mm), as autotable
  // measures it.
  const pageWidth = doc.internal.pageSize.getWidth();
  const pageHeight = doc.internal.pageSize.getHeight();
  const widths = columnWidths(block, pageWidth - MARGIN.left - MARGIN.right);
  const aligns: Align[] = block.columns.map((c) => c.align ?? 'left');
  const lefts: number[] = [];
  widths.reduce((x, w, i) => ((lefts[i] = x), x + w), MARGIN.left);

  // What the document is set to before the table, put back after it (as autotable does: not the
  // fill colour).
  const before = {
    font: doc.getFont(),
    fontSize: doc.getFontSize(),
    text: doc.getTextColor(),
    draw: doc.getDrawColor(),
    lineWidth: doc.getLineWidth(),
  };

  // jsPDF splits an array of paragraphs too (autotable passes one), though its types say string.
  const splitLines = doc.splitTextToSize.bind(doc) as unknown as (text: string[], width: number, options: object) => string[];
  const lay = (cells: string[], bold: boolean): Laid => {
    doc.setFont(FONT, bold ? 'bold' : 'normal');
    doc.setFontSize(s.fontSize);
    let height = 0;
    const lines = cells.map((text, i) => {
      const paragraphs = safe(text).split(/\r\n|\r|\n/g);
      // autotable adds a point to the room for text, against rounding.
      const split = splitLines(paragraphs, widths[i] - 2 * pad + 1 / k, { fontSize: s.fontSize });
      height = Math.max(height, split.length * lineHeight + 2 * pad);
      return split;
    });
    return { cells: lines, height };
  };

  const head = lay(
    block.columns.map((c) => c.header),
    true,
  );
  const foot = block.foot ? lay(block.foot, true) : null;
  const footHeight = foot?.height ?? 0;
  const maxRowHeight = pageHeight - MARGIN.top - MARGIN.bottom - head.height - footHeight;
  const body: Laid[] = [];
  for (const row of block.rows) {
    const laid = lay(row, false);
    if (laid.height > maxRowHeight) {
      restore(doc, before);
      return false;
    }
    body.push(laid);
  }

  const setDraw = doc.setDrawColor.bind(doc);
  const setText = doc.setTextColor.bind(doc);
  const setFill = doc.setFillColor.bind(doc);
  const cellText = textWriter(doc, TEXT_OPTIONS);
  const drawRow = (row: Laid, style: RowStyle, y: number, alignBody: boolean): void => {
    // The cells, then their text: a cell's text sets the fill colour to its own, so drawn after
    // every cell's fill, the row's fill and outline are set once (autotable sets them for every
    // cell). Cells do not overlap, so the page is the same.
    setColour(setDraw, s.lineColor);
    doc.setLineWidth(s.lineWidth);
    setColour(setFill, style.fill);
    for (let i = 0; i < widths.length; i++) doc.rect(lefts[i], y, widths[i], row.height, 'FD');
    doc.setFont(FONT, style.bold ? 'bold' : 'normal');
    doc.setFontSize(s.fontSize);
    setColour(setText, style.text);
    const top = y + pad + fontSize * FIRST_BASELINE;
    for (let i = 0; i < widths.length; i++) {
      const lines = row.cells[i];
      if (!lines.length) continue;
      if (alignBody && aligns[i] === 'right') {
        const right = lefts[i] + widths[i] - pad;
        lines.forEach((line, n) => doc.text(line, right - doc.getStringUnitWidth(line) * fontSize, top + n * lineHeight, TEXT_OPTIONS));
      } else {
        cellText.add(lines, lefts[i] + pad, top);
      }
    }
    cellText.flush();
  };

  const headStyle: RowStyle = { bold: true, fill: s.head.fill, text: s.head.text };
  const footStyle: RowStyle = { bold: true, fill: s.foot.fill, text: s.foot.text };
  const nextPage = () => {
    const current = doc.getCurrentPageInfo().pageNumber;
    doc.setPage(current + 1);
    if (doc.getCurrentPageInfo().pageNumber === current) doc.addPage();
  };

  let y = page.y;
  // Head and foot must fit below the start, or the table starts on the next page.
  if (y + MARGIN.bottom + head.height + footHeight > pageHeight) {
    nextPage();
    y = MARGIN.top;
  }
  drawRow(head, headStyle, y, false);
  y += head.height;
  body.forEach((row, index) => {
    const last = index === body.length - 1;
    const room = pageHeight - y - MARGIN.bottom - (last ? footHeight : 0);
    if (row.height > room) {
      nextPage();
      y = MARGIN.top;
      drawRow(head, headStyle, y, false);
      y += head.height;
    }
    const fill = index % 2 === 0 ? s.body.alternateFill : s.body.fill;
    drawRow(row, { bold: false, fill, text: s.textColor }, y, true);
    y += row.height;
  });
  if (foot) {
    drawRow(foot, footStyle, y, true);
    y += foot.height;
  }
  restore(doc, before);
  page.y = y + 5;
  return true;
}

function restore(
  doc: jsPDF,
  before: { font: { fontName: string; fontStyle: string }; fontSize: number; text: string; draw: string; lineWidth: number },
): void {
  doc.setFont(before.font.fontName, before.font.fontStyle);
  doc.setFontSize(before.fontSize);
  doc.setTextColor(before.text);
  doc.setDrawColor(before.draw);
  doc.setLineWidth(before.lineWidth);
}
