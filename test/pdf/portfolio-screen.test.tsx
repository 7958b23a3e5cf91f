import { afterEach, beforeEach, expect, test, vi } from 'vitest';

// The worker build is tested in render.test.ts; here the screen gets a made PDF straight away.
vi.mock('../../src/pdf/client', () => ({
  buildPortfolioPdf: async () => ({ blob: new Blob(['%PDF-1.7']), pages: 3, unreadable: [], imageBytes: 0 }),
}));
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { PortfolioScreen } from '../../src/ui/screens/Portfolio';
import { useProfileStore } from '../../src/state/profile';
import { usePortfolioChoices } from '../../src/state/portfolio';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { addDaysIso, localToday } from '../../src/domain/dates';
import { DEFAULT_OPTIONS } from '../../src/pdf/model';
import { profile, reflection, training } from './fixtures';

const today = localToday();

beforeEach(async () => {
  await db.open();
  const { id: _id, createdAt: _c, updatedAt: _u, ...p } = profile({ lastSupervisionDate: addDaysIso(today, -30) });
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(p), error: null });
  usePortfolioChoices.setState({ preset: 'supervision', period: null, options: DEFAULT_OPTIONS });
  const at = (days: number) => ({ startDate: addDaysIso(today, -days), endDate: addDaysIso(today, -days) });
  await db.trainings.bulkPut([training(1, at(10)), training(2, at(20)), training(3, at(100)), training(4, at(400))]);
  await db.reflections.put(reflection(1, { date: addDaysIso(today, -5), text: 'The mother, Jane Smith, asked for help.', sections: {} }));
});
afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
});

test('shows what each preset and period includes, and what the privacy check found, with a link to edit', async () => {
  render(<PortfolioScreen />);
  await screen.findByText(/2 training entries/);
  expect(screen.getByText(/1 reflection$/)).toBeTruthy();
  expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe(addDaysIso(today, -30));

  const link = await screen.findByRole('link', { name: /Edit reflection: Reflection 1/ });
  expect(link.getAttribute('href')).toBe('#/record/reflection/r1');
  expect(screen.getByText(/A full name beside a family word/)).toBeTruthy();

  fireEvent.click(screen.getByLabelText(/Appraisal portfolio/));
  await screen.findByText(/3 training entries/);
  expect(screen.getByLabelText('Reflections in full (otherwise summaries)')).toBeTruthy();

  fireEvent.click(screen.getByLabelText(/Full training record/));
  await screen.findByText(/4 training entries/);
  expect(screen.queryByLabelText('From')).toBeNull();

  // Leaving reflections out drops them from the counts and from the privacy check.
  fireEvent.click(screen.getByLabelText('Reflections'));
  await waitFor(() => expect(screen.queryByRole('link', { name: /Edit reflection/ })).toBeNull());
  expect(screen.getByText(/nothing that looks like/)).toBeTruthy();
});

