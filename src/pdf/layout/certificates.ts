/**
 * The certificates appendix: each certificate read (photos as JPEG or PNG, certificate PDFs
 * opened with pdf-lib), a table of what is included and why not, and a labelled page per photo or
 * certificate page. Certificate PDF pages are drawn into their boxes with pdf-lib after jsPDF has
 * written the document.
 */
import type { PDFDocument } from 'pdf-lib';
import type { CertificateEntry, PortfolioModel, PreparedImage, RenderAssets } from '../types';
import { COLOUR, CONTENT_WIDTH, MARGIN, MM_TO_PT, PAGE, type Page } from './page';
import { startSection, type ContentsEntry } from './sections';

/** pdf-lib is needed only for certificate PDFs: loaded then, so most builds start faster. */
const loadPdfLib = () => import('pdf-lib');

/** What the appendix knows of each certificate before layout. */
export type PreparedCertificate =
  | { entry: CertificateEntry; kind: 'image'; image: PreparedImage }
  | { entry: CertificateEntry; kind: 'pdf'; pdf: PDFDocument; sizes: Array<{ width: number; height: number }> }
  | { entry: CertificateEntry; kind: 'unreadable'; reason: string };

export type UnreadableCertificate = Extract<PreparedCertificate, { kind: 'unreadable' }>;

/** A certificate PDF page to draw, once jsPDF's output exists. */
export interface PdfPlaceholder {
  page: number;
  certificate: Extract<PreparedCertificate, { kind: 'pdf' }>;
  sourcePage: number;
  /** Where the page goes, in PDF points from the bottom left. */
  rect: { x: number; y: number; width: number; height: number };
}

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

export async function prepareCertificate(entry: CertificateEntry, assets: RenderAssets): Promise<PreparedCertificate> {
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

/** The appendix: a table of the certificates, then a labelled page per photo or PDF page (PDF
 * pages as placeholders, returned). */
export function drawCertificatesAppendix(
  page: Page,
  contents: ContentsEntry[],
  prepared: PreparedCertificate[],
  onCertificate: (done: number) => void,
): PdfPlaceholder[] {
  const { doc, safe } = page;
  const placeholders: PdfPlaceholder[] = [];
  if (!prepared.length) return placeholders;
  startSection(page, contents, 'Certificates', true);
  page.table({
    head: [['Certificate', 'File', 'In this document']],
    body: prepared.map((c) => [
      safe(c.entry.label),
      safe(c.entry.fileName),
      c.kind === 'unreadable'
        ? `Not included: ${c.reason}`
        : c.kind === 'pdf'
          ? c.sizes.length === 1
            ? 'Its page follows'
            : `Its ${c.sizes.length} pages follow`
          : 'Photo follows',
    ]),
    columnStyles: { 1: { cellWidth: 45 }, 2: { cellWidth: 48 } },
  });
  for (const [i, c] of prepared.entries()) {
    if (c.kind === 'unreadable') continue;
    const pages = c.kind === 'pdf' ? c.sizes : [{ width: c.image.width, height: c.image.height }];
    pages.forEach((size, p) => {
      page.newPage();
      page.write(c.entry.label + (pages.length > 1 ? ` (page ${p + 1} of ${pages.length})` : ''), 10, 'bold');
      const boxTop = page.y + 3;
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
    onCertificate(i + 1);
  }
  return placeholders;
}

/** Draws each certificate PDF page, as a form, into the box left for it on its labelled page. */
export async function placeCertificatePages(bytes: Uint8Array, placeholders: PdfPlaceholder[], model: PortfolioModel): Promise<Uint8Array> {
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
