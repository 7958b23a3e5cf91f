/**
 * Text limits in Chromium at 360 x 780 (issue 13.1): typing or pasting past a field's limit keeps
 * every character, a live message under the field says how many characters to remove, saving is
 * refused with the draft kept (also across a reload), and once trimmed the entry saves.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { completeSetup, countRows, launch, openScreen, phone, readRows, SCREENS, showScreen, trainingScreen } from './harness';

let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  browser = await launch();
  ({ page } = await phone(browser));
  page.on('pageerror', (e) => errors.push(String(e)));
  await completeSetup(page);
});
afterAll(async () => {
  await browser?.close();
});

type Draft = { id: string; data: Record<string, unknown> };
const draftOf = async (id: string) => (await readRows<Draft>(page, 'drafts')).find((d) => d.id === id)?.data;

test('a training title typed past 200 characters: the live message, the save refused with the draft kept, then trimmed and saved', async () => {
  await openScreen(page, SCREENS.logTraining);
  const other = page.getByRole('radio', { name: /Other training/ });
  if (await other.count()) await other.check();
  const title = page.getByLabel('Title');
  const message = page.locator('#field-title-length');
  expect(await message.getAttribute('aria-live')).toBe('polite');

  // Pasted to 199 characters: no message yet. Then typed past the limit, key by key.
  const pasted = 'Safeguarding children: '.padEnd(199, 'x');
  await title.fill(pasted);
  await page.getByLabel('Hours').fill('3');
  expect(await message.textContent()).toBe('');
  await title.press('End');
  await page.keyboard.type('abcdef');
  await expect
    .poll(() => message.textContent())
    .toBe(
      'Title: too long. It has 205 characters; the most it can hold is 200. Remove 5 characters to save it; nothing you typed has been removed.',
    );
  expect(await title.inputValue()).toBe(`${pasted}abcdef`); // nothing cut off

  // The form refuses it (its error summary, focused), before the state's own check would.
  await page.getByRole('button', { name: 'Save to my record' }).click();
  await page.getByRole('alert').filter({ hasText: 'Shorten the title to 200 characters or fewer.' }).waitFor();
  await showScreen(page, SCREENS.logTraining);
  expect(await countRows(page, 'trainings')).toBe(0);
  expect(await title.inputValue()).toBe(`${pasted}abcdef`);

  // The draft holds all of it, and a reload brings it back with the message.
  await expect.poll(async () => (await draftOf('training:new'))?.title).toBe(`${pasted}abcdef`);
  await page.reload();
  await showScreen(page, SCREENS.logTraining);
  await page.getByText('What you typed before has been restored.').waitFor();
  expect(await title.inputValue()).toBe(`${pasted}abcdef`);
  await expect.poll(() => message.textContent()).toMatch(/^Title: too long\. It has 205 characters;.* Remove 5 characters to save it/);

  // Trimmed back to the limit: the message goes, and the entry saves.
  await title.press('End');
  for (let i = 0; i < 5; i++) await title.press('Backspace');
  await expect.poll(() => message.textContent()).toBe('');
  await page.getByRole('button', { name: 'Save to my record' }).click();
  await showScreen(page, trainingScreen(`${pasted}a`));
  const saved = await readRows<{ title: string; hours: number }>(page, 'trainings');
  expect(saved.map((t) => [t.title.length, t.title, t.hours])).toEqual([[200, `${pasted}a`, 3]]);
  await expect.poll(() => draftOf('training:new')).toBeUndefined();
});

test('a reflection pasted past 50,000 characters: refused with the draft kept, then trimmed and saved', async () => {
  await openScreen(page, SCREENS.writeReflection);
  const text = page.getByLabel('Anything else');
  const message = page.locator('#field-text-length');
  const long = 'What I learned about information sharing. '.repeat(1200).slice(0, 50_003);
  await text.fill(long); // one paste
  await expect
    .poll(() => message.textContent())
    .toBe(
      'Reflection: too long. It has 50,003 characters; the most it can hold is 50,000. Remove 3 characters to save it; nothing you typed has been removed.',
    );

  await page.getByRole('button', { name: 'Save reflection' }).click();
  await page
    .getByRole('alert')
    .filter({ hasText: 'too long to save. It has 50,003 characters; the most it can hold is 50,000.' })
    .waitFor();
  await showScreen(page, SCREENS.writeReflection);
  expect(await countRows(page, 'reflections')).toBe(0);
  expect((await text.inputValue()).length).toBe(50_003);
  await expect.poll(async () => ((await draftOf('reflection:new'))?.text as string | undefined)?.length).toBe(50_003);

  await text.press('ControlOrMeta+End');
  for (let i = 0; i < 3; i++) await text.press('Backspace');
  await expect.poll(() => message.textContent()).toBe('');
  await page.getByRole('button', { name: 'Save reflection' }).click();
  await showScreen(page, SCREENS.reflections);
  const saved = await readRows<{ text: string }>(page, 'reflections');
  expect(saved.map((r) => r.text)).toEqual([long.slice(0, 50_000)]);
  expect(errors).toEqual([]);
});
