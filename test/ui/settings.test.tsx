import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeRegistry, fakeStorageManager } from './fake-frameworks';

vi.mock('../../src/frameworks/registry', () => fakeRegistry);

import { SettingsScreen, SETTINGS_DRAFT_KEY } from '../../src/ui/screens/Settings';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { loadDraft } from '../../src/db/drafts';
import { profileFields } from '../fixtures/profile';

const base = profileFields({
  name: 'Sam Nurse',
  jobTitle: 'School nurse',
  employer: 'NHS Trust',
  frameworkId: 'alpha',
  groupId: 'g2',
  roleId: 'r-nurse',
  roleTitle: 'School nurse',
  flags: { makesReferrals: true },
  schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31' }],
  lastSupervisionDate: '2026-10-01',
  appraisalYearStartMonth: 4,
});

beforeEach(async () => {
  await db.open();
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(base), error: null });
});
afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const choose = (label: string, value: string) =>
  act(() => {
    const select = screen.getByLabelText(label) as HTMLSelectElement;
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });

test('the profile is edited in place; fields the form does not show are kept; a framework left becomes a previous one', async () => {
  fakeStorageManager({ persisted: true, usage: 0, quota: 1e9, grant: true });
  render(<SettingsScreen />);
  const job = (await screen.findByLabelText('Job title')) as HTMLInputElement;
  expect(job.value).toBe('School nurse');
  expect(((await screen.findByLabelText('Your role')) as HTMLSelectElement).value).toBe('r-nurse');
  expect((screen.getByLabelText("I make referrals to children's social care") as HTMLInputElement).checked).toBe(true);

  fireEvent.input(job, { target: { value: 'Lead school nurse' } });
  choose('Partnership framework', 'empty');
  fireEvent.click(screen.getByRole('button', { name: 'Save your details' }));
  await screen.findByText('Your details are saved.');

  const stored = await db.profile.get('profile');
  expect(stored).toMatchObject({
    jobTitle: 'Lead school nurse',
    frameworkId: 'empty',
    groupId: null,
    roleId: null,
    previousFrameworkIds: ['alpha'],
    schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31' }],
    lastSupervisionDate: '2026-10-01',
    appraisalYearStartMonth: 4,
  });
  expect(useProfileStore.getState().profile?.jobTitle).toBe('Lead school nurse');
  expect(await loadDraft(SETTINGS_DRAFT_KEY)).toBeNull();
});

test('unsaved changes survive leaving the screen and can be discarded', async () => {
  fakeStorageManager({ persisted: true, usage: 0, quota: 1e9, grant: true });
  const first = render(<SettingsScreen />);
  fireEvent.input(await screen.findByLabelText('Your name'), { target: { value: 'Samantha Nurse' } });
  await waitFor(async () => expect((await loadDraft(SETTINGS_DRAFT_KEY))?.name).toBe('Samantha Nurse'));
  first.unmount();

  render(<SettingsScreen />);
  await screen.findByText('These are changes you had not saved yet.');
  expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Samantha Nurse');
  fireEvent.click(screen.getByRole('button', { name: 'Discard changes' }));
  await waitFor(() => expect((screen.getByLabelText('Your name') as HTMLInputElement).value).toBe('Sam Nurse'));
  expect(await loadDraft(SETTINGS_DRAFT_KEY)).toBeNull();
  expect((await db.profile.get('profile'))?.name).toBe('Sam Nurse');
});

test('the storage panel shows whether storage is persistent, space used and available in MB, and can ask again', async () => {
  const calls = fakeStorageManager({ persisted: false, usage: 5 * 1024 * 1024, quota: 105 * 1024 * 1024, grant: true });
  render(<SettingsScreen />);
  expect((await screen.findByTestId('persisted')).textContent).toMatch(/^Not yet/);
  expect(screen.getByTestId('usage').textContent).toBe('5.0 MB');
  expect(screen.getByTestId('quota').textContent).toBe('About 100 MB');
  fireEvent.click(screen.getByRole('button', { name: 'Ask the browser to keep my record' }));
  await waitFor(() => expect(screen.getByTestId('persisted').textContent).toMatch(/^Yes/));
  expect(calls.persist).toBe(1);
  expect(screen.queryByRole('button', { name: 'Ask the browser to keep my record' })).toBeNull();
});

