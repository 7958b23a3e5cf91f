/** The cover page: title band, holder, framework, period, and the privacy line. */
import type { PortfolioModel } from '../types';
import { COLOUR, CONTENT_WIDTH, MARGIN, PAGE, type Page } from './page';

export function drawCover(page: Page, model: PortfolioModel): void {
  const { doc, safe } = page;
  doc.setFillColor(...COLOUR.accent);
  doc.rect(0, 0, PAGE.width, 70, 'F');
  page.setText(11, 'normal', 255);
  doc.text('Safeguarding Passport', MARGIN.left, 24, { baseline: 'top' });
  page.setText(24, 'bold', 255);
  // A long title (a scheme's, say) wraps inside the band rather than running off the page.
  const coverTitle: string[] = doc.splitTextToSize(safe(model.title.split(':')[0]), CONTENT_WIDTH).slice(0, 2);
  doc.text(coverTitle, MARGIN.left, coverTitle.length > 1 ? 32 : 36, { baseline: 'top', lineHeightFactor: 1.2 });
  page.y = 88;
  page.write(model.cover.name, 20, 'bold');
  page.y += 2;
  for (const line of [model.cover.role, model.cover.organisation]) if (line) page.write(line, 12, 'normal', COLOUR.muted);
  page.y += 8;
  const coverRows: Array<[string, string]> = [
    ...(model.cover.framework ? [['Framework', model.cover.framework] as [string, string]] : []),
    ...(model.cover.scheme ? [['Scheme', model.cover.scheme] as [string, string]] : []),
    ['Period', model.cover.period],
    ['Generated', model.cover.generated],
  ];
  for (const [k, v] of coverRows) {
    page.setText(10, 'bold');
    doc.text(k, MARGIN.left, page.y, { baseline: 'top' });
    page.setText(10);
    const lines: string[] = doc.splitTextToSize(safe(v), CONTENT_WIDTH - 35);
    doc.text(lines, MARGIN.left + 35, page.y, { baseline: 'top', lineHeightFactor: 1.35 });
    page.y += page.lineHeight(10) * lines.length + 3;
  }
  page.setText(9, 'normal', COLOUR.muted);
  doc.text(
    doc.splitTextToSize(
      'Made on the device with Safeguarding Passport from the holder’s own record. It contains personal information: share it only with the people it is meant for.',
      CONTENT_WIDTH,
    ),
    MARGIN.left,
    PAGE.height - 40,
    { baseline: 'top', lineHeightFactor: 1.35 },
  );
}
