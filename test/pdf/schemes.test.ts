// @vitest-environment node
/** The scheme presets as real PDFs, read back with pdftotext and checked with qpdf. */
import { describe, expect, it } from 'vitest';
import { schemeProgress } from '../../src/domain/schemes';
import { kcsie, nmc, swe, type Scheme } from '../../src/frameworks/schemes';
import { portfolioInput } from '../../src/pdf/input';
import { buildPortfolioModel, schemePreset, type PortfolioModel } from '../../src/pdf/model';
import { accountHeading } from '../../src/pdf/presets/scheme';
import { renderPortfolio } from '../../src/pdf/render';
import { TODAY } from './fixtures';
import { formatDate } from '../../src/domain/dates';
import { fonts, pdfInfo, pdfText, qpdfCheck, savePdf } from './helpers';
import { nurse, schoolDsl, socialWorker } from './scheme-fixtures';

async function render(who: ReturnType<typeof nurse>, schemeId: string, name: string) {
  const model = buildPortfolioModel(
    portfolioInput(null, who.profile, { record: who.record, confirmedSteps: [] }, TODAY),
    schemePreset(schemeId),
  );
  const { bytes } = await renderPortfolio(model, { fonts: fonts() });
  const path = savePdf(bytes, name);
  expect(qpdfCheck(path)).toMatch(/No syntax or stream encoding errors/);
  return { model, path, text: pdfText(path).replace(/\s+/g, ' ') };
}

/** Every section after "About" names its source; the edition and the check-current-guidance note
 * are said once, in the first (a long note may run over a page break, so each is looked for in
 * the model and the text). */
