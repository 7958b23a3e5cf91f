import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { TrainingForm } from '../../src/ui/record/TrainingForm';
import { validateTraining, emptyTrainingValues } from '../../src/ui/record/training-values';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { loadDraft } from '../../src/db/drafts';
import { useProfileStore } from '../../src/state/profile';
import { fixtureFramework, fixtureProfile } from './fixture';
import { draftWritesSettled, holdDraftSaves } from './draft-writes';

vi.mock('../../src/db/drafts', async () => (await import('./draft-writes')).trackedDrafts());

beforeEach(async () => {
  await db.open();
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(fixtureProfile), error: null });
  location.hash = '#/record/training/new';
});
afterEach(async () => {
  cleanup(); // unmounting flushes any pending draft: let that write land before clearing
  await draftWritesSettled();
  await Promise.all(db.tables.map((t) => t.clear()));
});

const type = (label: string | RegExp, value: string) => fireEvent.input(screen.getByLabelText(label), { target: { value } });

describe('training form validation', () => {
  test('errors are listed in an alert that takes focus, each field marked invalid; nothing is saved', async () => {
    render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
    await screen.findByLabelText('Title');
    fireEvent.click(screen.getByRole('radio', { name: /Other training/ }));
    type('Hours', '0');
    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('There are 2 problems')).toBeTruthy();
    expect(alert.textContent).toContain('Title: Enter the title of the training.');
    expect(alert.textContent).toContain('Hours: The hours must be more than 0.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText('Title').getAttribute('aria-describedby')).toContain('field-title-error');
    expect(await db.trainings.count()).toBe(0);

    type('Title', 'Domestic abuse');
    type('Hours', '101');
    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    await screen.findByText(/There is a problem/);
    expect(screen.getByRole('alert').textContent).toMatch(/more than 100 hours/);
    type('Hours', '1.3');
    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/nearest quarter hour/));
  });

  test('an end date before the start date, an impossible or a future date are refused in plain words', () => {
    const v = { ...emptyTrainingValues('2026-11-27'), title: 'X', hours: '3' };
    expect(validateTraining({ ...v, multiDay: true, startDate: '2026-11-20', endDate: '2026-11-19' }, '2026-11-27').endDate).toBe(
      'The end date is before the start date.',
    );
    expect(validateTraining({ ...v, startDate: '2026-02-30' }, '2026-11-27').startDate).toMatch(/not a real date/);
    expect(validateTraining({ ...v, startDate: '2026-12-01' }, '2026-11-27').startDate).toMatch(
      /in the future \(after 27 Nov 2026\).*plan it/,
    );
    expect(validateTraining({ ...v, startDate: '1926-01-01' }, '2026-11-27').startDate).toMatch(/Check the year/);
    expect(validateTraining({ ...v, hours: 'three' }, '2026-11-27').hours).toMatch(/as a number/);
    expect(validateTraining({ ...v, hours: '1,5' }, '2026-11-27').hours).toBeUndefined();
    expect(validateTraining(v, '2026-11-27')).toEqual({});
  });

  test('the end date field appears for more than one day, and its error is announced', async () => {
    render(<TrainingForm framework={null} frameworkId="fixture" />);
    await screen.findByLabelText('Title');
    expect(screen.queryByLabelText('End date')).toBeNull();
    fireEvent.click(screen.getByLabelText('It took more than one day'));
    type('Title', 'Two-day course');
    type('Hours', '12');
    type('Start date', '2026-11-20');
    type('End date', '2026-11-18');
    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    expect((await screen.findByRole('alert')).textContent).toContain('End date: The end date is before the start date.');
  });
});

