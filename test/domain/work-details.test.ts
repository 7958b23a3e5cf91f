import { describe, expect, it } from 'vitest';
import {
  supervisionHeld,
  validateWorkDetails,
  workDetailsFromValues,
  workDetailsValues,
  type WorkDetailsValues,
} from '../../src/domain/work-details';
import { profile } from '../pdf/fixtures';

const TODAY = '2026-11-27';
const blank: WorkDetailsValues = {
  lastSupervisionDate: '',
  nextSupervisionDate: '',
  supervisorName: '',
  appraisalYearStartMonth: '',
  lineManager: '',
  nmcPin: '',
  sweRegistrationNumber: '',
};

describe('work details', () => {
  it('accepts nothing set, and well-formed values as people type them', () => {
    expect(validateWorkDetails(blank, TODAY)).toEqual({});
    const v = {
      ...blank,
      lastSupervisionDate: '2026-10-01',
      nextSupervisionDate: '2027-01-10',
      nmcPin: '12a 3456 e',
      sweRegistrationNumber: 'sw 12345',
    };
    expect(validateWorkDetails(v, TODAY)).toEqual({});
    expect(workDetailsFromValues({ ...v, supervisorName: '  Pat Lee ', appraisalYearStartMonth: '4' })).toEqual({
      lastSupervisionDate: '2026-10-01',
      nextSupervisionDate: '2027-01-10',
      supervisorName: 'Pat Lee',
      appraisalYearStartMonth: 4,
      lineManager: '',
      nmcPin: '12A3456E',
      sweRegistrationNumber: 'SW12345',
    });
  });

  it('says what is wrong in the user’s words', () => {
    const e = validateWorkDetails(
      { ...blank, lastSupervisionDate: '2027-01-01', nextSupervisionDate: '2026-01-01', nmcPin: '1234', sweRegistrationNumber: '12345' },
      TODAY,
    );
    expect(e.lastSupervisionDate).toBe('Your last supervision cannot be in the future');
    expect(e.nmcPin).toMatch(/like 12A3456E/);
    expect(e.sweRegistrationNumber).toMatch(/like SW12345/);
    expect(
      validateWorkDetails({ ...blank, lastSupervisionDate: '2026-10-01', nextSupervisionDate: '2026-09-01' }, TODAY).nextSupervisionDate,
    ).toBe('Your next supervision must be after your last one');
  });

  it('round-trips a profile, older profiles without the fields included', () => {
    const p = profile({ lastSupervisionDate: null, appraisalYearStartMonth: null });
    expect(workDetailsValues(p)).toEqual(blank);
    expect(workDetailsValues(profile({ appraisalYearStartMonth: 9, nmcPin: '12A3456E' }))).toMatchObject({
      appraisalYearStartMonth: '9',
      nmcPin: '12A3456E',
    });
  });

  it('a supervision held today becomes the last one; a next date already passed is cleared', () => {
    expect(supervisionHeld(profile({ nextSupervisionDate: TODAY, supervisorName: 'Pat' }), TODAY)).toMatchObject({
      lastSupervisionDate: TODAY,
      nextSupervisionDate: null,
      supervisorName: 'Pat',
    });
    expect(supervisionHeld(profile({ nextSupervisionDate: '2027-02-01' }), TODAY).nextSupervisionDate).toBe('2027-02-01');
  });
});
