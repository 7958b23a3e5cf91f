import { describe, expect, it } from 'vitest';
import { normaliseSourceText, sourceContains } from '../../src/frameworks/source-text';

describe('normaliseSourceText', () => {
  it('collapses whitespace runs, including line breaks and non-breaking spaces', () => {
    expect(normaliseSourceText('  Working\n  Together\u00A0to\tSafeguard  ')).toBe('Working Together to Safeguard');
  });
  it('turns the dash family into a hyphen', () => {
    expect(normaliseSourceText('Level 1 – 2 — 3 ‑ 4 ‒ 5 − 6')).toBe('Level 1 - 2 - 3 - 4 - 5 - 6');
  });
  it('straightens curly quotes', () => {
    expect(normaliseSourceText('‘Children’s’ “Services”')).toBe('\'Children\'s\' "Services"');
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
