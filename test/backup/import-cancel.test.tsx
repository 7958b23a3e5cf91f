/**
 * The restore screen's progress and Cancel (issue 13.2): while a backup is being checked, the
 * screen says how far the check is and offers "Cancel import"; cancelling stops the check and
 * says nothing changed. The check itself is held open here (in the browser it runs in a worker),
 * so that the test sees the in-between state without racing it.
 */
import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { db } from '../../src/db/db';
import { BackupError } from '../../src/backup/errors';
import type { CheckOptions } from '../../src/state/backup-import';
import { BackupPanel } from '../../src/ui/components/BackupPanel';
import { clearAll, digest, seed } from './fixtures';

const checks: { opts: CheckOptions; aborted: boolean }[] = [];
vi.mock('../../src/state/backup-import', async (original) => ({
  ...(await original<typeof import('../../src/state/backup-import')>()),
  checkBackupFile: (_file: Blob, opts: CheckOptions) =>
    new Promise((_resolve, reject) => {
      const check = { opts, aborted: false };
      checks.push(check);
      opts.signal?.addEventListener('abort', () => {
        check.aborted = true;
        reject(new BackupError('cancelled', 'The import was cancelled. Nothing on this device has been changed.'));
      });
    }),
}));

afterEach(cleanup);

test('the check shows its progress and can be cancelled; nothing changes', async () => {
  await clearAll(db);
  await seed(db, { trainings: 2, certificates: 0 });
  const before = await digest(db);
  render(<BackupPanel />);
  const input = screen.getByLabelText('Backup file (.zip)') as HTMLInputElement;
  const file = new File([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], 'backup.zip', { type: 'application/zip' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
  fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));

  const cancel = await screen.findByRole('button', { name: 'Cancel import' });
  expect(screen.getByText('Checking the backup…')).toBeTruthy();
  expect(checks).toHaveLength(1);
  expect(checks[0].opts.signal?.aborted).toBe(false);
  checks[0].opts.onProgress?.({ phase: 'reading', done: 30, total: 120 });
  expect(await screen.findByText("Checking the backup's records: 25%…")).toBeTruthy();
  checks[0].opts.onProgress?.({ phase: 'checking', done: 3, total: 8 });
  const progress = (await screen.findByLabelText('Checking certificates: 3 of 8…')) as HTMLProgressElement;
  expect(progress.value).toBe(3);
  expect(progress.max).toBe(8);

  fireEvent.click(cancel);
  expect(await screen.findByText('Import cancelled. Nothing on this device has been changed.')).toBeTruthy();
  expect(checks[0].aborted).toBe(true);
  expect(screen.queryByRole('button', { name: 'Cancel import' })).toBeNull();
  expect((screen.getByRole('button', { name: 'Import backup' }) as HTMLButtonElement).disabled).toBe(false);
  expect(await digest(db)).toBe(before);
});
