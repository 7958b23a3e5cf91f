// Storing camera photos in Debian's Chromium, on the built app (dist/, served by `vite preview`
// on a free port): 20 camera photos (4,000 x 3,000 JPEGs, each downscaled to 2,000 px, hashed
// and written) through the "Take a photo" input.
import { setupProfile, withApp } from './app.mjs';

const PHOTOS = 20;
const ms = (x) => `${x.toFixed(0)} ms`;

async function photoBench(browser, base) {
  const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
  const page = await context.newPage();
  await setupProfile(page, base);
  await page.goto(`${base}#/record/training/new`);
  const other = page.getByRole('radio', { name: /Other training/ });
  if (await other.count()) await other.check();
  await page.getByLabel('Title').fill('Photo bench');
  await page.getByLabel('Hours').fill('1');
  await page.getByRole('button', { name: 'Save to my record' }).click();
  await page.getByRole('heading', { name: 'Certificates' }).waitFor();
  const result = await page.evaluate(async (count) => {
    // One noisy 4,000 x 3,000 JPEG, as a phone camera makes (a few MB); fed 20 times.
    const c = new OffscreenCanvas(4000, 3000);
    const ctx = c.getContext('2d');
    const img = ctx.createImageData(4000, 3000);
    for (let i = 0; i < img.data.length; i += 4) {
      img.data[i] = (i * 7) & 255;
      img.data[i + 1] = (i >> 9) & 255;
      img.data[i + 2] = (Math.random() * 255) | 0;
      img.data[i + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    const blob = await c.convertToBlob({ type: 'image/jpeg', quality: 0.92 });
    const input = document.getElementById('cert-camera');
    const status = document.querySelector('.rec-status');
    const t0 = performance.now();
    for (let i = 0; i < count; i++) {
      const name = `IMG_${1000 + i}.jpg`;
      const dt = new DataTransfer();
      dt.items.add(new File([blob], name, { type: 'image/jpeg' }));
      input.files = dt.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      await new Promise((resolve) => {
        const check = () => (status.textContent === `Added “${name}”.` ? resolve() : setTimeout(check, 5));
        check();
      });
    }
    return { total: performance.now() - t0, photoBytes: blob.size };
  }, PHOTOS);
  await page
    .locator('.rec-cert')
    .nth(PHOTOS - 1)
    .waitFor();
  const stored = await page.locator('.rec-cert').count();
  await context.close();
  console.log(
    `${PHOTOS} camera photos (4,000 x 3,000 JPEG, ${(result.photoBytes / 1048576).toFixed(1)} MB each) downscaled and stored: ${ms(result.total)} (${ms(result.total / PHOTOS)} per photo; ${stored} stored)`,
  );
}

export default function run() {
  return withApp(photoBench);
}
