import { describe, expect, test } from 'vitest';
import { COURSE_TITLE_NOTES, INTERCOLLEGIATE_CAVEAT, STEP_PLACEMENTS } from '../../src/frameworks/crosswalk';
import { describeCitation } from '../../src/frameworks/describe';
import { FRAMEWORKS, loadAllFrameworks } from '../../src/frameworks/registry';
import type { Citation, Framework } from '../../src/frameworks/types';

const all = await loadAllFrameworks();
/** A seed file's name, or any file name. */
const FILE_NAME = /\d{3}_[0-9a-f]{16}|\.txt\b|\.pdf\b/;

function citationsOf(value: unknown): Citation[] {
  const out: Citation[] = [];
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) {
        if (k === 'cite') out.push(child as Citation);
        walk(child);
      }
    }
  };
  walk(value);
  return out;
}

describe('citations for people (issue 12.5): the data', () => {
  test.each(all.map((f) => [f.id, f] as const))(
    '%s: every citation reads as partnership, document title and section, never a file; the seed stays in the data',
    (_id, f: Framework) => {
      const cites = citationsOf(f);
      expect(cites.length).toBeGreaterThan(10);
      for (const c of cites) {
        expect(c.file).toBe(f.sourceFile);
        const text = describeCitation(c, f);
        expect(text).toBe(`${f.partnership}, ${f.title}, ${c.section}${c.page ? `, page ${c.page}` : ''}`);
        expect(text).not.toMatch(FILE_NAME);
        // A screen that already names the framework leaves the document out, never adding the file.
        expect(describeCitation(c, f, { withDocument: false })).toBe(`${c.section}${c.page ? `, page ${c.page}` : ''}`);
      }
    },
  );

  test('crosswalk citations name their own partnership from the registry, never the file', () => {
    for (const c of citationsOf([STEP_PLACEMENTS, COURSE_TITLE_NOTES, INTERCOLLEGIATE_CAVEAT])) {
      const own = FRAMEWORKS.find((f) => f.sourceFile === c.file)!;
      expect(describeCitation(c, own)).toMatch(new RegExp(`^${own.partnership.replace(/[()]/g, '\\$&')}, `));
      expect(describeCitation(c, own)).not.toMatch(FILE_NAME);
    }
  });

  test('section headings are the documents’ own: no notes for developers in them', () => {
    const sections = [
      ...all.flatMap((f) => citationsOf(f)),
      ...citationsOf([STEP_PLACEMENTS, COURSE_TITLE_NOTES, INTERCOLLEGIATE_CAVEAT]),
    ].map((c) => c.section);
    for (const s of sections)
      expect(s, s).not.toMatch(/flattened|\(course list\)|levels table|groups table|learning outcomes and agency|^title$|\bfile\b/i);
  });

  test('London’s sample pathways give the pages the document names ("pages 52 and 53")', () => {
    const london = all.find((f) => f.id === 'london')!;
    for (const p of london.pathways) expect(p.cite.page).toBe('52-53');
    expect(describeCitation(london.pathways[0].cite, london)).toBe(
      'London Safeguarding Children Board, Competence Matters: A Multi-Agency Safeguarding Children Training Framework for London, ' +
        '7. The Framework: Sample Training Pathways, Group A examples, page 52-53',
    );
  });
});

describe('notes are written for people (issue 12.5)', () => {
  test('no framework note talks about the text conversion or the encoding', () => {
    for (const f of all) {
      const notes = [...f.notes, ...JSON.stringify(f).matchAll(/"note":"((?:[^"\\]|\\.)*)"/g)].map((n) =>
        typeof n === 'string' ? n : n[1],
      );
      for (const n of notes) expect(n, `${f.id}: ${n}`).not.toMatch(/flattened|encoded|encoder|seed|split over three lines|\.txt\b/i);
    }
  });
});