test('a period that ends before it starts is explained and nothing is generated from it', async () => {
  render(<PortfolioScreen />);
  await screen.findByText(/2 training entries/);
  fireEvent.change(screen.getByLabelText('From'), { target: { value: addDaysIso(today, 5) } });
  expect((await screen.findByRole('alert')).textContent).toBe('The start of the period must be on or before its end.');
  expect(screen.queryByRole('button', { name: 'Generate PDF' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Back to the usual period' }));
  await screen.findByRole('button', { name: 'Generate PDF' });
});

test('offers a preset for each scheme the profile follows, with its window as the period', async () => {
  const { id: _id, createdAt: _c, updatedAt: _u, ...p } = profile({ schemes: [{ schemeId: 'swe' }] });
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(p), error: null });
  render(<PortfolioScreen />);
  await screen.findByText(/2 training entries/);
  expect(screen.queryByLabelText(/NMC revalidation portfolio/)).toBeNull();
  const swe = screen.getByLabelText(/Social Work England CPD portfolio/);
  expect(screen.getByText(/Laid out as SWE asks: progress against each requirement and CPD pieces\./)).toBeTruthy();
  fireEvent.click(swe);
  // The registration year (1 December to 30 November) that holds today.
  const start = (screen.getByLabelText('From') as HTMLInputElement).value;
  expect(start).toMatch(/-12-01$/);
  expect((screen.getByLabelText('To') as HTMLInputElement).value).toMatch(/-11-30$/);
  expect(start <= today).toBe(true);
  expect(screen.getByText(/current registration year unless you change it/)).toBeTruthy();
  expect(screen.queryByText(/^\d+ impact follow-ups?$/)).toBeNull();
  await screen.findByRole('button', { name: 'Generate PDF' });
});

test('a scheme preset left behind after the scheme is removed falls back to supervision', async () => {
  usePortfolioChoices.setState({ preset: 'scheme:nmc', period: null, options: DEFAULT_OPTIONS });
  render(<PortfolioScreen />);
  await screen.findByText(/2 training entries/);
  expect((screen.getByLabelText(/Supervision portfolio/) as HTMLInputElement).checked).toBe(true);
});

test('after a supervision PDF is made, offers to record today as the last supervision', async () => {
  URL.createObjectURL ??= () => 'blob:portfolio';
  URL.revokeObjectURL ??= () => undefined;
  render(<PortfolioScreen />);
  fireEvent.click(await screen.findByRole('button', { name: 'Generate PDF' }));
  await screen.findByText(/Your PDF is ready: 3 pages/);
  fireEvent.click(screen.getByRole('button', { name: /as your last supervision$/ }));
  await screen.findByText(/Saved: your last supervision was/);
  expect((await db.profile.get('profile'))?.lastSupervisionDate).toBe(today);
  expect(useProfileStore.getState().profile?.lastSupervisionDate).toBe(today);
  // The next supervision portfolio starts from it.
  await waitFor(() => expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe(today));

  // Undo puts the earlier date back, in the store and on the device.
  const undo = screen.getByRole('button', { name: 'Undo' });
  await waitFor(() => expect(document.activeElement).toBe(undo));
  fireEvent.click(undo);
  await screen.findByText(/Undone: your last supervision is/);
  expect((await db.profile.get('profile'))?.lastSupervisionDate).toBe(addDaysIso(today, -30));
  expect(useProfileStore.getState().profile?.lastSupervisionDate).toBe(addDaysIso(today, -30));
  await waitFor(() => expect((screen.getByLabelText('From') as HTMLInputElement).value).toBe(addDaysIso(today, -30)));
});

test('no offer after an appraisal PDF', async () => {
  URL.createObjectURL ??= () => 'blob:portfolio';
  URL.revokeObjectURL ??= () => undefined;
  usePortfolioChoices.setState({ preset: 'appraisal', period: null, options: DEFAULT_OPTIONS });
  render(<PortfolioScreen />);
  fireEvent.click(await screen.findByRole('button', { name: 'Generate PDF' }));
  await screen.findByText(/Your PDF is ready: 3 pages/);
  expect(screen.queryByRole('button', { name: /as your last supervision$/ })).toBeNull();
});

test('the points to discuss are the user’s: suggested from practice, then added, edited, reordered and removed, and kept after a reload', async () => {
  // Training 3 (100 days ago) would suggest its impact note: this test is about one point.
  await db.trainings.delete('t3');
  await db.reflections.put(
    reflection(2, { date: addDaysIso(today, -3), title: 'Chronologies', sections: { nowWhat: 'Ask how to share chronologies.' } }),
  );
  const first = render(<PortfolioScreen />);
  const agenda = await screen.findByRole('group', { name: 'Points to discuss' });
  const point1 = await within(agenda).findByLabelText('Point 1 of 1');
  expect((point1 as HTMLTextAreaElement).value).toMatch(/^Ask how to share chronologies\. \(from my reflection on Chronologies/);
  // The record checklist is off by default.
  expect((screen.getByLabelText(/Record checklist/) as HTMLInputElement).checked).toBe(false);

  fireEvent.input(within(agenda).getByLabelText('Add a point'), { target: { value: 'My caseload' } });
  fireEvent.click(within(agenda).getByRole('button', { name: 'Add point' }));
  await within(agenda).findByLabelText('Point 2 of 2');
  fireEvent.click(within(agenda).getByRole('button', { name: 'Move up: point 2' }));
  await waitFor(() => expect((within(agenda).getByLabelText('Point 1 of 2') as HTMLTextAreaElement).value).toBe('My caseload'));
  // Focus stays with the point moved (now first: its "Move up" is disabled, so its text).
  await waitFor(() => expect(document.activeElement).toBe(within(agenda).getByLabelText('Point 1 of 2')));
  fireEvent.input(within(agenda).getByLabelText('Point 2 of 2'), { target: { value: 'Chronologies with health visitors' } });
  await screen.findByText(/2 points to discuss/);

  // Stored as a draft: a reload brings it back as it was.
  await waitFor(async () =>
    expect((await db.drafts.get('portfolio:agenda'))?.data).toMatchObject({
      items: [{ text: 'My caseload' }, { text: 'Chronologies with health visitors' }],
    }),
  );
  first.unmount();
  render(<PortfolioScreen />);
  const again = await screen.findByRole('group', { name: 'Points to discuss' });
  expect(((await within(again).findByLabelText('Point 2 of 2')) as HTMLTextAreaElement).value).toBe('Chronologies with health visitors');

  fireEvent.click(within(again).getByRole('button', { name: 'Remove: point 1' }));
  await within(again).findByLabelText('Point 1 of 1');
  await screen.findByText(/1 point to discuss/);
  fireEvent.click(within(again).getByRole('button', { name: 'Start again from the suggested points' }));
  await waitFor(() => expect((within(again).getByLabelText('Point 1 of 1') as HTMLTextAreaElement).value).toMatch(/^Ask how to share/));
});
