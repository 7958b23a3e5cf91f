/** The skew of a page's text lines, measured on synthetic pages turned by a known angle. */
import { describe, expect, test } from 'vitest';
import { skewAngle } from '../../src/reader/deskew';

/** A 480 x 360 grey picture: a dark table, a light page on it, and lines of "words" (dark dashes
 * 3 px high), all turned by `degrees` about the centre. */
function page(degrees: number): Uint8Array {
  const w = 480;
  const h = 360;
  const out = new Uint8Array(w * h);
  const a = (degrees * Math.PI) / 180;
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      // Back to the page's own (unturned) coordinates.
      const dx = x - w / 2;
      const dy = y - h / 2;
      const u = dx * Math.cos(a) + dy * Math.sin(a);
      const v = -dx * Math.sin(a) + dy * Math.cos(a);
      let g = 100; // table
      if (Math.abs(u) < 200 && Math.abs(v) < 140) {
        g = 235; // paper
        const line = Math.floor((v + 120) / 18);
        const inLine = (v + 120) % 18 < 4 && line >= 0 && line < 12;
        const inWord = Math.floor((u + 180) / 9) % 6 !== 5 && Math.abs(u) < 180 - line * 6;
        if (inLine && inWord) g = 30;
      }
      out[y * w + x] = g;
    }
  return out;
}

describe('skewAngle', () => {
  test.each([0, 3, -4.5, 7, -10])('a page turned %s degrees', (degrees) => {
    const got = (skewAngle(page(degrees), 480, 360) * 180) / Math.PI;
    expect(Math.abs(got - degrees)).toBeLessThan(0.4);
  });

  test('a blank picture gives 0 (nothing to turn)', () => {
    expect(skewAngle(new Uint8Array(200 * 100).fill(240), 200, 100)).toBe(0);
  });
});
