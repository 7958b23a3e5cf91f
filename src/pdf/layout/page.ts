/**
 * The page being written: the jsPDF document, the cursor (y, in mm from the top), the fonts, and
 * the primitives every part of the layout uses (text styles, wrapped text that breaks pages,
 * tables through jspdf-autotable). User text is only ever drawn as text, through `safe`.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type UserOptions } from 'jspdf-autotable';
import type { FontBytes } from '../types';
import { makeTextSanitiser } from '../text';
import {
  binaryString,
  cacheFontEscaping,
  cacheLineSplitting,
  cacheTextWidths,
  cacheWidths,
  type EscapeCache,
  fontMetadata,
  freezeFontList,
  installFastDeflate,
  lastTableBottom,
  type LineCache,
  type TextWidthCache,
  skipArabicShapingWhenMeasuring,
  skipNeedlessTextPasses,
} from './jspdf-patches';

export const FONT = 'DejaVuSans';
export const PAGE = { width: 210, height: 297 };
export const MARGIN = { left: 18, right: 18, top: 24, bottom: 20 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
export const COLOUR = { text: 26, muted: 90, rule: 180, accent: [31, 78, 95] as [number, number, number] };
export const MM_TO_PT = 72 / 25.4;

export type Safe = (text: string | null | undefined) => string;
type Style = 'normal' | 'bold';

export class Page {
  readonly doc: jsPDF;
  /** Makes user text drawable with the embedded font. */
  readonly safe: Safe;
  /** The cursor, in mm from the top of the current page. */
  y = MARGIN.top;

  constructor(fonts: FontBytes) {
    installFastDeflate();
    skipArabicShapingWhenMeasuring();
    // Coordinates to a thousandth of a point (jsPDF writes 16 decimals by default): the same
    // drawing, page streams about a third shorter to build, deflate and write out.
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true, floatPrecision: 3 });
    skipNeedlessTextPasses(this.doc);
    this.safe = registerFonts(this.doc, fonts);
  }

  setText(size: number, style: Style = 'normal', grey = COLOUR.text): void {
    this.doc.setFont(FONT, style);
    this.doc.setFontSize(size);
    this.doc.setTextColor(grey);
  }

  lineHeight(size: number): number {
    return size * 0.3528 * 1.35;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = MARGIN.top;
  }

  /** Starts a new page unless `height` fits below the cursor. */
  ensure(height: number): void {
    if (this.y + height > PAGE.height - MARGIN.bottom) this.newPage();
  }

  /** Writes wrapped text, breaking pages between lines. */
  write(text: string, size: number, style: Style = 'normal', grey = COLOUR.text, indent = 0): void {
    this.setText(size, style, grey);
    const lh = this.lineHeight(size);
    for (const para of this.safe(text).split('\n')) {
      const lines: string[] = para.trim() ? this.doc.splitTextToSize(para, CONTENT_WIDTH - indent) : [''];
      for (const line of lines) {
        this.ensure(lh);
        this.doc.text(line, MARGIN.left + indent, this.y, { baseline: 'top' });
        this.y += lh;
      }
    }
  }

  /** A table at the cursor, in the document's table style; the cursor moves below it. */
  table(options: UserOptions): void {
    autoTable(this.doc, { ...tableDefaults(), startY: this.y, ...options });
    this.y = lastTableBottom(this.doc) + 5;
  }

  /** A thin rule across the text width at y. */
  rule(y: number): void {
    this.doc.setDrawColor(COLOUR.rule);
    this.doc.setLineWidth(0.2);
    this.doc.line(MARGIN.left, y, PAGE.width - MARGIN.right, y);
  }
}

/** The document's table style, as autotable is given it (tableDefaults) and as data-table.ts draws
 * it. Body rows are white (autotable's striped theme) and the first and every other one grey. */
export const TABLE_STYLE = {
  fontSize: 8.5,
  cellPadding: 1.6,
  textColor: COLOUR.text,
  lineColor: 210,
  lineWidth: 0.1,
  head: { fill: COLOUR.accent, text: 255 },
  body: { fill: 255, alternateFill: 247 },
  foot: { fill: 235, text: COLOUR.text },
} as const;

function tableDefaults(): Partial<UserOptions> {
  const s = TABLE_STYLE;
  return {
    margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
    styles: {
      font: FONT,
      fontSize: s.fontSize,
      cellPadding: s.cellPadding,
      textColor: s.textColor,
      lineColor: s.lineColor,
      lineWidth: s.lineWidth,
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: s.head.fill, textColor: s.head.text },
    footStyles: { font: FONT, fontStyle: 'bold', fillColor: s.foot.fill, textColor: s.foot.text },
    alternateRowStyles: { fillColor: s.body.alternateFill },
    theme: 'striped',
    showHead: 'everyPage',
    showFoot: 'lastPage',
    // A row moves whole to the next page unless it is taller than a page.
    rowPageBreak: 'avoid',
  };
}

/** What depends only on a font's bytes, kept between documents (the worker keeps its font bytes,
 * so the next PDF reuses them): the binary string jsPDF reads the font from, the widths of the
 * strings measured so far, the strings drawn so far as glyph ids, and the paragraphs split into
 * lines so far. */
interface FontCache {
  binary: string;
  widths: Map<string, number>;
  escapes: EscapeCache;
  lines: LineCache;
  textWidths: TextWidthCache;
}
const perFont = new WeakMap<Uint8Array, FontCache>();
function fontCache(bytes: Uint8Array): FontCache {
  let c = perFont.get(bytes);
  if (!c)
    perFont.set(
      bytes,
      (c = { binary: binaryString(bytes), widths: new Map(), escapes: new Map(), lines: new Map(), textWidths: new Map() }),
    );
  return c;
}

function registerFonts(doc: jsPDF, fonts: FontBytes): Safe {
  const regular = fontCache(fonts.regular);
  const bold = fontCache(fonts.bold);
  doc.addFileToVFS(`${FONT}.ttf`, regular.binary);
  doc.addFileToVFS(`${FONT}-Bold.ttf`, bold.binary);
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
  const regularMeta = fontMetadata(doc, FONT, 'normal');
  const boldMeta = fontMetadata(doc, FONT, 'bold');
  cacheWidths(regularMeta, regular.widths);
  cacheWidths(boldMeta, bold.widths);
  cacheFontEscaping(
    doc,
    new Map<unknown, EscapeCache>([
      [regularMeta, regular.escapes],
      [boldMeta, bold.escapes],
    ]),
  );
  freezeFontList(doc);
  const cacheOf = (font: { fontName: string; fontStyle: string }) =>
    font.fontName !== FONT ? undefined : font.fontStyle === 'bold' ? bold : font.fontStyle === 'normal' ? regular : undefined;
  cacheLineSplitting(doc, (font) => cacheOf(font)?.lines);
  cacheTextWidths(doc, (font) => cacheOf(font)?.textWidths);
  // jsPDF parsed the font's cmap: what it maps is what it can draw (bold has the same subset).
  const codeMap = fontMetadata(doc, FONT, 'normal').cmap.unicode.codeMap;
  return makeTextSanitiser((cp) => !!codeMap[cp]);
}
