/**
 * The Frameworks browse screen in real Chromium on a 360 px phone: choosing a framework loads it,
 * every section opens, nothing scrolls sideways, and axe finds no WCAG 2.2 A/AA violations.
 * Screenshots go to /tmp/shots (not the repository).
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { setUpPhone, type SetUpPhone, axeViolations, openScreen, SCREENS, showScreen } from './harness';

const SHOTS = '/tmp/shots';
let phoneApp: SetUpPhone | undefined;
let page: Page;

beforeAll(async () => {
  phoneApp = await setUpPhone('frameworks', 'coventry');
  ({ page } = phoneApp);
});

afterAll(async () => {
  await phoneApp?.close();
});

async function openEverySection(p: Page): Promise<void> {
  await p.$$eval('details', (all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
}

async function sidewaysOverflow(p: Page): Promise<number> {
  return p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test.each(['coventry', 'london'])('the %s framework can be browsed on a phone, accessibly', async (id) => {
  await openScreen(page, SCREENS.frameworks);
  await page.getByRole('link', { name: id === 'london' ? 'London' : 'Coventry', exact: true }).click();
  await showScreen(page, id === 'london' ? SCREENS.frameworkLondon : SCREENS.frameworkCoventry);
  await page.getByRole('heading', { level: 2, name: /Rules/ }).waitFor();
  await openEverySection(page);
  expect(await page.locator('.fw-cite').count()).toBeGreaterThan(10);
  expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SHOTS}/frameworks-${id}-360.png`, fullPage: false });
  expect(await axeViolations(page, id)).toEqual([]);
});
