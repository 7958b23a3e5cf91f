/**
 * Every place the renderer reaches into jsPDF beyond its typed API, each a named function that
 * checks what it relies on and throws `JsPdfInternalsChanged` when a jsPDF upgrade has moved it,
 * rather than silently doing nothing (test/pdf/jspdf-patches.test.ts pins each behaviour).
 * They exist for speed: a long record's layout is mostly text measuring, text passes and deflate.
 */
import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';

/** jsPDF no longer has the internal a patch relies on: fix the patch before upgrading. */
export class JsPdfInternalsChanged extends Error {
  constructor(what: string) {
    super(`jsPDF internals changed: ${what}. Update src/pdf/layout/jspdf-patches.ts for this jsPDF version.`);
    this.name = 'JsPdfInternalsChanged';
  }
}

export function binaryString(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/** What the renderer uses of a TrueType font jsPDF has parsed. */
export interface TtfMetadata {
  cmap: { unicode: { codeMap: Record<number, number> } };
  widthOfString(text: string, size: number, charSpace: number): number;
}

/** The parsed metadata of a font added with addFont (jsPDF's internal getFont). */
export function fontMetadata(doc: jsPDF, name: string, style: 'normal' | 'bold'): TtfMetadata {
  const internal = doc.internal as unknown as { getFont?(n: string, s: string): { metadata?: Partial<TtfMetadata> } };
  if (typeof internal.getFont !== 'function') throw new JsPdfInternalsChanged('doc.internal.getFont is missing');
  const meta = internal.getFont(name, style)?.metadata;
  if (typeof meta?.widthOfString !== 'function') throw new JsPdfInternalsChanged('a TrueType font has no metadata.widthOfString');
  if (typeof meta.cmap?.unicode?.codeMap !== 'object')
    throw new JsPdfInternalsChanged('a TrueType font has no metadata.cmap.unicode.codeMap');
  return meta as TtfMetadata;
}

/** Measuring text is most of a long table's layout, and a record repeats its strings (providers,
 * modes, dates): remember each string's width at 1 pt. Same widths, measured once. `widths` may
 * be shared by every document drawn with the same font bytes (a width depends only on the font),
 * so that the next PDF the worker makes measures only strings it has not seen. */
export function cacheWidths(meta: TtfMetadata, widths: Map<string, number> = new Map()): void {
  const measure = meta.widthOfString.bind(meta);
  meta.widthOfString = (text, size, charSpace) => {
    if (charSpace) return measure(text, size, charSpace);
    let w = widths.get(text);
    if (w === undefined) {
      w = measure(text, 1000, 0) / 1000;
      if (widths.size < 200_000) widths.set(text, w);
    }
    return w * size;
  };
}

/** autotable asks for the font list on every cell; once the fonts are added it no longer changes. */
export function freezeFontList(doc: jsPDF): void {
  if (typeof doc.getFontList !== 'function') throw new JsPdfInternalsChanged('doc.getFontList is missing');
  const fontList = doc.getFontList();
  doc.getFontList = () => fontList;
}

type FilterResult = { data: string; reverseChain: string };
type FilterApi = { processDataByFilters?(data: string, chain: string | string[]): FilterResult; __fastDeflate?: true };

/** jsPDF deflates every stream with fflate, then rebuilds the result one character at a time
 * (a string concatenation per byte): a large part of a long table's build. Same deflate, same
 * output, chunked conversion. Installed once on jsPDF's shared API (jsPDF calls
 * `jsPDF.API.processDataByFilters` for every stream); other filters go to jsPDF's own code. */
export function installFastDeflate(): void {
  const api = jsPDF.API as unknown as FilterApi;
  if (api.__fastDeflate) return;
  if (typeof api.processDataByFilters !== 'function') throw new JsPdfInternalsChanged('jsPDF.API.processDataByFilters is missing');
  const original = api.processDataByFilters.bind(api);
  api.processDataByFilters = (data, chain) => {
    const filters = typeof chain === 'string' ? [chain] : (chain ?? []);
    if (filters.length !== 1 || filters[0].replace('/', '') !== 'FlateEncode') return original(data, chain);
    return { data: binaryString(zlibSync(bytesOf(data))), reverseChain: '/FlateDecode' };
  };
  api.__fastDeflate = true;
}

const NOT_ASCII = /[\u0080-\uffff]/;
const encoder = new TextEncoder();

/** A binary string's bytes (each character one byte, as jsPDF builds its streams). Page contents
 * are ASCII (text is drawn as glyph ids in hex), which the browser's encoder turns into the same
 * bytes many times faster than a loop (which also runs slowly until the engine optimises it: half
 * a second of the first long PDF). */
function bytesOf(data: string): Uint8Array {
  if (!NOT_ASCII.test(data)) return encoder.encode(data);
  const bytes = new Uint8Array(data.length);
  for (let i = 0; i < data.length; i++) bytes[i] = data.charCodeAt(i);
  return bytes;
}

// Text without Arabic letters needs no Arabic shaping, and text without right-to-left letters no
// bidi reordering: skip jsPDF's passes for them, which otherwise run on every string drawn.
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
/** Samples the passes are recognised by: what each changes, and that it leaves Latin text alone. */
const LATIN_SAMPLE = 'Safeguarding: Level 3 (27 Nov 2026)';
const ARABIC_SAMPLE = 'سلام';
const HEBREW_SAMPLE = 'abc שלום';

type TextPass = [(this: unknown, payload: { text: unknown }) => void, boolean];

function textPasses(doc: jsPDF): { pre: TextPass[]; post: TextPass[] } {
  const events = (doc.internal as unknown as { events?: { getTopics?(): Record<string, Record<string, TextPass>> } }).events;
  if (typeof events?.getTopics !== 'function') throw new JsPdfInternalsChanged('doc.internal.events.getTopics is missing');
  const topics = events.getTopics();
  const list = (topic: string) => Object.values(topics[topic] ?? {}).filter((sub) => Array.isArray(sub) && typeof sub[0] === 'function');
  return { pre: list('preProcessText'), post: list('postProcessText') };
}

/** What a text pass makes of a sample (undefined if it throws on it: not a pass for plain text). */
function passOutput(doc: jsPDF, pass: TextPass, text: string): unknown {
  // A mutex as jsPDF passes it, for a font that is not Identity-H (the font-escaping pass leaves such text alone).
  const mutex = { activeFontKey: 'F1', fonts: { F1: { encoding: 'WinAnsiEncoding', metadata: {} } }, pdfEscape: (s: string) => s };
  const payload = { text, x: 0, y: 0, options: {}, mutex };
  try {
    pass[0].call(doc, payload);
    return payload.text;
  } catch {
    return undefined;
  }
}

/**
 * Runs jsPDF's Arabic-shaping pass only on text with Arabic letters and its bidi pass only on text
 * with right-to-left letters. The passes are recognised by what they do (shaping changes an
 * Arabic sample, bidi reorders a Hebrew one, and neither changes Latin text); anything else
 * (the font-escaping pass) always runs. Throws if there is not exactly one of each.
 */
export function skipNeedlessTextPasses(doc: jsPDF): void {
  const { pre, post } = textPasses(doc);
  const recognise = (passes: TextPass[], sample: string, what: string) => {
    const found = passes.filter((p) => {
      const out = passOutput(doc, p, sample);
      return out !== undefined && out !== sample;
    });
    if (found.length !== 1) throw new JsPdfInternalsChanged(`expected one ${what} text pass, found ${found.length}`);
    if (passOutput(doc, found[0], LATIN_SAMPLE) !== LATIN_SAMPLE) throw new JsPdfInternalsChanged(`the ${what} pass changes Latin text`);
    return found[0];
  };
  const shaping = recognise(pre, ARABIC_SAMPLE, 'Arabic shaping (preProcessText)');
  const bidi = recognise(post, HEBREW_SAMPLE, 'bidi reordering (postProcessText)');
  onlyWhen(shaping, ARABIC);
  onlyWhen(bidi, RIGHT_TO_LEFT);
}

function onlyWhen(sub: TextPass, pattern: RegExp): void {
  const pass = sub[0];
  // A table cell's text comes as an array of lines (or of [line, x, y]): test each string rather
  // than serialising the array for every cell drawn.
  const needs = (text: unknown): boolean =>
    typeof text === 'string' ? pattern.test(text) : Array.isArray(text) ? text.some(needs) : pattern.test(JSON.stringify(text ?? ''));
  sub[0] = function (this: unknown, payload) {
    if (needs(payload?.text)) pass.call(this, payload);
  };
}

/** Widths of strings at each font size, in the document's unit (see cacheTextWidths). */
export type TextWidthCache = Map<number, Map<string, number>>;

/**
 * autotable measures every cell and every word in it (doc.getTextWidth), each time through
 * jsPDF's option handling, shaping check and font lookup: remember each string's width per font
 * and size, as jsPDF gave it. `cacheFor` gives the cache of a font (undefined: not cached); it may
 * be kept between documents drawn with the same font bytes and unit. With character spacing the
 * call goes to jsPDF.
 */
export function cacheTextWidths(doc: jsPDF, cacheFor: (font: { fontName: string; fontStyle: string }) => TextWidthCache | undefined): void {
  const internal = doc.internal as unknown as {
    getFont?(): { fontName: string; fontStyle: string };
    getFontSize?(): number;
    getCharSpace?(): number;
  };
  if (typeof doc.getTextWidth !== 'function') throw new JsPdfInternalsChanged('doc.getTextWidth is missing');
  if (typeof internal.getFont !== 'function' || typeof internal.getFontSize !== 'function' || typeof internal.getCharSpace !== 'function')
    throw new JsPdfInternalsChanged('doc.internal.getFont, getFontSize or getCharSpace is missing');
  const measure = doc.getTextWidth.bind(doc);
  doc.getTextWidth = (text: string) => {
    const cache = typeof text === 'string' && !internal.getCharSpace!() ? cacheFor(internal.getFont!()) : undefined;
    if (!cache) return measure(text);
    const size = internal.getFontSize!();
    let widths = cache.get(size);
    if (!widths) cache.set(size, (widths = new Map()));
    let w = widths.get(text);
    if (w === undefined) {
      w = measure(text);
      if (widths.size < 200_000) widths.set(text, w);
    }
    return w;
  };
}

/** Lines a paragraph was split into, per font size and width (see cacheLineSplitting). */
export type LineCache = Map<string, Map<string, string[]>>;

/**
 * autotable splits every cell's text to its column width (jsPDF's splitTextToSize, which measures
 * each character), and a record repeats its cells' texts (providers, modes, dates, "Yes"): split
 * each paragraph once per font, size and width. jsPDF splits a string at its line ends and each
 * paragraph on its own, so splitting paragraph by paragraph gives the same lines. `cacheFor` gives
 * the cache of a font (undefined: not cached); it may be kept between documents drawn with the same
 * font bytes. Calls with options that change the measure go to jsPDF's own code.
 */
export function cacheLineSplitting(doc: jsPDF, cacheFor: (font: { fontName: string; fontStyle: string }) => LineCache | undefined): void {
  if (typeof doc.splitTextToSize !== 'function') throw new JsPdfInternalsChanged('doc.splitTextToSize is missing');
  const internal = doc.internal as unknown as {
    getFont?(): { fontName: string; fontStyle: string };
    getFontSize?(): number;
    getCharSpace?(): number;
  };
  if (typeof internal.getFont !== 'function' || typeof internal.getFontSize !== 'function' || typeof internal.getCharSpace !== 'function')
    throw new JsPdfInternalsChanged('doc.internal.getFont, getFontSize or getCharSpace is missing');
  // jsPDF takes an array of paragraphs too (autotable passes one), though its types say string.
  const split = doc.splitTextToSize.bind(doc) as unknown as (text: string | string[], maxlen: number, options?: object) => string[];
  doc.splitTextToSize = ((text: string | string[], maxlen: number, options?: Record<string, unknown>) => {
    const o = options ?? {};
    const plain = !o.widths && !o.kerning && !o.textIndent && !o.lineIndent && !o.fontName && !o.fontStyle && !internal.getCharSpace!();
    const cache = plain ? cacheFor(internal.getFont!()) : undefined;
    const paragraphs = Array.isArray(text) ? text : String(text).split(/\r?\n/);
    if (!cache || !paragraphs.every((p) => typeof p === 'string')) return split(text, maxlen, options);
    const key = `${Number(o.fontSize) || internal.getFontSize!()}|${maxlen}`;
    let lines = cache.get(key);
    if (!lines) cache.set(key, (lines = new Map()));
    const out: string[] = [];
    for (const p of paragraphs) {
      let l = lines.get(p);
      if (!l) {
        l = split([p], maxlen, options);
        if (lines.size < 100_000) lines.set(p, l);
      }
      for (const line of l) out.push(line);
    }
    return out;
  }) as jsPDF['splitTextToSize'];
}

/** Measuring a string (getStringUnitWidth, which autotable calls for every cell) first runs jsPDF's
 * Arabic shaping over it, which leaves text without Arabic letters as it was: skip it for such
 * text. Installed once on jsPDF's shared API, which getStringUnitWidth calls it through. */
export function skipArabicShapingWhenMeasuring(): void {
  const api = jsPDF.API as unknown as { processArabic?(text: unknown): unknown; __measureSkipsShaping?: true };
  if (api.__measureSkipsShaping) return;
  const shape = api.processArabic;
  if (typeof shape !== 'function') throw new JsPdfInternalsChanged('jsPDF.API.processArabic is missing');
  if (shape(LATIN_SAMPLE) !== LATIN_SAMPLE || shape(ARABIC_SAMPLE) === ARABIC_SAMPLE)
    throw new JsPdfInternalsChanged('jsPDF.API.processArabic no longer shapes Arabic text only');
  api.processArabic = (text) => (typeof text === 'string' && !ARABIC.test(text) ? text : shape(text));
  api.__measureSkipsShaping = true;
}

/** What the renderer uses of a parsed TrueType font when a string is drawn with it. */
interface EmbeddedTtf {
  cmap: { unicode: { codeMap: Record<number, number> } };
  Unicode: { widths: Array<number | number[]> };
  glyIdsUsed: number[];
  toUnicode: Record<number, number>;
  widthOfGlyph(glyph: number): number;
}

/** A string as drawn with a font: its glyph ids in hex, and the glyphs it uses (in order of first
 * use, each with the character it last stands for). Depends only on the font's bytes. */
interface EscapedText {
  hex: string;
  glyphs: number[];
  codes: number[];
}

/** Escaped strings of one font, kept between documents (see cacheFontEscaping). */
export type EscapeCache = Map<string, EscapedText>;

/** Each glyph id as four hex digits, made once. */
const GLYPH_HEX: string[] = [];

/** jsPDF's Identity-H escaping of one string (its utf8TextFunction and pdfEscape16), computed
 * once: characters the font cannot map are dropped unless below 256, each character becomes its
 * glyph id as four hex digits, and a character without a glyph ends the string. */
function escapeText(text: string, font: EmbeddedTtf): EscapedText {
  const codeMap = font.cmap.unicode.codeMap;
  let hex = '';
  // Each glyph in order of first use (its place in the widths array), with the character it last
  // stood for (its ToUnicode entry).
  const glyphs: number[] = [];
  const last = new Map<number, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const glyph = codeMap[code] || 0;
    if (!glyph && code >= 256) continue;
    if (!last.has(glyph)) glyphs.push(glyph);
    last.set(glyph, code);
    if (!glyph) break;
    hex += GLYPH_HEX[glyph] ??= glyph.toString(16).padStart(4, '0');
  }
  return { hex, glyphs, codes: glyphs.map((g) => last.get(g)!) };
}

