import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { CrosswalkScreen } from '../../src/ui/screens/Crosswalk';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { putRecord } from '../../src/db/records';
import type { Training } from '../../src/domain/types';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import { profileFields } from '../fixtures/profile';

// Load (and transform) the five framework modules once, so the first test does not time out on
// the cold import; the screen shows "Loading the frameworks…" meanwhile in the app.
await loadAllFrameworks();

const base = profileFields({
  name: 'Jo Health Visitor',
  jobTitle: 'Health visitor',
  employer: 'NHS Trust',
  frameworkId: 'worcestershire',
  groupId: 'worcestershire-all-staff',
  roleTitle: 'Health visitor',
});

function entry(title: string, startDate: string, link: Training['link'], level = ''): Omit<Training, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    title,
    providerKind: 'partnership',
    providerName: 'WSCP',
    startDate,
    endDate: startDate,
    hours: 3,
    mode: 'face-to-face',
    level,
    link,
    agency: 'multi',
    participatory: true,
    notes: '',
    impact: null,
  };
}

beforeEach(async () => {
  await db.open();
  const profile = await saveProfile(base);
  useProfileStore.setState({ status: 'ready', profile });
  await putRecord<Training>(
    'trainings',
    entry('Induction: safeguarding', '2025-09-01', { frameworkId: 'worcestershire', levelId: 'worcestershire-induction' }),
  );
  await putRecord<Training>(
    'trainings',
    entry('Universal safeguarding training', '2026-02-10', { frameworkId: 'worcestershire', levelId: 'worcestershire-universal' }),
  );
  await putRecord<Training>('trainings', entry('Online safety webinar', '2026-05-20', null, 'Level 2'));
  location.hash = '#/crosswalk/coventry';
});
afterEach(async () => {
  cleanup();
  location.hash = '';
  await Promise.all(db.tables.map((t) => t.clear()));
});

test('training already linked to the chosen partnership reads as recorded against it, not as a match', async () => {
  location.hash = '#/crosswalk/worcestershire';
  render(<CrosswalkScreen />);
  const induction = (await screen.findByRole('heading', { name: 'Induction: safeguarding' }, { timeout: 5000 })).closest('li')!;
  expect(within(induction).getByText('Recorded against this partnership')).toBeTruthy();
  expect(
    screen.getByText('3 entries: 2 recorded against this partnership, 0 close matches, 0 likely, 0 uncertain, 1 not mapped.'),
  ).toBeTruthy();
});

test('shows what each training counts for in the chosen framework, with confidence and source', async () => {
  render(<CrosswalkScreen />);
  const universal = (await screen.findByRole('heading', { name: 'Universal safeguarding training' }, { timeout: 5000 })).closest('li')!;
  expect(within(universal).getByText('Level 1 (Introduction to Safeguarding Children)')).toBeTruthy();
  expect(within(universal).getByText('Likely: confirm with your new partnership')).toBeTruthy();
  expect(within(universal).getByText(/10 Feb 2026/)).toBeTruthy();
  expect(within(universal).getAllByText(/Universal training Intercollegiate Level 1/).length).toBeGreaterThan(0);

  const induction = screen.getByRole('heading', { name: 'Induction: safeguarding' }).closest('li')!;
  // Each source places induction at the same step, but no source compares partnerships: a close
  // match for the user to confirm, never "stated in the sources".
  expect(within(induction).getByText('Close match: confirm with your new partnership')).toBeTruthy();
  expect(screen.queryByText(/stated in the sources/i)).toBeNull();

  const unlinked = screen.getByRole('heading', { name: 'Online safety webinar' }).closest('li')!;
  expect(within(unlinked).getByText('Not mapped: confirm with your new partnership')).toBeTruthy();
  expect(within(unlinked).getByText('No framework level (your level: Level 2)')).toBeTruthy();
  expect(screen.getByText('3 entries: 1 close match, 1 likely, 0 uncertain, 1 not mapped.')).toBeTruthy();
});

