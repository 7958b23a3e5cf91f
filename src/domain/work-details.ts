/**
 * The work details the portfolio presets need (supervision dates and supervisor, appraisal month,
 * line manager, NMC PIN, Social Work England registration number): the form's values, their
 * checks in the user's words, and the change to the stored profile. Pure.
 */
import { isIsoDate } from './dates';
import type { ISODate, Profile } from './types';

export interface WorkDetailsValues {
  lastSupervisionDate: string;
  nextSupervisionDate: string;
  supervisorName: string;
  /** '' or '1'..'12'. */
  appraisalYearStartMonth: string;
  lineManager: string;
  nmcPin: string;
  sweRegistrationNumber: string;
}

export type WorkDetailsErrors = Partial<Record<keyof WorkDetailsValues, string>>;

export type WorkDetails = Pick<
  Profile,
  | 'lastSupervisionDate'
  | 'nextSupervisionDate'
  | 'supervisorName'
  | 'appraisalYearStartMonth'
  | 'lineManager'
  | 'nmcPin'
  | 'sweRegistrationNumber'
>;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export function workDetailsValues(p: Profile): WorkDetailsValues {
  return {
    lastSupervisionDate: p.lastSupervisionDate ?? '',
    nextSupervisionDate: p.nextSupervisionDate ?? '',
    supervisorName: p.supervisorName ?? '',
    appraisalYearStartMonth: p.appraisalYearStartMonth ? String(p.appraisalYearStartMonth) : '',
    lineManager: p.lineManager ?? '',
    nmcPin: p.nmcPin ?? '',
    sweRegistrationNumber: p.sweRegistrationNumber ?? '',
  };
}

/** "12a 3456 e" -> "12A3456E". */
export function normaliseNmcPin(s: string): string {
  return s.replace(/[\s-]/g, '').toUpperCase();
}

/** "sw 12345" -> "SW12345". */
export function normaliseSweNumber(s: string): string {
  return s.replace(/[\s-]/g, '').toUpperCase();
}

/** The NMC's PIN: two digits, a letter, four digits, a letter. */
const NMC_PIN = /^\d{2}[A-Z]\d{4}[A-Z]$/;
/** Social Work England's registration number: SW and digits. */
const SWE_NUMBER = /^SW\d{1,7}$/;

export function validateWorkDetails(v: WorkDetailsValues, today: ISODate): WorkDetailsErrors {
  const errors: WorkDetailsErrors = {};
  if (v.lastSupervisionDate && !isIsoDate(v.lastSupervisionDate)) errors.lastSupervisionDate = 'Enter the date of your last supervision';
  else if (v.lastSupervisionDate > today) errors.lastSupervisionDate = 'Your last supervision cannot be in the future';
  if (v.nextSupervisionDate && !isIsoDate(v.nextSupervisionDate)) errors.nextSupervisionDate = 'Enter the date of your next supervision';
  else if (v.nextSupervisionDate && v.lastSupervisionDate && v.nextSupervisionDate <= v.lastSupervisionDate)
    errors.nextSupervisionDate = 'Your next supervision must be after your last one';
  const pin = normaliseNmcPin(v.nmcPin);
  if (pin && !NMC_PIN.test(pin))
    errors.nmcPin = 'Enter your NMC PIN as printed by the NMC: 2 numbers, a letter, 4 numbers and a letter, like 12A3456E';
  const swe = normaliseSweNumber(v.sweRegistrationNumber);
  if (swe && !SWE_NUMBER.test(swe))
    errors.sweRegistrationNumber = 'Enter your Social Work England registration number: SW followed by numbers, like SW12345';
  return errors;
}

export function workDetailsFromValues(v: WorkDetailsValues): WorkDetails {
  const month = Number(v.appraisalYearStartMonth);
  return {
    lastSupervisionDate: v.lastSupervisionDate || null,
    nextSupervisionDate: v.nextSupervisionDate || null,
    supervisorName: v.supervisorName.trim(),
    appraisalYearStartMonth: month >= 1 && month <= 12 ? month : null,
    lineManager: v.lineManager.trim(),
    nmcPin: normaliseNmcPin(v.nmcPin),
    sweRegistrationNumber: normaliseSweNumber(v.sweRegistrationNumber),
  };
}

/**
 * Supervision happened today: it becomes the last one; a next date on or before today is over.
 */
export function supervisionHeld(p: Profile, today: ISODate): WorkDetails {
  return {
    lastSupervisionDate: today,
    nextSupervisionDate: p.nextSupervisionDate && p.nextSupervisionDate > today ? p.nextSupervisionDate : null,
    supervisorName: p.supervisorName ?? '',
    appraisalYearStartMonth: p.appraisalYearStartMonth,
    lineManager: p.lineManager ?? '',
    nmcPin: p.nmcPin ?? '',
    sweRegistrationNumber: p.sweRegistrationNumber ?? '',
  };
}