type EscapePayload = {
  text: unknown;
  mutex?: { activeFontKey?: string; fonts?: Record<string, { encoding?: string; metadata?: unknown }>; isHex?: boolean };
};

/**
 * jsPDF turns every string drawn with an embedded font into glyph ids (its font-escaping
 * postProcessText pass), looking each character up, appending it to the font's list of glyphs
 * used (millions of entries for a long record, which the subsetter then walks) and searching the
 * widths array for it. Same output, computed once per string and font (`caches`, keyed by each
 * font's parsed metadata, may be shared between documents drawn with the same font bytes): each
 * glyph goes into the glyphs used and the widths once, in the same order, and the ToUnicode map
 * gets the same entries. Fonts not in `caches` go to jsPDF's own pass.
 */
export function cacheFontEscaping(doc: jsPDF, caches: Map<unknown, EscapeCache>): void {
  const { post } = textPasses(doc);
  const found = post.filter((p) => isFontEscaping(doc, p));
  if (found.length !== 1) throw new JsPdfInternalsChanged(`expected one font-escaping text pass, found ${found.length}`);
  const sub = found[0];
  const pass = sub[0];
  const inWidths = new WeakMap<EmbeddedTtf, Set<number>>();
  const escape = (text: string, font: EmbeddedTtf, cache: EscapeCache): string => {
    let e = cache.get(text);
    if (!e) {
      e = escapeText(text, font);
      if (cache.size < 200_000) cache.set(text, e);
    }
    let used = inWidths.get(font);
    if (!used) {
      used = new Set(font.Unicode.widths.filter((w): w is number => typeof w === 'number'));
      inWidths.set(font, used);
    }
    e.glyphs.forEach((g, i) => {
      if (!used.has(g)) {
        used.add(g);
        font.glyIdsUsed.push(g);
        font.Unicode.widths.push(g, [parseInt(String(font.widthOfGlyph(g)), 10)]);
      }
      font.toUnicode[g] = e.codes[i];
    });
    return e.hex;
  };
  escapers.set(doc, (text) => {
    const font = doc.getFont() as unknown as { encoding?: string; metadata?: unknown };
    const cache = font.metadata ? caches.get(font.metadata) : undefined;
    return cache && font.encoding === 'Identity-H' ? escape(text, font.metadata as EmbeddedTtf, cache) : undefined;
  });
  sub[0] = function (this: unknown, payload: EscapePayload) {
    const mutex = payload?.mutex;
    const font = mutex?.fonts?.[mutex.activeFontKey ?? ''];
    const cache = font?.metadata ? caches.get(font.metadata) : undefined;
    const text = payload.text || '';
    const strings = Array.isArray(text) ? text.map((t) => (Array.isArray(t) ? t[0] : t)) : [text];
    if (!cache || font?.encoding !== 'Identity-H' || !strings.every((t) => typeof t === 'string')) return pass.call(this, payload);
    const meta = font.metadata as EmbeddedTtf;
    if (Array.isArray(text))
      payload.text = text.map((t) =>
        Array.isArray(t) ? (t.length === 3 ? [escape(t[0], meta, cache), t[1], t[2]] : escape(t[0], meta, cache)) : escape(t, meta, cache),
      );
    else payload.text = escape(text as string, meta, cache);
    if (strings.length) mutex!.isHex = true;
  } as TextPass[0];
}

