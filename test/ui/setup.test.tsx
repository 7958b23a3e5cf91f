import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { FAKE_INFOS, fakeRegistry, fakeStorageManager } from './fake-frameworks';

vi.mock('../../src/frameworks/registry', () => fakeRegistry);

import { SetupScreen, SETUP_DRAFT_KEY } from '../../src/ui/screens/Setup';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { loadDraft } from '../../src/db/drafts';

let storageCalls: { persist: number };
beforeEach(async () => {
  await db.open();
  useProfileStore.setState({ status: 'ready', profile: null, error: null });
  storageCalls = fakeStorageManager({ persisted: false, usage: 0, quota: 1e9, grant: true });
});
afterEach(async () => {
  cleanup();
  vi.restoreAllMocks();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
/** A native change event: testing-library's fireEvent.change sends 'input' when preact/compat is loaded. */
const choose = (label: string | RegExp, value: string) =>
  act(() => {
    const select = screen.getByLabelText(label) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
const start = () => fireEvent.click(screen.getByRole('button', { name: 'Start using Safeguarding Passport' }));

test('an empty form is not saved: a focused summary lists each problem and the fields say what to do', async () => {
  render(<SetupScreen />);
  await screen.findByLabelText('Your name');
  start();
  const summary = await screen.findByRole('alert');
  expect(summary.textContent).toMatch(/There are \d+ problems/);
  expect(summary.textContent).toContain('Enter your name as it should appear on your portfolio');
  expect(summary.textContent).toContain('Enter your job title');
  expect(summary.textContent).toContain('Enter your employer or organisation, or tick "I am a volunteer"');
  expect(summary.textContent).toContain('Choose the partnership framework');
  expect(document.activeElement).toBe(summary);
  const name = screen.getByLabelText('Your name');
  expect(name.getAttribute('aria-invalid')).toBe('true');
  expect(name.getAttribute('aria-describedby')).toContain('pf-name-error');
  expect(await db.profile.count()).toBe(0);
});

test('a volunteer completes setup with a framework role: the profile is stored and persistent storage is asked for', async () => {
  render(<SetupScreen />);
  await screen.findByLabelText('Your name');
  type('Your name', '  Alex Practitioner ');
  type('Job title', 'Youth leader');
  fireEvent.click(screen.getByLabelText('I am a volunteer'));
  expect(screen.getByLabelText('Organisation (optional)')).toBeTruthy();
  choose('Partnership framework', 'alpha');

  // The group guide shows each group's description and example roles.
  await screen.findByLabelText('Your group in this framework');
  expect(screen.getByText('Not sure which group?')).toBeTruthy();
  expect(screen.getByText('Regular contact with children and families.')).toBeTruthy();
  expect(screen.getByText(/For example: Teacher; School nurse/)).toBeTruthy();

  // Choosing a role sets its group.
  choose('Your role', 'r-nurse');
  expect((screen.getByLabelText('Your group in this framework') as HTMLSelectElement).value).toBe('g2');
  fireEvent.click(screen.getByLabelText("I make referrals to children's social care"));
  fireEvent.click(screen.getByLabelText('The April to March year'));
  start();

  await waitFor(() => expect(useProfileStore.getState().profile).not.toBeNull());
  const stored = await db.profile.get('profile');
  expect(stored).toMatchObject({
    name: 'Alex Practitioner',
    jobTitle: 'Youth leader',
    employer: '',
    volunteer: true,
    frameworkId: 'alpha',
    groupId: 'g2',
    roleId: 'r-nurse',
    roleTitle: 'School nurse',
    flags: { makesReferrals: true },
    yearBasis: 'april',
    previousFrameworkIds: [],
    extraFrameworkIds: [],
    schemes: [],
  });
  expect(stored!.createdAt).toBeTruthy();
  await waitFor(() => expect(storageCalls.persist).toBe(1));
  expect(await loadDraft(SETUP_DRAFT_KEY)).toBeNull();
});

test('"other / type my role", and a framework that lists no groups or roles, save a typed role', async () => {
  render(<SetupScreen />);
  await screen.findByLabelText('Your name');
  type('Your name', 'Sam');
  type('Job title', 'Coach');
  type('Employer or organisation', 'Town FC');
  choose('Partnership framework', 'alpha');
  await screen.findByLabelText('Your role');
  choose('Your role', '__other');
  start();
  expect((await screen.findByRole('alert')).textContent).toContain('Type your role, or choose one from the list');
  type('Type your role', 'Football coach');
  choose('Partnership framework', 'empty');
  // No groups or roles: the role is typed, and it is optional.
  await screen.findByLabelText('Your role (optional)');
  expect(screen.queryByLabelText('Your group in this framework')).toBeNull();
  start();
  await waitFor(() => expect(useProfileStore.getState().profile).not.toBeNull());
  expect(await db.profile.get('profile')).toMatchObject({
    frameworkId: 'empty',
    groupId: null,
    roleId: null,
    roleTitle: 'Football coach',
    employer: 'Town FC',
    volunteer: false,
  });
});

test('a half-typed form is kept as a draft and restored when the screen opens again (reload, update)', async () => {
  const first = render(<SetupScreen />);
  await screen.findByLabelText('Your name');
  type('Your name', 'Half typed');
  choose('Partnership framework', 'alpha');
  await waitFor(async () => expect((await loadDraft(SETUP_DRAFT_KEY))?.name).toBe('Half typed'));
  first.unmount();

  render(<SetupScreen />);
  expect(((await screen.findByLabelText('Your name')) as HTMLInputElement).value).toBe('Half typed');
  expect((screen.getByLabelText('Partnership framework') as HTMLSelectElement).value).toBe('alpha');
  expect(screen.getByText('We kept what you typed last time.')).toBeTruthy();
});

test('storage full: the save fails with a plain message, and what was typed stays on screen and in the draft', async () => {
  vi.spyOn(db.profile, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
  render(<SetupScreen />);
  await screen.findByLabelText('Your name');
  type('Your name', 'Alex');
  type('Job title', 'Nurse');
  type('Employer or organisation', 'Trust');
  choose('Partnership framework', 'empty');
  await screen.findByLabelText('Your role (optional)');
  start();
  const alert = await screen.findByText(/out of storage space/);
  expect(alert.getAttribute('role')).toBe('alert');
  expect(alert.textContent).toContain('Nothing already stored was lost');
  expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Alex');
  expect(useProfileStore.getState().profile).toBeNull();
  await waitFor(async () => expect((await loadDraft(SETUP_DRAFT_KEY))?.name).toBe('Alex'));
});

test('the framework choice lists short names (a long title widened the select past 360 px in WebKit); the chosen document is named below it', async () => {
  render(<SetupScreen />);
  const select = (await screen.findByLabelText('Partnership framework')) as HTMLSelectElement;
  const info = FAKE_INFOS[0];
  const option = [...select.options].find((o) => o.value === info.id);
  expect(option?.textContent).toBe(info.shortName);
  expect(screen.queryByText(`${info.partnership}: ${info.title}`)).toBeNull();
  await choose('Partnership framework', info.id);
  expect(await screen.findByText(`${info.partnership}: ${info.title}`)).toBeTruthy();
});