describe('picking a framework course', () => {
  test('search as you type, grouped by level; picking pre-fills title, hours, level, mode, agency and provider', async () => {
    render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
    await screen.findByLabelText('Find a course');
    expect(screen.getByRole('group', { name: 'Level 1' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Level 2' })).toBeTruthy();
    type('Find a course', 'neglect');
    expect(screen.getByText('1 course')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Level 1' })).toBeNull();
    fireEvent.click(screen.getByRole('radio', { name: /Neglect: recognising/ }));
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Neglect: recognising and responding');
    expect((screen.getByLabelText('Hours') as HTMLInputElement).value).toBe('6');
    expect(screen.getByText(/Filled in from the course length \(6 hours\)/)).toBeTruthy();
    expect((screen.getByLabelText('Level') as HTMLSelectElement).value).toBe('l2');
    expect((screen.getByLabelText('How it was delivered') as HTMLSelectElement).value).toBe('face-to-face');
    expect((screen.getByRole('radio', { name: /Multi-agency/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByLabelText(/Provider name/) as HTMLInputElement).value).toBe('Fixture Safeguarding Children Partnership');

    // The hours stay editable.
    type('Hours', '5.5');
    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    await waitFor(async () => expect(await db.trainings.count()).toBe(1));
    const [t] = await db.trainings.toArray();
    expect(t).toMatchObject({
      hours: 5.5,
      level: 'Level 2',
      agency: 'multi',
      link: { frameworkId: 'fixture', courseId: 'neglect', levelId: 'l2' },
    });
    // The save resolves, then the draft is discarded, then the form navigates: wait for that.
    await waitFor(() => expect(location.hash).toBe(`#/record/training/${t.id}`));
    expect(await loadDraft('training:new')).toBeNull();
  });

  test('a pathway step without a catalogue course can be linked', async () => {
    render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" />);
    fireEvent.click(await screen.findByRole('radio', { name: 'Shadowing a designated lead' }));
    type('Hours', '2');
    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    await waitFor(async () => expect(await db.trainings.count()).toBe(1));
    const [t] = await db.trainings.toArray();
    expect(t.title).toBe('Shadowing a designated lead');
    expect(t.link).toMatchObject({ courseId: null, pathwayId: 'p1', pathwayItemId: 'i2' });
  });
});

test('what is typed is kept as a draft and restored when the form opens again', async () => {
  const first = render(<TrainingForm framework={null} frameworkId="fixture" />);
  await screen.findByLabelText('Title');
  type('Title', 'Half-typed course name');
  await waitFor(async () => expect((await loadDraft('training:new'))?.title).toBe('Half-typed course name'));
  first.unmount();
  render(<TrainingForm framework={null} frameworkId="fixture" />);
  await waitFor(() => expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Half-typed course name'));
  expect(screen.getByText('What you typed before has been restored.')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  await waitFor(async () => expect(await loadDraft('training:new')).toBeNull());
});

// The draft is written at each change (useDraft), held in flight here until the entry is saved;
// fake timers make sure no timer can settle it meanwhile, instead of racing a sleep.
test.each([
  ['before the draft is written', 100],
  ['while the draft write is in flight', 250],
])('saving right after typing (%s) leaves no stale draft behind', async (_when, afterMs) => {
  render(<TrainingForm framework={null} frameworkId="fixture" />);
  await screen.findByLabelText('Title');
  const release = holdDraftSaves();
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    type('Title', 'Quick entry');
    type('Hours', '1');
    vi.advanceTimersByTime(afterMs);
    fireEvent.click(screen.getByRole('button', { name: 'Save to my record' }));
    await vi.waitFor(async () => expect(await db.trainings.count()).toBe(1));
    release(); // the draft write lands after the entry is saved
    await vi.waitFor(() => expect(location.hash).toMatch(/^#\/record\/training\/[\w-]+$/));
    vi.runAllTimers(); // any debounced write still pending fires now
    await draftWritesSettled();
    expect(await loadDraft('training:new')).toBeNull();
  } finally {
    release();
    vi.useRealTimers();
  }
});

test('editing an entry shows its values and saves over it (same id, impact note kept)', async () => {
  const { saveTraining } = await import('../../src/db/trainings');
  const t = await saveTraining({
    title: 'Neglect: recognising and responding',
    providerKind: 'partnership',
    providerName: 'FSCP',
    startDate: '2026-10-01',
    endDate: '2026-10-02',
    hours: 6,
    mode: 'face-to-face',
    level: 'Level 2',
    link: { frameworkId: 'fixture', courseId: 'neglect', levelId: 'l2' },
    agency: 'multi',
    participatory: true,
    notes: 'Day two was the workshop',
    impact: { text: 'Earlier referrals', date: '2027-01-10' },
  });
  render(<TrainingForm framework={fixtureFramework} frameworkId="fixture" existing={t} />);
  await screen.findByLabelText('Title');
  expect((screen.getByRole('radio', { name: /Neglect: recognising/ }) as HTMLInputElement).checked).toBe(true);
  expect((screen.getByLabelText('It took more than one day') as HTMLInputElement).checked).toBe(true);
  expect((screen.getByLabelText('End date') as HTMLInputElement).value).toBe('2026-10-02');
  expect((screen.getByLabelText('Level') as HTMLSelectElement).value).toBe('l2');
  type('Hours', '6.5');
  fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
  await waitFor(async () => expect((await db.trainings.get(t.id))?.hours).toBe(6.5));
  const saved = await db.trainings.get(t.id);
  expect(saved).toMatchObject({
    id: t.id,
    createdAt: t.createdAt,
    impact: t.impact,
    notes: 'Day two was the workshop',
    endDate: '2026-10-02',
  });
  expect(await db.trainings.count()).toBe(1);
});
