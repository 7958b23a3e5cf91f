import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CoursesScreen } from '../../src/ui/screens/Courses';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { localToday } from '../../src/domain/dates';
import { profile, training } from '../domain/fixtures';

beforeEach(async () => {
  await Promise.all([db.trainings.clear(), db.plans.clear(), db.enrolments.clear(), db.settings.clear(), db.certificates.clear()]);
});
afterEach(() => {
  cleanup();
  useProfileStore.setState({ status: 'loading', profile: null, error: null });
});

test('Courses for you (London Group C): own and adjoining courses, search and filters, plan/log per course, done marked', async () => {
  useProfileStore.setState({ status: 'ready', profile: profile({ frameworkId: 'london', groupId: 'london-group-c' }) });
  await db.trainings.put(
    training(localToday(), { title: 'Court skills', link: { frameworkId: 'london', courseId: 'london-c-court-skills-level-2' } }),
  );
  render(<CoursesScreen />);
  const count = await screen.findByText(/^\d+ of \d+ courses$/, {}, { timeout: 15000 });
  const [, shownAll, total] = count.textContent!.match(/^(\d+) of (\d+)/)!.map(Number);
  expect(shownAll).toBe(total);
  expect(total).toBeGreaterThan(10);
  fireEvent.input(screen.getByLabelText('Show'), { target: { value: 'adjoining' } });
  await waitFor(() => expect(screen.getAllByText('Level next to yours').length).toBe(Number(count.textContent!.match(/^\d+/)![0])));
  fireEvent.input(screen.getByLabelText('Show'), { target: { value: 'all' } });
  fireEvent.input(screen.getByLabelText('Search courses'), { target: { value: 'court skills' } });
  await waitFor(() => expect(Number(count.textContent!.match(/^\d+/)![0])).toBeLessThan(total));
  const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
  expect(headings.every((h) => /court skills/i.test(h!))).toBe(true);
  const planLinks = screen.queryAllByRole('link', { name: /^Plan it/ }).map((a) => a.getAttribute('href'));
  expect(planLinks.every((h) => h!.startsWith('#/record/plan/new?course='))).toBe(true);
  // The one done (Group C's Court skills Level 2) is marked and has no plan action.
  expect(screen.getAllByText('Done')).toHaveLength(1);
  expect(planLinks).not.toContain('#/record/plan/new?course=london-c-court-skills-level-2');
});
