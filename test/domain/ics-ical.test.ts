/** The calendar file read back by a real RFC 5545 parser (ical.js): every dated thing the app
 * knows is an event on its dates, with the reminders (VALARM) the user set, and the same UIDs on
 * a later export so that a re-import updates rather than duplicates. */
import ICAL from 'ical.js';
import { describe, expect, test } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { buildIcs, reminderEvents } from '../../src/domain/ics';
import { alarmDaysFrom, describeAlarmDays, parseAlarmDays } from '../../src/domain/calendar-settings';
import { plan, profile, record, reminderFramework, training } from './fixtures';

function parse(ics: string) {
  const cal = new ICAL.Component(ICAL.parse(ics));
  return cal.getAllSubcomponents('vevent').map((ve) => {
    const e = new ICAL.Event(ve);
    return {
      uid: e.uid,
      summary: e.summary,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      allDay: e.startDate.isDate,
      alarms: ve.getAllSubcomponents('valarm').map((a) => ({
        action: a.getFirstPropertyValue('action'),
        trigger: (a.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
        description: a.getFirstPropertyValue('description'),
      })),
    };
  });
}

const fw = reminderFramework();
const me = profile({
  groupId: 'g',
  flags: { schoolDsl: true },
  schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31' }, { schemeId: 'swe' }, { schemeId: 'kcsie' }],
});
const dsl = training('2026-08-01', { title: 'Designated safeguarding lead training', link: { frameworkId: 'fx', levelId: 'u' } });
const twoDays = plan('2027-01-15', { title: 'Neglect', endDate: '2027-01-16' });
const oneDay = plan('2027-02-03', { title: 'Online safety' });
const rec = record({ trainings: [dsl], plans: [twoDays, oneDay] });
const DAY = 86400;
const HOUR = 3600;

describe('the calendar file, read back by ical.js', () => {
  test('every dated thing is an event on its dates, with the default reminders 14 days and 1 day before at 9 am', () => {
    const events = reminderEvents(computeProgress({ framework: fw, profile: me, record: rec }, '2026-11-27'));
    const parsed = parse(buildIcs(events, '2026-11-27T10:00:00Z'));
    const byKey = Object.fromEntries(parsed.map((e) => [e.uid.replace(/@.*/, ''), e]));
    expect(Object.keys(byKey).sort()).toEqual(
      [
        `plan:${twoDays.id}`,
        `plan:${oneDay.id}`,
        `impact:eval:${dsl.id}`,
        'refresh:refresh:u',
        'scheme:nmc:deadline',
        'scheme:swe:deadline',
        'scheme:kcsie:kcsie-annual-update',
        'scheme:kcsie:kcsie-dsl-training',
        'scheme:kcsie:kcsie-dsl-knowledge-refresh',
      ].sort(),
    );
    expect(parsed).toHaveLength(9);
    for (const e of parsed) expect(e.allDay).toBe(true);
    // A two-day course is two days (DTEND is the day after the last day); a one-day plan one day.
    expect(byKey[`plan:${twoDays.id}`]).toMatchObject({ start: '2027-01-15', end: '2027-01-17', summary: 'Planned: Neglect' });
    expect(byKey[`plan:${oneDay.id}`]).toMatchObject({ start: '2027-02-03', end: '2027-02-04' });
    expect(byKey['scheme:nmc:deadline']).toMatchObject({ start: '2027-03-31', summary: 'NMC revalidation due' });
    // Social Work England's registration year ends on 30 November.
    expect(byKey['scheme:swe:deadline'].start).toBe('2026-11-30');
    expect(byKey['scheme:kcsie:kcsie-annual-update'].start).toBe('2027-08-01');
    expect(byKey['scheme:kcsie:kcsie-dsl-training'].start).toBe('2028-08-01');
    expect(byKey['refresh:refresh:u'].start).toBe('2029-08-01');
    expect(byKey[`impact:eval:${dsl.id}`].start).toBe('2027-02-01');
    for (const e of parsed) {
      expect(e.alarms.map((a) => a.action)).toEqual(['DISPLAY', 'DISPLAY']);
      // Relative to the all-day start (midnight): 9 am 14 days before, and 9 am the day before.
      expect(e.alarms.map((a) => a.trigger)).toEqual([-(14 * DAY) + 9 * HOUR, -DAY + 9 * HOUR]);
      expect(e.alarms[0].description).toBe(`In 14 days: ${e.summary}`);
    }
  });

  test('the reminders are the ones set in Settings: none, or on the day', () => {
    const events = reminderEvents(computeProgress({ framework: fw, profile: me, record: rec }, '2026-11-27'));
    expect(parse(buildIcs(events, '2026-11-27T10:00:00Z', { alarmDays: [] })).every((e) => e.alarms.length === 0)).toBe(true);
    const onTheDay = parse(buildIcs(events, '2026-11-27T10:00:00Z', { alarmDays: [30, 0] }));
    expect(onTheDay[0].alarms.map((a) => a.trigger)).toEqual([-(30 * DAY) + 9 * HOUR, 9 * HOUR]);
    expect(onTheDay[0].alarms[1].description).toBe(`Today: ${onTheDay[0].summary}`);
  });

  test('a later export keeps the UIDs (a re-import updates the events) and moves the dates', () => {
    const uids = (today: string, r = rec) =>
      parse(buildIcs(reminderEvents(computeProgress({ framework: fw, profile: me, record: r }, today)), `${today}T08:00:00Z`)).map(
        (e) => e.uid,
      );
    const first = uids('2026-11-27');
    expect(new Set(first).size).toBe(first.length);
    const later = uids('2026-12-20');
    expect(later.sort()).toEqual([...first].sort());
    // After 30 November the SWE deadline is next year's, under the same UID.
    const swe = parse(
      buildIcs(reminderEvents(computeProgress({ framework: fw, profile: me, record: rec }, '2026-12-20')), '2026-12-20T08:00:00Z'),
    ).find((e) => e.uid.startsWith('scheme:swe:deadline'));
    expect(swe?.start).toBe('2027-11-30');
  });

  test('without scheme enrolments there are no scheme events; NMC without a renewal date has no deadline', () => {
    const noSchemes = reminderEvents(computeProgress({ framework: fw, profile: profile({ groupId: 'g' }), record: rec }, '2026-11-27'));
    expect(noSchemes.some((e) => e.key.startsWith('scheme:'))).toBe(false);
    const nmcOnly = reminderEvents(
      computeProgress({ framework: fw, profile: profile({ groupId: 'g', schemes: [{ schemeId: 'nmc' }] }), record: rec }, '2026-11-27'),
    );
    expect(nmcOnly.some((e) => e.key.startsWith('scheme:'))).toBe(false);
  });
});

describe('calendar reminder setting', () => {
  test('reads what the user types, refuses what it cannot use', () => {
    expect(parseAlarmDays('14, 1')).toEqual({ days: [14, 1] });
    expect(parseAlarmDays('1 and 14 days')).toEqual({ days: [14, 1] });
    expect(parseAlarmDays('  ')).toEqual({ days: [] });
    expect(parseAlarmDays('7, 7, 0')).toEqual({ days: [7, 0] });
    expect(parseAlarmDays('two')).toEqual({ error: '“two” is not a whole number of days. Enter numbers such as 14, 1.' });
    expect(parseAlarmDays('400')).toHaveProperty('error');
    expect(parseAlarmDays('1.5')).toHaveProperty('error');
  });
  test('a stored value made whole, the default when none', () => {
    expect(alarmDaysFrom(undefined)).toEqual([14, 1]);
    expect(alarmDaysFrom({ daysBefore: [] })).toEqual([]);
    expect(alarmDaysFrom({ daysBefore: [1, 30, 'x'] })).toEqual([30, 1]);
    expect(alarmDaysFrom({ daysBefore: ['x'] })).toEqual([14, 1]);
    expect(describeAlarmDays([14, 1])).toBe('14 days before and 1 day before');
    expect(describeAlarmDays([])).toBe('no reminders');
  });
});
