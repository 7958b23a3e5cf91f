/**
 * The app lock's screens with the real lock state (src/state/lock.ts) over fake-indexeddb:
 * Settings > App lock, the lock screen in front of everything, the recovery words, the auto-lock
 * after a time in the background (fake clock), and a half-typed form kept across a lock.
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { App } from '../../src/ui/App';
import { useProfileStore } from '../../src/state/profile';
import { disableLock, enableLock, getLockState, loadLock, lockNow, setAutoLockMinutes, unlock } from '../../src/state/lock';
import { setIterationsForTests } from '../../src/state/lock-actions';
import { lockStore } from '../../src/state/lock-store';
import { useLockHold } from '../../src/ui/lockParts';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { profileFields } from '../fixtures/profile';
import { training } from '../domain/fixtures';
import { localToday } from '../../src/domain/dates';

const PASSCODE = '482916';
const NAME = 'Robin Fictional';
const TITLE = 'Contextual safeguarding workshop';
let passcode = PASSCODE;
let visibility: DocumentVisibilityState = 'visible';

beforeEach(async () => {
  // PBKDF2's work factor has its own test (test/lock); here it only slows the screens down.
  setIterationsForTests(1000);
  passcode = PASSCODE;
  Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
  await db.open();
  await saveProfile(profileFields({ name: NAME, frameworkId: 'solihull', groupId: 'solihull-early-help' }));
  await db.trainings.put(training(localToday(), { title: TITLE, hours: 2 }));
  await loadLock();
});

afterEach(async () => {
  cleanup();
  vi.useRealTimers();
  visibility = 'visible';
  document.documentElement.classList.remove('lock-cover');
  useLockHold.setState({ held: false });
  if (getLockState().locked) await unlock(passcode);
  await waitFor(() => expect(getLockState().converting).toBeNull());
  if (getLockState().enabled) await disableLock(passcode);
  await waitFor(() => expect(getLockState().converting).toBeNull());
  await Promise.all(db.tables.map((t) => t.clear()));
  useProfileStore.setState({ status: 'loading', profile: null, error: null });
  location.hash = '';
});

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });
const click = (name: string | RegExp) => fireEvent.click(screen.getByRole('button', { name }));
const pageText = () => document.body.textContent ?? '';

async function turnOn(): Promise<string> {
  const { recoveryWords } = await enableLock(PASSCODE);
  await waitFor(() => expect(getLockState().converting).toBeNull(), { timeout: 20_000 });
  return recoveryWords;
}

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

test('Settings > App lock: a passcode typed twice, then the recovery key shown once and kept before finishing', async () => {
  location.hash = '#/settings/lock';
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'App lock' });
  expect(screen.getByTestId('lock-state').textContent).toBe('App lock is off.');
  expect(pageText()).toContain('If you forget your passcode and lose your recovery key, nobody can open your record');
  click('Turn on app lock');

  const field = screen.getByLabelText('Choose a passcode') as HTMLInputElement;
  expect(field.type).toBe('password');
  expect(field.getAttribute('inputmode')).toBe('numeric');
  type('Choose a passcode', '1234');
  click('Next: your recovery key');
  expect(screen.getByText('A passcode of numbers needs at least 6 digits.')).toBeTruthy();
  expect(field.getAttribute('aria-invalid')).toBe('true');
  type('Choose a passcode', PASSCODE);
  type('Type it again', '482917');
  click('Next: your recovery key');
  expect(screen.getByText('The two passcodes are not the same. Type it again.')).toBeTruthy();
  expect(getLockState().enabled).toBe(false);

  type('Type it again', PASSCODE);
  click('Next: your recovery key');
  // Going elsewhere while the record is encrypted: the words wait for Settings > App lock.
  const go = (hash: string) =>
    act(() => {
      location.hash = hash;
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
  go('#/');
  await screen.findByRole('heading', { level: 1, name: 'What should I do next?' }, { timeout: 20_000 });
  await waitFor(() => expect(getLockState().enabled).toBe(true), { timeout: 20_000 });
  go('#/settings/lock');
  const words = await screen.findByRole('list', { name: 'The 12 words of your recovery key, in order' }, { timeout: 20_000 });
  const shown = within(words)
    .getAllByRole('listitem')
    .map((li) => li.textContent);
  expect(shown).toHaveLength(12);
  expect(getLockState().enabled).toBe(true);
  expect(screen.getByRole('button', { name: 'Print' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Save as a file' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Copy the words' })).toBeTruthy();

  click('Finish');
  expect(screen.getByText(/Tick "I have kept my recovery key"/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: 'Lock now' })).toBeNull();
  fireEvent.click(screen.getByLabelText('I have kept my recovery key'));
  click('Finish');
  await screen.findByText('Finished. Keep your recovery key safe, away from this device.');
  expect(screen.queryByRole('list', { name: /recovery key/ })).toBeNull();
  expect(screen.getByTestId('lock-state').textContent).toBe('App lock is on.');
  expect(screen.getByRole('button', { name: 'Lock now' })).toBeTruthy();
  expect((screen.getByLabelText('After 5 minutes') as HTMLInputElement).checked).toBe(true);
  // The passcode is never kept as a draft.
  expect(JSON.stringify(await db.drafts.toArray())).not.toContain(PASSCODE);

  // The words open the record: they are the recovery key.
  await waitFor(() => expect(getLockState().converting).toBeNull(), { timeout: 20_000 });
  expect(shown.join(' ')).toMatch(/^[a-z]+( [a-z]+){11}$/);
});

test('locked: only the lock screen is in the page; a wrong passcode is refused, the wait counts down, then Unlock opens Home', async () => {
  await turnOn();
  lockNow();
  location.hash = '#/record';
  vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] });
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Safeguarding Passport is locked' });
  const text = pageText();
  expect(text).not.toContain(NAME);
  expect(text).not.toContain('Robin');
  expect(text).not.toContain(TITLE);
  expect(text).not.toMatch(/\d+ (entries|hours)/);
  expect(screen.queryByRole('navigation')).toBeNull();
  expect(document.querySelectorAll('main')).toHaveLength(1);

  // Wrong passcodes until the lock asks for a wait (the state's retryAt), counted down.
  let tries = 0;
  while (!getLockState().retryAt && tries < 12) {
    tries += 1;
    type('Passcode', '000000');
    click('Unlock');
    await waitFor(() => expect(getLockState().failures).toBe(tries), { timeout: 20_000 });
    await screen.findByRole('alert');
  }
  expect(screen.getByRole('alert').textContent).toMatch(/^That passcode is not right\./);
  expect(getLockState().locked).toBe(true);
  const retryAt = getLockState().retryAt;
  expect(retryAt).not.toBeNull();
  const timer = await screen.findByRole('timer');
  expect(timer.textContent).toMatch(/You can try again in \d+ seconds?\./);
  expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(true);
  const before = timer.textContent;
  act(() => {
    vi.advanceTimersByTime(1000);
  });
  if (Date.parse(retryAt!) - Date.now() > 1000) expect(screen.getByRole('timer').textContent).not.toBe(before);
  act(() => {
    vi.advanceTimersByTime(Date.parse(retryAt!) - Date.now() + 1000);
  });
  expect(screen.queryByRole('timer')).toBeNull();
  expect((screen.getByRole('button', { name: 'Unlock' }) as HTMLButtonElement).disabled).toBe(false);

  type('Passcode', PASSCODE);
  click('Unlock');
  await screen.findByRole('heading', { level: 1, name: 'Your record' }, { timeout: 20_000 });
  expect(getLockState().locked).toBe(false);
  await waitFor(() => expect(pageText()).toContain(TITLE), { timeout: 20_000 });
});

test('forgotten passcode: the recovery words and a new passcode unlock, and the new recovery key is shown once before the record', async () => {
  const words = await turnOn();
  lockNow();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'Safeguarding Passport is locked' });
  click('Forgot passcode? Use your recovery key');
  await screen.findByRole('heading', { level: 1, name: 'Use your recovery key' });

  type('Your 12 recovery words', words.split(' ').slice(0, 11).join(' '));
  type('New passcode', '73915024');
  type('Type it again', '73915024');
  click('Unlock and set the new passcode');
  expect(screen.getByText('Type all 12 words of your recovery key, in order (you have typed 11).')).toBeTruthy();

  const wrong = [...words.split(' ').slice(0, 11), words.split(' ')[0] === 'zoo' ? 'abandon' : 'zoo'].join(' ');
  type('Your 12 recovery words', wrong);
  click('Unlock and set the new passcode');
  await waitFor(() => expect(screen.getByRole('alert').textContent).not.toBe(''), { timeout: 20_000 });
  expect(getLockState().locked).toBe(true);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Use your recovery key');

  type('Your 12 recovery words', `  ${words.toUpperCase().replace(/ /g, '   ')} `);
  click('Unlock and set the new passcode');
  await screen.findByRole('heading', { level: 1, name: 'Your record is unlocked' }, { timeout: 20_000 });
  passcode = '73915024';
  expect(getLockState().locked).toBe(false);
  // Still nothing of the record: the new key is shown first, once.
  expect(pageText()).not.toContain(NAME);
  expect(screen.queryByRole('navigation')).toBeNull();
  const fresh = within(screen.getByRole('list', { name: /recovery key/ }))
    .getAllByRole('listitem')
    .map((li) => li.textContent)
    .join(' ');
  expect(fresh).not.toBe(words);
  fireEvent.click(screen.getByLabelText('I have kept my recovery key'));
  click('Go to my record');
  await screen.findByRole('heading', { level: 1, name: 'What should I do next?' }, { timeout: 20_000 });

  // The new passcode is the one that opens it now.
  act(() => lockNow());
  await screen.findByRole('heading', { level: 1, name: 'Safeguarding Passport is locked' });
  expect(await unlock(PASSCODE)).toMatchObject({ ok: false });
  expect(await unlock('73915024')).toEqual({ ok: true });
});

test('auto-lock: covered while hidden, locked when shown again after the chosen time, at once with "At once"', async () => {
  await turnOn();
  await setAutoLockMinutes(5);
  vi.useFakeTimers({ toFake: ['Date'] });
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'What should I do next?' }, { timeout: 20_000 });
  const covered = () => document.documentElement.classList.contains('lock-cover');

  setVisibility('hidden');
  expect(covered()).toBe(true);
  vi.advanceTimersByTime(4 * 60_000 + 59_000);
  setVisibility('visible');
  expect(covered()).toBe(false);
  expect(getLockState().locked).toBe(false);
  expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('What should I do next?');

  setVisibility('hidden');
  vi.advanceTimersByTime(5 * 60_000);
  setVisibility('visible');
  expect(getLockState().locked).toBe(true);
  await screen.findByRole('heading', { level: 1, name: 'Safeguarding Passport is locked' });
  expect(covered()).toBe(false);
  expect(pageText()).not.toContain(NAME);

  type('Passcode', PASSCODE);
  click('Unlock');
  await screen.findByRole('heading', { level: 1, name: 'What should I do next?' }, { timeout: 20_000 });
  await setAutoLockMinutes(0);
  setVisibility('hidden');
  await waitFor(() => expect(getLockState().locked).toBe(true));
  await screen.findByRole('heading', { level: 1, name: 'Safeguarding Passport is locked' });
});

test('the lock off: hiding the page neither covers nor locks it', async () => {
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'What should I do next?' }, { timeout: 20_000 });
  setVisibility('hidden');
  expect(document.documentElement.classList.contains('lock-cover')).toBe(false);
  setVisibility('visible');
  expect(getLockState().locked).toBe(false);
});

test('Lock now with a half-typed form: after unlocking, the form comes back with what was typed', async () => {
  await turnOn();
  location.hash = '#/settings';
  render(<App />);
  const name = (await screen.findByLabelText('Your name', {}, { timeout: 20_000 })) as HTMLInputElement;
  expect(name.value).toBe(NAME);
  fireEvent.input(name, { target: { value: 'Robin Half-typed' } });
  act(() => lockNow());
  await screen.findByRole('heading', { level: 1, name: 'Safeguarding Passport is locked' });
  expect(pageText()).not.toContain('Half-typed');

  type('Passcode', PASSCODE);
  click('Unlock');
  const back = (await screen.findByLabelText('Your name', {}, { timeout: 20_000 })) as HTMLInputElement;
  await waitFor(() => expect(back.value).toBe('Robin Half-typed'));
  expect(screen.getByText('These are changes you had not saved yet.')).toBeTruthy();
  expect((await db.profile.get('profile'))?.name).toBe(NAME);
});

test('App lock settings when on: change the passcode (a wrong one refused), a new recovery key, turn off', async () => {
  await turnOn();
  location.hash = '#/settings/lock';
  render(<App />);
  await screen.findByRole('button', { name: 'Lock now' });

  click('Change passcode');
  type('Your passcode now', '111111');
  type('New passcode', '24681357');
  type('Type it again', '24681357');
  click('Change passcode');
  await waitFor(() => expect((screen.getByLabelText('Your passcode now') as HTMLInputElement).getAttribute('aria-invalid')).toBe('true'), {
    timeout: 20_000,
  });
  type('Your passcode now', PASSCODE);
  click('Change passcode');
  await screen.findByText('Your passcode is changed.', {}, { timeout: 20_000 });
  passcode = '24681357';

  click('New recovery key');
  type('Your passcode', passcode);
  click('Make a new recovery key');
  await screen.findByRole('list', { name: /recovery key/ }, { timeout: 20_000 });
  fireEvent.click(screen.getByLabelText('I have kept my recovery key'));
  click('Finish');
  await screen.findByText('Your new recovery key is kept. The old one no longer works.');

  fireEvent.click(screen.getByLabelText('At once'));
  await waitFor(() => expect(getLockState().autoLockMinutes).toBe(0));

  click('Turn off app lock');
  type('Your passcode', passcode);
  click('Turn off app lock');
  await screen.findByText('App lock is off.', { selector: '[role="status"]' }, { timeout: 20_000 });
  expect(getLockState().enabled).toBe(false);
});

test("a conversion's progress (turning on, or resumed after an unlock) is shown above every screen and on the lock screen", async () => {
  await turnOn();
  render(<App />);
  await screen.findByRole('heading', { level: 1, name: 'What should I do next?' }, { timeout: 20_000 });
  expect(document.querySelector('.lock-progress')).toBeNull();
  act(() => lockStore.set({ converting: { target: 'sealed', done: 1200, total: 5000 } }));
  expect(await screen.findByText('Encrypting your record: 1,200 of 5,000 records done. You can carry on using the app.')).toBeTruthy();
  expect((screen.getByRole('progressbar', { name: 'Encrypting your record' }) as HTMLProgressElement).value).toBe(1200);
  act(() => lockNow());
  await screen.findByRole('heading', { level: 1, name: 'Safeguarding Passport is locked' });
  expect(await screen.findByText(/Encrypting your record: 1,200 of 5,000/)).toBeTruthy();
  act(() => lockStore.set({ converting: null }));
  expect(document.querySelector('.lock-progress')).toBeNull();
});
