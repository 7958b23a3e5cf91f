/** The recovery screen: when stored data stops the app rendering, a minimal screen at the root
 * still makes a backup and restores one (it reads neither the profile nor the frameworks). */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { unzipSync } from 'fflate';
import { RootBoundary } from '../../src/ui/components/Recovery';
import { ErrorBoundary } from '../../src/ui/components/ErrorBoundary';
import { db } from '../../src/db/db';
import { exportBackup, backupBytes } from '../../src/backup/export';
import { clearAll, digest, seed } from '../backup/fixtures';

function Broken(): never {
  throw new Error('stored data broke rendering');
}

let saved: Blob[] = [];
beforeEach(async () => {
  await clearAll(db);
  saved = [];
  URL.createObjectURL = vi.fn((b: Blob) => {
    saved.push(b);
    return 'blob:x';
  }) as typeof URL.createObjectURL;
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

test('a render failure at the root shows the recovery screen, and "Make a backup" saves the whole record', async () => {
  await seed(db, { trainings: 3, certificates: 1 });
  render(
    <RootBoundary>
      <Broken />
    </RootBoundary>,
  );
  expect(await screen.findByRole('heading', { name: 'The app cannot open your record' })).toBeTruthy();
  fireEvent.click(await screen.findByRole('button', { name: 'Make a backup' }));
  await screen.findByText(/Backup made: safeguarding-passport-backup-.*\.zip/);
  expect(saved).toHaveLength(1);
  const files = unzipSync(new Uint8Array(await saved[0].arrayBuffer()));
  const doc = JSON.parse(new TextDecoder().decode(files['backup.json']));
  expect(doc.counts.trainings).toBe(3);
});

test('"Restore a backup" replaces the record with the file, after saving a copy of what was there', async () => {
  await seed(db, { trainings: 2, certificates: 1 });
  const wanted = await digest(db, ['updatedAt', 'createdAt']);
  const file = await backupBytes(await exportBackup());
  await clearAll(db);
  await seed(db, { trainings: 5, certificates: 0 });
  render(
    <RootBoundary>
      <Broken />
    </RootBoundary>,
  );
  const input = (await screen.findByLabelText('Backup file to restore')) as HTMLInputElement;
  const picked = new File([file as BlobPart], 'backup.zip', { type: 'application/zip' });
  Object.defineProperty(input, 'files', { value: [picked], configurable: true });
  fireEvent.change(input);
  await screen.findByText(/Your record was restored from the backup/, {}, { timeout: 10000 });
  expect(await db.table('trainings').count()).toBe(2);
  expect(await digest(db, ['updatedAt', 'createdAt'])).toBe(wanted);
  expect(saved).toHaveLength(1); // the safety copy of the five-entry record
});

test('a bad file is refused in plain words and changes nothing', async () => {
  await seed(db);
  const before = await digest(db);
  render(
    <RootBoundary>
      <Broken />
    </RootBoundary>,
  );
  const input = (await screen.findByLabelText('Backup file to restore')) as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File(['not a zip'], 'x.zip')], configurable: true });
  fireEvent.change(input);
  expect((await screen.findByRole('alert', {}, { timeout: 10000 })).textContent).toBeTruthy();
  await waitFor(() => expect(screen.getByText(/Nothing on this device has been changed/)).toBeTruthy());
  expect(await digest(db)).toBe(before);
});

test("a screen's own error boundary offers the same backup and restore", async () => {
  render(
    <ErrorBoundary resetKey="/">
      <Broken />
    </ErrorBoundary>,
  );
  await screen.findByRole('heading', { name: 'Something went wrong on this screen' });
  expect(await screen.findByRole('button', { name: 'Make a backup' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Restore a backup' })).toBeTruthy();
});
