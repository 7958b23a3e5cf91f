/**
 * Reminders as an iCalendar file (RFC 5545): one all-day event per due date or plan. UIDs are
 * derived from the rule and item ids, so that importing a newer file updates the same events
 * rather than adding duplicates. DTSTAMP is passed in (no clock here).
 */
import { addDaysIso, addMonthsIso, formatDate } from './dates';
import { impactWindow } from './impact';
import { describeCitation } from '../frameworks/describe';
import { rulesOf } from './engine/selectors';
import type { Progress } from './progress';
import type { ISODate, ISODateTime } from './types';

export interface CalendarEvent {
  /** Stable identity (without the domain part). */
  key: string;
  date: ISODate;
  summary: string;
  description: string;
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

export function buildIcs(events: CalendarEvent[], dtstamp: ISODateTime, calendarName = 'Safeguarding Passport'): string {
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
      `DTEND;VALUE=DATE:${basicDate(addDaysIso(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The events worth a calendar entry: refresh due dates (also those not yet close), the
 * pathway deadline, impact follow-up windows closing, and open plans. */
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
      summary: `Planned: ${p.title}`,
      description: p.notes || 'Planned safeguarding training.',
    });
  return events.sort((a, b) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key));
}
