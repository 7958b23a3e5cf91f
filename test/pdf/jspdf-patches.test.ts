// @vitest-environment node
/**
 * Each reach into jsPDF's internals (src/pdf/layout/jspdf-patches.ts) pinned: what it relies on
 * is there, it changes nothing in the output, and it throws when what it relies on is missing.
 */
import { describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { unzlibSync } from 'fflate';
import { jsPDF } from 'jspdf';
import { autoTable } from 'jspdf-autotable';
import {
  binaryString,
  cacheFontEscaping,
  cacheLineSplitting,
  cacheTextWidths,
  cacheWidths,
  type LineCache,
  type TextWidthCache,
  type EscapeCache,
  fontMetadata,
  freezeFontList,
  installFastDeflate,
  JsPdfInternalsChanged,
  lastTableBottom,
  skipArabicShapingWhenMeasuring,
  skipNeedlessTextPasses,
  textWriter,
} from '../../src/pdf/layout/jspdf-patches';
import { fonts, pdfText, qpdfCheck, savePdf } from './helpers';
import { execFileSync } from 'node:child_process';

/** Each page of a PDF as grey pixels (pdftoppm, 60 dpi), in order. */
function pagePixels(path: string): string[] {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
  return Array.from({ length: pages }, (_, i) =>
    execFileSync('pdftoppm', ['-gray', '-r', '60', '-f', String(i + 1), '-l', String(i + 1), path], { maxBuffer: 64 << 20 }).toString(
      'base64',
    ),
  );
}

const FIXED = new Date('2026-11-27T10:00:00Z');

function docWithFont(): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: false });
  const f = fonts();
  doc.addFileToVFS('F.ttf', binaryString(f.regular));
  doc.addFont('F.ttf', 'F', 'normal');
  doc.addFileToVFS('FB.ttf', binaryString(f.bold));
  doc.addFont('FB.ttf', 'F', 'bold');
  doc.setFont('F', 'normal');
  return doc;
}

function output(doc: jsPDF): string {
  doc.setCreationDate(FIXED);
  doc.setFileId('00000000000000000000000000000000');
  return doc.output();
}

const SAMPLES = ['Safeguarding level 3', 'Siân Wróblewska-Łukasz', 'שלום עולם and English', 'سلام عليكم'];

