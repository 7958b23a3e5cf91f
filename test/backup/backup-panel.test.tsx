import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { strToU8 } from 'fflate';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { BackupPanel } from '../../src/ui/components/BackupPanel';
import { BackupReminder } from '../../src/ui/components/BackupReminder';
import { ReloadNotice } from '../../src/ui/components/ReloadNotice';
import { clearAll, digest, seed, training } from './fixtures';

const downloads: string[] = [];
beforeEach(async () => {
  await clearAll(db);
  downloads.length = 0;
  URL.createObjectURL = vi.fn(() => 'blob:backup');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download);
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function pickFile(bytes: Uint8Array, name = 'backup.zip') {
  const input = screen.getByLabelText('Backup file (.zip)') as HTMLInputElement;
  const file = new File([bytes as BlobPart], name, { type: 'application/zip' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

test('making a backup downloads it, then says its size and what it holds, and records the date', async () => {
  await seed(db, { trainings: 4, certificates: 2 });
  render(<BackupPanel />);
  await screen.findByText('You have not made a backup on this device yet.');
  fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
  const result = await screen.findByTestId('export-result', {}, { timeout: 10_000 });
  expect(result.textContent).toMatch(
    /Backup saved as safeguarding-passport-backup-\d{4}-\d\d-\d\d\.zip \(\d+ KB\)\. It holds 1 profile, 4 training entries, 2 certificates, 2 reflections, 1 pathway enrolment, 1 plan\./,
  );
  expect(downloads).toEqual([expect.stringMatching(/^safeguarding-passport-backup-/)]);
  await waitFor(() =>
    expect(screen.getByTestId('last-backup').textContent).toMatch(/^Last backup from this device: \d{1,2} [A-Z][a-z]{2} \d{4}\.$/),
  );
});

test('a bad file is refused with its reason announced, and nothing changes', async () => {
  await seed(db);
  const before = await digest(db);
  render(<BackupPanel />);
  pickFile(strToU8('not a zip at all'), 'photo.jpg');
  fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/backups are zip files, and this is not one\. Nothing on this device has been changed\./);
  expect(await digest(db)).toBe(before);
});

test('merge imports at once and reports what was added and kept', async () => {
  await seed(db, { trainings: 3, certificates: 1 });
  const file = await exportBackup();
  await db.trainings.delete('t-2');
  render(<BackupPanel />);
  pickFile(await backupBytes(file));
  fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
  const result = await screen.findByTestId('import-result', {}, { timeout: 10_000 });
  expect(result.textContent).toMatch(/^Added 1 training entry\. Kept \d+ records that were already up to date here\.$/);
  expect(await db.trainings.get('t-2')).toBeDefined();
});

test('restore asks for confirmation, saves a copy of the current data, then replaces', async () => {
  await seed(db, { trainings: 3, certificates: 1 });
  const file = await exportBackup();
  await db.trainings.put(training('t-only-here'));
  render(<BackupPanel />);
  pickFile(await backupBytes(file));
  fireEvent.click(screen.getByLabelText(/Restore: replace everything on this device/));
  fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
  await screen.findByRole('heading', { name: 'Replace your record?' }, { timeout: 10_000 });
  expect(await db.trainings.get('t-only-here')).toBeDefined();

  // Cancel leaves everything as it was.
  fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
  expect(screen.queryByRole('heading', { name: 'Replace your record?' })).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Replace my record' }));
  const result = await screen.findByTestId('import-result', {}, { timeout: 10_000 });
  expect(result.textContent).toMatch(
    /Your record was replaced with the backup from .* A copy of what was here before was saved as safeguarding-passport-before-restore-/,
  );
  expect(downloads).toEqual([expect.stringMatching(/^safeguarding-passport-before-restore-/)]);
  expect(await db.trainings.get('t-only-here')).toBeUndefined();
});

test('the reminder rule can be changed in Settings and Home uses it', async () => {
  await seed(db, { trainings: 3, certificates: 0 });
  render(<BackupPanel />);
  const days = (await screen.findByLabelText('Days since the last backup')) as HTMLInputElement;
  expect(days.value).toBe('30');
  fireEvent.input(days, { target: { value: '7' } });
  fireEvent.input(screen.getByLabelText('Records changed since'), { target: { value: '5' } });
  fireEvent.click(screen.getByRole('button', { name: 'Save reminder settings' }));
  await screen.findByText('Saved: you will be reminded after 7 days or 5 changes.');
  expect((await db.settings.get('backup.reminder'))?.value).toEqual({ days: 7, changes: 5 });
});

test('Home: no backup yet with a record to lose gives a nudge and a way to act', async () => {
  await seed(db, { trainings: 2, certificates: 0 });
  render(<BackupReminder />);
  const card = await screen.findByTestId('backup-reminder');
  await waitFor(() =>
    expect(card.textContent).toMatch(/You have not made a backup on this device yet\.Make a backup so that your record is safe/),
  );
  expect(screen.getByRole('link', { name: 'Make a backup now' }).getAttribute('href')).toBe('#/settings');
});

test('a file bigger than the device can take is refused before it is read', async () => {
  await seed(db);
  const before = await digest(db);
  const estimate = vi.fn(async () => ({ usage: 0, quota: 1000 }));
  Object.defineProperty(navigator, 'storage', { value: { estimate }, configurable: true });
  const read = vi.spyOn(Blob.prototype, 'arrayBuffer');
  try {
    render(<BackupPanel />);
    pickFile(new Uint8Array(5000));
    fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(
      /This backup holds 5 KB, but this device has room for only 1000 bytes more\. Nothing on this device has been changed\./,
    );
    expect(read).not.toHaveBeenCalled();
    expect(await digest(db)).toBe(before);
  } finally {
    delete (navigator as { storage?: unknown }).storage;
  }
});

// Last in this file: it leaves the app's connection closed, as it must.
test('a newer version upgrading the database in another tab asks this tab to reload', async () => {
  render(<ReloadNotice />);
  expect(screen.queryByRole('alert')).toBeNull();
  // Another connection asks for a newer version: the app's connection closes and says so.
  await db.open();
  const other = indexedDB.open(db.name, 100);
  await new Promise((resolve) => (other.onsuccess = resolve));
  other.result.close();
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toMatch(/The app was updated in another tab\. Reload this page/);
  expect(db.isOpen()).toBe(false);
});
