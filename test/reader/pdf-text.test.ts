/** A certificate PDF from the corpus read back by pdf.js (Node's build), then into fields. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from 'vitest';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { pdfText, looksScanned } from '../../src/reader/pdf-text';
import { extractCertificateFields } from '../../src/domain/certificate-text';

const fixtures = resolve(__dirname, '../fixtures/certificates');
const truth = JSON.parse(readFileSync(resolve(fixtures, 'truth.json'), 'utf8')) as Array<{
  id: string;
  text: string;
  truth: Record<string, unknown>;
}>;

test('a labelled-layout certificate: the text layer gives the lines as drawn and every field', async () => {
  const cert = truth.find((c) => c.id === 'cert-02')!;
  const { text, pages } = await pdfText(pdfjs, new Uint8Array(readFileSync(resolve(fixtures, 'pdf/cert-02.pdf'))));
  expect(pages).toBe(1);
  expect(text).toBe(cert.text);
  expect(looksScanned(text)).toBe(false);
  const f = extractCertificateFields(text);
  expect(f).toMatchObject({
    title: cert.truth.title,
    provider: cert.truth.provider,
    participant: cert.truth.participant,
    startDate: cert.truth.startDate,
    endDate: cert.truth.endDate,
    hours: cert.truth.hours,
  });
});

test('a centred layout with a wrapped title reads the same as drawn', async () => {
  const cert = truth.find((c) => c.id === 'cert-08')!;
  const { text } = await pdfText(pdfjs, new Uint8Array(readFileSync(resolve(fixtures, 'pdf/cert-08.pdf'))));
  expect(text).toBe(cert.text);
  expect(extractCertificateFields(text).title).toBe(cert.truth.title);
});
