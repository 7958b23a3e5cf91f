/**
 * Lays a PortfolioModel out as a PDF: cover, contents, sections (tables by jspdf-autotable that
 * break across pages with their header repeated), running header, "Page N of M", metadata
 * (title, language en-GB), and the certificates appendix (photos drawn as JPEG, certificate PDFs'
 * own pages placed with pdf-lib). User text is only ever drawn as text, through `safe`.
 * Runs in the worker (src/pdf/worker.ts) and in Node tests; no DOM.
 */
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import type { PDFDocument } from 'pdf-lib';
import { zlibSync } from 'fflate';
import type { Block, CertificateEntry, PortfolioModel, Section } from './model';
import { makeTextSanitiser } from './text';

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface CertificateFile {
  bytes: Uint8Array;
  mimeType: string;
}

/** A photo made ready to embed: JPEG (or PNG) bytes no bigger than the page needs. */
export interface PreparedImage {
  bytes: Uint8Array;
  format: 'JPEG' | 'PNG';
  width: number;
  height: number;
}

export interface RenderProgress {
  stage: string;
  /** 0..1 over the whole build. */
  fraction: number;
}

export interface RenderAssets {
  fonts: FontBytes;
  /** Certificate files by certificate id (missing = not on this device). */
  certificates?: Map<string, CertificateFile>;
  /** Downscales and re-encodes a photo (the worker uses OffscreenCanvas); without it JPEG and
   * PNG are embedded as they are and other types are listed as unreadable. */
  prepareImage?: (file: CertificateFile) => Promise<PreparedImage>;
  onProgress?: (p: RenderProgress) => void;
}

export interface RenderResult {
  bytes: Uint8Array;
  pages: number;
  /** Certificates that could not be included, with the reason (also listed in the PDF). */
  unreadable: Array<{ label: string; reason: string }>;
  /** Bytes of the photos as embedded (for the size budget: PDF <= 1.1 x this + 200 KB). */
  imageBytes: number;
}

