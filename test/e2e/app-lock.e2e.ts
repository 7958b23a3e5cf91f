/**
 * The app lock in Chromium (the built app, real IndexedDB and WebCrypto): turn it on and keep the
 * recovery key; after a reload only the lock screen is in the page (nothing of the record in the
 * DOM); a wrong passcode is refused; the passcode opens Home; the recovery words and a new
 * passcode open it after "Lock now"; turn it off. axe on the lock screen and Settings > App lock;
 * screenshots at 360 px and 1280 px in /tmp/shots.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, BASE_URL, completeSetup, launch, openScreen, SCREENS, showScreen } from './harness';

const SHOTS = '/tmp/shots';
const NAME = 'Robin Fictional';
const TITLE = 'Contextual safeguarding workshop';
const PASSCODE = '482916';
const NEW_PASSCODE = 'river lantern copper';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
  mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

/** Page object: Settings > App lock. */
const appLock = (page: Page) => ({
  open: () => openScreen(page, SCREENS.appLock),
  async openFromSettings(): Promise<void> {
    await openScreen(page, SCREENS.settings);
    await page.getByRole('link', { name: 'Set up app lock' }).click();
    await showScreen(page, SCREENS.appLock);
  },
  state: () => page.getByTestId('lock-state').textContent(),
  async turnOn(passcode: string): Promise<string[]> {
    await page.getByRole('button', { name: 'Turn on app lock' }).click();
    await page.getByLabel('Choose a passcode').fill(passcode);
    await page.getByLabel('Type it again').fill(passcode);
    await page.getByRole('button', { name: 'Next: your recovery key' }).click();
    return recoveryKey(page).words();
  },
  async turnOff(passcode: string): Promise<void> {
    await page.getByRole('button', { name: 'Turn off app lock' }).click();
    await page.getByLabel('Your passcode').fill(passcode);
    await page.getByRole('button', { name: 'Turn off app lock' }).click();
    await page.getByRole('status').filter({ hasText: 'App lock is off.' }).waitFor();
  },
});

/** Page object: the recovery key panel, shown once. */
const recoveryKey = (page: Page) => ({
  async words(): Promise<string[]> {
    const list = page.getByRole('list', { name: 'The 12 words of your recovery key, in order' });
    await list.waitFor({ timeout: 60_000 });
    return list.getByRole('listitem').allTextContents();
  },
  async keep(done: string): Promise<void> {
    await page.getByLabel('I have kept my recovery key').check();
    await page.getByRole('button', { name: done }).click();
  },
});

/** Page object: the lock screen. */
const lockScreen = (page: Page) => ({
  shown: () => showScreen(page, SCREENS.locked, 60_000),
  async unlock(passcode: string): Promise<void> {
    await page.getByLabel('Passcode', { exact: true }).fill(passcode);
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  },
  async recover(words: string[], passcode: string): Promise<void> {
    await page.getByRole('button', { name: 'Forgot passcode? Use your recovery key' }).click();
    await page.getByLabel('Your 12 recovery words').fill(words.join(' '));
    await page.getByRole('button', { name: 'My passcode has letters: use the full keyboard' }).click();
    await page.getByLabel('New passcode').fill(passcode);
    await page.getByLabel('Type it again').fill(passcode);
    await page.getByRole('button', { name: 'Unlock and set the new passcode' }).click();
  },
});

