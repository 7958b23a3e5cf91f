/**
 * Protected backups in Chromium (the age worker, real IndexedDB): a backup protected in the app
 * opens with the standard `age -d`, and a backup that `age -p` protected imports into another
 * device after a wrong passphrase is refused.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BASE_URL, completeSetup, launch } from './harness';
import { ageWithPassphrase } from '../backup/age-tool';

const PASSPHRASE = 'tangerine pocket violin harbour';
let browser: Browser;
let dir: string;

beforeAll(async () => {
  browser = await launch();
  dir = mkdtempSync(join(tmpdir(), 'backup-age-e2e-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function device(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
  const page = await context.newPage();
  await completeSetup(page, { name });
  return page;
}

let appFile: string;

test('a backup protected in the app opens with age -d', { timeout: 120_000 }, async () => {
  const laptop = await device('Laptop Person');
  await laptop.goto(`${BASE_URL}#/record/training/new`);
  await laptop.getByLabel('Title').fill('Protected course: contextual safeguarding');
  if (!(await laptop.getByLabel('Hours').inputValue())) await laptop.getByLabel('Hours').fill('2');
  await laptop.getByRole('button', { name: 'Save to my record' }).click();
  await laptop.getByRole('heading', { name: 'Certificates' }).waitFor();

  await laptop.goto(`${BASE_URL}#/settings`);
  await laptop.getByLabel(/Email it or save it to cloud storage/).check();
  expect(await laptop.getByLabel(/Protect this backup with a passphrase/).isChecked()).toBe(true);
  await laptop.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await laptop.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await laptop.getByText('Very strong').waitFor();
  const download = laptop.waitForEvent('download');
  await laptop.getByRole('button', { name: 'Make a backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^safeguarding-passport-backup-\d{4}-\d\d-\d\d\.zip\.age$/);
  appFile = join(dir, file.suggestedFilename());
  await file.saveAs(appFile);
  expect(await laptop.getByTestId('export-result').textContent()).toMatch(
    /protected with your passphrase\)\. It holds 1 profile, 1 training entry/,
  );

  const zip = join(dir, 'opened.zip');
  ageWithPassphrase(['-d', '-o', zip, appFile], PASSPHRASE, 1);
  const doc = JSON.parse(execFileSync('unzip', ['-p', zip, 'backup.json'], { encoding: 'utf8' }));
  expect(doc.tables.trainings.map((t: { title: string }) => t.title)).toEqual(['Protected course: contextual safeguarding']);
});

test('a backup that age -p protected imports on another device, after a wrong passphrase is refused', { timeout: 120_000 }, async () => {
  const zip = join(dir, 'from-age.zip');
  ageWithPassphrase(['-d', '-o', zip, appFile], PASSPHRASE, 1);
  const protectedByAge = join(dir, 'from-age.zip.age');
  ageWithPassphrase(['-p', '-o', protectedByAge, zip], PASSPHRASE, 2);

  const phone = await device('Phone Person');
  await phone.goto(`${BASE_URL}#/settings`);
  await phone.getByLabel('Backup file (.zip)').setInputFiles(protectedByAge);
  await phone.getByRole('button', { name: 'Import backup' }).click();
  const passphrase = phone.getByLabel('Passphrase', { exact: true });
  await passphrase.fill('not the passphrase');
  await phone.getByRole('button', { name: 'Open backup' }).click();
  await expect
    .poll(() => phone.getByTestId('import-error').textContent(), { timeout: 30_000 })
    .toMatch(/^This passphrase does not open this backup/);

  await passphrase.fill(PASSPHRASE);
  await phone.getByRole('button', { name: 'Open backup' }).click();
  await phone.getByTestId('import-result').waitFor({ timeout: 30_000 });
  expect(await phone.getByTestId('import-result').textContent()).toMatch(/^Added 1 training entry/);
  await phone.goto(`${BASE_URL}#/record`);
  await phone.getByText('Protected course: contextual safeguarding').first().waitFor();
});
