import { expect, test } from 'vitest';
import { backupReminder, DEFAULT_REMINDER, isIosNotInstalled } from '../../src/backup/reminder';

const base = { today: '2026-11-27', rule: DEFAULT_REMINDER, persisted: true, iosNotInstalled: false };

test('no backup yet: says so, and nudges once there is something to lose', () => {
  expect(backupReminder({ ...base, lastBackupAt: null, changes: 0 })).toEqual({
    status: 'You have not made a backup on this device yet.',
    nudge: null,
    risks: [],
  });
  expect(backupReminder({ ...base, lastBackupAt: null, changes: 3 }).nudge).toMatch(/^Make a backup/);
});

test('nudges after 30 days or 20 changes, not before', () => {
  const recent = backupReminder({ ...base, lastBackupAt: '2026-10-29T12:00:00.000Z', changes: 19 });
  expect(recent).toEqual({ status: 'Last backup: 29 Oct 2026.', nudge: null, risks: [] });
  expect(backupReminder({ ...base, lastBackupAt: '2026-10-28T12:00:00.000Z', changes: 0 }).nudge).toBe(
    'Time for a new backup: it has been 30 days.',
  );
  expect(backupReminder({ ...base, lastBackupAt: '2026-11-26T12:00:00.000Z', changes: 20 }).nudge).toBe(
    'Time for a new backup: 20 records have changed since.',
  );
  expect(backupReminder({ ...base, lastBackupAt: '2025-11-27T12:00:00.000Z', changes: 1 }).nudge).toBe(
    'Time for a new backup: it has been 365 days.',
  );
});

test('the rule is configurable', () => {
  const rule = { days: 7, changes: 5 };
  expect(backupReminder({ ...base, rule, lastBackupAt: '2026-11-20T08:00:00.000Z', changes: 5 }).nudge).toBe(
    'Time for a new backup: it has been 7 days and 5 records have changed since.',
  );
  expect(
    backupReminder({ ...base, rule: { days: 1000, changes: 1000 }, lastBackupAt: '2026-01-01T08:00:00.000Z', changes: 999 }).nudge,
  ).toBeNull();
});

test('says plainly what an unprotected browser or Safari outside the Home Screen risks', () => {
  const r = backupReminder({ ...base, persisted: false, iosNotInstalled: true, lastBackupAt: null, changes: 0 });
  expect(r.risks).toHaveLength(2);
  expect(r.risks[0]).toMatch(/Safari deletes the data of websites that are not on the Home Screen after 7 days/);
  expect(r.risks[1]).toMatch(/may clear it/);
  expect(backupReminder({ ...base, persisted: null, lastBackupAt: null, changes: 0 }).risks).toEqual([]);
});

test('iOS Safari outside the Home Screen is recognised by navigator.standalone === false', () => {
  expect(isIosNotInstalled({ standalone: false } as Navigator & { standalone: boolean })).toBe(true);
  expect(isIosNotInstalled({ standalone: true } as Navigator & { standalone: boolean })).toBe(false);
  expect(isIosNotInstalled({} as Navigator)).toBe(false);
  // A browser that offers its own install prompt is not iOS Safari, whatever it claims.
  expect(isIosNotInstalled({ standalone: false } as Navigator & { standalone: boolean }, { onbeforeinstallprompt: null })).toBe(false);
});

test('on iOS Safari outside the Home Screen the nudge comes sooner: after 5 days or any change', () => {
  const rule = { days: 30, changes: 10 };
  const at = '2026-11-22T08:00:00.000Z'; // 5 days before today
  expect(backupReminder({ ...base, rule, lastBackupAt: at, changes: 0 }).nudge).toBeNull();
  expect(backupReminder({ ...base, rule, iosNotInstalled: true, lastBackupAt: at, changes: 0 }).nudge).toBe(
    'Time for a new backup: it has been 5 days.',
  );
  expect(backupReminder({ ...base, rule, iosNotInstalled: true, lastBackupAt: '2026-11-26T08:00:00.000Z', changes: 1 }).nudge).toBe(
    'Time for a new backup: 1 record has changed since.',
  );
  expect(backupReminder({ ...base, rule, lastBackupAt: '2026-11-26T08:00:00.000Z', changes: 1 }).nudge).toBeNull();
});
