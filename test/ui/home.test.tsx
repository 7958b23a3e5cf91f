import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { HomeScreen } from '../../src/ui/screens/Home';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { loadConfirmedSteps } from '../../src/db/enrolments';
import { localToday } from '../../src/domain/dates';
import { profile, training } from '../domain/fixtures';

beforeEach(async () => {
  await Promise.all([db.trainings.clear(), db.plans.clear(), db.enrolments.clear(), db.settings.clear(), db.certificates.clear()]);
});
afterEach(() => {
  cleanup();
  useProfileStore.setState({ status: 'loading', profile: null, error: null });
});

test('Solihull school DSL who makes referrals: the required step first, only what can be done now, Modules 1 and 2 once it is met', async () => {
  useProfileStore.setState({
    status: 'ready',
    profile: profile({ frameworkId: 'solihull', groupId: 'solihull-early-help', flags: { schoolDsl: true, makesReferrals: true } }),
  });
  const today = localToday();
  await db.trainings.bulkPut([training(today, { hours: 1, title: 'Webinar one' }), training(today, { hours: 1, title: 'Webinar two' })]);
  render(<HomeScreen />);
  const items = await waitFor(
    () => {
      const found = document.querySelectorAll('.suggestion');
      expect(found.length).toBeGreaterThanOrEqual(2);
      return found;
    },
    { timeout: 15000 },
  ); // the first render loads Home's lazy chunk
  expect(items.length).toBeLessThanOrEqual(5);
  const first = items[0] as HTMLElement;
  expect(within(first).getByRole('heading').textContent).toBe('Foundation-level safeguarding training in your own agency');
  // One badge for when, one for the force; the source (partnership and document, no file name)
  // behind "Why?".
  expect([...first.querySelectorAll('.tag')].map((t) => t.textContent)).toEqual(['Next', 'Requirement']);
  const why = within(first).getByRole('button', { name: /^Why\?/ });
  expect(why.getAttribute('aria-expanded')).toBe('false');
  expect((first.querySelector('.suggestion__why') as HTMLElement).hidden).toBe(true);
  fireEvent.click(why);
  expect(why.getAttribute('aria-expanded')).toBe('true');
  expect((first.querySelector('.suggestion__why') as HTMLElement).hidden).toBe(false);
  expect(first.textContent).toContain(
    'Source: Solihull Safeguarding Children Partnership (SSCP), Multi-Agency Safeguarding Workforce Training Strategy, The Core curriculum.',
  );
  expect(first.textContent).not.toMatch(/\.txt/);
  expect(within(first).getByRole('link').getAttribute('href')).toBe('#/record/training/new');
  // Modules 1 and 2 wait on the required step: not shown until it is met; nothing shown is blocked.
  expect(screen.queryByRole('heading', { name: /^Module 1/ })).toBeNull();
  for (const item of items) expect(item.textContent).not.toContain('First:');
  expect(screen.getByText(/of at least 3 hours, ideally 6 hours/).textContent).toContain('2 hours multi-agency');
  expect(screen.getByText('Suggested, not a fixed rule.')).toBeTruthy();

  // Logging single-agency training updates Home live: the step goes, Modules 1 and 2 come first.
  await db.trainings.put(training(today, { agency: 'single', title: 'Agency foundation' }));
  await waitFor(() => expect(screen.queryByText('Foundation-level safeguarding training in your own agency')).toBeNull(), {
    timeout: 10000,
  });
  const next = document.querySelectorAll('.suggestion');
  expect(within(next[0] as HTMLElement).getByRole('heading').textContent).toMatch(/^Module 1/);
  expect(
    within(next[0] as HTMLElement)
      .getByRole('link')
      .getAttribute('href'),
  ).toBe('#/record/plan/new?course=solihull-module-1');
  expect(within(next[1] as HTMLElement).getByRole('heading').textContent).toMatch(/^Module 2/);
});

test('London: a step only the user can confirm is confirmed in one tap and stored', async () => {
  useProfileStore.setState({ status: 'ready', profile: profile({ frameworkId: 'london', groupId: null }) });
  render(<HomeScreen />);
  const button = await screen.findByRole('button', { name: /Yes, I have done this/ }, { timeout: 15000 });
  fireEvent.click(button);
  await waitFor(async () => expect((await loadConfirmedSteps()).length).toBe(1), { timeout: 10000 });
  await waitFor(() => expect(screen.queryByRole('button', { name: /Yes, I have done this/ })).toBeNull(), { timeout: 10000 });
});

test('nothing to do: says so, and nothing is overdue', async () => {
  useProfileStore.setState({ status: 'ready', profile: profile({ frameworkId: 'worcestershire', groupId: null }) });
  render(<HomeScreen />);
  await screen.findByText(/You are up to date/, {}, { timeout: 15000 });
  expect(screen.queryByRole('region', { name: 'Also overdue or due soon' })).toBeNull();
  expect(screen.getByRole('button', { name: 'Download reminders (.ics)' })).toBeTruthy();
});
