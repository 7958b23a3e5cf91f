/** The ISO date arithmetic against date-fns, on any date from year 1000 to 9999. */
import fc from 'fast-check';
import { addDays, addMonths, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import { expect, test } from 'vitest';
import { addDaysIso, addMonthsIso, daysBetween, formatDate, isIsoDate } from '../../src/domain/dates';

const iso = fc
  .date({ min: new Date('1000-01-01T12:00:00'), max: new Date('9998-12-31T12:00:00'), noInvalidDate: true })
  .map((d) => format(d, 'yyyy-MM-dd'));

test('addMonthsIso, addDaysIso and daysBetween agree with date-fns', () => {
  fc.assert(
    fc.property(iso, iso, fc.integer({ min: -240, max: 240 }), fc.integer({ min: -4000, max: 4000 }), (a, b, months, days) => {
      expect(addMonthsIso(a, months)).toBe(format(addMonths(parseISO(a), months), 'yyyy-MM-dd'));
      expect(addDaysIso(a, days)).toBe(format(addDays(parseISO(a), days), 'yyyy-MM-dd'));
      expect(daysBetween(a, b)).toBe(differenceInCalendarDays(parseISO(b), parseISO(a)));
      expect(formatDate(a)).toBe(format(parseISO(a), 'd MMM yyyy'));
    }),
    { numRuns: 2000 },
  );
});

test('isIsoDate agrees with a date-fns round trip', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
      const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const p = parseISO(s);
      expect(isIsoDate(s)).toBe(isValid(p) && format(p, 'yyyy-MM-dd') === s);
    }),
    { numRuns: 3000 },
  );
  expect(isIsoDate('2028-02-29')).toBe(true);
  expect(isIsoDate('2100-02-29')).toBe(false);
  expect(addMonthsIso('2024-02-29', 12)).toBe('2025-02-28');
  expect(addMonthsIso('2026-08-31', 6)).toBe('2027-02-28');
  expect(formatDate('2026-11-27')).toBe('27 Nov 2026');
});
