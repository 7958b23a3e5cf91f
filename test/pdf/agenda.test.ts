// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mergeAgenda, recordChecklist, suggestedAgenda } from '../../src/pdf/agenda';
import { buildPortfolioModel, DEFAULT_OPTIONS } from '../../src/pdf/model';
import { renderPortfolio } from '../../src/pdf/render';
import { addDaysIso } from '../../src/domain/dates';
import { fonts, pdfText, qpdfCheck, savePdf } from './helpers';
import { certificate, input, reflection, snapshot, TODAY, training } from './fixtures';

const period = { start: addDaysIso(TODAY, -90), end: TODAY };

/** A record with one of each kind of point, and the app's housekeeping beside them. */
function practice() {
  const trainings = [
    training(1, { endDate: addDaysIso(TODAY, -10), title: 'Neglect awareness' }),
    // Finished about 4 months ago: its impact note is due now.
    training(2, { endDate: addDaysIso(TODAY, -120), startDate: addDaysIso(TODAY, -120), title: 'Working Together' }),
  ];
  const reflections = [
    reflection(1, {
      date: addDaysIso(TODAY, -5),
      title: 'Chronologies',
      sections: { what: 'What happened', soWhat: 'Why it matters', nowWhat: 'Ask my supervisor how to share chronologies.' },
    }),
    // Outside the period: not on this agenda.
    reflection(2, { date: addDaysIso(TODAY, -200), sections: { nowWhat: 'An old next step' } }),
  ];
  const cert = certificate(1, 't2', new Uint8Array([1, 2, 3]), 'application/pdf');
  return input(snapshot(trainings, reflections, [cert]), {
    suggestions: [
      { title: 'Book the Level 3 refresher', reason: 'Overdue.', kind: 'overdue' },
      {
        title: 'Attach the certificate for Neglect awareness',
        reason: 'No certificate.',
        housekeeping: true,
        certificate: true,
        kind: 'housekeeping',
      },
      { title: 'Add your NMC renewal date', reason: 'Update it on the Schemes screen.', housekeeping: true, kind: 'overdue' },
      { title: 'Plan Level 2', reason: 'Next.', kind: 'next-step' },
    ],
    levels: [{ title: 'Level 3', target: true, status: 'overdue', lastDone: '2023-01-01', due: '2026-01-01' }],
    pathwayProgress: [
      {
        title: 'Social worker',
        done: 1,
        total: 3,
        deadline: addDaysIso(TODAY, -30),
        items: [
          { title: 'Introductory training', status: 'done', date: '2025-01-01' },
          { title: 'Domestic abuse', status: 'to-do' },
        ],
      },
    ],
  });
}

describe('the supervision agenda', () => {
  it('is suggested from practice (next steps, impact notes due, overdue training, pathway steps past their time), never housekeeping', () => {
    const points = suggestedAgenda(practice(), period).map((p) => p.text);
    expect(points).toEqual([
      'Ask my supervisor how to share chronologies. (from my reflection on Chronologies, 22 Nov 2026)',
      expect.stringMatching(/^How Working Together \(30 Jul 2026\) has changed my practice: impact note due by 30 Jan 2027$/),
      'Level 3 training is overdue (due 1 Jan 2026): when can I do it?',
      'Overdue: Book the Level 3 refresher',
      "Domestic abuse: still to do, and my Social worker pathway's time ended 28 Oct 2026",
    ]);
    expect(points.join(' ')).not.toMatch(/certificate|NMC renewal|Plan Level 2|old next step/);
  });

  it('housekeeping goes to the record checklist: entries without a certificate, settings', () => {
    expect(recordChecklist(practice(), period)).toEqual([
      '1 entry in this period without a certificate: Neglect awareness',
      'Add your NMC renewal date',
    ]);
  });

  it("keeps the user's points and order, and adds only suggestions they have not seen", () => {
    const suggested = suggestedAgenda(practice(), period);
    const kept = [{ id: 'own:1', text: 'My caseload' }, suggested[2]];
    const merged = mergeAgenda(
      kept,
      suggested.slice(0, 3).map((s) => s.id),
      suggested,
    );
    expect(merged.map((p) => p.id)).toEqual(['own:1', suggested[2].id, suggested[3].id, suggested[4].id]);
  });

  it("prints the user's agenda numbered; the record checklist only when asked for; an empty section is one line", async () => {
    const agenda = [
      { id: 'own:1', text: 'Caseload and my wellbeing' },
      { id: 'reflection:r1', text: 'Sharing chronologies with health visitors' },
    ];
    const withAgenda = buildPortfolioModel(practice(), 'supervision', period, { ...DEFAULT_OPTIONS, agenda });
    expect(withAgenda.counts.suggestions).toBe(2);
    const path = savePdf((await renderPortfolio(withAgenda, { fonts: fonts() })).bytes, 'agenda');
    qpdfCheck(path);
    const text = pdfText(path).replace(/\s+/g, ' ');
    expect(text).toContain('Points to discuss 1. Caseload and my wellbeing 2. Sharing chronologies with health visitors');
    expect(text).not.toMatch(/Attach the certificate|NMC renewal|Record checklist/);

    const checklist = buildPortfolioModel(practice(), 'supervision', period, { ...DEFAULT_OPTIONS, agenda: [], recordChecklist: true });
    const path2 = savePdf((await renderPortfolio(checklist, { fonts: fonts() })).bytes, 'checklist');
    const text2 = pdfText(path2).replace(/\s+/g, ' ');
    expect(text2).toContain('Points to discuss No points added.');
    expect(text2).toContain('Record checklist');
    expect(text2).toContain('1 entry in this period without a certificate: Neglect awareness');
    expect(text2).toContain('Add your NMC renewal date');

    // No reflections: the section is a line under the one before, not a page of its own.
    const bare = buildPortfolioModel(
      input(snapshot([training(1, { endDate: addDaysIso(TODAY, -3) })]), { suggestions: [] }),
      'supervision',
      period,
    );
    const path3 = savePdf((await renderPortfolio(bare, { fonts: fonts() })).bytes, 'bare');
    const pages = pdfText(path3).split('\f');
    const page = pages.find((p) => p.includes('No reflections recorded in this period.'))!;
    expect(page).toContain('Impact on practice');
    expect(page).toContain('Points to discuss');
  });
});
