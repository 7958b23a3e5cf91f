import { describe, expect, it } from 'vitest';
import { checkSourcePhrases, normaliseSourceText, sourceContains, sourcePhrases } from '../../src/frameworks/source-text';
import type { Framework } from '../../src/frameworks/types';

describe('normaliseSourceText', () => {
  it('collapses whitespace runs, including line breaks and non-breaking spaces', () => {
    expect(normaliseSourceText('  Working\n  Together\u00A0to\tSafeguard  ')).toBe('Working Together to Safeguard');
  });
  it('turns the dash family into a hyphen', () => {
    expect(normaliseSourceText('Level 1 – 2 — 3 ‑ 4 ‒ 5 − 6')).toBe('Level 1 - 2 - 3 - 4 - 5 - 6');
  });
  it('straightens curly quotes', () => {
    expect(normaliseSourceText('‘Children’s’ “Services”')).toBe("'Children's' \"Services\"");
  });
});

describe('sourceContains', () => {
  const source = 'Level 2 – Working\nTogether: for those who\n  work regularly with children’s families';
  it('finds a phrase across a line break and a different dash', () => {
    expect(sourceContains(source, 'Level 2 - Working Together')).toBe(true);
    expect(sourceContains(source, "children's families")).toBe(true);
  });
  it('does not find a phrase that is not there, nor an empty phrase', () => {
    expect(sourceContains(source, 'Level 3 - Working Together')).toBe(false);
    expect(sourceContains(source, '   ')).toBe(false);
  });
  it('is case-sensitive', () => {
    expect(sourceContains(source, 'working together')).toBe(false);
  });
});

describe('checkSourcePhrases', () => {
  const file = 'seed.txt';
  const framework: Framework = {
    id: 'f',
    partnership: 'P',
    shortName: 'F',
    title: 'T',
    edition: 'E',
    sourceFile: file,
    area: 'A',
    levels: [
      { id: 'l1', title: 'Level 1 – Introduction', order: 0, outcomes: [], cite: { file, section: 'Table 1', quote: 'for all staff' } },
      { id: 'l2', title: 'Level 2 (composed)', order: 1, outcomes: [], cite: { file, section: 'Table 1' } },
    ],
    groups: [],
    roles: [],
    courses: [
      { id: 'c1', title: 'Working Together', groupIds: [], outcomes: [], cite: { file, section: 'List', quote: 'not in the text' } },
    ],
    rules: [
      { id: 'r1', kind: 'duty', force: 'requirement', text: 'Keep a record.', cite: { file, section: '3', quote: 'keep a\nrecord' } },
    ],
    pathways: [],
    approaches: [],
    notes: [],
    cite: { file, section: 'title', quote: 'Strategy' },
  };
  const source = 'Strategy\nLevel 1 - Introduction for all staff. Working   Together. You must keep a record.';

  it('collects course titles, level titles and every quote, wherever it sits', () => {
    expect(sourcePhrases(framework).map((p) => `${p.kind}: ${p.text}`)).toEqual([
      'course title: Working Together',
      'level title: Level 1 – Introduction',
      'level title: Level 2 (composed)',
      'quote: Strategy',
      'quote: for all staff',
      'quote: not in the text',
      'quote: keep a\nrecord',
    ]);
  });

  it('reports the missing quote, sets composed level titles apart, and names a missing file', () => {
    const result = checkSourcePhrases(framework, (f) => (f === file ? source : null));
    expect(result.checked).toBe(7);
    expect(result.missing.map((p) => p.text)).toEqual(['not in the text']);
    expect(result.composedLevelTitles.map((p) => p.where)).toEqual(['level "l2"']);
    expect(result.missingFiles).toEqual([]);

    const noFile = checkSourcePhrases(framework, () => null);
    expect(noFile.missingFiles).toEqual([file]);
    expect(noFile.missing).toHaveLength(7);
  });
});
