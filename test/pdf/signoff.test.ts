// @vitest-environment node
/** The supervision PDF prints the last sign-off made on the device (signature image, name, role,
 * date, agreed actions) and the actions agreed earlier with their status; read back with
 * pdftotext and pdfimages. */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildPortfolioModel } from '../../src/pdf/model';
import { renderPortfolio } from '../../src/pdf/render';
import type { SignOff } from '../../src/domain/types';
import { input, snapshot, training } from './fixtures';
import { fonts, pdfText, qpdfCheck, savePdf } from './helpers';

// A 200 x 60 pixel drawn signature, as the pad gives it.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAMgAAAA8CAIAAACsOWLGAAAA8ElEQVR42u3UgQnAIBRDQfdf2i5Q2qKEErm3gf4jY9w1pb3Gcz5Ii7DecUGmNVhf54swrcEiTFlYkCkOizBlYRGmLCzIFIdFmLKwCFMWFmSKwyIMrEmYimFBBhZhKodFGFiQqRwWYWARpmZYkIFFGFjHvIQwsCADizCBRRhYkIFFmMAiDCzIwPrzhNrJYtkwiwUZZGARBhZhYAkysAgDizCwBBlYhIFF2AnCwIIMLMJ6hIFFGFiQ9SADizCw1CMMLMjAUo8wsAgDSz3IwCIsIgwswiLCwIIsggwsRYSBpYgwsBRBBpYiwsBSRBhYiiC7AE0I6iuTwbgOAAAAAElFTkSuQmCC';

const base = {
  createdAt: '2026-06-01T10:00:00.000Z',
  updatedAt: '2026-06-01T10:00:00.000Z',
  covered: [],
  sha256: 'ab'.repeat(32),
  notes: '',
};
const earlier: SignOff = {
  ...base,
  id: 's-1',
  date: '2026-06-01',
  periodStart: '2026-03-01',
  periodEnd: '2026-06-01',
  supervisorName: 'Kim Earlier',
  supervisorRole: 'Practice supervisor',
  agreedActions: [
    { id: 'a1', text: 'Book the neglect course', status: 'done' },
    { id: 'a2', text: 'Shadow a strategy meeting', status: 'in-progress' },
  ],
  signature: { kind: 'typed', text: 'Kim Earlier' },
};
const last: SignOff = {
  ...base,
  id: 's-2',
  date: '2026-11-20',
  periodStart: '2026-06-02',
  periodEnd: '2026-11-20',
  supervisorName: 'Jo Supervisor',
  supervisorRole: 'Team manager',
  notes: 'Confident with referrals now.',
  covered: [{ table: 'trainings', id: 't1', title: 'x', sha256: 'cd'.repeat(32) }],
  agreedActions: [{ id: 'b1', text: 'Apply for level 3', status: 'agreed' }],
  signature: { kind: 'drawn', png: PNG },
};

describe('the supervision PDF and the sign-off', () => {
  it('prints the last sign-off with its signature image and the earlier actions with their status', async () => {
    const record = { ...snapshot([training(1)]), signoffs: [earlier, last] };
    const model = buildPortfolioModel(input(record), 'supervision');
    const { bytes } = await renderPortfolio(model, { fonts: fonts() });
    const path = savePdf(bytes, 'supervision-signoff');
    expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Last supervision sign-off');
    expect(text).toContain('Signed on 20 Nov 2026');
    expect(text).toContain('Supervisor Jo Supervisor');
    expect(text).toContain('Role Team manager');
    expect(text).toContain('Covering 2 Jun 2026 to 20 Nov 2026: 1 entry');
    expect(text).toContain('Confident with referrals now.');
    expect(text).toContain('Signature of Jo Supervisor');
    expect(text).toMatch(/Apply for level 3 Agreed/);
    expect(text).toContain('Actions agreed at earlier supervisions');
    expect(text).toMatch(/1 Jun 2026 Book the neglect course Done/);
    expect(text).toMatch(/1 Jun 2026 Shadow a strategy meeting In progress/);
    // The drawn signature is in the PDF as an image of its own size.
    const images = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' });
    expect(images).toMatch(/\s200\s+60\s+(rgb|icc)/);
  });

  it('without a sign-off the section is left out; a typed signature is printed as typed', async () => {
    const none = buildPortfolioModel(input(snapshot([training(1)])), 'supervision');
    expect(none.sections.some((s) => s.id === 'last-signoff')).toBe(false);
    const typed = buildPortfolioModel(input({ ...snapshot([training(1)]), signoffs: [earlier] }), 'supervision');
    const path = savePdf((await renderPortfolio(typed, { fonts: fonts() })).bytes, 'supervision-typed');
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Signed by typing their name: Kim Earlier');
    expect(text).not.toContain('Actions agreed at earlier supervisions');
    expect(execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).trim().split('\n')).toHaveLength(2);
  });

  it('lists the entries changed since a sign-off covered them, and says a sign-off that covered nothing in plain words', async () => {
    const record = {
      ...snapshot([training(1)]),
      signoffs: [earlier, last],
      signedChanges: [
        { id: 't1', table: 'trainings' as const, title: 'Neglect: recognising and responding', signedOn: '2026-11-20' },
        { id: 'r9', table: 'reflections' as const, title: 'Case discussion', signedOn: '2026-06-01' },
      ],
    };
    const path = savePdf(
      (await renderPortfolio(buildPortfolioModel(input(record), 'supervision'), { fonts: fonts() })).bytes,
      'supervision-changed',
    );
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Changed since signed');
    // Oldest sign-off first, each with its kind and the date it was signed.
    expect(text).toMatch(/Case discussion Reflection 1 Jun 2026 Neglect: recognising and responding Training 20 Nov 2026/);

    const nothing = buildPortfolioModel(input({ ...snapshot([training(1)]), signoffs: [earlier] }), 'supervision');
    const nothingText = pdfText(savePdf((await renderPortfolio(nothing, { fonts: fonts() })).bytes, 'supervision-nothing')).replace(
      /\s+/g,
      ' ',
    );
    expect(nothingText).toContain('Covering 1 Mar 2026 to 1 Jun 2026: no training or reflections');
    expect(nothingText).not.toContain('Changed since signed');
    expect(nothingText).not.toMatch(/\b0 entries/);
  });

  it("offers the supervisor's notes and every agreed action to the privacy check", () => {
    const model = buildPortfolioModel(input({ ...snapshot([training(1)]), signoffs: [earlier, last] }), 'supervision');
    const fromSignOffs = model.texts.filter((t) => t.source.kind === 'signoff');
    expect(fromSignOffs.map((t) => [t.source.id, t.field, t.text])).toEqual([
      ['s-2', 'notes', 'Confident with referrals now.'],
      ['s-2', 'agreed action', 'Apply for level 3'],
      ['s-1', 'agreed action', 'Book the neglect course'],
      ['s-1', 'agreed action', 'Shadow a strategy meeting'],
    ]);
    expect(fromSignOffs[0].source.label).toBe('Sign-off of 20 Nov 2026');
  });
});
