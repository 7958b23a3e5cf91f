import { describe, expect, test } from 'vitest';
import { kcsie, nmc, swe } from '../../src/frameworks/schemes';
import { recognisedFor, schemeProgress, schemeWindow } from '../../src/domain/schemes';
import type { Profile, Training } from '../../src/domain/types';
import { reflection, training as fixtureTraining } from './fixtures';

/** A course of `hours` hours ending on `endDate` (not participatory unless `extra` says so). */
const training = (endDate: string, hours: number, extra: Partial<Training> = {}) =>
  fixtureTraining(endDate, { hours, participatory: false, ...extra });
function profile(schemes: Profile['schemes'], flags: Profile['flags'] = {}): Pick<Profile, 'flags' | 'schemes'> {
  return { schemes, flags };
}

describe('scheme windows', () => {
  test('SWE registration year runs 1 December to 30 November, with the boundaries', () => {
    expect(schemeWindow(swe, undefined, '2026-11-30')).toEqual({
      window: { start: '2025-12-01', end: '2026-11-30' },
      deadline: '2026-11-30',
    });
    expect(schemeWindow(swe, undefined, '2026-12-01')).toEqual({
      window: { start: '2026-12-01', end: '2027-11-30' },
      deadline: '2027-11-30',
    });
    expect(schemeWindow(swe, undefined, '2026-01-15').window).toEqual({ start: '2025-12-01', end: '2026-11-30' });
  });
  test('NMC three years ending on the renewal date', () => {
    expect(schemeWindow(nmc, { schemeId: 'nmc', renewalDate: '2027-03-31' }, '2026-11-27')).toEqual({
      window: { start: '2024-04-01', end: '2027-03-31' },
      deadline: '2027-03-31',
    });
  });
});

describe('NMC revalidation', () => {
  const enrol = { schemeId: 'nmc', renewalDate: '2027-03-31', options: { practiceHours: 500 } };
  test('counts CPD and participatory hours in the three-year window only, and builds the summary', () => {
    const ts = [
      training('2024-03-31', 10, { participatory: true }), // the day before the window opens
      training('2024-04-01', 8, { participatory: true }), // first day of the window
      training('2025-06-10', 14, { participatory: true }),
      training('2026-02-01', 6),
    ];
    const p = schemeProgress(nmc, profile([enrol]), ts, [], '2026-11-27');
    const cpd = p.requirements.find((r) => r.id === 'nmc-cpd-hours')!;
    const part = p.requirements.find((r) => r.id === 'nmc-participatory-hours')!;
    expect([cpd.done, cpd.target, cpd.met]).toEqual([28, 35, false]);
    expect([part.done, part.target]).toEqual([22, 20]);
    expect(part.met).toBe(true);
    expect(p.summary).toBe(
      'NMC: 28 of 35 CPD hours, 22 of 20 participatory CPD hours, 0 of 5 pieces of practice-related feedback, revalidation due 31 Mar 2027',
    );
  });
  test('dual registration doubles the practice-hours target; declarations are a checklist, not computed', () => {
    const p = schemeProgress(nmc, profile([{ ...enrol, options: { practiceHours: 500, dualRegistration: true } }]), [], [], '2026-11-27');
    const practice = p.requirements.find((r) => r.id === 'nmc-practice-hours')!;
    expect([practice.done, practice.target, practice.met]).toEqual([500, 900, false]);
    const decl = p.requirements.find((r) => r.id === 'nmc-declarations')!;
    expect(decl.unit).toBe('checklist');
    expect(decl.items).toContain('Health and character declaration');
  });
  test('a realistic nurse from start to complete', () => {
    const ts = [training('2025-01-10', 20, { participatory: true }), training('2025-09-01', 15)];
    const rs = [
      ...Array.from({ length: 5 }, (_, i) => reflection(`2025-0${i + 1}-15`, 'feedback')),
      ...Array.from({ length: 5 }, (_, i) => reflection(`2025-0${i + 1}-20`, 'reflection')),
    ];
    const before = schemeProgress(nmc, profile([enrol]), ts, rs, '2026-11-27');
    expect(before.complete).toBe(false); // no reflective discussion yet
    const discussed = [...rs, reflection('2026-10-01', 'reflective-discussion', { peerName: 'A. Nurse' })];
    expect(schemeProgress(nmc, profile([enrol]), ts, discussed, '2026-11-27').complete).toBe(false); // no confirmation yet
    const confirmer = {
      name: 'B. Manager',
      nmcPin: '12A3456E',
      otherRegistrationType: '',
      otherRegistrationNumber: '',
      email: '',
      address: '',
    };
    const after = schemeProgress(
      nmc,
      profile([enrol]),
      ts,
      [...discussed, reflection('2026-11-20', 'confirmation', { person: confirmer })],
      '2026-11-27',
    );
    expect(after.complete).toBe(true);
  });
});

