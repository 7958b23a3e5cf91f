/**
 * Supervisor sign-off on the device (issue 14.4), as a supervisor does it on the supervisee's
 * phone: reads, writes agreed actions, types name and role, signs with a finger (mouse strokes on
 * the signature pad) and signs off. The sign-off is stored with the drawn signature as a PNG.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { formatDate } from '../../src/domain/dates';
import { BASE_URL, completeSetup, launch, phone, putRows, readRows } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface Row {
  supervisorName: string;
  supervisorRole: string;
  agreedActions: { text: string; status: string }[];
  signature: { kind: string; png?: string };
  sha256: string;
}

test('a supervisor signs off with a finger at 360 px; the sign-off is stored with its drawn signature', async () => {
  const { context, page } = await phone(browser);
  try {
    await completeSetup(page, { framework: 'london' });
    await page.goto(`${BASE_URL}#/signoff`);
    await page.getByRole('heading', { level: 1, name: 'Supervision sign-off' }).waitFor();
    await page.getByLabel("Supervisor's name").fill('Sam Jones');
    await page.getByLabel("Supervisor's role").fill('Team manager');
    await page.getByLabel('Agreed actions (one per line)').fill('Read the neglect toolkit\nBook Level 3 refresher');
    expect(await page.getByRole('radio', { name: 'Sign with a finger or mouse' }).isChecked()).toBe(true);

    // The radio choices sit beside their labels, inside the screen.
    const radio = await page.getByRole('radio', { name: 'Sign with a finger or mouse' }).boundingBox();
    expect(radio!.width).toBeLessThan(48);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const canvas = page.locator('canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = (await canvas.boundingBox())!;
    await page.mouse.move(box.x + 20, box.y + 30);
    await page.mouse.down();
    for (let i = 1; i <= 20; i++) await page.mouse.move(box.x + 20 + i * 10, box.y + 30 + (i % 5) * 8);
    await page.mouse.up();

    await page.getByRole('button', { name: 'Sign off', exact: true }).click();
    await page.getByText('Signed off by Sam Jones (Team manager)').waitFor();

    const [row] = await readRows<Row>(page, 'signoffs');
    expect(row).toMatchObject({ supervisorName: 'Sam Jones', supervisorRole: 'Team manager', signature: { kind: 'drawn' } });
    expect(row.agreedActions.map((a) => a.text)).toEqual(['Read the neglect toolkit', 'Book Level 3 refresher']);
    expect(row.sha256).toMatch(/^[0-9a-f]{64}$/);
    // A real PNG of the strokes, not an empty pad.
    const png = Buffer.from(row.signature.png!.replace(/^data:image\/png;base64,/, ''), 'base64');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.length).toBeGreaterThan(500);
  } finally {
    await context.close();
  }
}, 120_000);

/** Screenshots for a person to look at (SP_SHOTS=dir); none by default. */
async function shot(page: import('playwright-core').Page, name: string): Promise<void> {
  const dir = process.env.SP_SHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}.png` });
}

test('an entry changed after its sign-off shows "Changed since signed" on the Record screens; a sign-off is deleted, undone, deleted', async () => {
  const { context, page } = await phone(browser);
  try {
    await completeSetup(page, { framework: 'london' });
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    const stamp = new Date().toISOString();
    const entry = {
      id: 'e2e-signed',
      createdAt: stamp,
      updatedAt: stamp,
      title: 'Neglect: recognising and responding',
      providerKind: 'partnership',
      providerName: 'London Safeguarding Children Partnership',
      startDate: today,
      endDate: today,
      hours: 3,
      mode: 'face-to-face',
      level: '',
      link: null,
      agency: 'multi',
      participatory: true,
      notes: '',
      impact: null,
    };
    await putRows(page, 'trainings', [entry, { ...entry, id: 'e2e-other', title: 'Safer recruitment e-learning' }]);
    await page.goto(`${BASE_URL}#/signoff`);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Supervision sign-off' }).waitFor();
    await page.getByText('Neglect: recognising and responding').first().waitFor();
    await page.getByLabel("Supervisor's name").fill('Sam Jones');
    await page.getByLabel("Supervisor's role").fill('Team manager');
    await page.getByLabel('Agreed actions (one per line)').fill('Read the neglect toolkit');
    await page.getByRole('radio', { name: 'Type your name as your signature' }).check();
    await page.getByLabel('Your full name, as your signature').fill('Sam Jones');
    await page.getByRole('button', { name: 'Sign off', exact: true }).click();
    await page.getByText('It covers 2 entries and 1 agreed action.').waitFor();

    // Nothing changed yet: no marker on the Record screen.
    await page.goto(`${BASE_URL}#/record`);
    await page.getByText('Safer recruitment e-learning').waitFor();
    expect(await page.getByText(/Changed since signed/).count()).toBe(0);

    // The entry is edited after the sign-off.
    await page.goto(`${BASE_URL}#/record/training/e2e-signed/edit`);
    await page.getByLabel('Hours').fill('3.5');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Neglect: recognising and responding' }).waitFor();
    const signedOn = formatDate(today);
    const marker = `Changed since signed on ${signedOn}`;
    await page.getByText(marker).waitFor();

    await page.goto(`${BASE_URL}#/record`);
    const row = page.locator('.rec-item', { hasText: 'Neglect: recognising and responding' });
    await row.getByText(marker).waitFor();
    // Only the changed entry: the other one covered by the same sign-off has no marker.
    expect(
      await page
        .locator('.rec-item', { hasText: 'Safer recruitment e-learning' })
        .getByText(/Changed since signed/)
        .count(),
    ).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const badge = (await row.getByText(marker).boundingBox())!;
    expect(badge.x + badge.width).toBeLessThanOrEqual(360);
    // "Changes saved." goes by itself; the screenshot is taken without it.
    await page.locator('.rec-toast').waitFor({ state: 'detached' });
    await row.scrollIntoViewIfNeeded();
    await shot(page, 'record-changed-360');
    await page.setViewportSize({ width: 1280, height: 800 });
    await shot(page, 'record-changed-1280');
    await page.goto(`${BASE_URL}#/record/training/e2e-signed`);
    await page.getByText(marker).waitFor();
    await shot(page, 'entry-changed-1280');
    await page.setViewportSize({ width: 360, height: 780 });
    await shot(page, 'entry-changed-360');

    // Deleting the sign-off: the confirmation says what goes and what stays.
    await page.goto(`${BASE_URL}#/signoff`);
    await page.getByRole('heading', { name: 'Earlier sign-offs' }).waitFor();
    const history = page.locator('.signoff-history');
    // "Delete" and its hidden ": the sign-off of …" (an absolutely placed span, so a space may come between).
    const deleteName = new RegExp(`^Delete\\s*: the sign-off of ${signedOn}$`);
    await history.getByRole('button', { name: deleteName }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Delete this sign-off?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain(
      'This removes Sam Jones’s sign-off of ' + signedOn + ': the signature and the agreed action.',
    );
    expect(await dialog.textContent()).toContain('The training and reflections it covered stay in your record.');
    await shot(page, 'signoff-delete-360');
    await dialog.getByRole('button', { name: 'Delete the sign-off' }).click();
    await page.getByText(/^Sign-off of .* by Sam Jones deleted\.$/).waitFor();
    await expect.poll(async () => (await readRows(page, 'signoffs')).length).toBe(0);
    expect((await readRows<{ id: string; table: string }>(page, 'deletions')).map((d) => d.table)).toEqual(['signoffs']);
    expect((await readRows(page, 'trainings')).length).toBe(2);

    // Undo brings it back, its marker gone; the Record marker follows.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(async () => (await readRows(page, 'signoffs')).length).toBe(1);
    expect(await readRows(page, 'deletions')).toEqual([]);
    await page.goto(`${BASE_URL}#/record`);
    await page.locator('.rec-item', { hasText: 'Neglect: recognising and responding' }).getByText(marker).waitFor();

    // Deleted for good: no sign-off, no marker on the Record screen.
    await page.goto(`${BASE_URL}#/signoff`);
    await history.getByRole('button', { name: deleteName }).click();
    await page.getByRole('button', { name: 'Delete the sign-off' }).click();
    await expect.poll(async () => (await readRows(page, 'signoffs')).length).toBe(0);
    await page.goto(`${BASE_URL}#/record`);
    await page.getByText('Safer recruitment e-learning').waitFor();
    expect(await page.getByText(/Changed since signed/).count()).toBe(0);
  } finally {
    await context.close();
  }
}, 180_000);
