/**
 * Impact follow-up: how training changed practice, written some months after it (Sandwell's
 * evaluation asks for it 3-6 months later). Pure: `today` is passed in.
 */
import { addMonthsIso } from './dates';
import type { ISODate, Training } from './types';

export type ImpactStatus = 'done' | 'not-yet' | 'due' | 'overdue';

export interface ImpactWindow {
  opens: ISODate;
  closes: ISODate;
  status: ImpactStatus;
}

/** The follow-up window of a training, from `fromMonths` to `toMonths` after it ended
 * (inclusive), and where today stands in it. */
export function impactWindow(t: Pick<Training, 'endDate' | 'impact'>, today: ISODate, fromMonths = 3, toMonths = 6): ImpactWindow {
  const opens = addMonthsIso(t.endDate, fromMonths);
  const closes = addMonthsIso(t.endDate, toMonths);
  const status: ImpactStatus = t.impact?.text?.trim() ? 'done' : today < opens ? 'not-yet' : today <= closes ? 'due' : 'overdue';
  return { opens, closes, status };
}
