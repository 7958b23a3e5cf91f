/** Settings > Calendar reminders: saved in the settings table (so a backup carries them), a bad
 * entry refused with a message and nothing stored; and a plan over several days keeps its days. */
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { CalendarSection } from '../../src/ui/components/CalendarSection';
import { alarmDays } from '../../src/state/calendar';
import { ALARM_SETTING_ID } from '../../src/db/calendar-settings';
import { db } from '../../src/db/db';
import { emptyPlanValues, planToTraining, validatePlan, valuesToPlan } from '../../src/ui/record/plan-values';
import { plan } from '../domain/fixtures';

beforeEach(async () => {
  await db.open();
});
afterEach(async () => {
  cleanup();
  await Promise.all(db.tables.map((t) => t.clear()));
});

describe('calendar reminders in Settings', () => {
  test('shows the default, saves what the user types, refuses a bad entry', async () => {
    render(<CalendarSection />);
    const input = (await screen.findByLabelText(/Remind me this many days before/)) as HTMLInputElement;
    expect(input.value).toBe('14, 1');
    fireEvent.input(input, { target: { value: '7 and 0' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save calendar reminders' }));
    await screen.findByText('Saved: each event in the calendar file reminds you 7 days before and on the day (at 9 am).');
    expect(await alarmDays()).toEqual([7, 0]);
    expect((await db.settings.get(ALARM_SETTING_ID))?.value).toEqual({ daysBefore: [7, 0] });

    fireEvent.input(input, { target: { value: 'soon' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save calendar reminders' }));
    expect((await screen.findByRole('alert')).textContent).toContain('“soon” is not a whole number of days');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    await waitFor(async () => expect(await alarmDays()).toEqual([7, 0]));
  });
});

describe('a plan over several days', () => {
  test('the last day is kept, checked, and carried into the entry when done', () => {
    const v = {
      ...emptyPlanValues(),
      source: 'external' as const,
      title: 'Neglect',
      plannedDate: '2027-01-15',
      endDate: '2027-01-14',
      hours: '12',
    };
    expect(validatePlan(v, false).endDate).toBe('The last day must be on or after the first day.');
    const ok = { ...v, endDate: '2027-01-16' };
    expect(validatePlan(ok, false)).toEqual({});
    expect(valuesToPlan(ok, null, 'fx', false).endDate).toBe('2027-01-16');
    expect(valuesToPlan({ ...ok, endDate: '' }, null, 'fx', false).endDate).toBeNull();
    const p = plan('2027-01-15', { endDate: '2027-01-16' });
    expect(planToTraining(p, null, '2027-01-20')).toMatchObject({ startDate: '2027-01-15', endDate: '2027-01-16' });
    // Done on another day than planned: one day.
    expect(planToTraining(p, null, '2027-01-20', '2027-01-18')).toMatchObject({ startDate: '2027-01-18', endDate: '2027-01-18' });
  });
});
