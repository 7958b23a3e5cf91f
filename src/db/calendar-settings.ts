/** The calendar file's reminder days, kept in the settings table (so a backup carries them). */
import { db } from './db';
import { nowIso } from './ids';
import { describeStorageError } from './errors';
import { alarmDaysFrom } from '../domain/calendar-settings';

export const ALARM_SETTING_ID = 'calendar.alarms';

export async function alarmDays(): Promise<number[]> {
  return alarmDaysFrom((await db.settings.get(ALARM_SETTING_ID))?.value);
}

export async function saveAlarmDays(daysBefore: number[]): Promise<void> {
  const now = nowIso();
  try {
    await db.transaction('rw', db.settings, async () => {
      const existing = await db.settings.get(ALARM_SETTING_ID);
      await db.settings.put({ id: ALARM_SETTING_ID, value: { daysBefore }, createdAt: existing?.createdAt ?? now, updatedAt: now });
    });
  } catch (e) {
    throw describeStorageError(e);
  }
}
