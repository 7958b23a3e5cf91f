import { afterEach, beforeEach, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { SchemesScreen } from '../../src/ui/screens/Schemes';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';
import { saveProfile } from '../../src/db/profile';
import { putRecord } from '../../src/db/records';
import type { Training } from '../../src/domain/types';
import { profileFields } from '../fixtures/profile';

// A renewal date a year from now, so that training logged today is inside the three-year window.
const RENEWAL = `${new Date().getFullYear() + 1}-03-31`;

const base = profileFields({
  name: 'Sam Nurse',
  jobTitle: 'School nurse',
  employer: 'NHS Trust',
  frameworkId: 'worcestershire',
  schemes: [{ schemeId: 'nmc', renewalDate: RENEWAL, options: {} }],
});

beforeEach(async () => {
  await db.open();
  const profile = await saveProfile(base);
  useProfileStore.setState({ status: 'ready', profile });
});
afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
});

test('shows what the record counts for in a followed scheme, and following another is saved to the profile', async () => {
  const today = new Date().toISOString().slice(0, 10);
  await putRecord<Training>('trainings', {
    title: 'Safeguarding children level 3',
    providerKind: 'employer',
    providerName: 'Trust',
    startDate: today,
    endDate: today,
    hours: 6,
    mode: 'face-to-face',
    level: '',
    link: null,
    agency: 'multi',
    participatory: true,
    notes: '',
    impact: null,
  });
  render(<SchemesScreen />);
  await screen.findByText(/NMC: 6 of 35 CPD hours, 6 of 20 participatory CPD hours/);
  expect(screen.getByText(new RegExp(`revalidation due 31 Mar ${new Date().getFullYear() + 1}`))).toBeTruthy();

  fireEvent.click(screen.getByLabelText(/Social Work England CPD/));
  await waitFor(async () => expect((await db.profile.get('profile'))!.schemes.map((s) => s.schemeId)).toEqual(['nmc', 'swe']));
  await screen.findByText(/SWE: 1 of 2 pieces of CPD/);
});
