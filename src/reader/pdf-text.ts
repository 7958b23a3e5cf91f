/**
 * A PDF's text layer as lines, with pdf.js. Items on one baseline (a label and its value, or
 * words set apart) are joined with a space; lines come top to bottom. The pdf.js module is passed
 * in, so the worker (browser build) and the tests (Node's legacy build) share this code.
 */
import type * as PdfJs from 'pdfjs-dist';

type PdfJsModule = Pick<typeof PdfJs, 'getDocument'>;

interface Item {
  str: string;
  x: number;
  y: number;
  height: number;
}

/** Pages read at most: a certificate is a page or two; a long document is not a certificate. */
export const MAX_PAGES = 3;

export interface PdfText {
  text: string;
  pages: number;
}

export async function pdfText(pdfjs: PdfJsModule, bytes: Uint8Array, onPage?: (page: number, of: number) => void): Promise<PdfText> {
  // No eval (the CSP forbids it) and no font or network fetches: only the text is wanted.
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  const doc = await task.promise;
  try {
    const pages = Math.min(doc.numPages, MAX_PAGES);
    const out: string[] = [];
    for (let p = 1; p <= pages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      const items: Item[] = [];
      for (const it of content.items) {
        if (!('str' in it) || !it.str.trim()) continue;
        items.push({ str: it.str, x: it.transform[4], y: it.transform[5], height: Math.abs(it.transform[3]) || it.height || 10 });
      }
      items.sort((a, b) => b.y - a.y || a.x - b.x);
      const lines: Item[][] = [];
      for (const it of items) {
        const line = lines.find((l) => Math.abs(l[0]!.y - it.y) < Math.min(l[0]!.height, it.height) * 0.5);
        if (line) line.push(it);
        else lines.push([it]);
      }
      lines.sort((a, b) => b[0]!.y - a[0]!.y);
      for (const l of lines)
        out.push(
          l
            .sort((a, b) => a.x - b.x)
            .map((i) => i.str.trim())
            .join(' '),
        );
      page.cleanup();
      onPage?.(p, pages);
    }
    return { text: out.join('\n'), pages };
  } finally {
    await doc.destroy();
  }
}

/** Too little text to be a text PDF: a scan (a picture of the certificate inside a PDF). */
export function looksScanned(text: string): boolean {
  return text.replace(/\s+/g, '').length < 20;
}

/** pdf.js's canvas factory for a worker (its default one asks the document for a canvas). */
export class OffscreenCanvasFactory {
  create(width: number, height: number) {
    const canvas = new OffscreenCanvas(width, height);
    return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
  }
  reset(cc: { canvas: OffscreenCanvas | null }, width: number, height: number) {
    cc.canvas!.width = width;
    cc.canvas!.height = height;
  }
  destroy(cc: { canvas: OffscreenCanvas | null; context: unknown }) {
    if (cc.canvas) cc.canvas.width = cc.canvas.height = 0;
    cc.canvas = null;
    cc.context = null;
  }
}

/** A scanned PDF's first page drawn as a picture (longest side `longSide` px), for OCR. */
export async function renderFirstPage(pdfjs: PdfJsModule, bytes: Uint8Array, longSide: number): Promise<OffscreenCanvas> {
  const task = pdfjs.getDocument({
    data: bytes,
    isEvalSupported: false,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
    CanvasFactory: OffscreenCanvasFactory,
  } as Parameters<PdfJsModule['getDocument']>[0]);
  const doc = await task.promise;
  try {
    const page = await doc.getPage(1);
    const base = page.getViewport({ scale: 1 });
    const viewport = page.getViewport({ scale: longSide / Math.max(base.width, base.height) });
    const canvas = new OffscreenCanvas(Math.round(viewport.width), Math.round(viewport.height));
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // pdf.js's types name the DOM's canvas; an OffscreenCanvas and its context draw the same.
    await page.render({ canvas, canvasContext: context, viewport } as unknown as Parameters<typeof page.render>[0]).promise;
    return canvas;
  } finally {
    await doc.destroy();
  }
}
