// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { makeTextSanitiser, PLACEHOLDER } from '../../src/pdf/text';

// A font that draws Latin-1, Latin Extended-A and the placeholder square, nothing else.
const safe = makeTextSanitiser((cp) => cp <= 0x17f || cp === 0x25a1 || cp === 0x2014);

describe('text made drawable', () => {
  it('keeps what the font draws, combining accents composed', () => {
    expect(safe('Siân Łukasz — e\u0301')).toBe('Siân Łukasz — é');
  });

  it('replaces each character the font lacks with one placeholder, joined emoji included', () => {
    expect(safe('a 😀 b')).toBe(`a ${PLACEHOLDER} b`);
    expect(safe('family 👨‍👩‍👧 here')).toBe(`family ${PLACEHOLDER} here`);
    expect(safe('thumbs 👍🏽👍')).toBe(`thumbs ${PLACEHOLDER}${PLACEHOLDER}`);
    expect(safe('中文')).toBe(`${PLACEHOLDER}${PLACEHOLDER}`);
  });

  it('drops invisible variation selectors and control characters, keeps line breaks', () => {
    expect(safe('©\uFE0F 2026')).toBe('© 2026');
    expect(safe('a\tb\u0007c\nd')).toBe('a bc\nd');
    expect(safe(null)).toBe('');
  });
});
