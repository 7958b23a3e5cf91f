/** The sign-off screen: the supervisor reads the period's entries, writes agreed actions, signs by
 * typing their name (the keyboard alternative to drawing), and the entry changed afterwards shows
 * "changed since signed on ...". Real IndexedDB semantics (fake-indexeddb). */
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { SignOffScreen } from '../../src/ui/screens/SignOff';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { formatDate, localToday, addDaysIso } from '../../src/domain/dates';
import { profileFields } from '../fixtures/profile';
import { training } from '../domain/fixtures';

beforeEach(async () => {
  await db.open();
  const p = await saveProfile(profileFields({ name: 'Sam', lastSupervisionDate: addDaysIso(localToday(), -30) }));
  useProfileStore.setState({ status: 'ready', profile: p, error: null });
});
afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
});

test('signed with a typed name; agreed actions stored; a later change shows "changed since signed"', async () => {
  const today = localToday();
  const t = training(addDaysIso(today, -10), { id: 'tr-1', title: 'Neglect awareness' });
  await db.trainings.put(t);
  render(<SignOffScreen />);
  await screen.findByRole('heading', { name: 'Neglect awareness' });

  fireEvent.click(screen.getByRole('button', { name: 'Sign off' }));
  expect((await screen.findAllByRole('alert')).map((a) => a.textContent)).toEqual([
    "Enter the supervisor's name.",
    "Enter the supervisor's role, for example Team manager.",
    'Sign in the box, or choose to type your name instead.',
  ]);
  expect(await db.signoffs.count()).toBe(0);

  fireEvent.input(screen.getByLabelText('Agreed actions (one per line)'), { target: { value: 'Book level 3\nRead the toolkit' } });
  fireEvent.input(screen.getByLabelText("Supervisor's name"), { target: { value: 'Jo Supervisor' } });
  fireEvent.input(screen.getByLabelText("Supervisor's role"), { target: { value: 'Team manager' } });
  fireEvent.click(screen.getByLabelText('Type your name as your signature'));
  fireEvent.input(screen.getByLabelText('Your full name, as your signature'), { target: { value: 'Jo Supervisor' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign off' }));
  await screen.findByText(/Signed off by Jo Supervisor \(Team manager\)/);

  const [s] = await db.signoffs.toArray();
  expect(s).toMatchObject({ supervisorName: 'Jo Supervisor', signature: { kind: 'typed', text: 'Jo Supervisor' }, date: today });
  expect(s.agreedActions.map((a) => [a.text, a.status])).toEqual([
    ['Book level 3', 'agreed'],
    ['Read the toolkit', 'agreed'],
  ]);
  expect(s.covered.map((c) => c.id)).toEqual(['tr-1']);
  cleanup();

  // The entry is changed after it was signed.
  await db.trainings.put({ ...t, hours: 6 });
  render(<SignOffScreen />);
  const history = await screen.findByRole('heading', { name: 'Earlier sign-offs' });
  expect(history).toBeTruthy();
  await waitFor(() => expect(screen.getByText(`Neglect awareness: changed since signed on ${formatDate(today)}`)).toBeTruthy());
  // Last time's actions can be reviewed.
  const reviewed = screen.getByLabelText('Book level 3') as HTMLSelectElement;
  expect(
    within(reviewed)
      .getAllByRole('option')
      .map((o) => o.textContent),
  ).toContain('Done');

  // The confirmation said what it covered in words, never "0 …" (checked above by its start).
  // Deleting the sign-off: a confirmation that says what goes and what stays, then Undo.
  fireEvent.click(screen.getByRole('button', { name: `Delete: the sign-off of ${formatDate(today)}` }));
  const dialog = await screen.findByRole('alertdialog', { name: 'Delete this sign-off?' });
  expect(dialog.textContent).toContain(
    `This removes Jo Supervisor’s sign-off of ${formatDate(today)}: the signature and the 2 agreed actions.`,
  );
  expect(dialog.textContent).toContain('The training and reflections it covered stay in your record.');
  fireEvent.click(within(dialog).getByRole('button', { name: 'Delete the sign-off' }));
  await screen.findByText(`Sign-off of ${formatDate(today)} by Jo Supervisor deleted.`);
  expect(await db.signoffs.count()).toBe(0);
  expect(await db.deletions.get(s.id)).toMatchObject({ table: 'signoffs' });
  expect(await db.trainings.get('tr-1')).toBeDefined();
  fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
  await waitFor(async () => expect(await db.signoffs.count()).toBe(1));
  expect(await db.deletions.get(s.id)).toBeUndefined();
});

test('a sign-off of a period with no entries and no actions is confirmed in plain words', async () => {
  render(<SignOffScreen />);
  await screen.findByText(/No training or reflections in this period/);
  fireEvent.input(screen.getByLabelText("Supervisor's name"), { target: { value: 'Jo Supervisor' } });
  fireEvent.input(screen.getByLabelText("Supervisor's role"), { target: { value: 'Team manager' } });
  fireEvent.click(screen.getByLabelText('Type your name as your signature'));
  fireEvent.input(screen.getByLabelText('Your full name, as your signature'), { target: { value: 'Jo Supervisor' } });
  fireEvent.click(screen.getByRole('button', { name: 'Sign off' }));
  const done = await screen.findByText(/Signed off by Jo Supervisor/);
  expect(done.textContent).toContain(
    'It records the supervision; there was no training or reflection in the period, and no actions were agreed.',
  );
  expect(done.textContent).not.toMatch(/\b0\b/);
});
