/**
 * Reminders as an iCalendar file (RFC 5545): one all-day event per dated thing the app knows
 * (refresh dues, the pathway deadline, impact windows, plans over their real length, the
 * professional schemes' deadlines and updates), each with the user's reminders (VALARM, at 9 am
 * so many days before). UIDs are derived from the rule and item ids, so that importing a newer
 * file updates the same events rather than adding duplicates. DTSTAMP is passed in (no clock here).
 */
import { addDaysIso, addMonthsIso, formatDate } from './dates';
import { impactWindow } from './impact';
import { describeCitation } from '../frameworks/describe';
import { SCHEMES } from '../frameworks/schemes';
import { rulesOf } from './engine/selectors';
import type { Progress } from './progress';
import { schemeProgress } from './schemes';
import { DEFAULT_ALARM_DAYS } from './calendar-settings';
import type { ISODate, ISODateTime } from './types';

export interface CalendarEvent {
  /** Stable identity (without the domain part). */
  key: string;
  date: ISODate;
  /** The last day, for an event over more than one day (inclusive). */
  endDate?: ISODate;
  summary: string;
  description: string;
}

export interface IcsOptions {
  /** Days before each event to remind (0: on the day), at 9 am; default 14 and 1. */
  alarmDays?: readonly number[];
  calendarName?: string;
}

/** The hour of the day reminders go off (local time of the all-day event). */
const ALARM_HOUR = 9;

/** TRIGGER value (relative to the all-day event's start, midnight) for 9 am `days` before. */
export function alarmTrigger(days: number): string {
  if (days === 0) return `PT${ALARM_HOUR}H`;
  return `-P${days - 1}DT${24 - ALARM_HOUR}H`;
}

const UID_DOMAIN = 'safeguarding-passport.app';