const FONT = 'DejaVuSans';
const PAGE = { width: 210, height: 297 };
const MARGIN = { left: 18, right: 18, top: 24, bottom: 20 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const COLOUR = { text: 26, muted: 90, rule: 180, accent: [31, 78, 95] as [number, number, number] };
const MM_TO_PT = 72 / 25.4;

type Safe = (text: string | null | undefined) => string;

function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

interface TtfMetadata {
  cmap: { unicode: { codeMap: Record<number, number> } };
  widthOfString(text: string, size: number, charSpace: number): number;
}

function fontMetadata(doc: jsPDF, style: 'normal' | 'bold'): TtfMetadata {
  return (doc.internal as unknown as { getFont(n: string, s: string): { metadata: TtfMetadata } }).getFont(FONT, style).metadata;
}

/** Measuring text is most of a long table's layout, and a record repeats its strings (providers,
 * modes, dates): remember each string's width at 1 pt. */
function cacheWidths(meta: TtfMetadata): void {
  const measure = meta.widthOfString.bind(meta);
  const widths = new Map<string, number>();
  meta.widthOfString = (text, size, charSpace) => {
    if (charSpace) return measure(text, size, charSpace);
    let w = widths.get(text);
    if (w === undefined) {
      w = measure(text, 1000, 0) / 1000;
      if (widths.size < 200_000) widths.set(text, w);
    }
    return w * size;
  };
}

type FilterResult = { data: string; reverseChain: string };
type FilterApi = { processDataByFilters(data: string, chain: string | string[]): FilterResult; __fastDeflate?: true };

/** jsPDF deflates every stream with fflate, then rebuilds the result one character at a time
 * (a string concatenation per byte): a large part of a long table's build. Same deflate, same
 * output, chunked conversion. (Installed once on jsPDF's shared API; other filters go to
 * jsPDF's own code.) */
function installFastDeflate(): void {
  const api = jsPDF.API as unknown as FilterApi;
  if (api.__fastDeflate) return;
  const original = api.processDataByFilters.bind(api);
  api.processDataByFilters = (data, chain) => {
    const filters = typeof chain === 'string' ? [chain] : (chain ?? []);
    if (filters.length !== 1 || filters[0].replace('/', '') !== 'FlateEncode') return original(data, chain);
    const bytes = new Uint8Array(data.length);
    for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
    return { data: binaryString(zlibSync(bytes)), reverseChain: '/FlateDecode' };
  };
  api.__fastDeflate = true;
}

// Text without Arabic letters needs no Arabic shaping, and text without right-to-left letters no
// bidi reordering: skip jsPDF's passes for them, which otherwise run on every string drawn.
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

function skipNeedlessTextPasses(doc: jsPDF): void {
  type Sub = [(payload: { text: unknown }) => void, boolean];
  const topics = (doc.internal as unknown as { events: { getTopics(): Record<string, Record<string, Sub>> } }).events.getTopics();
  const onlyWhen = (sub: Sub, pattern: RegExp) => {
    const pass = sub[0];
    sub[0] = function (this: unknown, payload) {
      const text = payload?.text;
      if (pattern.test(typeof text === 'string' ? text : JSON.stringify(text ?? ''))) pass.call(this, payload);
    };
  };
  // The one preProcessText pass is Arabic shaping; of the postProcessText passes, the bidi one
  // is told by its call to doBidiReorder (the other escapes text for the font and always runs).
  for (const sub of Object.values(topics.preProcessText ?? {})) onlyWhen(sub, ARABIC);
  for (const sub of Object.values(topics.postProcessText ?? {})) if (String(sub[0]).includes('doBidiReorder')) onlyWhen(sub, RIGHT_TO_LEFT);
}

function registerFonts(doc: jsPDF, fonts: FontBytes): Safe {
  doc.addFileToVFS(`${FONT}.ttf`, binaryString(fonts.regular));
  doc.addFileToVFS(`${FONT}-Bold.ttf`, binaryString(fonts.bold));
  doc.addFont(`${FONT}.ttf`, FONT, 'normal');
  doc.addFont(`${FONT}-Bold.ttf`, FONT, 'bold');
  doc.setFont(FONT, 'normal');
  cacheWidths(fontMetadata(doc, 'normal'));
  cacheWidths(fontMetadata(doc, 'bold'));
  // autotable asks for the font list on every cell; it no longer changes from here on.
  const fontList = doc.getFontList();
  doc.getFontList = () => fontList;
  // jsPDF parsed the font's cmap: what it maps is what it can draw (bold has the same subset).
  const codeMap = fontMetadata(doc, 'normal').cmap.unicode.codeMap;
  return makeTextSanitiser((cp) => !!codeMap[cp]);
}

/** pdf-lib is needed only for certificate PDFs: loaded then, so most builds start faster. */
const loadPdfLib = () => import('pdf-lib');

/** What the appendix knows of each certificate before layout. */
type PreparedCertificate =
  | { entry: CertificateEntry; kind: 'image'; image: PreparedImage }
  | { entry: CertificateEntry; kind: 'pdf'; pdf: PDFDocument; sizes: Array<{ width: number; height: number }> }
  | { entry: CertificateEntry; kind: 'unreadable'; reason: string };

/** The format and pixel size of a JPEG or PNG from its header, without decoding it. */
export function imageSize(bytes: Uint8Array): { format: 'JPEG' | 'PNG'; width: number; height: number } | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47 && bytes.length > 24) {
    const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return { format: 'PNG', width: v.getUint32(16), height: v.getUint32(20) };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xd8) {
    // Walk the JPEG segments to the frame header (SOF0..SOF15, not DHT/JPG/DAC).
    let i = 2;
    while (i + 9 < bytes.length) {
      if (bytes[i] !== 0xff) return null;
      const marker = bytes[i + 1];
      const length = (bytes[i + 2] << 8) | bytes[i + 3];
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
        return { format: 'JPEG', height: (bytes[i + 5] << 8) | bytes[i + 6], width: (bytes[i + 7] << 8) | bytes[i + 8] };
      }
      i += 2 + length;
    }
  }
  return null;
}

async function prepareCertificate(entry: CertificateEntry, assets: RenderAssets): Promise<PreparedCertificate> {
  const file = assets.certificates?.get(entry.certificateId);
  if (!file || !file.bytes.byteLength) return { entry, kind: 'unreadable', reason: 'The file is not stored on this device.' };
  const head = file.bytes.subarray(0, 5);
  const isPdf = String.fromCharCode(...head) === '%PDF-';
  if (isPdf || file.mimeType === 'application/pdf') {
    try {
      const { PDFDocument } = await loadPdfLib();
      const pdf = await PDFDocument.load(file.bytes, { updateMetadata: false });
      const sizes = pdf.getPages().map((p) => p.getSize());
      if (!sizes.length) return { entry, kind: 'unreadable', reason: 'The PDF has no pages.' };
      return { entry, kind: 'pdf', pdf, sizes };
    } catch (e) {
      const encrypted = e instanceof Error && /encrypt/i.test(e.message);
      return {
        entry,
        kind: 'unreadable',
        reason: encrypted ? 'The PDF is password-protected, so its pages cannot be copied.' : 'The file is damaged or is not a PDF.',
      };
    }
  }
  try {
    if (assets.prepareImage) return { entry, kind: 'image', image: await assets.prepareImage(file) };
    const size = imageSize(file.bytes);
    if (!size || !size.width || !size.height)
      return { entry, kind: 'unreadable', reason: 'The image is damaged or of a type that cannot be included.' };
    return { entry, kind: 'image', image: { bytes: file.bytes, ...size } };
  } catch {
    return { entry, kind: 'unreadable', reason: 'The image is damaged or of a type that cannot be included.' };
  }
}

