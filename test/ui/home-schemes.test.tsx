import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { HomeScreen } from '../../src/ui/screens/Home';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { addDaysIso, formatDate, localToday } from '../../src/domain/dates';
import { profile, training } from '../domain/fixtures';

beforeEach(async () => {
  await Promise.all([
    db.trainings.clear(),
    db.plans.clear(),
    db.enrolments.clear(),
    db.settings.clear(),
    db.certificates.clear(),
    db.reflections.clear(),
  ]);
});
/** The scheme's line (its name is in bold, so the text spans two elements). */
function schemeLine(section: HTMLElement, shortName: string): HTMLElement {
  return within(section).getByText((_, el) => el?.tagName === 'P' && !!el.textContent?.startsWith(`${shortName}: `));
}

afterEach(() => {
  cleanup();
  useProfileStore.setState({ status: 'loading', profile: null, error: null });
});

test('a nurse and social worker: a line and a bar per scheme beside the hours, and the schemes in the ranked list', async () => {
  const today = localToday();
  const renewal = addDaysIso(today, 60);
  useProfileStore.setState({
    status: 'ready',
    profile: profile({
      frameworkId: 'worcestershire',
      groupId: null,
      schemes: [
        { schemeId: 'nmc', renewalDate: renewal, options: { practiceHours: 500 } },
        { schemeId: 'swe', renewalDate: null, options: {} },
      ],
    }),
  });
  await db.trainings.bulkPut([
    training(today, { hours: 14, participatory: true, title: 'Child protection update' }),
    training(today, { hours: 14, participatory: false, title: 'Online safety e-learning' }),
  ]);
  await db.reflections.put({
    id: 'rf1',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    trainingId: null,
    kind: 'feedback',
    date: today,
    title: 'Feedback from a parent',
    template: 'free',
    sections: {},
    text: 'Thanked me',
    peerReflection: false,
  });
  render(<HomeScreen />);
  const section = await screen.findByRole('region', { name: 'Professional schemes' }, { timeout: 15000 });
  const nmcLine = schemeLine(section, 'NMC');
  expect(nmcLine.textContent).toBe(
    `NMC: 28 of 35 CPD hours, 14 of 20 participatory CPD hours, 1 of 5 pieces of practice-related feedback, revalidation due ${formatDate(renewal)}.`,
  );
  expect(schemeLine(section, 'SWE').textContent).toMatch(
    /^SWE: 2 of 2 pieces of CPD, 0 of 1 piece of CPD with peer reflection, CPD deadline 30 Nov \d{4}\.$/,
  );
  const bars = within(section).getAllByRole('progressbar');
  expect(bars.map((b) => b.getAttribute('aria-label'))).toEqual(['NMC: 28 of 35 CPD hours', 'SWE: 2 of 2 pieces of CPD']);
  expect(bars[0].getAttribute('aria-valuenow')).toBe('28');
  expect(within(section).getByRole('link', { name: 'Your schemes in full' }).getAttribute('href')).toBe('#/schemes');
  expect(screen.queryByText(/Add a scheme/)).toBeNull();

  // Revalidation in 60 days: the scheme is due soon, among the top of the ranked list (only
  // other due-soon items before it), with its source.
  const cards = [...document.querySelectorAll('.suggestion')] as HTMLElement[];
  const at = cards.findIndex(
    (c) => within(c).getByRole('heading').textContent === 'NMC: 7 CPD hours, 6 participatory CPD hours and 4 more still to log',
  );
  expect(at).toBeGreaterThanOrEqual(0);
  expect(cards.slice(0, at).every((c) => c.classList.contains('suggestion--due-soon') || c.classList.contains('suggestion--overdue'))).toBe(
    true,
  );
  const first = cards[at];
  expect(first.textContent).toContain('Due soon');
  expect(first.textContent).toMatch(new RegExp(`due ${formatDate(renewal)}`, 'i'));
  expect([...first.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['Due soon', 'Requirement']);
  expect(first.textContent).toContain(
    'Source: Nursing and Midwifery Council (NMC), “Revalidation: how to revalidate with the NMC”, Revalidation requirements.',
  );
  expect(first.textContent).toContain("Check the NMC's current revalidation guidance");
  expect(within(first).getByRole('link').getAttribute('href')).toBe('#/record/training/new');
  // Not repeated below: that list holds only due steps beyond the cards shown.
  expect(screen.queryByRole('region', { name: 'Also overdue or due soon' })?.textContent ?? '').not.toMatch(/NMC: 7 CPD hours/);

  // A peer-reflected reflection completes SWE's year: the line updates live.
  await db.reflections.put({
    id: 'rf2',
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    trainingId: null,
    kind: 'reflection',
    date: today,
    title: 'Peer reflection',
    template: 'free',
    sections: {},
    text: 'Talked it through',
    peerReflection: true,
  });
  await waitFor(() => expect(schemeLine(section, 'SWE').textContent).toContain('1 of 1 piece of CPD with peer reflection'), {
    timeout: 10000,
  });
  expect(schemeLine(section, 'SWE').textContent).toMatch(/\. All counted requirements met\.$/);
});

test('no scheme followed: a short link to add one', async () => {
  useProfileStore.setState({ status: 'ready', profile: profile({ frameworkId: 'worcestershire', groupId: null }) });
  render(<HomeScreen />);
  const link = await screen.findByRole(
    'link',
    { name: 'Also answer to NMC, Social Work England or KCSIE? Add a scheme' },
    { timeout: 15000 },
  );
  expect(link.getAttribute('href')).toBe('#/schemes');
  expect(screen.queryByRole('region', { name: 'Professional schemes' })).toBeNull();
});