/** Escapes a TEXT value: backslash, semicolon, comma and line breaks. */
export function escapeText(s: string): string {
  return s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds a content line at 75 octets (continuations start with one space), never inside a
 * multi-byte character. */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let cur = '';
  let curBytes = 0;
  let limit = 75;
  for (const ch of line) {
    const b = encoder.encode(ch).length;
    if (curBytes + b > limit) {
      parts.push(cur);
      cur = '';
      curBytes = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    cur += ch;
    curBytes += b;
  }
  parts.push(cur);
  return parts.join('\r\n ');
}

function basicDate(iso: ISODate): string {
  return iso.replace(/-/g, '');
}

/** '2026-11-27T13:05:09.123Z' -> '20261127T130509Z'. */
function basicDateTime(iso: ISODateTime): string {
  return iso
    .replace(/\.\d+/, '')
    .replace(/[-:]/g, '')
    .replace(/\+00:?00$/, 'Z');
}

export function uidFor(key: string): string {
  return `${key.replace(/[^A-Za-z0-9._:-]/g, '-')}@${UID_DOMAIN}`;
}

export function buildIcs(events: CalendarEvent[], dtstamp: ISODateTime, options: IcsOptions = {}): string {
  const { alarmDays = DEFAULT_ALARM_DAYS, calendarName = 'Safeguarding Passport' } = options;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Safeguarding Passport//Reminders//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${uidFor(e.key)}`,
      `DTSTAMP:${basicDateTime(dtstamp)}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      // DTEND of an all-day event is the day after its last day (RFC 5545, 3.6.1).
      `DTEND;VALUE=DATE:${basicDate(addDaysIso(e.endDate && e.endDate > e.date ? e.endDate : e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const days of alarmDays)
      lines.push(
        'BEGIN:VALARM',
        'ACTION:DISPLAY',
        `DESCRIPTION:${escapeText(days === 0 ? `Today: ${e.summary}` : `In ${days} ${days === 1 ? 'day' : 'days'}: ${e.summary}`)}`,
        `TRIGGER:${alarmTrigger(days)}`,
        'END:VALARM',
      );
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The events worth a calendar entry: refresh due dates (also those not yet close), the
 * pathway deadline, impact follow-up windows closing, open plans (over their days), and for each
 * professional scheme the user follows its deadline (NMC revalidation, SWE's CPD deadline) and
 * its dated updates (KCSIE's yearly update, the DSL's training). */
export function reminderEvents(progress: Progress): CalendarEvent[] {
  const { framework, today, index: idx } = progress;
  const record = idx.record;
  const events: CalendarEvent[] = [];
  for (const r of progress.refreshes) {
    if (!r.dueDate) continue;
    const level = framework.levels.find((l) => l.id === r.levelId)?.title ?? r.levelId;
    events.push({
      key: `refresh:${r.ruleId}:${r.levelId}`,
      date: r.dueDate,
      summary: `Refresh ${level} safeguarding training`,
      description: `${framework.shortName}: ${r.text} Last done ${formatDate(r.lastDone)}. Source: ${describeCitation(r.cite, framework)}.`,
    });
  }
  const pw = progress.pathway;
  if (pw) {
    const pathway = pw.pathway;
    if (!pw.complete && pw.deadline)
      events.push({
        key: `pathway:${pathway.id}:deadline`,
        date: pw.deadline,
        summary: `End of the suggested two years: ${pathway.roleTitle} pathway`,
        description: `${pw.done} of ${pw.total} items done. Still to do: ${pw.items
          .filter((i) => i.status !== 'done')
          .map((i) => i.item.title)
          .join('; ')}.`,
      });
  }
  // Impact notes still to come or due: one event on the day each window closes.
  for (const r of rulesOf(framework, 'evaluation-followup'))
    for (const t of record.trainings) {
      if (t.endDate < addMonthsIso(today, -r.toMonths) || t.impact?.text?.trim()) continue;
      const w = impactWindow(t, today, r.fromMonths, r.toMonths);
      if (w.status === 'overdue' || w.status === 'done') continue;
      events.push({
        key: `impact:${r.id}:${t.id}`,
        date: w.closes,
        summary: `Impact note: ${t.title}`,
        description: `${framework.shortName} asks how this training (${formatDate(t.endDate)}) changed your practice, between ${formatDate(w.opens)} and ${formatDate(w.closes)}.`,
      });
    }
  for (const p of idx.openPlans)
    events.push({
      key: `plan:${p.id}`,
      date: p.plannedDate,
      ...(p.endDate && p.endDate > p.plannedDate ? { endDate: p.endDate } : {}),
      summary: `Planned: ${p.title}`,
      description: p.notes || 'Planned safeguarding training.',
    });
  events.push(...schemeEvents(progress));
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}

/** The schemes' dated things: each deadline, and each refresh with a due date. */
function schemeEvents(progress: Progress): CalendarEvent[] {
  const { profile, today, index } = progress;
  const events: CalendarEvent[] = [];
  for (const enrolment of profile.schemes) {
    const scheme = SCHEMES.find((s) => s.id === enrolment.schemeId);
    if (!scheme) continue;
    const sp = schemeProgress(scheme, profile, index.record.trainings, index.record.reflections ?? [], today);
    const open = sp.requirements.filter((r) => (r.unit === 'hours' || r.unit === 'count') && !r.met);
    if (sp.deadline) {
      const still = open.map((r) => `${r.title}: ${r.done} of ${r.target}`).join('; ');
      events.push({
        key: `scheme:${scheme.id}:deadline`,
        date: sp.deadline,
        summary: scheme.id === 'nmc' ? 'NMC revalidation due' : `${scheme.title}: ${scheme.deadlineLabel}`,
        description: `${scheme.publisher}. ${still ? `Still to log: ${still}.` : 'Everything the app counts is logged.'} ${scheme.checkNote}`,
      });
    }
    for (const r of sp.requirements)
      if (r.unit === 'refresh' && r.dueDate)
        events.push({
          key: `scheme:${scheme.id}:${r.id}`,
          date: r.dueDate,
          summary: `${scheme.shortName}: ${r.title.replace(/\s*\(.*\)$/, '')} due`,
          description: `${scheme.publisher}: ${r.title}. ${scheme.checkNote}`,
        });
  }
  return events;
}
