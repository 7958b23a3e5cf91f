/**
 * Supervisor sign-off on the device (issue 14.4), as a supervisor does it on the supervisee's
 * phone: reads, writes agreed actions, types name and role, signs with a finger (mouse strokes on
 * the signature pad) and signs off. The sign-off is stored with the drawn signature as a PNG.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { BASE_URL, completeSetup, launch, phone, readRows } from './harness';

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