test('switching, after confirmation, updates only the profile: the old framework becomes previous and the record is untouched', async () => {
  const before = await db.trainings.toArray();
  render(<CrosswalkScreen />);
  await screen.findByRole('heading', { name: 'Universal safeguarding training' }, { timeout: 5000 });

  fireEvent.click(screen.getByRole('button', { name: 'Switch to this framework' }));
  // Nothing is saved until the user confirms.
  expect((await db.profile.get('profile'))!.frameworkId).toBe('worcestershire');
  await waitFor(() => expect(document.activeElement?.textContent).toBe('Switch from Worcestershire to Coventry?'));
  fireEvent.click(screen.getByRole('button', { name: 'Yes, switch to Coventry' }));

  await waitFor(async () => expect((await db.profile.get('profile'))!.frameworkId).toBe('coventry'));
  const saved = (await db.profile.get('profile'))!;
  expect(saved).toMatchObject({ previousFrameworkIds: ['worcestershire'], groupId: null, roleId: null, name: 'Jo Health Visitor' });
  expect(await db.trainings.toArray()).toEqual(before);

  expect(await screen.findByText(/You now follow Coventry/)).toBeTruthy();
  expect(screen.getByRole('link', { name: 'Choose your group and role in Settings' }).getAttribute('href')).toBe('#/settings');
  const previous = screen.getByRole('region', { name: 'Previous frameworks' });
  expect(within(previous).getByRole('link', { name: 'View the Worcestershire framework' }).getAttribute('href')).toBe(
    '#/frameworks/worcestershire',
  );
  expect(within(previous).getByText(/2 entries in your record linked to it/)).toBeTruthy();
});

test('cancelling a switch changes nothing; "Also follow" adds the framework beside the current one', async () => {
  render(<CrosswalkScreen />);
  await screen.findByRole('heading', { name: 'Universal safeguarding training' }, { timeout: 5000 });
  fireEvent.click(screen.getByRole('button', { name: 'Switch to this framework' }));
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('button', { name: 'Yes, switch to Coventry' })).toBeNull();

  fireEvent.click(screen.getByRole('button', { name: 'Also follow this framework' }));
  await waitFor(async () => expect((await db.profile.get('profile'))!.extraFrameworkIds).toEqual(['coventry']));
  const saved = (await db.profile.get('profile'))!;
  expect(saved).toMatchObject({ frameworkId: 'worcestershire', previousFrameworkIds: [], groupId: 'worcestershire-all-staff' });
  expect(await screen.findByRole('button', { name: 'Stop following this framework' })).toBeTruthy();
});

test('an earlier edition of a framework the user added is listed as a previous framework, its entries counting in the newer edition', async () => {
  await import('../../src/state/user-frameworks-source');
  const { previewFrameworkFile, useUserFrameworksStore } = await import('../../src/state/frameworks');
  for (const name of ['example-framework.json', 'example-framework-edition-2.json']) {
    const r = previewFrameworkFile(readFileSync(resolve(__dirname, '../../docs', name), 'utf8'));
    if (!r.ok) throw new Error(r.errors.join());
    await useUserFrameworksStore.getState().add(r.file);
  }
  const profile = await saveProfile({ ...base, frameworkId: 'example-partnership', groupId: 'group-b', roleTitle: '' });
  useProfileStore.setState({ status: 'ready', profile });
  await putRecord<Training>(
    'trainings',
    entry('Leading Safeguarding', '2027-01-11', { frameworkId: 'example-partnership', courseId: 'leading-safeguarding' }),
  );
  await putRecord<Training>(
    'trainings',
    entry('Recognising Neglect', '2027-01-12', { frameworkId: 'example-partnership', courseId: 'neglect' }),
  );
  render(<CrosswalkScreen />);
  const previous = screen.getByRole('region', { name: 'Previous frameworks' });
  const link = await within(previous).findByRole('link', { name: 'Example, Example edition 1' }, { timeout: 5000 });
  expect(link.getAttribute('href')).toBe('#/frameworks/example-partnership');
  await waitFor(() =>
    expect(link.parentElement!.textContent).toContain(
      'an earlier edition of your framework: 2 entries recorded under it, counting in Example edition 2; 2 under a course renamed or removed',
    ),
  );
});
