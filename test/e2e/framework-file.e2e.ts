/**
 * A framework file in real Chromium (issue 19): from Settings, add the Example Partnership file
 * (a bad file first: a clear message, nothing stored), check its preview, add it, follow it, see
 * Home's suggestions come from it, then add its newer edition and see what changed. axe on the
 * preview and on what changed; screenshots at 360 and 1280 px go to /tmp/shots.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { setUpPhone, type SetUpPhone, axeViolations, countRows, openScreen, readRows, SCREENS, showScreen } from './harness';

const SHOTS = '/tmp/shots';
const doc = (name: string) => readFileSync(resolve(__dirname, '../../docs', name));
let phoneApp: SetUpPhone | undefined;
let page: Page;

beforeAll(async () => {
  phoneApp = await setUpPhone('framework-file', 'coventry');
  ({ page } = phoneApp);
});

afterAll(async () => {
  await phoneApp?.close();
});

async function chooseFile(name: string, buffer: Buffer): Promise<void> {
  await page.getByLabel('Framework file', { exact: true }).setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function shots(name: string): Promise<void> {
  await page.screenshot({ path: `${SHOTS}/${name}-360.png`, fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}/${name}-1280.png`, fullPage: true });
  await page.setViewportSize({ width: 360, height: 780 });
}

const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test('add the Example Partnership file from Settings, follow it, then its newer edition', async () => {
  await openScreen(page, SCREENS.settings);
  await page.getByRole('link', { name: 'Add a framework file' }).click();
  await showScreen(page, SCREENS.addFramework);

  // A bad file: the problem named by item and field, nothing stored.
  const bad = JSON.parse(doc('example-framework.json').toString('utf8'));
  bad.framework.courses[1].levelId = 'l4';
  await chooseFile('bad.json', Buffer.from(JSON.stringify(bad)));
  const refusal = page.getByRole('alert').filter({ hasText: 'This file cannot be added' });
  await refusal.waitFor();
  expect(await refusal.textContent()).toMatch(/course 'Working Together in Practice'.*level 'l4' is not one of the framework's levels/);
  expect(await countRows(page, 'frameworks')).toBe(0);

  // The example: previewed as the user will see it, nothing stored yet.
  await chooseFile('example-framework.json', doc('example-framework.json'));
  await page.getByRole('heading', { level: 2, name: 'Preview: Example' }).waitFor();
  await page.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await page.getByText('Level 2 Working Together', { exact: true }).first().waitFor();
  expect(await page.locator('summary', { hasText: 'Recognising Neglect' }).count()).toBeGreaterThan(0);
  const rule = page.locator('li', { hasText: "Do Level 1 Awareness (or your own agency's safeguarding training)" }).last();
  expect(await rule.locator('.fw-force').textContent()).toBe('Requirement');
  expect(await page.getByText(/Added by you, not checked by this app/).count()).toBeGreaterThan(0);
  expect(await countRows(page, 'frameworks')).toBe(0);
  expect(await sideways()).toBeLessThanOrEqual(0);
  expect(await axeViolations(page, 'framework file preview')).toEqual([]);
  await shots('framework-preview');

  await page.getByRole('button', { name: 'Add this framework' }).click();
  await page.getByRole('status').filter({ hasText: 'Example was added' }).waitFor();
  expect(await countRows(page, 'frameworks')).toBe(1);

  // Follow it: chosen in Settings like a bundled framework.
  await openScreen(page, SCREENS.settings);
  await page.getByLabel('Partnership framework').selectOption('example-partnership');
  await page.getByLabel('Your group in this framework').selectOption('group-b');
  await page.getByRole('button', { name: 'Save your details' }).click();
  await page.getByText('Your details are saved.').waitFor();

  // Home's suggestions come from it: its Level 1 first (the requirement before any Level 2 course).
  await openScreen(page, SCREENS.home);
  await page.locator('.suggestion').first().waitFor();
  const home = await page.locator('main').innerText();
  expect(home).toMatch(/Safeguarding Awareness|Level 1 Awareness/);
  expect(home).not.toMatch(/Coventry/);

  // The newer edition: what changed, before and after adding it.
  await openScreen(page, SCREENS.addFramework);
  await chooseFile('example-framework-edition-2.json', doc('example-framework-edition-2.json'));
  await page.getByText(/This is a newer edition of Example: Example edition 2, replacing Example edition 1/).waitFor();
  expect(await page.getByText('3 courses: 1 added, 1 removed, 1 renamed; 3 rules: 3 changed.').count()).toBe(1);
  await page.getByText('See what changed').first().click();
  await page.getByText('Recognising Neglect, now called Recognising and Responding to Neglect').waitFor();
  expect(await axeViolations(page, 'newer edition preview')).toEqual([]);
  await shots('framework-newer-edition-preview');
  await page.getByRole('button', { name: 'Add this framework' }).click();
  await page.getByRole('status').filter({ hasText: 'Example was added' }).waitFor();
  expect((await readRows<{ edition: string }>(page, 'frameworks')).map((r) => r.edition).sort()).toEqual([
    'Example edition 1',
    'Example edition 2',
  ]);

  await openScreen(page, SCREENS.frameworkExample);
  await page.getByRole('heading', { level: 2, name: 'New edition' }).waitFor();
  expect(await page.getByText(/Your suggestions follow Example edition 2 \(Mar 2027\), which replaced Example edition 1/).count()).toBe(1);
  await page.locator('.fw-edition summary', { hasText: 'See what changed' }).click();
  await page.getByText('Keeping Children Safe Online', { exact: true }).first().waitFor();
  expect(await sideways()).toBeLessThanOrEqual(0);
  expect(await axeViolations(page, 'what changed between editions')).toEqual([]);
  await shots('framework-what-changed');

  // Home follows the newer edition: its suggestions name its courses, never the removed one.
  await openScreen(page, SCREENS.home);
  await page.locator('.suggestion').first().waitFor();
  expect(await page.locator('main').innerText()).toMatch(/Safeguarding Awareness|Level 1 Awareness/);
  expect(await page.locator('main').innerText()).not.toMatch(/Leading Safeguarding/);

  // An older edition now: refused, saying why, nothing added.
  await openScreen(page, SCREENS.addFramework);
  await chooseFile('example-framework.json', doc('example-framework.json'));
  await page.getByRole('heading', { name: 'This is an older edition' }).waitFor();
  expect(await page.getByRole('button', { name: 'Add this framework' }).count()).toBe(0);
  expect(await countRows(page, 'frameworks')).toBe(2);
});