async function shots(page: Page, name: string): Promise<void> {
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 800 });
    await page.screenshot({ path: `${SHOTS}/app-lock-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 360, height: 780 });
}

/** Everything of the page a person or a script could read: its text and its markup. */
const pageContent = (page: Page) => page.evaluate(() => `${document.body.innerText}\n${document.body.outerHTML}`);

test(
  'turn on, reload to the lock screen showing none of the record, wrong passcode, unlock, recover, turn off',
  { timeout: 240_000 },
  async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 }, acceptDownloads: true });
    const page = await context.newPage();
    await completeSetup(page, { name: NAME });
    await page.goto(`${BASE_URL}#/record/training/new`);
    await page.getByLabel('Title').fill(TITLE);
    if (!(await page.getByLabel('Hours').inputValue())) await page.getByLabel('Hours').fill('2');
    await page.getByRole('button', { name: 'Save to my record' }).click();
    await page.getByRole('heading', { name: 'Certificates' }).waitFor();

    // Settings > App lock, off.
    const settings = appLock(page);
    await settings.open();
    expect(await settings.state()).toBe('App lock is off.');
    expect(await axeViolations(page, 'app lock (off)')).toEqual([]);
    await shots(page, 'settings-off');

    // Turn on: passcode twice, then the recovery key, kept.
    await page.getByRole('button', { name: 'Turn on app lock' }).click();
    expect(await page.getByLabel('Choose a passcode').getAttribute('inputmode')).toBe('numeric');
    await page.getByRole('button', { name: 'Cancel' }).click();
    const words = await settings.turnOn(PASSCODE);
    expect(words).toHaveLength(12);
    expect(await axeViolations(page, 'app lock (recovery key)')).toEqual([]);
    await shots(page, 'recovery-key');
    const saved = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save as a file' }).click();
    const file = await saved;
    const text = await file.createReadStream().then(async (s) => {
      const parts: Buffer[] = [];
      for await (const part of s) parts.push(part as Buffer);
      return Buffer.concat(parts).toString('utf8');
    });
    for (const [i, w] of words.entries()) expect(text).toContain(`${i + 1}. ${w}\n`);
    await recoveryKey(page).keep('Finish');
    await page.getByText('Finished. Keep your recovery key safe, away from this device.').waitFor();
    expect(await settings.state()).toBe('App lock is on.');
    expect(await axeViolations(page, 'app lock (on)')).toEqual([]);
    await shots(page, 'settings-on');

    // Reload: only the lock screen; nothing of the record in the page.
    await page.goto(`${BASE_URL}#/record`);
    await page.reload();
    const locked = lockScreen(page);
    await locked.shown();
    const content = await pageContent(page);
    for (const secret of [NAME, 'Robin', TITLE, 'Contextual', 'Solihull']) expect(content).not.toContain(secret);
    expect(await page.locator('h1, h2, h3').allTextContents()).toEqual(['Safeguarding Passport is locked']);
    expect(await page.getByRole('navigation').count()).toBe(0);
    expect(await axeViolations(page, 'lock screen')).toEqual([]);
    await shots(page, 'lock-screen');

    // A wrong passcode is refused.
    await locked.unlock('000000');
    await page.getByRole('alert').filter({ hasText: 'That passcode is not right. Try again.' }).waitFor({ timeout: 60_000 });
    expect(await axeViolations(page, 'lock screen (wrong passcode)')).toEqual([]);
    await shots(page, 'lock-wrong');

    // The passcode opens the record where it was.
    await locked.unlock(PASSCODE);
    await showScreen(page, SCREENS.record, 60_000);
    await page.getByText(TITLE).first().waitFor();

    // Lock now, then a forgotten passcode: the recovery words and a new passcode.
    await settings.open();
    await page.getByRole('button', { name: 'Lock now' }).click();
    await locked.shown();
    expect(await pageContent(page)).not.toContain(NAME);
    await locked.recover(words, NEW_PASSCODE);
    await page.getByRole('heading', { level: 1, name: 'Your record is unlocked' }).waitFor({ timeout: 60_000 });
    const fresh = await recoveryKey(page).words();
    expect(fresh).toHaveLength(12);
    expect(fresh).not.toEqual(words);
    expect(await pageContent(page)).not.toContain(NAME);
    await shots(page, 'recovered');
    await recoveryKey(page).keep('Go to my record');
    await showScreen(page, SCREENS.appLock, 60_000);

    // Turn off with the new passcode; a reload then opens Home with no lock screen.
    await settings.turnOff(NEW_PASSCODE);
    expect(await settings.state()).toBe('App lock is off.');
    await page.goto(BASE_URL);
    await page.reload();
    await showScreen(page, SCREENS.home, 60_000);
    await context.close();
  },
);
