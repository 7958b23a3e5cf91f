/**
 * Accessibility gate: axe (WCAG 2.0 A/AA, 2.1 AA, 2.2 AA) on every screen of the built app, in
 * light and dark colour schemes, at 360 px and 1280 px. Zero violations; a failure lists each
 * one with its screen, rule and elements.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, BASE_URL, completeSetup, launch, openScreen, SCREENS, showScreen, trainingScreen, type Screen } from './harness';

const ROUTES: Screen[] = [
  SCREENS.home,
  SCREENS.record,
  SCREENS.logTraining,
  SCREENS.writeReflection,
  SCREENS.planCourse,
  SCREENS.reflections,
  SCREENS.plans,
  SCREENS.certificates,
  SCREENS.pathway,
  SCREENS.hours,
  SCREENS.portfolio,
  SCREENS.settings,
  SCREENS.frameworks,
  SCREENS.courses,
  SCREENS.schemes,
  SCREENS.crosswalk,
  SCREENS.crosswalkCoventry,
  SCREENS.frameworkLondon,
];
const SCHEMES = ['light', 'dark'] as const;
const WIDTHS = [360, 1280];

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** axe on a screen once it is the one shown and has settled (live queries, lazy parts). */
async function violations(page: Page, screen: Screen, where: string): Promise<string[]> {
  await showScreen(page, screen);
  return axeViolations(page, where);
}

for (const scheme of SCHEMES) {
  for (const width of WIDTHS) {
    test(`every screen, ${scheme} scheme, ${width} px: no axe violations`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      const found: string[] = [];
      try {
        await openScreen(page, SCREENS.setup);
        found.push(...(await axeViolations(page, 'setup')));
        await completeSetup(page);
        // Some record, so that lists, cards and progress are on screen.
        await openScreen(page, SCREENS.logTraining);
        await page.getByLabel('Title').fill('Child protection: an introduction');
        if (!(await page.getByLabel('Hours').inputValue())) await page.getByLabel('Hours').fill('3');
        await page.getByRole('button', { name: 'Save to my record' }).click();
        found.push(...(await violations(page, trainingScreen('Child protection: an introduction'), 'training detail')));
        for (const screen of ROUTES) {
          await page.goto(`${BASE_URL}${screen.route}`);
          found.push(...(await violations(page, screen, screen.route)));
        }
      } finally {
        await context.close();
      }
      expect(found).toEqual([]);
    }, 480_000);
  }
}

test('the gate can fail: axe finds problems planted in a screen', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await openScreen(page, SCREENS.setup);
    await page.evaluate(() => {
      const img = document.createElement('img');
      img.src = './icons/icon-192.png';
      const button = document.createElement('button');
      document.querySelector('h1')!.after(img, button);
    });
    const found = (await axeViolations(page, 'planted')).join('\n');
    expect(found).toMatch(/planted: image-alt/);
    expect(found).toMatch(/planted: button-name/);
  } finally {
    await context.close();
  }
});
