/** The calendar reminders' setting for the screens (src/db/calendar-settings.ts). */
export { alarmDays, saveAlarmDays } from '../db/calendar-settings';