/** Each document's escaping of a string in its current font, as its font-escaping pass does it
 * (set by cacheFontEscaping; undefined for a font it does not cover). */
const escapers = new WeakMap<jsPDF, (text: string) => string | undefined>();

/** Cells' text drawn together: `add` each cell's lines (left-aligned at x, first baseline at y, in
 * the document's current font, size and colour), then `flush` to draw them. */
export interface TextWriter {
  add(lines: string[], x: number, y: number): void;
  flush(): void;
}

/**
 * Draws many cells' text as `doc.text(lines, x, y, options)` draws each, for a table's rows:
 * without jsPDF's text() around every cell (its option handling, its passes over the text, its
 * number formatting), and with one text object for a row's cells instead of one per cell (the
 * font, size, leading and colour set once, each cell placed with its own text matrix, as Td places
 * it in a text object of its own). A long table's pages are then about a fifth shorter to build,
 * deflate and write.
 *
 * The writer draws the first cell of each page, and the first after the font, size or colour
 * changes, with text() itself and checks what text() wrote (the text operators, the position, the
 * glyph ids): if it is what the writer expects, the state's operators are taken from it and the
 * next cells are written straight into the page; otherwise every cell goes to text(). So do text
 * jsPDF's Arabic shaping or bidi passes would change, and fonts cacheFontEscaping does not cover.
 * The glyphs each string uses are recorded for the font's subset as text() records them.
 */