describe('Social Work England', () => {
  test('two pieces, one with peer reflection, within the registration year', () => {
    const t1 = training('2026-01-10', 3);
    const t2 = training('2026-11-30', 6); // last day of the registration year
    const old = training('2025-11-30', 6); // previous year
    const none = schemeProgress(swe, profile([{ schemeId: 'swe' }]), [t1, t2, old], [], '2026-11-27');
    expect(none.requirements.map((r) => [r.id, r.done, r.met])).toEqual([
      ['swe-cpd-pieces', 2, true],
      ['swe-peer-reflection', 0, false],
    ]);
    const peer = reflection('2026-02-01', 'reflection', { trainingId: t1.id, peerReflection: true });
    const done = schemeProgress(swe, profile([{ schemeId: 'swe' }]), [t1, t2, old], [peer], '2026-11-27');
    // The reflection on t1 upgrades t1; it is not a third piece.
    expect(done.requirements.map((r) => r.done)).toEqual([2, 1]);
    expect(done.complete).toBe(true);
    expect(done.summary).toContain('CPD deadline 30 Nov 2026');
  });
});

describe('one entry, several schemes', () => {
  test('a training counts for NMC and SWE at once, and can be removed from one scheme only', () => {
    const shared = training('2026-03-01', 6, { participatory: true });
    const p = profile([{ schemeId: 'nmc', renewalDate: '2027-03-31' }, { schemeId: 'swe' }]);
    expect(schemeProgress(nmc, p, [shared], [], '2026-11-27').requirements.find((r) => r.id === 'nmc-cpd-hours')!.done).toBe(6);
    expect(schemeProgress(swe, p, [shared], [], '2026-11-27').requirements[0].done).toBe(1);
    const onlySwe = { ...shared, excludedSchemes: ['nmc'] };
    expect(schemeProgress(nmc, p, [onlySwe], [], '2026-11-27').requirements.find((r) => r.id === 'nmc-cpd-hours')!.done).toBe(0);
    expect(schemeProgress(swe, p, [onlySwe], [], '2026-11-27').requirements[0].done).toBe(1);
  });
});

