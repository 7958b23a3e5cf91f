#!/usr/bin/env node
// Renders the app's PNG icons from the one source image, public/icons/icon.svg, in Debian's
// Chromium (playwright-core): 192 and 512 px ("any"), a 512 px maskable icon whose artwork sits
// inside the central safe zone (a circle of 40% radius) on a full-bleed background, and a 180 px
// Apple touch icon (square, no transparency; iOS rounds the corners itself).
// Run with `npm run icons`; the PNGs are committed.
import { chromium } from 'playwright-core';
import { readFileSync } from 'node:fs';

const DIR = new URL('../public/icons/', import.meta.url);
const BACKGROUND = '#1d4f91';
const svg = readFileSync(new URL('icon.svg', DIR), 'utf8');
const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** scale: the artwork's share of the icon's width; full: paint the background edge to edge. */
const ICONS = [
  { file: 'icon-192.png', size: 192, scale: 1, full: false },
  { file: 'icon-512.png', size: 512, scale: 1, full: false },
  // At 0.8 the shield's farthest corner is 28% of the width from the centre: inside the safe zone.
  { file: 'icon-maskable-512.png', size: 512, scale: 0.8, full: true },
  { file: 'apple-touch-icon.png', size: 180, scale: 0.86, full: true },
];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  for (const { file, size, scale, full } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const artwork = Math.round(size * scale);
    const offset = Math.round((size - artwork) / 2);
    await page.setContent(
      `<body style="margin:0;width:${size}px;height:${size}px;background:${full ? BACKGROUND : 'transparent'}">` +
        `<img src="${src}" style="position:absolute;left:${offset}px;top:${offset}px;width:${artwork}px;height:${artwork}px"></body>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: new URL(file, DIR).pathname, omitBackground: !full });
    await page.close();
    console.log(`public/icons/${file} (${size}x${size})`);
  }
} finally {
  await browser.close();
}
