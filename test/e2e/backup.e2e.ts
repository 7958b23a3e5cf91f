/**
 * Backup in Chromium, real IndexedDB: a backup made on one "device" (browser context) opens with
 * unzip, merges into a second device, restores after confirmation with a safety copy first, and a
 * bad file is refused with the reason announced.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { pdfOfSize } from '../fixtures/pdf';
import { completeSetup, countRows, launch, openScreen, SCREENS, showScreen, trainingScreen } from './harness';

let browser: Browser;
let dir: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'backup-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function device(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
  contexts.push(context);
  const page = await context.newPage();
  await completeSetup(page, { name });
  return page;
}

async function logTraining(page: Page, title: string): Promise<void> {
  await openScreen(page, SCREENS.logTraining);
  await page.getByLabel('Title').fill(title);
  if (!(await page.getByLabel('Hours').inputValue())) await page.getByLabel('Hours').fill('2');
  await page.getByRole('button', { name: 'Save to my record' }).click();
  await showScreen(page, trainingScreen(title));
}

async function makeBackup(page: Page): Promise<string> {
  await openScreen(page, SCREENS.settings);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const file = await download;
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  await page.getByTestId('export-result').waitFor();
  return path;
}

async function importFile(page: Page, path: string, mode: 'merge' | 'replace'): Promise<void> {
  await openScreen(page, SCREENS.settings);
  await page.getByLabel('Backup file (.zip)').setInputFiles(path);
  if (mode === 'replace') await page.getByLabel(/Restore: replace everything/).check();
  await page.getByRole('button', { name: 'Import backup' }).click();
}

let laptopBackup: string;

test('a backup made on the laptop opens with unzip and holds the record', async () => {
  const laptop = await device('Laptop Person');
  await logTraining(laptop, 'Laptop course: early help');
  laptopBackup = await makeBackup(laptop);
  expect(laptopBackup).toMatch(/safeguarding-passport-backup-\d{4}-\d\d-\d\d\.zip$/);
  expect(await laptop.getByTestId('export-result').textContent()).toMatch(/It holds 1 profile, 1 training entry/);
  expect(await laptop.getByTestId('last-backup').textContent()).toMatch(/^Last backup from this device: \d{1,2} [A-Z][a-z]{2} \d{4}\.$/);

  expect(execFileSync('unzip', ['-l', laptopBackup], { encoding: 'utf8' })).toContain('backup.json');
  const doc = JSON.parse(execFileSync('unzip', ['-p', laptopBackup, 'backup.json'], { encoding: 'utf8' }));
  expect(doc.format).toBe('safeguarding-passport-backup');
  expect(doc.tables.trainings.map((t: { title: string }) => t.title)).toEqual(['Laptop course: early help']);
});

test('merging it into the phone adds the laptop entry and keeps the phone one; twice changes nothing', async () => {
  const phone = await device('Phone Person');
  await logTraining(phone, 'Phone course: neglect');
  await importFile(phone, laptopBackup, 'merge');
  const result = phone.getByTestId('import-result');
  await result.waitFor();
  expect(await result.textContent()).toMatch(/Added 1 training entry\./);

  await importFile(phone, laptopBackup, 'merge');
  await phone.getByTestId('import-result').waitFor();
  expect(await phone.getByTestId('import-result').textContent()).toMatch(/^Nothing needed to change/);

  await openScreen(phone, SCREENS.record);
  await phone.getByText('Laptop course: early help').first().waitFor();
  await phone.getByText('Phone course: neglect').first().waitFor();

  // Restore: confirmation, a safety copy downloaded first, then the laptop's record only.
  await importFile(phone, laptopBackup, 'replace');
  await phone.getByRole('heading', { name: 'Replace your record?' }).waitFor();
  const safety = phone.waitForEvent('download');
  await phone.getByRole('button', { name: 'Replace my record' }).click();
  const copy = await safety;
  expect(copy.suggestedFilename()).toMatch(/^safeguarding-passport-before-restore-/);
  const copyPath = join(dir, copy.suggestedFilename());
  await copy.saveAs(copyPath);
  const saved = JSON.parse(execFileSync('unzip', ['-p', copyPath, 'backup.json'], { encoding: 'utf8' }));
  expect(saved.tables.trainings.map((t: { title: string }) => t.title).sort()).toEqual([
    'Laptop course: early help',
    'Phone course: neglect',
  ]);
  await phone.getByTestId('import-result').waitFor();
  await phone.reload();
  await showScreen(phone, SCREENS.settings);
  await openScreen(phone, SCREENS.record);
  await phone.getByText('Laptop course: early help').first().waitFor();
  expect(await phone.getByText('Phone course: neglect').count()).toBe(0);
});

test('a damaged file is refused with its reason announced, and the record is untouched', async () => {
  const page = await device('Careful Person');
  await logTraining(page, 'Kept course');
  const bytes = readFileSync(laptopBackup);
  const cut = join(dir, 'cut-short.zip');
  writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
  await importFile(page, cut, 'merge');
  const alert = page.getByTestId('import-error');
  await alert.waitFor();
  expect(await alert.getAttribute('role')).toBe('alert');
  expect(await alert.textContent()).toMatch(/incomplete or damaged.*Nothing on this device has been changed/);
  await openScreen(page, SCREENS.record);
  await page.getByText('Kept course').first().waitFor();
});

test('a reload in the middle of a large import leaves all of it or none of it', async () => {
  const source = await device('Big Record');
  // A large record written straight into IndexedDB: 2,000 entries and 30 one-megabyte files.
  // A real PDF of 1 MB (pdf-lib; padded with 64 KB of random bytes, then zeros): an import checks
  // certificate bytes as an upload does.
  const pdf = [
    ...(await pdfOfSize(1024 * 1024, (n) => {
      const b = new Uint8Array(n);
      b.set(randomBytes(Math.min(n, 65536)));
      return b;
    })),
  ];
  await source.evaluate(
    (pdf) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('safeguarding-passport');
        open.onsuccess = () => {
          const tx = open.result.transaction(['trainings', 'certificates'], 'readwrite');
          const at = '2026-01-10T09:00:00.000Z';
          for (let i = 0; i < 2000; i++) {
            tx.objectStore('trainings').put({
              id: crypto.randomUUID(),
              createdAt: at,
              updatedAt: at,
              title: `Bulk course ${i}`,
              providerKind: 'other',
              providerName: 'Trust',
              startDate: '2026-01-05',
              endDate: '2026-01-05',
              hours: 1,
              mode: 'e-learning',
              level: '',
              link: null,
              agency: 'single',
              participatory: false,
              notes: '',
              impact: null,
            });
          }
          for (let i = 0; i < 30; i++) {
            const bytes = new Uint8Array(pdf);
            tx.objectStore('certificates').put({
              id: crypto.randomUUID(),
              createdAt: at,
              updatedAt: at,
              trainingId: null,
              fileName: `big-${i}.pdf`,
              mimeType: 'application/pdf',
              size: bytes.length,
              originalSize: bytes.length,
              sha256: '0'.repeat(64),
              bytes: bytes.buffer,
            });
          }
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    pdf,
  );
  const big = await makeBackup(source);

  const target = await device('Target Person');
  await logTraining(target, 'Already here');
  const before = await countRows(target, 'trainings');
  await importFile(target, big, 'merge');
  await target
    .getByText(/Checking the backup…|Importing…/)
    .first()
    .waitFor();
  await target.reload(); // in the middle of checking or writing
  await showScreen(target, SCREENS.settings);
  const after = await countRows(target, 'trainings');
  expect([before, before + 2000]).toContain(after);
  // The import can simply be run again: it completes, and once more changes nothing.
  await importFile(target, big, 'merge');
  await target.getByTestId('import-result').waitFor({ timeout: 60_000 });
  expect(await countRows(target, 'trainings')).toBe(before + 2000);
  expect(await countRows(target, 'certificates')).toBe(30);
});

test('a newer version opening the database in another tab: this tab is told to reload', async () => {
  const page = await device('Two Tabs');
  await openScreen(page, SCREENS.settings);
  const other = await page.context().newPage();
  await openScreen(other, SCREENS.home);
  // What a newer version of the app does on start: open the database at a higher version.
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('safeguarding-passport', 1000);
        open.onsuccess = () => {
          open.result.close();
          resolve();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  const notice = page.getByRole('alert').filter({ hasText: 'The app was updated in another tab' });
  await notice.waitFor();
  expect(await notice.textContent()).toMatch(/Reload this page to carry on/);
  await other.close();
});