export function textWriter(doc: jsPDF, options: object): TextWriter {
  let queued: Array<{ lines: string[]; x: number; y: number }> = [];
  const viaJsPdf = (cells: typeof queued) => cells.forEach((c) => doc.text(c.lines, c.x, c.y, options));
  const escape = escapers.get(doc);
  const internal = doc.internal as unknown as { write?: unknown; pages?: unknown; scaleFactor: number };
  const hpf = (doc as unknown as { hpf?: unknown }).hpf;
  const add = (lines: string[], x: number, y: number) => void queued.push({ lines, x, y });
  if (!escape || typeof internal.write !== 'function' || !Array.isArray(internal.pages) || typeof hpf !== 'function')
    return {
      add,
      flush: () => {
        viaJsPdf(queued);
        queued = [];
      },
    };
  const write = internal.write.bind(doc.internal) as (s: string) => void;
  const pages = internal.pages as unknown[];
  const format = hpf.bind(doc) as (n: number) => string;
  const k = internal.scaleFactor;
  /** What text() writes before the position, for the state it was checked in (page, font, size, colour). */
  let checked: { state: string; prefix: string } | null = null;
  const glyphsOf = (lines: string[]): string[] | undefined => {
    if (lines.some((l) => ARABIC.test(l) || RIGHT_TO_LEFT.test(l))) return undefined;
    const hexes: string[] = [];
    for (const line of lines) {
      const hex = escape(line);
      if (hex === undefined) return undefined;
      hexes.push(hex);
    }
    return hexes;
  };
  const shown = (hexes: string[]) => `<${hexes.join('> Tj\nT* <')}> Tj\n`;
  return {
    add,
    flush: () => {
      const cells = queued;
      queued = [];
      if (!cells.length) return;
      const page = doc.getCurrentPageInfo().pageNumber;
      const font = doc.getFont() as unknown as { id?: string };
      const state = `${page}|${font.id}|${doc.getFontSize()}|${doc.getLineHeightFactor()}|${doc.getTextColor()}`;
      const pageHeight = doc.internal.pageSize.getHeight() * k;
      const at = (c: (typeof cells)[number]) => `${format(c.x * k)} ${format(pageHeight - c.y * k)}`;
      let i = 0;
      if (checked?.state !== state) {
        // Check text()'s output for the first cell this page and state.
        const first = cells[i++];
        doc.text(first.lines, first.x, first.y, options);
        const hexes = glyphsOf(first.lines);
        const content = pages[page];
        const written = Array.isArray(content) ? content[content.length - 1] : undefined;
        const ops = hexes && `${at(first)} Td\n${shown(hexes)}ET`;
        checked =
          ops && typeof written === 'string' && written.startsWith('BT\n') && written.endsWith(ops)
            ? { state, prefix: written.slice(0, -ops.length) }
            : null;
        if (!checked) return viaJsPdf(cells.slice(i));
      }
      let text = '';
      for (; i < cells.length; i++) {
        const hexes = glyphsOf(cells[i].lines);
        if (hexes) text += `1 0 0 1 ${at(cells[i])} Tm\n${shown(hexes)}`;
        else {
          if (text) write(`${checked.prefix}${text}ET`);
          text = '';
          viaJsPdf([cells[i]]);
        }
      }
      if (text) write(`${checked.prefix}${text}ET`);
    },
  };
}