test('without a storage manager the panel says so; the frameworks link and the backup slot are there', async () => {
  Object.defineProperty(navigator, 'storage', { configurable: true, value: undefined });
  render(<SettingsScreen />);
  expect((await screen.findByTestId('persisted')).textContent).toBe(
    'This browser does not say, and the app cannot ask it. Keep a recent backup: it is your safety copy if the browser clears its data.',
  );
  expect(screen.getByTestId('usage').textContent).toBe('Not known');
  // Nothing to press that cannot work (WebKitGTK has no navigator.storage).
  expect(screen.queryByRole('button', { name: 'Ask the browser to keep my record' })).toBeNull();
  // Not iPhone or iPad: no Home Screen guidance.
  expect(screen.queryByTestId('install-ios')).toBeNull();
  expect(screen.getByRole('link', { name: 'Browse the partnership frameworks' }).getAttribute('href')).toBe('#/frameworks');
  expect(document.querySelector('section#backup h2')?.textContent).toBe('Backup and restore');
});

test('supervision, appraisal and registration details are saved, checked, and kept when the profile is saved', async () => {
  fakeStorageManager({ persisted: true, usage: 0, quota: 1e9, grant: true });
  render(<SettingsScreen />);
  const last = (await screen.findByLabelText('Last supervision')) as HTMLInputElement;
  expect(last.value).toBe('2026-10-01');
  expect((screen.getByLabelText('Your appraisal year starts in') as HTMLSelectElement).value).toBe('4');
  fireEvent.input(screen.getByLabelText('NMC PIN'), { target: { value: '1234' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save these details' }));
  await screen.findByText(/2 numbers, a letter, 4 numbers and a letter/, { selector: '.field-error' });
  expect((await db.profile.get('profile'))?.nmcPin).toBeUndefined();

  fireEvent.input(screen.getByLabelText('NMC PIN'), { target: { value: '12a3456e' } });
  fireEvent.input(screen.getByLabelText('Next supervision'), { target: { value: '2027-01-12' } });
  fireEvent.input(screen.getByLabelText("Supervisor's name"), { target: { value: 'Pat Lee' } });
  fireEvent.input(screen.getByLabelText('Line manager'), { target: { value: 'Chris Moss' } });
  fireEvent.input(screen.getByLabelText('Social Work England registration number'), { target: { value: 'sw12345' } });
  choose('Your appraisal year starts in', '9');
  fireEvent.click(screen.getByRole('button', { name: 'Save these details' }));
  await screen.findByText('Saved.');
  const details = {
    lastSupervisionDate: '2026-10-01',
    nextSupervisionDate: '2027-01-12',
    supervisorName: 'Pat Lee',
    lineManager: 'Chris Moss',
    nmcPin: '12A3456E',
    sweRegistrationNumber: 'SW12345',
    appraisalYearStartMonth: 9,
  };
  expect(await db.profile.get('profile')).toMatchObject(details);

  fireEvent.input(screen.getByLabelText('Job title'), { target: { value: 'Lead school nurse' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save your details' }));
  await screen.findByText('Your details are saved.');
  expect(await db.profile.get('profile')).toMatchObject({ ...details, jobTitle: 'Lead school nurse' });
});

test('on iPhone and iPad (navigator.standalone false, no beforeinstallprompt) Settings says how to add the app to the Home Screen', async () => {
  fakeStorageManager({ persisted: false, usage: 0, quota: 1e9, grant: false });
  Object.defineProperty(navigator, 'standalone', { configurable: true, value: false });
  try {
    render(<SettingsScreen />);
    const section = await screen.findByTestId('install-ios');
    expect(section.textContent).toMatch(/tap Share, then Add to Home Screen/);
    expect(section.textContent).toMatch(/after 7 days without use/);
    expect((await screen.findByRole('button', { name: 'Ask the browser to keep my record' })).getAttribute('aria-describedby')).toBe(
      'storage-ask-hint',
    );
  } finally {
    delete (navigator as { standalone?: boolean }).standalone;
  }
});
