/** The NMC's forms and SWE's CPD form in the app: the scheme card's action opens the form for what
 * is missing; each form is filled in the user's words and saved with its fields. */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { fixtureFramework, fixtureProfile } from './fixture';

vi.mock('../../src/frameworks/registry', () => ({
  loadFramework: async (id: string) => (id === 'fixture' ? fixtureFramework : Promise.reject(new Error('unknown'))),
  frameworkInfo: () => undefined,
  FRAMEWORKS: [],
}));

import { RecordScreen } from '../../src/ui/screens/Record';
import { SchemesScreen } from '../../src/ui/screens/Schemes';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { putRecord } from '../../src/db/records';
import { useProfileStore } from '../../src/state/profile';
import { useRecordUi } from '../../src/state/record';
import { localToday } from '../../src/domain/dates';
import type { Training } from '../../src/domain/types';
import { draftWritesSettled } from './draft-writes';

vi.mock('../../src/db/drafts', async () => (await import('./draft-writes')).trackedDrafts());

const RENEWAL = `${new Date().getFullYear() + 1}-03-31`;

beforeEach(async () => {
  await db.open();
  const profile = await saveProfile({ ...fixtureProfile, schemes: [{ schemeId: 'nmc', renewalDate: RENEWAL, options: {} }] });
  useProfileStore.setState({ status: 'ready', profile, error: null });
  useRecordUi.getState().resetFilter();
});
afterEach(async () => {
  cleanup();
  await draftWritesSettled();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

test("the NMC card's action goes to what is missing: feedback once the hours are logged", async () => {
  const today = localToday();
  render(<SchemesScreen />);
  const card = await screen.findByRole('article', { name: 'NMC revalidation' });
  await waitFor(() => expect(within(card).getByText(/Still to do: 35 CPD hours/)).toBeTruthy());
  expect(
    within(card)
      .getAllByRole('link', { name: /Log training/ })[0]
      .getAttribute('href'),
  ).toBe('#/record/training/new');
  for (const [hours, participatory] of [
    [20, true],
    [15, false],
  ] as const)
    await putRecord<Training>('trainings', {
      title: 'Course',
      providerKind: 'employer',
      providerName: 'Trust',
      startDate: today,
      endDate: today,
      hours,
      mode: 'face-to-face',
      level: '',
      link: null,
      agency: 'single',
      participatory,
      notes: '',
      impact: null,
    });
  await waitFor(() => expect(within(card).getByText(/Still to do: 5 pieces of practice-related feedback/)).toBeTruthy());
  const next = within(card).getAllByRole('link', { name: /^Record feedback/ })[0];
  expect(next.getAttribute('href')).toBe('#/record/reflection/new?form=feedback');
  // Each missing requirement has its own link to its form.
  expect(
    within(card)
      .getByRole('link', { name: /^Write a reflective account/ })
      .getAttribute('href'),
  ).toBe('#/record/reflection/new?form=nmc-account');
  expect(
    within(card)
      .getByRole('link', { name: /^Record the discussion/ })
      .getAttribute('href'),
  ).toBe('#/record/reflection/new?form=reflective-discussion');
  expect(
    within(card)
      .getByRole('link', { name: /^Record the confirmation/ })
      .getAttribute('href'),
  ).toBe('#/record/reflection/new?form=confirmation');
});

test('a written reflective account on the NMC form: its four questions and the themes of the Code', async () => {
  location.hash = '#/record/reflection/new?form=nmc-account';
  render(<RecordScreen />);
  await screen.findByRole('heading', { name: 'Write a reflective account' });
  await screen.findByLabelText(/What was the nature of the CPD activity/);
  type(/What was the nature of the CPD activity/, 'A workshop on children not brought to appointments.');
  type(/What did you learn from the CPD activity/, 'A missed appointment is the child not being brought.');
  type('How did you change or improve your practice as a result?', 'I follow up every second missed appointment.');
  type('How is this relevant to the Code?', 'It keeps children safe.');
  const themes = screen.getByRole('group', { name: 'Themes of the Code (choose one or more)' });
  fireEvent.click(within(themes).getByLabelText('Preserve safety'));
  fireEvent.click(within(themes).getByLabelText('Prioritise people'));
  // Every answer reminds the user not to record identifying details.
  expect(screen.getAllByText(/could identify them/).length).toBeGreaterThanOrEqual(4);
  fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
  await waitFor(async () => expect(await db.reflections.count()).toBe(1));
  const [r] = await db.reflections.toArray();
  expect(r).toMatchObject({
    kind: 'reflection',
    template: 'nmc',
    codeThemes: ['prioritise-people', 'preserve-safety'],
    sections: {
      nature: 'A workshop on children not brought to appointments.',
      learned: 'A missed appointment is the child not being brought.',
      changed: 'I follow up every second missed appointment.',
      code: 'It keeps children safe.',
    },
  });
});

test('the confirmation form asks for the confirmer; without a name it is refused and nothing is saved', async () => {
  location.hash = '#/record/reflection/new?form=confirmation';
  render(<RecordScreen />);
  await screen.findByRole('heading', { name: 'Record your confirmation' });
  await screen.findByRole('button', { name: 'Save confirmation' });
  const group = screen.getByRole('group', { name: 'Your confirmer' });
  fireEvent.click(screen.getByRole('button', { name: 'Save confirmation' }));
  await waitFor(() =>
    expect(screen.getAllByText('Enter the name of the person who confirmed your revalidation.').length).toBeGreaterThan(0),
  );
  expect(await db.reflections.count()).toBe(0);
  fireEvent.input(within(group).getByLabelText('Name'), { target: { value: 'Dr Alan Reid' } });
  fireEvent.input(within(group).getByLabelText('Other professional registration (profession or regulator)'), {
    target: { value: 'General Medical Council' },
  });
  fireEvent.input(within(group).getByLabelText('Registration number'), { target: { value: '7012345' } });
  fireEvent.input(within(group).getByLabelText('Email address'), { target: { value: 'alan.reid@example.nhs.uk' } });
  fireEvent.input(within(group).getByLabelText('Professional address, including postcode'), { target: { value: 'Leeds LS1 4AP' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save confirmation' }));
  await waitFor(async () => expect(await db.reflections.count()).toBe(1));
  const [r] = await db.reflections.toArray();
  expect(r).toMatchObject({
    kind: 'confirmation',
    person: {
      name: 'Dr Alan Reid',
      nmcPin: '',
      otherRegistrationType: 'General Medical Council',
      otherRegistrationNumber: '7012345',
      email: 'alan.reid@example.nhs.uk',
      address: 'Leeds LS1 4AP',
    },
  });
});

test("the reflective discussion records the NMC registrant; SWE's form marks a peer reflection from its peer question", async () => {
  location.hash = '#/record/reflection/new?form=reflective-discussion';
  const first = render(<RecordScreen />);
  await screen.findByRole('heading', { name: 'Record your reflective discussion' });
  await screen.findByRole('button', { name: 'Save reflection' });
  const group = screen.getByRole('group', { name: 'The NMC registrant you had the discussion with' });
  expect(within(group).queryByLabelText('Registration number')).toBeNull(); // an NMC registrant: an NMC PIN
  fireEvent.input(within(group).getByLabelText('Name'), { target: { value: 'Priya Shah' } });
  fireEvent.input(within(group).getByLabelText('NMC PIN'), { target: { value: '09I1234E' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
  await waitFor(async () => expect(await db.reflections.count()).toBe(1));
  expect((await db.reflections.toArray())[0]).toMatchObject({
    kind: 'reflective-discussion',
    person: { name: 'Priya Shah', nmcPin: '09I1234E' },
  });
  first.unmount();
  await draftWritesSettled();

  location.hash = '#/record/reflection/new?form=swe-cpd';
  render(<RecordScreen />);
  await screen.findByRole('heading', { name: 'Record a piece of CPD' });
  await screen.findByLabelText(/Type of CPD/);
  type(/Type of CPD/, 'Reading');
  type('A short description of the activity and why it is relevant to you', 'A local case review.');
  type('What you learnt from discussing the activity with a peer', 'My colleague asked what I would do next.');
  fireEvent.click(screen.getByRole('button', { name: 'Save reflection' }));
  await waitFor(async () => expect(await db.reflections.count()).toBe(2));
  const piece = (await db.reflections.toArray()).find((r) => r.template === 'swe')!;
  expect(piece).toMatchObject({ cpdType: 'Reading', peerReflection: true, sections: { peer: 'My colleague asked what I would do next.' } });
});

test("Home's action for a scheme form: its words and its link", async () => {
  const { actionHref, formActionLabel } = await import('../../src/ui/home/actions');
  expect(actionHref({ type: 'write-reflection', form: 'confirmation' })).toBe('#/record/reflection/new?form=confirmation');
  expect(actionHref({ type: 'write-reflection' })).toBe('#/record/reflection/new');
  expect(formActionLabel('nmc-account')).toBe('Write a reflective account');
  expect(formActionLabel(undefined)).toBe('Write a reflection');
});
