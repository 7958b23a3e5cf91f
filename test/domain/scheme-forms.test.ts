/** What is missing for NMC revalidation and SWE CPD decides the scheme card's action: feedback,
 * a written reflective account, the reflective discussion, the confirmation (each on its form). */
import { describe, expect, test } from 'vitest';
import { nmc, swe } from '../../src/frameworks/schemes';
import { schemeProgress, singularNoun } from '../../src/domain/schemes';
import { missingEvidence, suggestFromSchemes } from '../../src/domain/engine/schemes';
import type { Profile, Reflection, Training } from '../../src/domain/types';
import { NMC_ENROLMENT, reflection, registrant, training as fixtureTraining } from './fixtures';

const today = '2026-11-27';
const nurse: Pick<Profile, 'flags' | 'schemes'> = { flags: {}, schemes: [NMC_ENROLMENT] };
/** A course of `hours` hours ending on `endDate`, participatory or not. */
const training = (endDate: string, hours: number, participatory: boolean) => fixtureTraining(endDate, { hours, participatory });
const hours = [training('2025-05-01', 20, true), training('2026-02-01', 15, false)];
const feedback = ['2025-01-10', '2025-03-10', '2025-06-10', '2025-09-10', '2026-01-10'].map((d) => reflection(d, 'feedback'));
const accounts = ['2025-01-11', '2025-03-11', '2025-06-11', '2025-09-11', '2026-01-11'].map((d) =>
  reflection(d, 'reflection', {
    template: 'nmc',
    text: '',
    sections: { nature: 'A course', learned: 'Listening', changed: 'I ask first', code: 'Prioritise people' },
    codeThemes: ['prioritise-people'],
  }),
);
const discussion = reflection('2026-10-01', 'reflective-discussion', { text: '', person: registrant('A. Nurse') });

function nextAction(trainings: Training[], reflections: Reflection[]) {
  return missingEvidence(nmc, schemeProgress(nmc, nurse, trainings, reflections, today))[0]?.action;
}

describe('NMC: the next thing missing, and the form that records it', () => {
  test('in order: CPD hours, feedback, a reflective account, the discussion, the confirmation, then nothing', () => {
    expect(nextAction([], [])).toEqual({ type: 'log-training' });
    expect(nextAction(hours, [])).toEqual({ type: 'write-reflection', form: 'feedback' });
    expect(nextAction(hours, feedback)).toEqual({ type: 'write-reflection', form: 'nmc-account' });
    expect(nextAction(hours, [...feedback, ...accounts.slice(0, 4)])).toEqual({ type: 'write-reflection', form: 'nmc-account' });
    expect(nextAction(hours, [...feedback, ...accounts])).toEqual({ type: 'write-reflection', form: 'reflective-discussion' });
    expect(nextAction(hours, [...feedback, ...accounts, discussion])).toEqual({ type: 'write-reflection', form: 'confirmation' });
    const confirmation = reflection('2026-11-20', 'confirmation', { text: '', person: registrant('B. Manager') });
    expect(nextAction(hours, [...feedback, ...accounts, discussion, confirmation])).toBeUndefined();
    expect(schemeProgress(nmc, nurse, hours, [...feedback, ...accounts, discussion, confirmation], today).complete).toBe(true);
  });

  test('a confirmation counts only with the confirmer named, and only inside the three years', () => {
    const base = [...feedback, ...accounts, discussion];
    const unnamed = reflection('2026-11-20', 'confirmation', { text: '', person: registrant('  ') });
    const before = reflection('2024-03-31', 'confirmation', { text: '', person: registrant('B. Manager') });
    const p = schemeProgress(nmc, nurse, hours, [...base, unnamed, before], today);
    expect(p.requirements.find((r) => r.id === 'nmc-confirmation')).toMatchObject({ done: 0, target: 1, met: false });
    expect(missingEvidence(nmc, p).map((m) => m.phrase)).toEqual(['1 confirmation']);
  });

  test("Home's scheme suggestion opens the same form as the card", () => {
    const s = suggestFromSchemes({
      schemes: [nmc],
      profile: nurse,
      trainings: hours,
      reflections: [...feedback, ...accounts],
      plans: [],
      today,
      dueSoonDays: 90,
    }).find((x) => x.id === 'scheme:nmc:targets')!;
    expect(s.action).toEqual({ type: 'write-reflection', form: 'reflective-discussion' });
    expect(s.title).toBe('NMC: 1 reflective discussion with another NMC registrant and 1 confirmation still to log');
  });
});

describe('Social Work England: peer reflection from the form, and the singular piece', () => {
  const sw: Pick<Profile, 'flags' | 'schemes'> = { flags: {}, schemes: [{ schemeId: 'swe', renewalDate: null, options: {} }] };
  const piece = (peer: string) =>
    reflection('2026-10-01', 'reflection', {
      template: 'swe',
      text: '',
      cpdType: 'Peer learning',
      sections: { description: 'Team case discussion', learned: 'x', impact: 'y', ...(peer ? { peer } : {}) },
    });

  test("the form's peer question answered makes it a piece with peer reflection", () => {
    const without = schemeProgress(swe, sw, [], [piece('')], today);
    expect(without.requirements.find((r) => r.id === 'swe-peer-reflection')?.done).toBe(0);
    expect(missingEvidence(swe, without).map((m) => m.action)).toEqual([
      { type: 'log-training' },
      { type: 'write-reflection', form: 'swe-cpd' },
    ]);
    const withPeer = schemeProgress(swe, sw, [], [piece('My colleague asked what I would do next')], today);
    expect(withPeer.requirements.find((r) => r.id === 'swe-peer-reflection')?.done).toBe(1);
    expect(withPeer.summary).toBe('SWE: 1 of 2 pieces of CPD, 1 of 1 piece of CPD with peer reflection, CPD deadline 30 Nov 2026');
  });

  test('singular nouns', () => {
    expect(singularNoun('pieces of CPD with peer reflection')).toBe('piece of CPD with peer reflection');
    expect(singularNoun('written reflective accounts')).toBe('written reflective account');
    expect(singularNoun('confirmation')).toBe('confirmation');
    expect(singularNoun('reflective discussion with another NMC registrant')).toBe('reflective discussion with another NMC registrant');
  });
});
