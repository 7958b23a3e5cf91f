/**
 * Lays a PortfolioModel out as a PDF: cover, contents, sections (tables that break across pages
 * with their header repeated: data tables by ./layout/data-table.ts, the rest by jspdf-autotable),
 * running header, "Page N of M", metadata
 * (title, language en-GB), and the certificates appendix (photos drawn as JPEG, certificate PDFs'
 * own pages placed with pdf-lib). Runs in the worker (src/pdf/worker.ts) and in Node tests; no DOM.
 *
 * The parts are in ./layout: page.ts (the page and its primitives), blocks.ts (one function per
 * kind of block), data-table.ts, cover.ts, sections.ts (headings, contents, headers, metadata), certificates.ts,
 * and jspdf-patches.ts (every reach into jsPDF's internals, each checked).
 */
import type { PortfolioModel, RenderAssets, RenderResult } from './types';
import {
  drawCertificatesAppendix,
  placeCertificatePages,
  prepareCertificate,
  type PreparedCertificate,
  type UnreadableCertificate,
} from './layout/certificates';
import { drawCover } from './layout/cover';
import { FONT, Page } from './layout/page';
import { nameSubsetFonts } from './layout/jspdf-patches';
import { drawContents, drawHeadersAndFooters, drawSection, setMetadata, type ContentsEntry } from './layout/sections';

export { imageSize } from './layout/certificates';
export type { CertificateFile, FontBytes, PreparedImage, RenderAssets, RenderProgress, RenderResult } from './types';

export async function renderPortfolio(model: PortfolioModel, assets: RenderAssets): Promise<RenderResult> {
  const progress = (stage: string, fraction: number) => assets.onProgress?.({ stage, fraction });
  progress('Preparing certificates', 0);

  const prepared: PreparedCertificate[] = [];
  for (const [i, entry] of model.certificates.entries()) {
    prepared.push(await prepareCertificate(entry, assets));
    progress('Preparing certificates', (0.2 * (i + 1)) / model.certificates.length);
  }

  const page = new Page(assets.fonts);
  drawCover(page, model);

  // Contents: filled in once the page numbers are known.
  page.doc.addPage();
  const contentsPage = page.doc.getNumberOfPages();
  const contents: ContentsEntry[] = [];

  model.sections.forEach((section, i) => {
    drawSection(page, contents, section);
    progress('Laying out the pages', 0.2 + (0.5 * (i + 1)) / model.sections.length);
  });

  const placeholders = drawCertificatesAppendix(page, contents, prepared, (done) =>
    progress('Adding certificates', 0.7 + (0.15 * done) / prepared.length),
  );
  const unreadable = prepared.filter((c): c is UnreadableCertificate => c.kind === 'unreadable');

  drawContents(page, contentsPage, contents);
  const total = drawHeadersAndFooters(page, model);
  setMetadata(page, model);
  nameSubsetFonts(page.doc, FONT, { normal: 'DejaVuSans', bold: 'DejaVuSans-Bold' });
  progress('Finishing', 0.9);

  let bytes: Uint8Array = new Uint8Array(page.doc.output('arraybuffer'));
  if (placeholders.length) bytes = await placeCertificatePages(bytes, placeholders, model);
  progress('Done', 1);
  const imageBytes = prepared.reduce((sum, c) => sum + (c.kind === 'image' ? c.image.bytes.byteLength : 0), 0);
  return { bytes, pages: total, unreadable: unreadable.map((c) => ({ label: c.entry.label, reason: c.reason })), imageBytes };
}