/** Fits a width x height box into the available box, keeping its shape. */
function fit(width: number, height: number, maxW: number, maxH: number): { w: number; h: number } {
  const scale = Math.min(maxW / width, maxH / height);
  return { w: width * scale, h: height * scale };
}

interface PdfPlaceholder {
  page: number;
  certificate: Extract<PreparedCertificate, { kind: 'pdf' }>;
  sourcePage: number;
  /** Where the page goes, in PDF points from the bottom left. */
  rect: { x: number; y: number; width: number; height: number };
}

export async function renderPortfolio(model: PortfolioModel, assets: RenderAssets): Promise<RenderResult> {
  const progress = (stage: string, fraction: number) => assets.onProgress?.({ stage, fraction });
  progress('Preparing certificates', 0);

  const prepared: PreparedCertificate[] = [];
  for (const [i, entry] of model.certificates.entries()) {
    prepared.push(await prepareCertificate(entry, assets));
    progress('Preparing certificates', (0.2 * (i + 1)) / model.certificates.length);
  }

  installFastDeflate();
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true });
  skipNeedlessTextPasses(doc);
  const safe = registerFonts(doc, assets.fonts);
  let y = MARGIN.top;

  const setText = (size: number, style: 'normal' | 'bold' = 'normal', grey = COLOUR.text) => {
    doc.setFont(FONT, style);
    doc.setFontSize(size);
    doc.setTextColor(grey);
  };
  const lineHeight = (size: number) => size * 0.3528 * 1.35;
  const newPage = () => {
    doc.addPage();
    y = MARGIN.top;
  };
  const ensure = (height: number) => {
    if (y + height > PAGE.height - MARGIN.bottom) newPage();
  };
  /** Writes wrapped text, breaking pages between lines. */
  const write = (text: string, size: number, style: 'normal' | 'bold' = 'normal', grey = COLOUR.text, indent = 0) => {
    setText(size, style, grey);
    const lh = lineHeight(size);
    for (const para of safe(text).split('\n')) {
      const lines: string[] = para.trim() ? doc.splitTextToSize(para, CONTENT_WIDTH - indent) : [''];
      for (const line of lines) {
        ensure(lh);
        doc.text(line, MARGIN.left + indent, y, { baseline: 'top' });
        y += lh;
      }
    }
  };

  const tableDefaults = (): Partial<UserOptions> => ({
    margin: { left: MARGIN.left, right: MARGIN.right, top: MARGIN.top, bottom: MARGIN.bottom },
    styles: {
      font: FONT,
      fontSize: 8.5,
      cellPadding: 1.6,
      textColor: COLOUR.text,
      lineColor: 210,
      lineWidth: 0.1,
      overflow: 'linebreak',
      valign: 'top',
    },
    headStyles: { font: FONT, fontStyle: 'bold', fillColor: COLOUR.accent, textColor: 255 },
    footStyles: { font: FONT, fontStyle: 'bold', fillColor: 235, textColor: COLOUR.text },
    alternateRowStyles: { fillColor: 247 },
    theme: 'striped',
    showHead: 'everyPage',
    showFoot: 'lastPage',
    // A row moves whole to the next page unless it is taller than a page.
    rowPageBreak: 'avoid',
  });
  const table = (options: UserOptions) => {
    autoTable(doc, { ...tableDefaults(), startY: y, ...options });
    y = ((doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY ?? y) + 5;
  };

  // Cover.
  doc.setFillColor(...COLOUR.accent);
  doc.rect(0, 0, PAGE.width, 70, 'F');
  setText(11, 'normal', 255);
  doc.text('Safeguarding Passport', MARGIN.left, 24, { baseline: 'top' });
  setText(24, 'bold', 255);
  // A long title (a scheme's, say) wraps inside the band rather than running off the page.
  const coverTitle: string[] = doc.splitTextToSize(safe(model.title.split(':')[0]), CONTENT_WIDTH).slice(0, 2);
  doc.text(coverTitle, MARGIN.left, coverTitle.length > 1 ? 32 : 36, { baseline: 'top', lineHeightFactor: 1.2 });
  y = 88;
  write(model.cover.name, 20, 'bold');
  y += 2;
  for (const line of [model.cover.role, model.cover.organisation]) if (line) write(line, 12, 'normal', COLOUR.muted);
  y += 8;
  const coverRows: Array<[string, string]> = [
    ['Framework', model.cover.framework],
    ...(model.cover.scheme ? [['Scheme', model.cover.scheme] as [string, string]] : []),
    ['Period', model.cover.period],
    ['Generated', model.cover.generated],
  ];
  for (const [k, v] of coverRows) {
    setText(10, 'bold');
    doc.text(k, MARGIN.left, y, { baseline: 'top' });
    setText(10);
    const lines: string[] = doc.splitTextToSize(safe(v), CONTENT_WIDTH - 35);
    doc.text(lines, MARGIN.left + 35, y, { baseline: 'top', lineHeightFactor: 1.35 });
    y += lineHeight(10) * lines.length + 3;
  }
  setText(9, 'normal', COLOUR.muted);
  doc.text(
    doc.splitTextToSize(
      'Made on the device with Safeguarding Passport from the holder’s own record. It contains personal information: share it only with the people it is meant for.',
      CONTENT_WIDTH,
    ),
    MARGIN.left,
    PAGE.height - 40,
    { baseline: 'top', lineHeightFactor: 1.35 },
  );

  // Contents: filled in once the page numbers are known.
  doc.addPage();
  const contentsPage = doc.getNumberOfPages();
  const contents: Array<{ title: string; page: number }> = [];

  const startSection = (title: string, forceNewPage: boolean) => {
    if (forceNewPage || contents.length === 0) newPage();
    else {
      y += 4;
      ensure(40);
    }
    contents.push({ title, page: doc.getNumberOfPages() });
    setText(15, 'bold', COLOUR.accent[0]);
    doc.setTextColor(...COLOUR.accent);
    doc.text(safe(title), MARGIN.left, y, { baseline: 'top' });
    y += lineHeight(15) + 3;
  };

  const drawBlock = (block: Block) => {
    switch (block.kind) {
      case 'paragraph':
        write(block.text, 10, block.style === 'bold' ? 'bold' : 'normal', block.style === 'muted' ? COLOUR.muted : COLOUR.text);
        y += 3;
        return;
      case 'keyValues':
        table({
          theme: 'plain',
          body: block.rows.map(([k, v]) => [safe(k), safe(v)]),
          styles: { font: FONT, fontSize: 10, cellPadding: { top: 1, bottom: 1, left: 0, right: 2 }, textColor: COLOUR.text },
          columnStyles: { 0: { fontStyle: 'bold', cellWidth: 40 } },
        });
        return;
      case 'table': {
        if (block.caption) {
          ensure(20);
          write(block.caption, 11, 'bold');
          y += 1;
        }
        if (!block.rows.length) {
          if (block.emptyText) write(block.emptyText, 10, 'normal', COLOUR.muted);
          y += 3;
          return;
        }
        const columnStyles: UserOptions['columnStyles'] = {};
        block.columns.forEach((c, i) => {
          columnStyles[i] = { cellWidth: c.width ?? 'auto', halign: c.align ?? 'left' };
        });
        const blank = block.rows.every((r) => r.every((c) => !c));
        table({
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
        return;
      }
      case 'entry': {
        ensure(25);
        write(block.title, 11, 'bold');
        if (block.meta) write(block.meta, 9, 'normal', COLOUR.muted);
        y += 1.5;
        for (const part of block.parts) {
          if (part.heading) {
            ensure(12);
            write(part.heading, 10, 'bold');
          }
          // A heading alone introduces the parts after it (a reflection inside a CPD piece).
          if (part.text) write(part.text, 10);
          y += 1.5;
        }
        doc.setDrawColor(COLOUR.rule);
        doc.setLineWidth(0.2);
        ensure(6);
        doc.line(MARGIN.left, y + 1, PAGE.width - MARGIN.right, y + 1);
        y += 5;
        return;
      }
      case 'writingSpace': {
        ensure(8 + block.lines * 8);
        write(block.label, 11, 'bold');
        doc.setDrawColor(COLOUR.rule);
        doc.setLineWidth(0.2);
        for (let i = 0; i < block.lines; i++) {
          y += 8;
          doc.line(MARGIN.left, y, PAGE.width - MARGIN.right, y);
        }
        y += 6;
        return;
      }
      case 'checklist': {
        const box = 4.5;
        for (const item of block.items) {
          setText(10);
          const lines: string[] = doc.splitTextToSize(safe(item), CONTENT_WIDTH - box - 48);
          const height = Math.max(box, lines.length * lineHeight(10));
          ensure(height + 6);
          doc.setDrawColor(COLOUR.text);
          doc.setLineWidth(0.3);
          doc.rect(MARGIN.left, y, box, box);
          doc.text(lines, MARGIN.left + box + 3, y + 0.6, { baseline: 'top', lineHeightFactor: 1.35 });
          // Room to write the date it was done.
          setText(9, 'normal', COLOUR.muted);
          const dateX = PAGE.width - MARGIN.right - 40;
          doc.text('Date', dateX - 9, y + box - 0.5);
          doc.setDrawColor(COLOUR.rule);
          doc.setLineWidth(0.2);
          doc.line(dateX, y + box, PAGE.width - MARGIN.right, y + box);
          y += height + 6;
        }
        y += 2;
        return;
      }
      case 'signatures': {
        const fields = ['Name', 'Role', 'Signature', 'Date'];
        ensure(12 + fields.length * 11);
        const colWidth = (CONTENT_WIDTH - 10) / block.roles.length;
        const top = y;
        block.roles.forEach((role, i) => {
          const x = MARGIN.left + i * (colWidth + 10);
          let yy = top;
          setText(11, 'bold');
          doc.text(safe(role), x, yy, { baseline: 'top' });
          yy += 7;
          setText(9, 'normal', COLOUR.muted);
          doc.setDrawColor(COLOUR.rule);
          for (const f of fields) {
            yy += 9;
            doc.text(f, x, yy - 1);
            doc.line(x + 20, yy, x + colWidth, yy);
          }
        });
        y = top + 12 + fields.length * 9;
        return;
      }
    }
  };

  const drawSection = (section: Section) => {
    startSection(section.title, !!section.newPage);
    for (const block of section.blocks) drawBlock(block);
  };

  model.sections.forEach((section, i) => {
    drawSection(section);
    progress('Laying out the pages', 0.2 + (0.5 * (i + 1)) / model.sections.length);
  });

  // Certificates appendix.
  const placeholders: PdfPlaceholder[] = [];
  const unreadable = prepared.filter((c): c is Extract<PreparedCertificate, { kind: 'unreadable' }> => c.kind === 'unreadable');
  if (prepared.length) {
    startSection('Certificates', true);
    table({
      head: [['Certificate', 'File', 'In this document']],
      body: prepared.map((c) => [
        safe(c.entry.label),
        safe(c.entry.fileName),
        c.kind === 'unreadable'
          ? `Not included: ${c.reason}`
          : c.kind === 'pdf'
            ? `${c.sizes.length} ${c.sizes.length === 1 ? 'page' : 'pages'} follow`
            : 'Photo follows',
      ]),
      columnStyles: { 1: { cellWidth: 45 }, 2: { cellWidth: 48 } },
    });
    for (const [i, c] of prepared.entries()) {
      if (c.kind === 'unreadable') continue;
      const pages = c.kind === 'pdf' ? c.sizes : [{ width: c.image.width, height: c.image.height }];
      pages.forEach((size, p) => {
        newPage();
        write(c.entry.label + (pages.length > 1 ? ` (page ${p + 1} of ${pages.length})` : ''), 10, 'bold');
        const boxTop = y + 3;
        const boxHeight = PAGE.height - MARGIN.bottom - boxTop - 2;
        const { w, h } = fit(size.width, size.height, CONTENT_WIDTH, boxHeight);
        const x = MARGIN.left + (CONTENT_WIDTH - w) / 2;
        if (c.kind === 'image') {
          doc.addImage(c.image.bytes, c.image.format, x, boxTop, w, h, `cert-${i}`, 'NONE');
        } else {
          placeholders.push({
            page: doc.getNumberOfPages(),
            certificate: c,
            sourcePage: p,
            rect: { x: x * MM_TO_PT, y: (PAGE.height - boxTop - h) * MM_TO_PT, width: w * MM_TO_PT, height: h * MM_TO_PT },
          });
        }
        doc.setDrawColor(COLOUR.rule);
        doc.setLineWidth(0.2);
        doc.rect(x, boxTop, w, h);
      });
      progress('Adding certificates', 0.7 + (0.15 * (i + 1)) / prepared.length);
    }
  }

  // Contents, bookmarks, running header and page numbers, now that pages are known.
  doc.setPage(contentsPage);
  y = MARGIN.top;
  setText(15, 'bold');
  doc.setTextColor(...COLOUR.accent);
  doc.text('Contents', MARGIN.left, y, { baseline: 'top' });
  y += 12;
  for (const c of contents) {
    setText(11);
    doc.text(safe(c.title), MARGIN.left, y, { baseline: 'top' });
    doc.text(String(c.page), PAGE.width - MARGIN.right, y, { baseline: 'top', align: 'right' });
    doc.link(MARGIN.left, y - 1, CONTENT_WIDTH, 7, { pageNumber: c.page });
    y += 8;
  }
  const outline = (doc as unknown as { outline: { add(parent: unknown, title: string, opts: { pageNumber: number }): unknown } }).outline;
  outline.add(null, 'Contents', { pageNumber: contentsPage });
  for (const c of contents) outline.add(null, safe(c.title), { pageNumber: c.page });

  const total = doc.getNumberOfPages();
  const header = safe(`${model.title}  ·  ${model.periodLabel}`);
  for (let page = 1; page <= total; page++) {
    doc.setPage(page);
    if (page > 1) {
      setText(8, 'normal', COLOUR.muted);
      doc.text(doc.splitTextToSize(header, CONTENT_WIDTH)[0] as string, MARGIN.left, 12, { baseline: 'top' });
      doc.setDrawColor(COLOUR.rule);
      doc.setLineWidth(0.2);
      doc.line(MARGIN.left, 17, PAGE.width - MARGIN.right, 17);
    }
    setText(8, 'normal', COLOUR.muted);
    doc.text(`Page ${page} of ${total}`, PAGE.width / 2, PAGE.height - 10, { align: 'center' });
  }

  doc.setDocumentProperties({
    title: safe(model.title),
    subject: safe(`${model.cover.framework}. ${model.periodLabel}.`),
    author: safe(model.cover.name),
    creator: 'Safeguarding Passport',
    keywords: 'safeguarding, training record, portfolio',
  });
  doc.setLanguage(model.lang as 'en-GB' as Parameters<jsPDF['setLanguage']>[0]);
  (doc as unknown as { viewerPreferences(p: Record<string, unknown>): void }).viewerPreferences({ DisplayDocTitle: true });
  progress('Finishing', 0.9);

  let bytes: Uint8Array = new Uint8Array(doc.output('arraybuffer'));
  if (placeholders.length) bytes = await placeCertificatePages(bytes, placeholders, model);
  progress('Done', 1);
  const imageBytes = prepared.reduce((sum, c) => sum + (c.kind === 'image' ? c.image.bytes.byteLength : 0), 0);
  return { bytes, pages: total, unreadable: unreadable.map((c) => ({ label: c.entry.label, reason: c.reason })), imageBytes };
}

/** Draws each certificate PDF page, as a form, into the box left for it on its labelled page. */
async function placeCertificatePages(bytes: Uint8Array, placeholders: PdfPlaceholder[], model: PortfolioModel): Promise<Uint8Array> {
  const { PDFDocument, StandardFonts, rgb } = await loadPdfLib();
  const out = await PDFDocument.load(bytes, { updateMetadata: false });
  const pages = out.getPages();
  const bySource = new Map<PDFDocument, PdfPlaceholder[]>();
  for (const p of placeholders) bySource.set(p.certificate.pdf, [...(bySource.get(p.certificate.pdf) ?? []), p]);
  for (const [source, list] of bySource) {
    try {
      const embedded = await out.embedPdf(
        source,
        list.map((p) => p.sourcePage),
      );
      list.forEach((p, i) => pages[p.page - 1].drawPage(embedded[i], p.rect));
    } catch {
      // The file opened but a page could not be copied: say so on the page left for it.
      const font = await out.embedFont(StandardFonts.Helvetica);
      for (const p of list)
        pages[p.page - 1].drawText('This page of the certificate could not be copied into the portfolio.', {
          x: p.rect.x + 10,
          y: p.rect.y + p.rect.height - 30,
          size: 10,
          font,
          color: rgb(0.6, 0, 0),
        });
    }
  }
  out.setTitle(model.title, { showInWindowTitleBar: true });
  out.setLanguage(model.lang);
  return out.save();
}