/** The font-escaping pass is the one that turns a character of an Identity-H font into its glyph
 * id in hex (and marks the text as hex). */
function isFontEscaping(doc: jsPDF, pass: TextPass): boolean {
  const font: EmbeddedTtf & { characterToGlyph(c: number): number } = {
    cmap: { unicode: { codeMap: { 65: 0x24 } } },
    Unicode: { widths: [] },
    glyIdsUsed: [],
    toUnicode: {},
    widthOfGlyph: () => 600,
    characterToGlyph: (c) => (c === 65 ? 0x24 : 0),
  };
  // jsPDF treats F1 to F13 as its standard fonts: an embedded one has a later key.
  const mutex = {
    activeFontKey: 'F20',
    fonts: { F20: { encoding: 'Identity-H', metadata: font } },
    pdfEscape: (s: string) => s,
    isHex: false,
  };
  const payload = { text: 'A', x: 0, y: 0, options: {}, mutex };
  try {
    pass[0].call(doc, payload);
  } catch {
    return false;
  }
  return payload.text === '0024' && mutex.isHex;
}

/** Where the last autotable ended (autotable's documented `doc.lastAutoTable.finalY`). */
export function lastTableBottom(doc: jsPDF): number {
  const last = (doc as unknown as { lastAutoTable?: { finalY?: unknown } }).lastAutoTable;
  if (typeof last?.finalY !== 'number') throw new JsPdfInternalsChanged('doc.lastAutoTable.finalY is missing after a table');
  return last.finalY;
}

/**
 * jsPDF embeds each style under the family's name (regular and bold both "DejaVuSans", so a
 * reader lists the font twice) and without the subset tag, although it embeds only the glyphs
 * used. Name each embedded font as PDF 32000 9.6.4 asks of a subset: a six-letter tag, "+", and
 * the font's own PostScript name ("AAAAAA+DejaVuSans", "AAAAAB+DejaVuSans-Bold"). Call just
 * before output: setFont looks fonts up by family, not by this name.
 */
export function nameSubsetFonts(doc: jsPDF, family: string, names: Record<'normal' | 'bold', string>): void {
  const internal = doc.internal as unknown as { getFont?(n: string, s: string): { fontName?: unknown; encoding?: unknown } };
  if (typeof internal.getFont !== 'function') throw new JsPdfInternalsChanged('doc.internal.getFont is missing');
  (['normal', 'bold'] as const).forEach((style, i) => {
    const font = internal.getFont!(family, style);
    if (font?.fontName !== family || font.encoding !== 'Identity-H')
      throw new JsPdfInternalsChanged('an embedded TrueType font has no fontName or is not Identity-H');
    font.fontName = `AAAAA${String.fromCharCode(65 + i)}+${names[style]}`;
  });
}
