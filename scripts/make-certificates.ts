/**
 * Writes the certificate accuracy corpus (test/fixtures/certificates/): truth.json and one text
 * PDF per certificate, drawn with jsPDF in the certificate's font. Deterministic: running it
 * again gives the same files. `npm run corpus`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { jsPDF } from 'jspdf';
import { loadAllFrameworks } from '../src/frameworks/registry';
import { corpusText, makeCorpus, type CorpusCertificate } from '../test/fixtures/certificates/corpus';

const dir = new URL('../test/fixtures/certificates/', import.meta.url);

/** One certificate as an A4 landscape PDF with a text layer. */
function certificatePdf(c: CorpusCertificate): Uint8Array {
  const doc = new jsPDF({ orientation: 'landscape', unit: 'mm', format: 'a4', compress: true });
  doc.setCreationDate(new Date(Date.UTC(2027, 0, 1)));
  doc.setFileId('00000000000000000000000000000000');
  doc.setDrawColor(40, 70, 120);
  doc.setLineWidth(2);
  doc.rect(10, 10, 277, 190);
  let y = 12;
  for (const line of c.lines) {
    y += line.gap;
    doc.setFont(c.font, line.bold ? 'bold' : 'normal');
    doc.setFontSize(line.size);
    if (line.x === 'center') doc.text(line.text, 148.5, y, { align: 'center' });
    else doc.text(line.text, line.x, y);
    if (line.value) {
      doc.setFont(c.font, 'normal');
      doc.text(line.value.text, line.value.x, y);
    }
  }
  return new Uint8Array(doc.output('arraybuffer'));
}

async function main() {
  const corpus = makeCorpus(await loadAllFrameworks());
  await mkdir(new URL('pdf/', dir), { recursive: true });
  await writeFile(
    new URL('truth.json', dir),
    JSON.stringify(
      corpus.map((c) => ({ id: c.id, layout: c.layout, font: c.font, text: corpusText(c), truth: c.truth })),
      null,
      2,
    ) + '\n',
  );
  for (const c of corpus) await writeFile(new URL(`pdf/${c.id}.pdf`, dir), certificatePdf(c));
  console.log(`${corpus.length} certificates written to test/fixtures/certificates/`);
}

await main();
