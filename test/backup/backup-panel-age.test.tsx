/**
 * Settings > Backup and restore with a passphrase: protecting a backup (on by default for email
 * and cloud storage, refused with a weak or mistyped passphrase), and importing a protected one
 * (the passphrase asked for, a wrong one refused with nothing written, the right one imports).
 */
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { db } from '../../src/db/db';
import { BackupPanel } from '../../src/ui/components/BackupPanel';
import { decryptBackup } from '../../src/backup/age';
import { backupBytes, exportBackup } from '../../src/backup/export';
import { clearAll, digest, seed } from './fixtures';

// scrypt at the app's work factor is slow on purpose; these tests are about the screen.
vi.mock('../../src/backup/age', async (importOriginal) => {
  const age = await importOriginal<typeof import('../../src/backup/age')>();
  return {
    ...age,
    encryptBackup: (zip: Blob, passphrase: string, opts = {}) => age.encryptBackup(zip, passphrase, { ...opts, workFactor: 10 }),
  };
});

const PASSPHRASE = 'tangerine pocket violin harbour';
const downloads: Array<{ name: string; blob: Blob }> = [];
let lastBlob: Blob | null = null;

beforeEach(async () => {
  await clearAll(db);
  downloads.length = 0;
  URL.createObjectURL = vi.fn((blob: Blob) => {
    lastBlob = blob;
    return 'blob:backup';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, blob: lastBlob! });
  });
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  delete (navigator as { canShare?: unknown }).canShare;
  delete (navigator as { share?: unknown }).share;
});

function typePassphrase(passphrase: string, confirm = passphrase) {
  fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: passphrase } });
  fireEvent.input(screen.getByLabelText('Type the passphrase again'), { target: { value: confirm } });
}

function pickFile(bytes: Uint8Array, name: string) {
  const input = screen.getByLabelText('Backup file (.zip)') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([bytes as BlobPart], name)], configurable: true });
  fireEvent.change(input);
}

test('emailing a backup protects it by default; a weak or mistyped passphrase is refused; the file is an age file', async () => {
  await seed(db, { trainings: 4, certificates: 2 });
  render(<BackupPanel />);
  const protect = screen.getByLabelText(/Protect this backup with a passphrase/) as HTMLInputElement;
  expect(protect.checked).toBe(false);
  fireEvent.click(screen.getByLabelText(/Email it or save it to cloud storage/));
  expect(protect.checked).toBe(true);
  expect(screen.getByText(/If you forget this passphrase, nobody can open the backup/)).toBeTruthy();

  typePassphrase('password');
  await screen.findByText('Too easy to guess', {}, { timeout: 15_000 });
  fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
  expect((await screen.findByRole('alert')).textContent).toMatch(/Choose a stronger passphrase/);
  expect(downloads).toEqual([]);

  typePassphrase(PASSPHRASE, `${PASSPHRASE}s`);
  await screen.findByText('Very strong', {}, { timeout: 15_000 });
  fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/The two passphrases are not the same/));
  expect(downloads).toEqual([]);

  typePassphrase(PASSPHRASE);
  fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
  const result = await screen.findByTestId('export-result', {}, { timeout: 15_000 });
  expect(result.textContent).toMatch(
    /^Backup saved as safeguarding-passport-backup-\d{4}-\d\d-\d\d\.zip\.age \(.+, protected with your passphrase\)\./,
  );
  expect(downloads.map((d) => d.name)).toEqual([expect.stringMatching(/^safeguarding-passport-backup-\d{4}-\d\d-\d\d\.zip\.age$/)]);
  const encrypted = new Uint8Array(await downloads[0].blob.arrayBuffer());
  const zip = await decryptBackup(encrypted, PASSPHRASE);
  expect(Array.from(zip.subarray(0, 4))).toEqual([0x50, 0x4b, 0x03, 0x04]); // PK: the zip inside
  // The passphrase is not kept on screen once used.
  expect((screen.getByLabelText('Passphrase') as HTMLInputElement).value).toBe('');
});

test('a phone shares the protected file through its share sheet; untick to share it unprotected', async () => {
  await seed(db, { trainings: 2, certificates: 1 });
  const shared: File[] = [];
  Object.assign(navigator, {
    canShare: () => true,
    share: vi.fn(async (data: { files: File[] }) => void shared.push(...data.files)),
  });
  render(<BackupPanel />);
  fireEvent.click(screen.getByLabelText(/Email it or save it to cloud storage/));
  fireEvent.click(screen.getByLabelText(/Protect this backup with a passphrase/));
  expect(screen.queryByLabelText('Passphrase')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Make a backup' }));
  await screen.findByTestId('export-result', {}, { timeout: 15_000 });
  expect(shared.map((f) => f.name)).toEqual([expect.stringMatching(/^safeguarding-passport-backup-.*\.zip$/)]);
  expect(downloads).toEqual([]);
});

test('importing a protected backup asks for its passphrase; a wrong one changes nothing; the right one imports', async () => {
  await seed(db, { trainings: 3, certificates: 1 });
  const { encryptBackup } = await import('../../src/backup/age');
  const encrypted = new Uint8Array(await (await encryptBackup(await backupBytes(await exportBackup()), PASSPHRASE)).arrayBuffer());
  await db.trainings.delete('t-2');
  const before = await digest(db);

  render(<BackupPanel />);
  pickFile(encrypted, 'safeguarding-passport-backup-2027-01-12.zip.age');
  fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
  const input = await screen.findByLabelText('Passphrase', {}, { timeout: 10_000 });
  await waitFor(() => expect(document.activeElement).toBe(input));

  fireEvent.input(input, { target: { value: 'tangerine pocket violin harbor' } });
  fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
  const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
  expect(alert.textContent).toMatch(/^This passphrase does not open this backup\..*Nothing on this device has been changed\.$/);
  expect(await digest(db)).toBe(before);

  fireEvent.input(screen.getByLabelText('Passphrase'), { target: { value: PASSPHRASE } });
  fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
  const result = await screen.findByTestId('import-result', {}, { timeout: 15_000 });
  expect(result.textContent).toMatch(/^Added 1 training entry\./);
  expect(await db.trainings.get('t-2')).toBeDefined();
});

test('a damaged protected backup is refused in plain words and nothing is written', async () => {
  await seed(db, { trainings: 3, certificates: 1 });
  const { encryptBackup } = await import('../../src/backup/age');
  const encrypted = new Uint8Array(await (await encryptBackup(await backupBytes(await exportBackup()), PASSPHRASE)).arrayBuffer());
  await db.trainings.delete('t-2');
  const before = await digest(db);

  render(<BackupPanel />);
  pickFile(encrypted.subarray(0, encrypted.length - 500), 'backup.zip.age');
  fireEvent.click(screen.getByRole('button', { name: 'Import backup' }));
  fireEvent.input(await screen.findByLabelText('Passphrase', {}, { timeout: 10_000 }), { target: { value: PASSPHRASE } });
  fireEvent.click(screen.getByRole('button', { name: 'Open backup' }));
  const alert = await screen.findByTestId('import-error', {}, { timeout: 15_000 });
  expect(alert.textContent).toMatch(/^This protected backup is damaged or incomplete.*Nothing on this device has been changed\./);
  expect(screen.queryByLabelText('Passphrase')).toBeNull();
  expect(await digest(db)).toBe(before);
});