function expectSourceInEverySection(model: PortfolioModel, text: string, scheme: Scheme) {
  const sections = model.sections.filter((s) => s.id !== 'about');
  sections.forEach((s, i) => {
    const last = s.blocks.at(-1)!;
    expect(last.kind === 'paragraph' && last.text).toMatch(
      i === 0
        ? new RegExp(`^Source: ${escape(scheme.publisher)}.*${escape(scheme.edition)}\\. ${escape(scheme.checkNote)}$`)
        : new RegExp(`^Source: ${escape(scheme.publisher)}, [^]*\\)\\.$`),
    );
  });
  expect(text.split(`Source: ${scheme.publisher}`).length - 1).toBe(sections.length);
  expect(text.split(scheme.checkNote).length - 1).toBe(1);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('scheme portfolio presets', () => {
  it("a written reflective account's heading says the kind once, whatever its title", () => {
    expect(accountHeading(2, 'Missed appointments')).toBe('Reflective account 2: Missed appointments');
    expect(accountHeading(1, 'Reflective account: recognising neglect')).toBe('Reflective account 1: recognising neglect');
    expect(accountHeading(1, 'Written reflective account 3 - sepsis')).toBe('Reflective account 1: sepsis');
    expect(accountHeading(4, 'NMC reflective account')).toBe('Reflective account 4');
    expect(accountHeading(1, 'Reflective account on safeguarding supervision')).toBe('Reflective account 1 on safeguarding supervision');
    expect(accountHeading(3, '  ')).toBe('Reflective account 3');
    // A title that only starts with the same letters is the user's own.
    expect(accountHeading(1, 'Reflective accountability in handovers')).toBe(
      'Reflective account 1: Reflective accountability in handovers',
    );
  });

  it('NMC: progress summary, CPD log of the cycle, feedback, reflective accounts, the discussion and a sign-off page', async () => {
    const who = nurse();
    const { model, path, text } = await render(who, 'nmc', 'nmc');
    expect(model.period).toEqual({ start: '2024-04-01', end: '2027-03-31' });
    expect(pdfInfo(path)).toMatch(/Title:\s+NMC revalidation portfolio: Ffion Jones/);
    const progress = schemeProgress(nmc, who.profile, who.record.trainings, who.record.reflections, TODAY);
    expect(progress.summary).toBe(
      'NMC: 12.5 of 35 CPD hours, 10.5 of 20 participatory CPD hours, 2 of 5 pieces of practice-related feedback, revalidation due 31 Mar 2027',
    );
    expect(text).toContain(progress.summary);
    expect(text).toContain('Revalidation due 31 Mar 2027');
    expect(text).toContain('1 Apr 2024 to 31 Mar 2027');
    expect(text).toContain('600 of 450 hours (declared)');

    // The CPD log: every training of the cycle, with its method and participatory hours; not the
    // one before the cycle, nor the one the user excluded from NMC.
    const log = pdfText(path, true);
    expect(log).toMatch(/12 Jun 2024\s+Safeguarding adults and\s+Face to face\s+7\s+7\s+Multi-agency case/);
    expect(log).toMatch(/4 Mar 2025\s+Domestic abuse awareness\s+E-learning\s+2\s+0\n/);
    expect(text).toContain('Safeguarding adults and children Level 3');
    expect(text).toContain('Domestic abuse awareness e-learning');
    expect(text).toContain('Was Not Brought: missed appointments workshop');
    expect(text).not.toContain('Before the cycle: sepsis update');
    expect(text).not.toContain('Trust induction refresher');
    expect(text).toMatch(/3 entries Total 12\.5 10\.5/);

    // Feedback and accounts in full; the discussion names the registrant it was with.
    expect(text).toContain('Practice-related feedback');
    expect(text).toContain('A parent wrote that the discharge plan was clear and kind.');
    expect(text).toContain('My ward manager said my referrals were factual and timely.');
    expect(text).not.toContain('Old feedback.');
    expect(text).toContain('Written reflective accounts');
    expect(text).toContain('The Level 3 course changed how I look at repeated minor injuries.');
    expect(text).toContain('Supervision helped me see that I escalated at the right time.');
    // The registrant's own NMC PIN, as every NMC form asks.
    expect(text).toMatch(/NMC PIN 12A3456E/);
    // Each account as the NMC's form: numbered, its four questions, the Code's themes; one written
    // on another template says so.
    expect(text).toMatch(
      /Reflective account 3: Missed appointments [^]*What was the nature of the CPD activity and\/or practice-related feedback and\/or event or experience in your practice\? A virtual workshop on children who are not brought to appointments\. What did you learn from the CPD activity and\/or feedback and\/or event or experience in your practice\? A missed appointment is the child not being brought[^]*How did you change or improve your practice as a result\? I now follow up every second missed appointment[^]*How is this relevant to the Code\? Acting on a missed appointment[^]*Themes of the Code Prioritise people; Preserve safety/,
    );
    expect(text).toMatch(
      /Reflective account 1: recognising neglect [^]*Form Written with the What\? So what\? Now what\? template, not the NMC's form\./,
    );
    // One clear heading: a title that starts with the kind does not repeat it.
    expect(text).not.toMatch(/Reflective account \d+: Reflective account/i);
    // The discussion and the confirmation as their forms ask: the other person's details, the
    // date, and a line for their signature.
    expect(text).toMatch(
      /Reflective discussion [^]*Name Priya Shah NMC PIN 09I1234E Email address priya\.shah@example\.nhs\.uk Professional address Children’s Ward, St James’s Hospital, Leeds LS9 7TF Date of discussion 2 Nov 2026 [^]*We discussed my five accounts[^]*NMC registrant you had the discussion with/,
    );
    expect(text).toMatch(
      /Confirmation [^]*Name Dr Alan Reid NMC PIN Not on the NMC register Other registration General Medical Council, 7012345 Email address alan\.reid@example\.nhs\.uk Professional address Riverside Health Centre, Leeds LS1 4AP Date of confirmation 10 Nov 2026[^]*Confirmer/,
    );
    expect(text).toMatch(/Confirmation 1 of 1 Met/);

    // Declarations as a checklist to sign, last.
    expect(text).toMatch(
      /Declarations The app does not check these[^]*Health and character declaration[^]*Professional indemnity arrangement[^]*Registrant[^]*Confirmer/,
    );
    expect(text).not.toContain('Confirmation by an appropriate person');
    // Every section names the publisher, the edition and the check-current-guidance note.
    expectSourceInEverySection(model, text, nmc);
    expect(text).toContain(nmc.edition);
  });

  it('SWE: the registration year, each CPD piece with its reflection and whether it had peer reflection, the deadline', async () => {
    const who = socialWorker();
    const { model, text } = await render(who, 'swe', 'swe');
    expect(model.period).toEqual({ start: '2025-12-01', end: '2026-11-30' });
    expect(text).toContain('Registration year 1 Dec 2025 to 30 Nov 2026');
    expect(text).toContain('CPD deadline 30 Nov 2026');
    expect(text).toContain('SWE: 3 of 2 pieces of CPD, 1 of 1 piece of CPD with peer reflection, CPD deadline 30 Nov 2026');
    expect(text).toMatch(
      /Contextual safeguarding in practice [^]*Peer reflection Yes, discussed with Sam Okafor, senior practitioner Reflection: What contextual safeguarding changed \(1 Mar 2026\)[^]*I now map the places and peer groups/,
    );
    expect(text).toMatch(
      /Child sexual exploitation briefing [^]*Peer reflection None recorded for this piece Reflection No reflection recorded on this training\./,
    );
    // A piece on Social Work England's form: its type and questions, in the form's order.
    expect(text).toMatch(
      /Learning from a case review [^]*Peer reflection None recorded for this piece Type of CPD Reading A short description of the activity and why it is relevant to you Reading a local case review[^]*What you learnt from doing the activity Reading a local review showed me how drift happens[^]*The positive impact the activity has had, or will have, on your practice and the people you work with I now review every plan/,
    );
    expect(text).not.toContain('Last year: court skills');
    expectSourceInEverySection(model, text, swe);
  });

  it('KCSIE: the training log of the last 12 months with the annual update and the DSL two-yearly status', async () => {
    const who = schoolDsl();
    const { model, path, text } = await render(who, 'kcsie', 'kcsie');
    expect(model.period).toEqual({ start: '2025-11-28', end: TODAY });
    // The long title wraps on the cover, all of it on the page.
    expect(pdfText(path, false, 1).replace(/\s+/g, ' ')).toContain('Keeping Children Safe in Education portfolio');
    // Each refresh as the scheme's progress has it, with its dates.
    const progress = schemeProgress(kcsie, who.profile, who.record.trainings, who.record.reflections, TODAY);
    const refreshes = progress.requirements.filter((r) => r.unit === 'refresh');
    expect(refreshes.map((r) => r.id)).toEqual(['kcsie-annual-update', 'kcsie-dsl-training', 'kcsie-dsl-knowledge-refresh']);
    const STATUS = { ok: 'Up to date', 'due-soon': 'Due soon', overdue: 'Overdue' } as Record<string, string>;
    for (const r of refreshes) {
      const last = who.record.trainings.find((t) => t.id === r.trainingIds[0])!;
      expect(text).toContain(`${r.title} Last done ${formatDate(last.endDate)}; next due ${formatDate(r.dueDate)} ${STATUS[r.status!]}`);
    }
    // The DSL's knowledge and skills, refreshed at least annually (KCSIE Annex C): the DSL's own
    // training of 1 Jun 2025 was the last, so the refresh is overdue; a general staff update does
    // not count for it.
    expect(text).toContain(
      "Designated safeguarding lead's knowledge and skills refreshed (at least annually) Last done 1 Jun 2025; next due 1 Jun 2026 Overdue",
    );
    expect(text).toContain('next due 5 Sep 2027');
    expect(text).toContain('Training log');
    expect(text).toContain('Annual safeguarding update for staff');
    expect(text).not.toContain('Older: annual update 2025');
    // KCSIE asks no sign-off of the designated safeguarding lead: the staff member signs alone.
    expect(text).toMatch(/Safeguarding training at induction The app does not check these[^]*Staff member/);
    const signOff = model.sections.find((x) => x.id === 'scheme-kcsie-induction')!;
    expect(signOff.blocks.filter((b) => b.kind === 'signatures')).toEqual([{ kind: 'signatures', roles: ['Staff member'] }]);
    const signOffText = text.slice(text.indexOf('Safeguarding training at induction The app does not check these'));
    expect(signOffText.slice(0, signOffText.indexOf('Source'))).not.toMatch(/designated safeguarding lead/i);
    expectSourceInEverySection(model, text, kcsie);
  });
});
