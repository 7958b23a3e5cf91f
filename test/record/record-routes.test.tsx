import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { fixtureFramework, fixtureProfile } from './fixture';

vi.mock('../../src/frameworks/registry', () => ({
  loadFramework: async (id: string) => (id === 'fixture' ? fixtureFramework : Promise.reject(new Error('unknown'))),
  frameworkInfo: () => undefined,
  FRAMEWORKS: [],
}));

import { RecordScreen } from '../../src/ui/screens/Record';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { saveTraining } from '../../src/db/trainings';
import { useProfileStore } from '../../src/state/profile';
import { useRecordUi } from '../../src/state/record';
import { draftWritesSettled } from './draft-writes';

vi.mock('../../src/db/drafts', async () => (await import('./draft-writes')).trackedDrafts());

beforeEach(async () => {
  await db.open();
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(fixtureProfile), error: null });
  useRecordUi.getState().resetFilter();
});
afterEach(async () => {
  cleanup(); // unmounting flushes any pending draft: let that write land before clearing
  await draftWritesSettled();
  await Promise.all(db.tables.map((t) => t.clear()));
});

test('the links the suggestions use: a new entry or plan for a course, pre-filled', async () => {
  location.hash = '#/record/training/new?course=neglect';
  const first = render(<RecordScreen />);
  await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Neglect: recognising and responding'));
  expect((screen.getByLabelText('Hours') as HTMLInputElement).value).toBe('6');
  first.unmount();

  location.hash = '#/record/plan/new?course=neglect';
  render(<RecordScreen />);
  await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Neglect: recognising and responding'));
  expect(screen.getByText(/Manager approval required/)).toBeTruthy();
});

test('a pathway step link pre-fills the step; an impact link focuses the impact note', async () => {
  location.hash = '#/record/training/new?pathway=p1&pathwayItem=i2';
  const first = render(<RecordScreen />);
  await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Shadowing a designated lead'));
  first.unmount();

  const t = await saveTraining({
    title: 'Old course',
    providerKind: 'other',
    providerName: '',
    startDate: '2026-01-01',
    endDate: '2026-01-01',
    hours: 1,
    mode: 'virtual',
    level: '',
    link: null,
    agency: 'single',
    participatory: false,
    notes: '',
    impact: null,
  });
  location.hash = `#/record/training/${t.id}?focus=impact`;
  render(<RecordScreen />);
  const box = await screen.findByLabelText('How has this training changed what you do?');
  await waitFor(() => expect(document.activeElement).toBe(box));
});

test('"?filter=impact-due" and "?filter=no-certificate" open the list filtered', async () => {
  location.hash = '#/record?filter=no-certificate';
  const first = render(<RecordScreen />);
  await waitFor(() => expect(useRecordUi.getState().filter.certificate).toBe('without'));
  expect(((await screen.findByLabelText('Certificate')) as HTMLSelectElement).value).toBe('without');
  first.unmount();
  location.hash = '#/record?filter=impact-due';
  render(<RecordScreen />);
  await waitFor(() => expect(useRecordUi.getState().filter).toMatchObject({ impactDue: true, certificate: 'any' }));
});