describe('KCSIE', () => {
  test('annual update: due a year after the latest training, due soon within 90 days, overdue after', () => {
    const p = profile([{ schemeId: 'kcsie' }]);
    const annual = (today: string, ts: Training[]) =>
      schemeProgress(kcsie, p, ts, [], today).requirements.find((r) => r.id === 'kcsie-annual-update')!;
    expect(annual('2026-11-27', []).status).toBe('never');
    expect(annual('2026-11-27', [training('2026-06-01', 2)])).toMatchObject({ dueDate: '2027-06-01', status: 'ok' });
    expect(annual('2026-11-27', [training('2026-01-15', 2)])).toMatchObject({ dueDate: '2027-01-15', status: 'due-soon' });
    expect(annual('2026-11-27', [training('2025-11-26', 2)])).toMatchObject({ dueDate: '2026-11-26', status: 'overdue' });
    expect(annual('2026-11-27', [training('2025-11-27', 2)])).toMatchObject({ dueDate: '2026-11-27', status: 'due-soon' });
  });
  test("the DSL's two-yearly training applies only to a designated safeguarding lead", () => {
    const ts = [training('2025-01-10', 6, { title: 'Designated Safeguarding Lead (DSL) refresher' })];
    expect(
      schemeProgress(kcsie, profile([{ schemeId: 'kcsie' }]), ts, [], '2026-11-27').requirements.some((r) => r.id === 'kcsie-dsl-training'),
    ).toBe(false);
    const dsl = schemeProgress(kcsie, profile([{ schemeId: 'kcsie' }], { schoolDsl: true }), ts, [], '2026-11-27').requirements.find(
      (r) => r.id === 'kcsie-dsl-training',
    )!;
    expect(dsl).toMatchObject({ dueDate: '2027-01-10', status: 'due-soon' });
  });
  test("a general staff update renews the annual update but not the DSL's own training", () => {
    const dslCourse = training('2024-06-01', 6, { title: 'Training for designated safeguarding leads' });
    const staffUpdate = training('2026-09-05', 1.5, { title: 'Annual safeguarding update for all staff' });
    const reqs = schemeProgress(
      kcsie,
      profile([{ schemeId: 'kcsie' }], { schoolDsl: true }),
      [dslCourse, staffUpdate],
      [],
      '2026-11-27',
    ).requirements;
    expect(reqs.find((r) => r.id === 'kcsie-annual-update')).toMatchObject({ dueDate: '2027-09-05', status: 'ok' });
    expect(reqs.find((r) => r.id === 'kcsie-dsl-training')).toMatchObject({
      dueDate: '2026-06-01',
      status: 'overdue',
      trainingIds: [dslCourse.id],
    });
    // "DSL" as a word only: a camera course is not DSL training.
    const camera = training('2026-10-01', 2, { title: 'DSLR photography for evidence' });
    expect(
      schemeProgress(kcsie, profile([{ schemeId: 'kcsie' }], { schoolDsl: true }), [camera], [], '2026-11-27').requirements.find(
        (r) => r.id === 'kcsie-dsl-training',
      )!.status,
    ).toBe('never');
  });
  test("the DSL's knowledge and skills are refreshed at least annually (Annex C): DSL updates and e-bulletins count, a staff update does not", () => {
    const req = kcsie.requirements.find((r) => r.id === 'kcsie-dsl-knowledge-refresh')!;
    expect(req).toMatchObject({ kind: 'refresh', intervalMonths: 12, onlyForFlag: 'schoolDsl' });
    expect(req.cite.section).toBe('Annex C: Role of the designated safeguarding lead, Training, knowledge and skills');
    const refresh = (flags: { schoolDsl?: boolean }, ts: Training[]) =>
      schemeProgress(kcsie, profile([{ schemeId: 'kcsie' }], flags), ts, [], '2026-11-27').requirements.find(
        (r) => r.id === 'kcsie-dsl-knowledge-refresh',
      );
    const network = training('2026-03-10', 2, { title: 'DSL network meeting' });
    const bulletin = training('2026-05-02', 0.5, { title: 'Safeguarding e-bulletin, spring term' });
    const staffUpdate = training('2026-09-05', 1.5, { title: 'Annual safeguarding update for all staff' });
    expect(refresh({}, [network])).toBeUndefined();
    expect(refresh({ schoolDsl: true }, [staffUpdate])!.status).toBe('never');
    expect(refresh({ schoolDsl: true }, [network, staffUpdate])).toMatchObject({ dueDate: '2027-03-10', status: 'ok' });
    expect(refresh({ schoolDsl: true }, [network, bulletin, staffUpdate])).toMatchObject({
      dueDate: '2027-05-02',
      trainingIds: [bulletin.id],
    });
    expect(refresh({ schoolDsl: true }, [training('2025-10-01', 2, { title: 'DSL network meeting' })])!.status).toBe('overdue');
  });

  test("the DSL's yearly refresh by its title: whole words, plurals and possessives count; near misses do not", () => {
    const req = kcsie.requirements.find((r) => r.id === 'kcsie-dsl-knowledge-refresh')!;
    if (req.kind !== 'refresh') throw new Error('not a refresh');
    const counts = (title: string, level = '') => recognisedFor(req, { title, level });
    for (const title of [
      'DSL network meeting',
      "DSLs' forum, spring term",
      'Designated Safeguarding Leads briefing',
      "The DSL's annual refresher",
      'Deputy DSL update',
      'DDSL update',
      'Safeguarding e-bulletin, autumn',
      'Safeguarding bulletins digest',
      'Safeguarding leads network',
    ])
      expect(counts(title), title).toBe(true);
    expect(counts('Half-termly briefing', 'Designated safeguarding lead')).toBe(true);
    for (const title of [
      'Fire safety bulletin',
      'Safeguarding leadership for governors',
      'Broadband ADSL set-up',
      'DSLR photography for displays',
      'Designated teacher for looked-after children',
      'Annual safeguarding update for all staff',
      'Reading safeguarding developments',
    ])
      expect(counts(title), title).toBe(false);
  });

  test("the DSL's own choice on an entry wins over its title, both ways, and only for that requirement", () => {
    const refresh = (ts: Training[]) =>
      schemeProgress(kcsie, profile([{ schemeId: 'kcsie' }], { schoolDsl: true }), ts, [], '2026-11-27').requirements;
    // "simply taking time to read and digest safeguarding developments": no title says so.
    const reading = training('2026-06-01', 1, { title: 'Reading safeguarding developments' });
    expect(refresh([reading]).find((r) => r.id === 'kcsie-dsl-knowledge-refresh')!.status).toBe('never');
    const chosen = { ...reading, countsTowards: ['kcsie-dsl-knowledge-refresh'] };
    const after = refresh([chosen]);
    expect(after.find((r) => r.id === 'kcsie-dsl-knowledge-refresh')).toMatchObject({ status: 'ok', trainingIds: [reading.id] });
    expect(after.find((r) => r.id === 'kcsie-dsl-training')!.status).toBe('never');
    // A title naming the DSL that is not the DSL's refresh (a talk the DSL gave to staff).
    const talk = training('2026-07-01', 1, { title: 'DSL talk to new staff', excludedSchemes: ['kcsie-dsl-knowledge-refresh'] });
    expect(refresh([talk]).find((r) => r.id === 'kcsie-dsl-knowledge-refresh')!.status).toBe('never');
    expect(refresh([talk]).find((r) => r.id === 'kcsie-dsl-training')).toMatchObject({ trainingIds: [talk.id] });
    // Left out of KCSIE altogether: no choice inside it counts.
    expect(refresh([{ ...chosen, excludedSchemes: ['kcsie'] }]).find((r) => r.id === 'kcsie-dsl-knowledge-refresh')!.status).toBe('never');
  });

  test('the induction checklist asks no sign-off of the designated safeguarding lead, which KCSIE does not ask of staff', () => {
    const induction = kcsie.requirements.find((r) => r.id === 'kcsie-induction')!;
    expect(induction.kind === 'checklist' && induction.signOffRoles).toEqual(['Staff member']);
  });

  test('29 February: a year after 29 Feb 2024 is 28 Feb 2025', () => {
    const r = schemeProgress(kcsie, profile([{ schemeId: 'kcsie' }]), [training('2024-02-29', 2)], [], '2025-02-28').requirements[0];
    expect(r).toMatchObject({ dueDate: '2025-02-28', status: 'due-soon' });
  });
});
