/** Node-side helpers for the PDF tests: the bundled fonts, and poppler/qpdf to read PDFs back. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsPDF } from 'jspdf';
import type { FontBytes } from '../../src/pdf/render';

export function fonts(): FontBytes {
  const dir = new URL('../../src/pdf/fonts/', import.meta.url);
  return {
    regular: new Uint8Array(readFileSync(new URL('DejaVuSans-subset.ttf', dir))),
    bold: new Uint8Array(readFileSync(new URL('DejaVuSans-Bold-subset.ttf', dir))),
  };
}

const dir = mkdtempSync(join(tmpdir(), 'portfolio-test-'));
let n = 0;

export function savePdf(bytes: Uint8Array, name = `doc-${++n}`): string {
  const path = join(dir, `${name}.pdf`);
  writeFileSync(path, bytes);
  return path;
}

/** The PDF's text as pdftotext reads it; with layout, each table row stays on its own line. */
export function pdfText(path: string, layout = false, page?: number): string {
  const pages = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', ['-enc', 'UTF-8', ...(layout ? ['-layout'] : []), ...pages, path, '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/** qpdf --check; throws (with qpdf's words) when the file is not sound. */
export function qpdfCheck(path: string): string {
  return execFileSync('qpdf', ['--check', path], { encoding: 'utf8' });
}

export function pdfInfo(path: string): string {
  return execFileSync('pdfinfo', [path], { encoding: 'utf8' });
}

/** A one-page PDF "certificate" made with jsPDF. */
export function certificatePdf(text: string, pages = 1): Uint8Array {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'landscape' });
  for (let p = 0; p < pages; p++) {
    if (p) doc.addPage();
    doc.setFontSize(28);
    doc.text(`${text} (sheet ${p + 1})`, 20, 40);
    doc.rect(10, 10, 277, 190);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

/** A JPEG "photo of a certificate": a PDF page rasterised by pdftoppm. */
export function certificateJpeg(text: string, dpi = 40): Uint8Array {
  const pdf = savePdf(certificatePdf(text));
  const out = join(dir, `photo-${++n}`);
  execFileSync('pdftoppm', ['-jpeg', '-r', String(dpi), '-singlefile', pdf, out]);
  return new Uint8Array(readFileSync(`${out}.jpg`));
}

/** The document catalog (/Lang, /ViewerPreferences, ...) as qpdf's JSON shows it. */
export function pdfCatalog(path: string): Record<string, unknown> {
  const out = execFileSync('qpdf', ['--json=2', '--json-key=qpdf', path], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  // qpdf copies numbers as the PDF writes them, and "720." is a PDF number (jsPDF writes whole
  // numbers so) but not a JSON one: each stands alone on its line in qpdf's output.
  const json = JSON.parse(out.replace(/^(\s*-?\d+)\.(,?)$/gm, '$1$2'));
  for (const obj of Object.values(json.qpdf[1] as Record<string, { value?: Record<string, unknown> }>)) {
    if (obj.value?.['/Type'] === '/Catalog') return obj.value;
  }
  throw new Error('No catalog');
}