describe('jsPDF patches', () => {
  it('skipNeedlessTextPasses finds the shaping and bidi passes and leaves every string drawn as before', () => {
    const plain = docWithFont();
    const patched = docWithFont();
    skipNeedlessTextPasses(patched);
    for (const doc of [plain, patched]) SAMPLES.forEach((s, i) => doc.text(s, 10, 10 + i * 10));
    expect(output(patched)).toBe(output(plain));
  });

  it('skipNeedlessTextPasses runs the bidi pass only on right-to-left text', () => {
    const doc = docWithFont();
    const topics = (
      doc.internal as unknown as {
        events: { getTopics(): Record<string, Record<string, [(this: unknown, ...args: unknown[]) => unknown, boolean]>> };
      }
    ).events.getTopics();
    let calls = 0;
    // Count every postProcessText call that reaches a pass's own code.
    for (const sub of Object.values(topics.postProcessText)) {
      const pass = sub[0];
      sub[0] = function (this: unknown, ...args: unknown[]) {
        calls++;
        return pass.apply(this, args);
      };
    }
    skipNeedlessTextPasses(doc);
    calls = 0;
    doc.text('Latin only', 10, 10);
    const latinCalls = calls;
    calls = 0;
    doc.text('עברית', 10, 20);
    expect(calls).toBe(latinCalls + 1);
  });

  it('skipNeedlessTextPasses throws when jsPDF no longer has the passes it looks for', () => {
    const doc = new jsPDF();
    const topics = (doc.internal as unknown as { events: { getTopics(): Record<string, unknown> } }).events.getTopics();
    delete topics.postProcessText;
    expect(() => skipNeedlessTextPasses(doc)).toThrow(JsPdfInternalsChanged);
    const noEvents = { internal: {} } as unknown as jsPDF;
    expect(() => skipNeedlessTextPasses(noEvents)).toThrow(/events.getTopics/);
  });

  it('installFastDeflate deflates as zlib does and jsPDF uses it for every stream', () => {
    installFastDeflate();
    const api = jsPDF.API as unknown as { processDataByFilters(d: string, c: string): { data: string; reverseChain: string } };
    const text = 'BT /F1 12 Tf (Page 1 of 2) Tj ET\n'.repeat(50);
    const out = api.processDataByFilters(text, 'FlateEncode');
    expect(out.reverseChain).toBe('/FlateDecode');
    const bytes = Uint8Array.from(out.data, (c) => c.charCodeAt(0));
    expect(new TextDecoder().decode(unzlibSync(bytes))).toBe(text);
    // A binary string (an image's bytes, a font's) keeps each character as one byte.
    const binary = `${text}\u00e9\u0080\u00ff\u0000`;
    const inflated = unzlibSync(Uint8Array.from(api.processDataByFilters(binary, 'FlateEncode').data, (c) => c.charCodeAt(0)));
    expect(Array.from(inflated.subarray(-4))).toEqual([0xe9, 0x80, 0xff, 0x00]);
    expect(inflated.length).toBe(binary.length);
    const original = api.processDataByFilters;
    let used = 0;
    api.processDataByFilters = (d, c) => {
      used++;
      return original(d, c);
    };
    try {
      const doc = new jsPDF({ compress: true });
      doc.text('Hello', 10, 10);
      doc.output();
    } finally {
      api.processDataByFilters = original;
    }
    expect(used).toBeGreaterThan(0);
  });

  it('installFastDeflate throws when jsPDF has no processDataByFilters', () => {
    const api = jsPDF.API as unknown as Record<string, unknown>;
    const saved = { fn: api.processDataByFilters, flag: api.__fastDeflate };
    delete api.processDataByFilters;
    delete api.__fastDeflate;
    try {
      expect(() => installFastDeflate()).toThrow(JsPdfInternalsChanged);
    } finally {
      api.processDataByFilters = saved.fn;
      api.__fastDeflate = saved.flag;
    }
  });

  it('cacheWidths measures each string once and gives the same widths', () => {
    const doc = docWithFont();
    const meta = fontMetadata(doc, 'F', 'normal');
    const before = SAMPLES.map((s) => doc.getTextWidth(s));
    let measured = 0;
    const measure = meta.widthOfString.bind(meta);
    meta.widthOfString = (t, size, cs) => {
      measured++;
      return measure(t, size, cs);
    };
    cacheWidths(meta);
    const after = SAMPLES.map((s) => doc.getTextWidth(s));
    SAMPLES.forEach((s) => doc.getTextWidth(s));
    after.forEach((w, i) => expect(w).toBeCloseTo(before[i], 9));
    expect(measured).toBe(SAMPLES.length);
  });

  it('cacheWidths with a shared map: a second document with the same font measures only strings it has not seen, with the same widths', () => {
    const shared = new Map<string, number>();
    const first = docWithFont();
    cacheWidths(fontMetadata(first, 'F', 'normal'), shared);
    const widths = SAMPLES.map((s) => first.getTextWidth(s));
    const second = docWithFont();
    const meta = fontMetadata(second, 'F', 'normal');
    let measured = 0;
    const measure = meta.widthOfString.bind(meta);
    meta.widthOfString = (t, size, cs) => {
      measured++;
      return measure(t, size, cs);
    };
    cacheWidths(meta, shared);
    SAMPLES.map((s) => second.getTextWidth(s)).forEach((w, i) => expect(w).toBeCloseTo(widths[i], 9));
    expect(measured).toBe(0);
    second.getTextWidth('A string the first document never drew');
    expect(measured).toBe(1);
  });

  it('skipArabicShapingWhenMeasuring measures every string as before, shaping only Arabic text', () => {
    const api = jsPDF.API as unknown as { processArabic(t: string): string; __measureSkipsShaping?: true };
    const saved = { fn: api.processArabic, flag: api.__measureSkipsShaping };
    delete api.__measureSkipsShaping;
    const doc = docWithFont();
    const before = SAMPLES.map((s) => doc.getStringUnitWidth(s));
    let shaped = 0;
    api.processArabic = (t) => {
      shaped++;
      return saved.fn(t);
    };
    try {
      skipArabicShapingWhenMeasuring();
      const calls = shaped;
      const after = SAMPLES.map((s) => doc.getStringUnitWidth(s));
      after.forEach((w, i) => expect(w).toBe(before[i]));
      // Only the Arabic sample reached the shaping pass.
      expect(shaped - calls).toBe(1);
    } finally {
      api.processArabic = saved.fn;
      api.__measureSkipsShaping = saved.flag;
    }
  });

  it('skipArabicShapingWhenMeasuring throws when jsPDF has no processArabic', () => {
    const api = jsPDF.API as unknown as Record<string, unknown>;
    const saved = { fn: api.processArabic, flag: api.__measureSkipsShaping };
    delete api.processArabic;
    delete api.__measureSkipsShaping;
    try {
      expect(() => skipArabicShapingWhenMeasuring()).toThrow(JsPdfInternalsChanged);
    } finally {
      api.processArabic = saved.fn;
      api.__measureSkipsShaping = saved.flag;
    }
  });

  // Strings as the renderer draws them, and as it never should (characters the font lacks, below
  // and above 256, which jsPDF drops or ends the string at), repeated, in both styles, as arrays.
  const drawAll = (doc: jsPDF) => {
    const lines = [...SAMPLES, 'Level 3 (27 Nov 2026)', 'ΑΒΓ Кириллица', 'ends at \u0001 here', 'skips \u{1F600} this'];
    for (let round = 0; round < 2; round++)
      lines.forEach((s, i) => {
        doc.setFont('F', i % 2 ? 'bold' : 'normal');
        doc.text(s, 10, 10 + i * 8);
      });
    doc.text(['Two lines', 'in one call'], 10, 200);
    doc.text('A long line that wraps across the width of a narrow box, twice over', 10, 220, { maxWidth: 40 });
    doc.setFont('F', 'normal');
    doc.text('Same words again: Level 3 (27 Nov 2026)', 10, 250, { align: 'right' });
  };
  const escapingCaches = (doc: jsPDF, shared?: Record<'normal' | 'bold', EscapeCache>) =>
    new Map<unknown, EscapeCache>([
      [fontMetadata(doc, 'F', 'normal'), shared?.normal ?? new Map()],
      [fontMetadata(doc, 'F', 'bold'), shared?.bold ?? new Map()],
    ]);

  it('cacheFontEscaping writes the same PDF (text, glyphs used, widths, ToUnicode map), also in a second document sharing its cache', () => {
    const plain = docWithFont();
    drawAll(plain);
    const expected = output(plain);
    const shared = { normal: new Map(), bold: new Map() } as Record<'normal' | 'bold', EscapeCache>;
    for (let i = 0; i < 2; i++) {
      const doc = docWithFont();
      skipNeedlessTextPasses(doc);
      cacheFontEscaping(doc, escapingCaches(doc, shared));
      drawAll(doc);
      expect(output(doc)).toBe(expected);
    }
    expect(shared.normal.size).toBeGreaterThanOrEqual(5);
    expect(shared.bold.size).toBeGreaterThan(3);
  });

  it('textWriter draws what text() draws (same pages, same text), calling text() only for the first cell of each page and of each font, size or colour', () => {
    // Cells as a table draws them, a row at a time: several pages, both styles, two colours,
    // several lines, characters the font lacks, and Hebrew and Arabic (which text() reorders and
    // shapes).
    const cells: string[][] = [
      ...SAMPLES.map((s) => [s]),
      ['Level 3', '(27 Nov 2026)'],
      [''],
      ['ends at \u0001 here', 'skips \u{1F600} this'],
      ['abc שלום'],
      ['سلام'],
    ];
    const options = {
      isInputVisual: false,
      isOutputVisual: undefined,
      isInputRtl: false,
      isOutputRtl: undefined,
      isSymmetricSwapping: false,
    };
    const draw = (doc: jsPDF, cell: (lines: string[], x: number, y: number) => void, endRow: () => void) => {
      for (let page = 0; page < 3; page++) {
        if (page) doc.addPage();
        for (let round = 0; round < 3; round++) {
          doc.setFont('F', round === 2 ? 'bold' : 'normal');
          doc.setFontSize(8.5);
          doc.setTextColor(round === 1 ? 90 : 26);
          cells.forEach((lines, i) => {
            cell(lines, 10 + (i % 3) * 60.123, 20 + round * 80 + Math.floor(i / 3) * 15.77);
            if (i % 3 === 2 || i === cells.length - 1) endRow();
          });
        }
      }
    };
    const make = () => {
      const doc = docWithFont();
      skipNeedlessTextPasses(doc);
      cacheFontEscaping(doc, escapingCaches(doc));
      return doc;
    };
    const plain = make();
    draw(
      plain,
      (lines, x, y) => plain.text(lines, x, y, options),
      () => {},
    );
    const doc = make();
    const writer = textWriter(doc, options);
    const text = vi.spyOn(doc, 'text');
    draw(doc, writer.add, writer.flush);
    // Per page and round (font, size or colour changed): one cell checked through text(), plus the
    // four cells with Hebrew or Arabic; all others written straight.
    const rightToLeft = cells.filter((c) => /[\u0590-\u06FF]/.test(c.join(''))).length;
    expect(rightToLeft).toBe(4);
    expect(text).toHaveBeenCalledTimes(3 * 3 * (1 + rightToLeft));
    const a = savePdf(new Uint8Array(plain.output('arraybuffer')), 'writer-text');
    const b = savePdf(new Uint8Array(doc.output('arraybuffer')), 'writer-writer');
    expect(qpdfCheck(b)).toMatch(/No syntax or stream encoding errors/);
    expect(pdfText(b, true)).toBe(pdfText(a, true));
    expect(pdfText(b)).toContain('Wróblewska-Łukasz');
    expect(pagePixels(b)).toEqual(pagePixels(a));
    // The same glyphs embedded (the subset and its ToUnicode map).
    expect(doc.getFontList()).toEqual(plain.getFontList());
    expect((fontMetadata(doc, 'F', 'normal') as unknown as { glyIdsUsed: number[] }).glyIdsUsed.sort()).toEqual(
      (fontMetadata(plain, 'F', 'normal') as unknown as { glyIdsUsed: number[] }).glyIdsUsed.sort(),
    );
  });

  it('cacheFontEscaping lists each glyph used once, however often it is drawn', () => {
    const doc = docWithFont();
    cacheFontEscaping(doc, escapingCaches(doc));
    for (let i = 0; i < 100; i++) doc.text('Safeguarding', 10, 10);
    const used = (fontMetadata(doc, 'F', 'normal') as unknown as { glyIdsUsed: number[] }).glyIdsUsed;
    expect(used.length).toBe(new Set(used).size);
    expect(used).toEqual([0, ...new Set(used.slice(1))]); // jsPDF starts the list with glyph 0
    expect(used.length).toBe(new Set('Safeguarding').size + 1);
  });

  it('cacheFontEscaping leaves fonts it has no cache for to jsPDF, and throws when the pass is missing', () => {
    const doc = docWithFont();
    cacheFontEscaping(doc, new Map());
    doc.setFont('helvetica', 'normal');
    doc.text('Standard font', 10, 10);
    doc.setFont('F', 'normal');
    doc.text('Embedded font', 10, 20);
    const plain = docWithFont();
    plain.setFont('helvetica', 'normal');
    plain.text('Standard font', 10, 10);
    plain.setFont('F', 'normal');
    plain.text('Embedded font', 10, 20);
    expect(output(doc)).toBe(output(plain));

    const broken = docWithFont();
    const topics = (broken.internal as unknown as { events: { getTopics(): Record<string, unknown> } }).events.getTopics();
    delete topics.postProcessText;
    expect(() => cacheFontEscaping(broken, new Map())).toThrow(JsPdfInternalsChanged);
  });

  it('cacheLineSplitting gives the lines jsPDF gives, splits each paragraph once per size and width, and leaves other calls to jsPDF', () => {
    const texts = [
      'Safeguarding children and young people across agencies: interprofessional practice Level 3',
      'Supercalifragilisticexpialidociousness-Safeguarding-Partnership-Consortium Trust',
      'First paragraph\nsecond paragraph, which is long enough to wrap onto a further line\r\nthird',
      ['an array of paragraphs', 'as autotable passes a cell, the second one longer than the width'],
      '',
      'Siân Wróblewska-Łukasz שלום',
    ];
    const plain = docWithFont();
    const patched = docWithFont();
    const regular: LineCache = new Map();
    const bold: LineCache = new Map();
    cacheLineSplitting(patched, (f) => (f.fontName !== 'F' ? undefined : f.fontStyle === 'bold' ? bold : regular));
    // Calls without a font size measure at the document's.
    for (const doc of [plain, patched]) doc.setFontSize(10);
    const expectSame = (width: number, options?: { fontSize?: number; textIndent?: number }) => {
      for (const t of texts) {
        const want = plain.splitTextToSize(t as string, width, options);
        expect(patched.splitTextToSize(t as string, width, options)).toEqual(want);
        // A second time from the cache, as a fresh array the caller may change.
        const again = patched.splitTextToSize(t as string, width, options);
        expect(again).toEqual(want);
        again.push('changed');
        expect(patched.splitTextToSize(t as string, width, options)).toEqual(want);
      }
    };
    for (const style of ['normal', 'bold']) {
      for (const doc of [plain, patched]) doc.setFont('F', style);
      expectSame(29, { fontSize: 8.5 });
      expectSame(40);
    }
    expect(regular.get('8.5|29')?.get('second paragraph, which is long enough to wrap onto a further line')).toEqual(
      plain
        .setFont('F', 'normal')
        .splitTextToSize('second paragraph, which is long enough to wrap onto a further line', 29, { fontSize: 8.5 }),
    );
    expect(bold.size).toBe(2);
    // An indented first line is left to jsPDF (and not cached).
    const before = regular.get('8.5|29')!.size;
    for (const doc of [plain, patched]) doc.setFont('F', 'normal');
    expectSame(29, { fontSize: 8.5, textIndent: 5 });
    expect(regular.get('8.5|29')!.size).toBe(before);
    // The standard fonts are not cached either.
    patched.setFont('helvetica', 'normal');
    expect(patched.splitTextToSize('A standard font line that wraps', 20)).toEqual(
      plain.setFont('helvetica', 'normal').splitTextToSize('A standard font line that wraps', 20),
    );
    expect([...regular.keys(), ...bold.keys()].sort()).toEqual(['10|40', '10|40', '8.5|29', '8.5|29']);
  });

  it('cacheLineSplitting gives the lines jsPDF gives for any text, width, size and style', () => {
    const plain = docWithFont();
    const patched = docWithFont();
    const cache: LineCache = new Map();
    cacheLineSplitting(patched, (f) => (f.fontName === 'F' ? cache : undefined));
    const word = fc.constantFrom(
      'Safeguarding',
      'a',
      'Level',
      '3',
      'Wróblewska-Łukasz',
      'multi-agency',
      'WWWWWWWW',
      'iiiiii',
      '',
      '(27 Nov 2026)',
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 12 }).map((w) => w.join(' ')),
        fc.double({ min: 4, max: 180, noNaN: true }),
        fc.constantFrom(8.5, 10, 11),
        fc.constantFrom('normal', 'bold'),
        (text, width, fontSize, style) => {
          for (const doc of [plain, patched]) doc.setFont('F', style);
          expect(patched.splitTextToSize(text, width, { fontSize })).toEqual(plain.splitTextToSize(text, width, { fontSize }));
        },
      ),
      { numRuns: 400 },
    );
  });

  it('cacheTextWidths gives the widths jsPDF gives, per font and size, and leaves other fonts and spaced text to jsPDF', () => {
    const plain = docWithFont();
    const patched = docWithFont();
    const regular: TextWidthCache = new Map();
    const bold: TextWidthCache = new Map();
    cacheTextWidths(patched, (f) => (f.fontName !== 'F' ? undefined : f.fontStyle === 'bold' ? bold : regular));
    const strings = [...SAMPLES, 'Supercalifragilisticexpialidociousness', '', 'Yes'];
    for (const style of ['normal', 'bold'])
      for (const size of [8.5, 10])
        for (let round = 0; round < 2; round++)
          for (const s of strings) {
            for (const doc of [plain, patched]) doc.setFont('F', style).setFontSize(size);
            expect(patched.getTextWidth(s)).toBe(plain.getTextWidth(s));
          }
    expect([...regular.keys()]).toEqual([8.5, 10]);
    expect(bold.get(10)?.get('Yes')).toBe(plain.setFont('F', 'bold').setFontSize(10).getTextWidth('Yes'));
    expect(regular.get(10)?.size).toBe(strings.length);
    // A wider width with character spacing, from jsPDF, not the cache.
    patched.setFont('F', 'normal').setFontSize(10).setCharSpace(1);
    expect(patched.getTextWidth('Yes')).toBeGreaterThan(regular.get(10)!.get('Yes')!);
    patched.setCharSpace(0);
    patched.setFont('helvetica', 'normal');
    expect(patched.getTextWidth('Yes')).toBe(plain.setFont('helvetica', 'normal').setFontSize(10).getTextWidth('Yes'));
    expect(regular.size + bold.size).toBe(4);
  });

  it('fontMetadata throws when a font has no metadata the renderer uses', () => {
    expect(() => fontMetadata({ internal: {} } as unknown as jsPDF, 'F', 'normal')).toThrow(JsPdfInternalsChanged);
    const doc = { internal: { getFont: () => ({ metadata: {} }) } } as unknown as jsPDF;
    expect(() => fontMetadata(doc, 'F', 'normal')).toThrow(/widthOfString/);
    expect(fontMetadata(docWithFont(), 'F', 'bold').cmap.unicode.codeMap[0x41]).toBeTruthy();
  });

  it('freezeFontList keeps the list jsPDF gave', () => {
    const doc = docWithFont();
    const list = doc.getFontList();
    freezeFontList(doc);
    expect(doc.getFontList()).toEqual(list);
    expect(doc.getFontList()).toBe(doc.getFontList());
  });

  it('lastTableBottom reads where the last autotable ended, and throws without one', () => {
    const doc = new jsPDF({ unit: 'mm' });
    expect(() => lastTableBottom(doc)).toThrow(JsPdfInternalsChanged);
    autoTable(doc, { startY: 20, head: [['A']], body: [['1'], ['2']] });
    expect(lastTableBottom(doc)).toBeGreaterThan(20);
  });
});
