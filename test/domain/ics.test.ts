import { describe, expect, test } from 'vitest';
import { computeProgress } from '../../src/domain/progress';
import { buildIcs, escapeText, foldLine, reminderEvents, uidFor } from '../../src/domain/ics';
import { plan, profile, record, reminderFramework, training } from './fixtures';

const unfold = (s: string) => s.replace(/\r\n /g, '');
const octets = (s: string) => new TextEncoder().encode(s).length;

describe('ics', () => {
  test('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  test('folds at 75 octets without splitting a character, and unfolds back', () => {
    const line = 'SUMMARY:' + 'é'.repeat(60) + '½ day – Working Together';
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(
      folded
        .split('\r\n')
        .slice(1)
        .every((l) => l.startsWith(' ')),
    ).toBe(true);
    expect(unfold(folded)).toBe(line);
    expect(foldLine('SHORT:x')).toBe('SHORT:x');
  });

  test('a calendar: CRLF only, one VEVENT per event, all-day dates, DTSTAMP as given', () => {
    const ics = buildIcs(
      [
        { key: 'refresh:r:u', date: '2026-11-27', summary: 'Refresh, now; please', description: 'Line one\nLine two' },
        { key: 'plan:p1', date: '2027-02-28', summary: 'Planned', description: 'x' },
      ],
      '2026-11-27T13:05:09.123Z',
    );
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    expect(ics).toContain('DTSTART;VALUE=DATE:20261127\r\nDTEND;VALUE=DATE:20261128');
    expect(ics).toContain('DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301');
    expect(ics).toContain('DTSTAMP:20261127T130509Z');
    expect(ics).toContain('SUMMARY:Refresh\\, now\\; please');
    expect(ics).toContain('DESCRIPTION:Line one\\nLine two');
    expect(ics).toContain(`UID:${uidFor('refresh:r:u')}`);
    for (const l of ics.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  test('reminders: refresh due dates, impact windows and plans, with the same UIDs on a later export', () => {
    const fw = reminderFramework();
    const p = profile({ groupId: 'g' });
    const t = training('2026-08-01', { link: { frameworkId: 'fx', levelId: 'u' } });
    const pl = plan('2027-01-15', { title: 'Neglect' });
    const r = record({ trainings: [t], plans: [pl] });
    const keys = (today: string) => reminderEvents(computeProgress({ framework: fw, profile: p, record: r }, today)).map((e) => e.key);
    const now = keys('2026-11-27');
    expect(now).toEqual([`plan:${pl.id}`, `impact:eval:${t.id}`, 'refresh:refresh:u']);
    // Later, the same event identities (an import updates them); once written, the note's event goes.
    expect(keys('2027-01-10').sort()).toEqual([...now].sort());
    const written = { ...r, trainings: [{ ...t, impact: { text: 'Changed how I plan visits', date: '2027-01-01' } }] };
    expect(reminderEvents(computeProgress({ framework: fw, profile: p, record: written }, '2027-01-10')).map((e) => e.key)).not.toContain(
      `impact:eval:${t.id}`,
    );
  });
});
