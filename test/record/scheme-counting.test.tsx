import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SchemeCounting } from '../../src/ui/record/SchemeCounting';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { putRecord } from '../../src/db/records';
import { schemeProgress } from '../../src/domain/schemes';
import { kcsie, nmc, swe } from '../../src/frameworks/schemes';
import type { Training } from '../../src/domain/types';
import { profileFields } from '../fixtures/profile';

const base = profileFields({
  name: 'Sam',
  jobTitle: 'Nurse and social worker',
  employer: 'Trust',
  frameworkId: 'coventry',
  schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31', options: {} }, { schemeId: 'swe' }],
});

beforeEach(async () => {
  await db.open();
  useProfileStore.setState({ status: 'ready', profile: await saveProfile(base) });
});
afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
});

test('unticking one scheme leaves the entry out of that scheme only', async () => {
  const t = await putRecord<Training>('trainings', {
    title: 'Working Together',
    providerKind: 'partnership',
    providerName: 'CSCP',
    startDate: '2026-03-01',
    endDate: '2026-03-01',
    hours: 6,
    mode: 'face-to-face',
    level: '',
    link: null,
    agency: 'multi',
    participatory: true,
    notes: '',
    impact: null,
  });
  render(<SchemeCounting training={t} />);
  const nmcBox = screen.getByLabelText('NMC revalidation') as HTMLInputElement;
  expect(nmcBox.checked).toBe(true);
  expect((screen.getByLabelText('Social Work England CPD') as HTMLInputElement).checked).toBe(true);

  fireEvent.click(nmcBox);
  await waitFor(async () => expect((await db.trainings.get(t.id))!.excludedSchemes).toEqual(['nmc']));
  const stored = (await db.trainings.get(t.id))!;
  expect(stored.updatedAt >= t.updatedAt).toBe(true);
  const profile = useProfileStore.getState().profile!;
  const cpd = (p: ReturnType<typeof schemeProgress>) => p.requirements.find((r) => r.id === 'nmc-cpd-hours')!.done;
  expect(cpd(schemeProgress(nmc, profile, [stored], [], '2026-11-27'))).toBe(0);
  expect(schemeProgress(swe, profile, [stored], [], '2026-11-27').requirements[0].done).toBe(1);
});

test('nothing is shown when the user follows no scheme', async () => {
  useProfileStore.setState({ profile: { ...useProfileStore.getState().profile!, schemes: [] } });
  const { container } = render(
    <SchemeCounting
      training={{
        id: 'x',
        createdAt: '',
        updatedAt: '',
        title: 'T',
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
      }}
    />,
  );
  expect(container.textContent).toBe('');
});

test('a school DSL says which entries count as their yearly knowledge and skills refresh (KCSIE), whatever the title says', async () => {
  const dsl = await saveProfile({ ...base, flags: { schoolDsl: true }, schemes: [{ schemeId: 'kcsie' }] });
  useProfileStore.setState({ status: 'ready', profile: dsl });
  const entry = (title: string) =>
    putRecord<Training>('trainings', {
      title,
      providerKind: 'other',
      providerName: '',
      startDate: '2026-06-01',
      endDate: '2026-06-01',
      hours: 1,
      mode: 'self-directed',
      level: '',
      link: null,
      agency: 'single',
      participatory: false,
      notes: '',
      impact: null,
    });
  const reading = await entry('Reading safeguarding developments');
  const { rerender } = render(<SchemeCounting training={reading} />);
  const label = "As: Designated safeguarding lead's knowledge and skills refreshed";
  /** The hint the checkbox is described by (says whose choice it is). */
  const how = () =>
    document.getElementById((screen.getByLabelText(label) as HTMLInputElement).getAttribute('aria-describedby')!)!.textContent;
  const box = screen.getByLabelText(label) as HTMLInputElement;
  expect(box.checked).toBe(false);
  expect(how()).toBe('Tick it if this entry counts.');
  fireEvent.click(box);
  await waitFor(async () => expect((await db.trainings.get(reading.id))!.countsTowards).toEqual(['kcsie-dsl-knowledge-refresh']));
  const stored = (await db.trainings.get(reading.id))!;
  rerender(<SchemeCounting training={stored} />);
  expect((screen.getByLabelText(label) as HTMLInputElement).checked).toBe(true);
  expect(how()).toBe('Your choice.');
  const refresh = (t: Training) =>
    schemeProgress(kcsie, dsl, [t], [], '2026-11-27').requirements.find((r) => r.id === 'kcsie-dsl-knowledge-refresh')!;
  expect(refresh(stored)).toMatchObject({ status: 'ok', trainingIds: [reading.id] });

  // A title naming the DSL is ticked from its title, and unticking it is kept.
  cleanup();
  const talk = await entry('DSL talk to new staff');
  render(<SchemeCounting training={talk} />);
  expect((screen.getByLabelText(label) as HTMLInputElement).checked).toBe(true);
  expect(how()).toBe('Ticked because the title names it.');
  fireEvent.click(screen.getByLabelText(label));
  await waitFor(async () => expect((await db.trainings.get(talk.id))!.excludedSchemes).toEqual(['kcsie-dsl-knowledge-refresh']));
  expect(refresh((await db.trainings.get(talk.id))!).status).toBe('never');
});
