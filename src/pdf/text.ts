/**
 * User text made drawable with the embedded font: anything the font has no glyph for (emoji,
 * scripts outside the subset) becomes one visible placeholder per character as the reader sees
 * it (a grapheme), so the rest of the line and its layout are untouched.
 */

/** Drawn in place of a character the font cannot draw. */
export const PLACEHOLDER = '\u25A1'; // □

// Invisible joiners and variation selectors: dropped when the visible part can be drawn (©️ -> ©).
// eslint-disable-next-line no-misleading-character-class -- each selector is matched on its own, on purpose, to drop it
const INVISIBLE = /[\u200B-\u200F\u2060\uFE00-\uFE0F\u{E0020}-\u{E007F}]/gu;
// C0/C1 controls other than the newline: a tab becomes a space, the rest go.
// eslint-disable-next-line no-control-regex -- matching control characters is this pattern's purpose
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Common Latin text needs no grapheme walk (the fast path for thousands of table cells).
const PLAIN = /^[\n\u0020-\u007E\u00A0-\u024F\u2018\u2019\u201C\u201D\u2013\u2014\u2026]*$/;

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en-GB', { granularity: 'grapheme' }) : null;

function graphemes(s: string): string[] {
  return segmenter ? Array.from(segmenter.segment(s), (g) => g.segment) : Array.from(s);
}

/** Returns a function that makes any string drawable by a font with the given coverage. */
export function makeTextSanitiser(canDraw: (codePoint: number) => boolean): (text: string | null | undefined) => string {
  const cache = new Map<string, string>();
  return (text) => {
    if (!text) return '';
    if (PLAIN.test(text)) return text;
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const clean = text.normalize('NFC').replace(/\t/g, ' ').replace(CONTROLS, '');
    let out = '';
    for (const g of graphemes(clean)) {
      const visible = g.replace(INVISIBLE, '');
      if (!visible) continue;
      let ok = true;
      for (const ch of visible) {
        if (ch !== '\n' && !canDraw(ch.codePointAt(0)!)) {
          ok = false;
          break;
        }
      }
      out += ok ? visible : PLACEHOLDER;
    }
    if (cache.size < 5000) cache.set(text, out);
    return out;
  };
}
