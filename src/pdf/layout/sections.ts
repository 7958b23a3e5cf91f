/**
 * Sections and the document's furniture: each section's heading (noted for the contents), the
 * contents page and bookmarks once page numbers are known, the running header, "Page N of M", and
 * the document's metadata.
 */
import type { jsPDF } from 'jspdf';
import type { PortfolioModel, Section } from '../types';
import { drawBlock } from './blocks';
import { COLOUR, CONTENT_WIDTH, MARGIN, PAGE, type Page } from './page';

export interface ContentsEntry {
  title: string;
  page: number;
}

/** A section's heading, on a new page when asked (and always for the first). */
export function startSection(page: Page, contents: ContentsEntry[], title: string, forceNewPage: boolean): void {
  const { doc } = page;
  if (forceNewPage || contents.length === 0) page.newPage();
  else {
    page.y += 4;
    page.ensure(40);
  }
  contents.push({ title, page: doc.getNumberOfPages() });
  page.setText(15, 'bold', COLOUR.accent[0]);
  doc.setTextColor(...COLOUR.accent);
  doc.text(page.safe(title), MARGIN.left, page.y, { baseline: 'top' });
  page.y += page.lineHeight(15) + 3;
}

export function drawSection(page: Page, contents: ContentsEntry[], section: Section): void {
  startSection(page, contents, section.title, !!section.newPage);
  for (const block of section.blocks) drawBlock(page, block);
}

/** Fills in the contents page and adds a bookmark per section. */
export function drawContents(page: Page, contentsPage: number, contents: ContentsEntry[]): void {
  const { doc, safe } = page;
  doc.setPage(contentsPage);
  page.y = MARGIN.top;
  page.setText(15, 'bold');
  doc.setTextColor(...COLOUR.accent);
  doc.text('Contents', MARGIN.left, page.y, { baseline: 'top' });
  page.y += 12;
  for (const c of contents) {
    page.setText(11);
    doc.text(safe(c.title), MARGIN.left, page.y, { baseline: 'top' });
    doc.text(String(c.page), PAGE.width - MARGIN.right, page.y, { baseline: 'top', align: 'right' });
    doc.link(MARGIN.left, page.y - 1, CONTENT_WIDTH, 7, { pageNumber: c.page });
    page.y += 8;
  }
  addBookmark(doc, 'Contents', contentsPage);
  for (const c of contents) addBookmark(doc, safe(c.title), c.page);
}

/** A top-level bookmark (jsPDF's outline plugin). */
function addBookmark(doc: jsPDF, title: string, pageNumber: number): void {
  doc.outline.add(null, title, { pageNumber });
}

/** The running header (after the cover) and "Page N of M" on every page. */
export function drawHeadersAndFooters(page: Page, model: PortfolioModel): number {
  const { doc, safe } = page;
  const total = doc.getNumberOfPages();
  const header = safe(`${model.title}  ·  ${model.periodLabel}`);
  for (let n = 1; n <= total; n++) {
    doc.setPage(n);
    if (n > 1) {
      page.setText(8, 'normal', COLOUR.muted);
      doc.text(doc.splitTextToSize(header, CONTENT_WIDTH)[0] as string, MARGIN.left, 12, { baseline: 'top' });
      page.rule(17);
    }
    page.setText(8, 'normal', COLOUR.muted);
    doc.text(`Page ${n} of ${total}`, PAGE.width / 2, PAGE.height - 10, { align: 'center' });
  }
  return total;
}

export function setMetadata(page: Page, model: PortfolioModel): void {
  const { doc, safe } = page;
  doc.setDocumentProperties({
    title: safe(model.title),
    subject: safe(`${model.cover.framework}. ${model.periodLabel}.`),
    author: safe(model.cover.name),
    creator: 'Safeguarding Passport',
    keywords: 'safeguarding, training record, portfolio',
  });
  doc.setLanguage(model.lang as Parameters<jsPDF['setLanguage']>[0]);
  doc.viewerPreferences({ DisplayDocTitle: true });
}
