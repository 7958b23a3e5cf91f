/**
 * A small made-up portfolio the PDF worker lays out, and throws away, when the Portfolio screen
 * opens: it loads the fonts and runs the layout code (cover, contents, tables over several pages,
 * entries, forms, a drawn signature, headers, subsetting, deflate) so that the user's first PDF
 * runs on code the engine has already compiled and optimised, as a second PDF does. Nothing in it
 * is the user's.
 */
import type { Block, PortfolioModel } from './types';

/** A 24 x 8 px PNG with a line across (a drawn signature's kind of image). */
const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABgAAAAICAYAAADjoT9jAAAAMElEQVR42mOQk5NjoCVmGIwW/MeCqWbBfxLFGRiIcQUlaihyHTEWURS+xFhE81QEAMcLW2m7nzKpAAAAAElFTkSuQmCC';

/** Rows enough for the layout code's hot paths to be optimised (a table over several pages). */
export const WARM_UP_ROWS = 160;

/** The sample, with `rows` training rows (the worker's first round is short: a Generate pressed
 * meanwhile waits for the round to end). */
export function warmUpModel(rows = WARM_UP_ROWS): PortfolioModel {
  const table = Array.from({ length: rows }, (_, i) => [
    `${1 + (i % 28)} ${['Jan', 'Mar', 'Jun', 'Sep', 'Nov'][i % 5]} 2026`,
    `Course ${i} on safeguarding practice${i % 3 ? '' : ', with a longer title that wraps onto a second line'}`,
    i % 2 ? 'Local partnership' : 'Employer',
    String(1 + (i % 6) * 0.5),
    i % 3 ? 'Face to face' : 'E-learning',
    i % 4 ? 'Yes' : 'No',
  ]);
  const blocks: Block[] = [
    {
      kind: 'keyValues',
      rows: [
        ['Name', 'Sample'],
        ['Role', 'Practitioner'],
        ['Period', '1 Jan 2026 to 31 Dec 2026'],
      ],
    },
    {
      kind: 'table',
      caption: 'Training',
      columns: [
        { header: 'Date', width: 24 },
        { header: 'Training' },
        { header: 'Provider', width: 30 },
        { header: 'Hours', width: 14, align: 'right' },
        { header: 'Mode', width: 24 },
        { header: 'Certificate', width: 20 },
      ],
      rows: table,
      foot: ['', `${rows} entries`, 'Total', '280', '', ''],
      emptyText: 'None.',
    },
    ...Array.from({ length: 4 }, (_, i): Block => ({
      kind: 'entry',
      title: `Reflection ${i + 1}`,
      meta: '3 Mar 2026; about Course 1',
      parts: [
        { heading: 'What?', text: 'A sample paragraph long enough to wrap across several lines of the page. '.repeat(4) },
        { heading: 'So what?', text: 'Another sample paragraph.' },
      ],
    })),
    { kind: 'paragraph', text: 'A sample paragraph ’quoted’ – with punctuation…', style: 'muted' },
    { kind: 'checklist', items: ['A sample item to tick', 'Another'] },
    { kind: 'signatureImage', png: SIGNATURE_PNG, caption: 'Signed on the device' },
    { kind: 'writingSpace', label: 'Notes', lines: 3 },
    { kind: 'signatures', roles: ['Supervisee', 'Supervisor'] },
  ];
  return {
    preset: 'supervision',
    title: 'Sample portfolio: warm-up',
    lang: 'en-GB',
    period: { start: '2026-01-01', end: '2026-12-31' },
    periodLabel: '1 Jan 2026 to 31 Dec 2026',
    generatedOn: '2026-12-31',
    cover: {
      name: 'Sample',
      role: 'Practitioner',
      organisation: 'Organisation',
      framework: 'Framework',
      period: '1 Jan 2026 to 31 Dec 2026',
      generated: '31 Dec 2026',
    },
    sections: [
      { id: 'sample', title: 'Sample', blocks },
      { id: 'more', title: 'More', newPage: true, blocks: [{ kind: 'paragraph', text: 'End of the sample.' }] },
    ],
    certificates: [],
    counts: { trainings: rows, reflections: 4, certificates: 0, impactNotes: 0, suggestions: 0, hours: 280 },
    texts: [],
  };
}
