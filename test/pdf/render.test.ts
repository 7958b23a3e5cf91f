// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildPortfolioModel, type PortfolioOptions, DEFAULT_OPTIONS } from '../../src/pdf/model';
import { renderPortfolio, type CertificateFile } from '../../src/pdf/render';
import { PLACEHOLDER } from '../../src/pdf/text';
import { certificate, input, reflection, snapshot, training, TODAY } from './fixtures';
import { certificateJpeg, certificatePdf, fonts, pdfCatalog, pdfInfo, pdfText, qpdfCheck, savePdf } from './helpers';
import type { Certificate, Training } from '../../src/domain/types';
import { formatDate } from '../../src/domain/dates';

function filesOf(certs: Certificate[]): Map<string, CertificateFile> {
  return new Map(certs.map((c) => [c.id, { bytes: new Uint8Array(c.bytes), mimeType: c.mimeType }]));
}

describe('PDF portfolio', () => {
  it('a supervision portfolio holds the name, period, training in range, reflections, hours and certificates', async () => {
    const trainings = Array.from({ length: 40 }, (_, i) => training(i));
    const reflections = [reflection(1), reflection(2)];
    const certs = [
      certificate(1, 't1', certificatePdf('Certificate of attendance t1'), 'application/pdf'),
      certificate(2, 't2', certificateJpeg('Photo t2'), 'image/jpeg'),
    ];
    const model = buildPortfolioModel(input(snapshot(trainings, reflections, certs)), 'supervision');
    expect(model.period).toEqual({ start: '2026-09-01', end: TODAY });
    const { bytes, unreadable } = await renderPortfolio(model, { fonts: fonts(), certificates: filesOf(certs) });
    const path = savePdf(bytes, 'supervision');
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Siân Wróblewska-Łukasz');
    expect(text).toContain('1 Sep 2026 to 27 Nov 2026');
    const inRange = trainings.filter((t) => t.endDate >= '2026-09-01' && t.endDate <= TODAY);
    const outOfRange = trainings.filter((t) => t.endDate < '2026-09-01');
    expect(inRange.length).toBeGreaterThan(10);
    for (const t of inRange) expect(text).toContain(t.title);
    // A row of the period's table starts with the date then the title; older training may be
    // listed among follow-ups still to write, but never as a row of the period.
    const rows = pdfText(path, true);
    const row = (t: Training) => new RegExp(`^\\s*${formatDate(t.endDate)}\\s+${t.title.slice(0, 11)}\\s`, 'm');
    for (const t of inRange) expect(rows).toMatch(row(t));
    for (const t of outOfRange) expect(rows).not.toMatch(row(t));
    expect(text).toContain('I will keep a running chronology');
    const hours = inRange.reduce((s, t) => s + t.hours, 0);
    expect(text).toMatch(new RegExp(`Total\\s+${hours}`));
    // Certificates in the order of their training, each labelled with it.
    expect(text).toContain('Certificate 1: Course 0002 Working Together (20 Nov 2026)');
    expect(text).toContain('Certificate 2: Course 0001 Working Together (23 Nov 2026)');
    // The certificate PDF's own page is in the document, its text still readable.
    expect(text).toContain('Its page follows');
    expect(text).not.toContain('1 page follow');
    expect(text).toContain('Certificate of attendance t1 (sheet 1)');
    expect(text).toContain("Supervisor's record");
    // The agenda, suggested from the record: the reflections' next steps, not the app's words.
    expect(text).toMatch(/Points to discuss 1\. I will keep a running chronology .*\(from my reflection on Reflection 2, 21 Nov 2026\)/);
    expect(unreadable).toEqual([]);
    const info = pdfInfo(path);
    expect(info).toMatch(/Title:\s+Supervision portfolio: Siân Wróblewska-Łukasz/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(pdfCatalog(path)).toMatchObject({ '/Lang': 'u:en-GB', '/ViewerPreferences': { '/DisplayDocTitle': true } });
  });

  it('draws <script>, accents and curly quotes literally and replaces emoji visibly, keeping the rest of the line', async () => {
    const t = training(1, {
      title: '<script>alert("x")</script> Gwŷl ŵ ł ż é “quoted” ‘single’ 👩🏽‍⚕️ end of title',
      notes: 'Emoji 😀 mid-line then more text',
    });
    const r = reflection(1, { title: 'Shared with שרה כהן and فاطمة', sections: { what: 'Zażółć gęślą jaźń — café' }, text: '' });
    const model = buildPortfolioModel(
      input(snapshot([t], [r]), { profile: { ...input(snapshot([])).profile, name: 'Dafydd ap Llŷr <b>' } }),
      'full',
    );
    const { bytes } = await renderPortfolio(model, { fonts: fonts() });
    const path = savePdf(bytes, 'unicode');
    qpdfCheck(path);
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Dafydd ap Llŷr <b>');
    expect(text).toContain('<script>alert("x")</script> Gwŷl ŵ ł ż é “quoted” ‘single’');
    expect(text).toContain(`${PLACEHOLDER} end of title`);
    expect(text).toContain(`Emoji ${PLACEHOLDER} mid-line then more text`);
    expect(text).toContain('Zażółć gęślą jaźń — café');
    expect(text).not.toContain('😀');
    // Right-to-left names read back in their own order (Arabic drawn with its joined forms).
    expect(text).toContain('שרה כהן');
    expect(text.normalize('NFKC')).toContain('فاطمة');
    expect(pdfCatalog(path)).toMatchObject({ '/Lang': 'u:en-GB' });
  });

  it('breaks a 300-entry table across pages without losing a row', async () => {
    const trainings = Array.from({ length: 300 }, (_, i) => training(i, { endDate: '2026-06-01' }));
    const model = buildPortfolioModel(input(snapshot(trainings)), 'full', undefined, { ...DEFAULT_OPTIONS });
    const { bytes, pages } = await renderPortfolio(model, { fonts: fonts() });
    const path = savePdf(bytes, 'table-300');
    qpdfCheck(path);
    expect(pages).toBeGreaterThan(5);
    const text = pdfText(path).replace(/\s+/g, ' ');
    for (const t of trainings) expect(text).toContain(t.title);
    // The column headings repeat on every page of the table.
    expect(text.match(/Mode and level/g)!.length).toBeGreaterThan(5);
    expect(text).toContain('300 entries');
  });

  it('lists a corrupt or missing certificate with the reason instead of failing', async () => {
    const trainings = [training(1), training(2), training(3)];
    const certs = [
      certificate(1, 't1', new TextEncoder().encode('%PDF-1.7\nthis is not really a pdf'), 'application/pdf'),
      certificate(2, 't2', new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x01]), 'image/jpeg'),
      certificate(3, 't3', certificatePdf('Good certificate'), 'application/pdf'),
    ];
    const files = filesOf(certs);
    const model = buildPortfolioModel(input(snapshot(trainings, [], certs)), 'appraisal');
    const { bytes, unreadable } = await renderPortfolio(model, { fonts: fonts(), certificates: files });
    const path = savePdf(bytes, 'corrupt');
    qpdfCheck(path);
    const labelOf = (id: string) => model.certificates.find((c) => c.certificateId === id)!.label;
    expect(unreadable.map((u) => u.label).sort()).toEqual([labelOf('c1'), labelOf('c2')].sort());
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Not included: The file is damaged or is not a PDF.');
    expect(text).toContain('Not included: The image is damaged');
    expect(text).toContain('Good certificate (sheet 1)');
  });

  it('leaves out reflections, certificates and notes when asked', async () => {
    const t = training(5, { notes: 'A private note' });
    const certs = [certificate(1, 't5', certificatePdf('Left out'), 'application/pdf')];
    const options: PortfolioOptions = { reflections: false, reflectionsFullText: false, certificates: false, notes: false };
    const model = buildPortfolioModel(input(snapshot([t], [reflection(5)], certs)), 'appraisal', undefined, options);
    const { bytes } = await renderPortfolio(model, { fonts: fonts(), certificates: filesOf(certs) });
    const text = pdfText(savePdf(bytes, 'options'));
    expect(text).toContain(t.title);
    expect(text).not.toContain('A private note');
    expect(text).not.toContain('Reflection 5');
    expect(text).not.toContain('Left out');
    expect(text).toContain('Sign-off');
  });

  it('a year of supervision without certificates: each font embedded once, as a subset, the file under 150 KB; a certificate column', async () => {
    // A year of training every 3 days (about 120 entries) with 20 reflections; 2 entries have a certificate.
    const trainings = Array.from({ length: 121 }, (_, i) => training(i + 1));
    const reflections = Array.from({ length: 20 }, (_, i) => reflection(i + 1));
    const certs = [
      certificate(1, 't1', certificatePdf('t1'), 'application/pdf'),
      certificate(2, 't2', certificatePdf('t2'), 'application/pdf'),
    ];
    const model = buildPortfolioModel(
      input(snapshot(trainings, reflections, certs)),
      'supervision',
      { start: '2025-11-28', end: TODAY },
      { ...DEFAULT_OPTIONS, certificates: false },
    );
    const { bytes } = await renderPortfolio(model, { fonts: fonts() });
    const path = savePdf(bytes, 'year-supervision');
    qpdfCheck(path);
    expect(bytes.byteLength).toBeLessThan(150 * 1024);
    // pdffonts: one line per font, a regular and a bold, each embedded, subset (tagged) and with a
    // Unicode map.
    const fontsListed = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(fontsListed.map((l) => l.split(/\s+/)[0])).toEqual(['AAAAAA+DejaVuSans', 'AAAAAB+DejaVuSans-Bold']);
    for (const line of fontsListed) expect(line).toMatch(/Identity-H\s+yes\s+yes\s+yes/);
    // The certificate column: Yes or No per entry, and how many of them have one.
    const rows = pdfText(path, true);
    // (A title wraps in its narrow column: the row's first line has the date, the title's first words and the answer.)
    const firstLine = (t: Training, answer: string) =>
      new RegExp(`^\\s*${formatDate(t.endDate)}\\s+${t.title.slice(0, 11)}\\s.*\\b${answer}\\s*$`, 'm');
    expect(rows).toMatch(firstLine(trainings[0], 'Yes'));
    expect(rows).toMatch(firstLine(trainings[2], 'No'));
    expect(rows).toMatch(/121 entries\s+Total\s+[\d.]+\s+2 of 121/);
  });
});
