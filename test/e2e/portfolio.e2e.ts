/**
 * The Portfolio in the built app, offline: seed a record (trainings, a reflection with a
 * postcode in it, a photo and a PDF certificate), check the counts and the privacy finding, generate in
 * the worker with the network off, download, and read the PDF back. (Main-thread long tasks
 * while it builds are measured by `npm run bench -- pdf`, not asserted here: no timed tests.)
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { jsPDF } from 'jspdf';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { completeSetup, launchPersistent, offOrigin, openScreen, recordRequests, SCREENS, showScreen } from './harness';

let context: BrowserContext;
let page: Page;
let requests: string[];
const profileDir = mkdtempSync(join(tmpdir(), 'portfolio-e2e-'));

beforeAll(async () => {
  context = await launchPersistent(profileDir);
  page = context.pages()[0] ?? (await context.newPage());
  requests = recordRequests(context);
  await completeSetup(page, { name: 'Gwenllïan Łukasiewicz' });
});

afterAll(async () => {
  await context?.close();
  rmSync(profileDir, { recursive: true, force: true });
});

/** Writes records straight into the app's IndexedDB (as the app's own forms would store them). */
async function seed(p: Page): Promise<void> {
  const certificatePdf = new jsPDF();
  certificatePdf.text('Certificate PDF from the provider', 20, 30);
  const pdfBytes = Array.from(new Uint8Array(certificatePdf.output('arraybuffer')));
  await p.evaluate(async (pdfBytes) => {
    const stamp = new Date().toISOString();
    const today = new Date();
    const iso = (daysAgo: number) => new Date(today.getTime() - daysAgo * 864e5).toISOString().slice(0, 10);
    const trainings = Array.from({ length: 12 }, (_, i) => ({
      id: `e2e-t${i}`,
      createdAt: stamp,
      updatedAt: stamp,
      title: `E2E course ${i} <script>x</script>`,
      providerKind: 'partnership',
      providerName: 'Solihull SCP',
      startDate: iso(5 + i * 7),
      endDate: iso(5 + i * 7),
      hours: 2,
      mode: 'face-to-face',
      level: 'Level 2',
      link: null,
      agency: 'multi',
      participatory: false,
      notes: '',
      impact: null,
    }));
    const reflection = {
      id: 'e2e-r1',
      createdAt: stamp,
      updatedAt: stamp,
      trainingId: 'e2e-t0',
      kind: 'reflection',
      date: iso(4),
      title: 'What I took from it',
      template: 'free',
      sections: {},
      text: 'We met the family near B91 3QB. I will record concerns the same day.',
      peerReflection: false,
    };
    const canvas = new OffscreenCanvas(800, 560);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, 800, 560);
    ctx.fillStyle = '#123';
    ctx.font = '40px sans-serif';
    ctx.fillText('Certificate of attendance', 60, 200);
    const bytes = await (await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.8 })).arrayBuffer();
    const certificate = {
      id: 'e2e-c1',
      createdAt: stamp,
      updatedAt: stamp,
      trainingId: 'e2e-t1',
      fileName: 'photo.jpg',
      mimeType: 'image/jpeg',
      size: bytes.byteLength,
      originalSize: bytes.byteLength,
      sha256: 'e2e',
      bytes,
    };
    const pdf = new Uint8Array(pdfBytes).buffer;
    const pdfCertificate = {
      ...certificate,
      id: 'e2e-c2',
      trainingId: 'e2e-t2',
      fileName: 'provider.pdf',
      mimeType: 'application/pdf',
      size: pdf.byteLength,
      originalSize: pdf.byteLength,
      bytes: pdf,
    };
    const db: IDBDatabase = await new Promise((resolve, reject) => {
      const req = indexedDB.open('safeguarding-passport');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['trainings', 'reflections', 'certificates'], 'readwrite');
      for (const t of trainings) tx.objectStore('trainings').put(t);
      tx.objectStore('reflections').put(reflection);
      tx.objectStore('certificates').put(certificate);
      tx.objectStore('certificates').put(pdfCertificate);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, pdfBytes);
}

test('generates and downloads a supervision portfolio offline, from the worker, without leaving the origin', async () => {
  await seed(page);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

  await context.setOffline(true);
  await page.reload();
  await showScreen(page, SCREENS.home);
  // Home does not load the PDF code; the Portfolio screen starts its worker (from the service
  // worker's precache, offline) so that it warms up before Generate.
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  expect((await loaded()).filter((u) => /worker-|client-/.test(u))).toEqual([]);
  await openScreen(page, SCREENS.portfolio);
  await expect.poll(async () => (await loaded()).filter((u) => /worker-/.test(u)).length).toBe(1);
  await page.getByLabel(/Supervision portfolio/).check();
  // Default period: the last 3 months (no supervision date recorded), so 13 weeks of entries.
  await expect.poll(() => page.locator('.portfolio-counts').innerText()).toMatch(/13 training entries|12 training entries/);
  const counts = await page.locator('.portfolio-counts').innerText();
  expect(counts).toMatch(/1 reflection\b/);
  expect(counts).toMatch(/2 certificates\b/);

  // The privacy check found the postcode and links to the reflection.
  const finding = page.locator('#privacy-check');
  await expect.poll(() => finding.innerText()).toContain('B91 3QB');
  expect(await finding.getByRole('link').first().getAttribute('href')).toBe('#/record/reflection/e2e-r1');

  await page.getByRole('button', { name: 'Generate PDF' }).click();
  const link = page.getByRole('link', { name: 'Download PDF' });
  await link.waitFor({ timeout: 50000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toMatch(/^supervision-portfolio-\d{4}-\d{2}-\d{2}\.pdf$/);
  const bytes = readFileSync((await download.path())!);
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  const file = join(profileDir, 'portfolio.pdf');
  writeFileSync(file, bytes);
  execFileSync('qpdf', ['--check', file]);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Gwenllïan Łukasiewicz');
  expect(text).toContain('E2E course 0 <script>x</script>');
  expect(text).toContain('I will record concerns the same day.');
  // Both certificates, each labelled with its training: the photo and the provider's PDF page
  // (pdf-lib loads on demand, from the precache while offline).
  expect(text).toMatch(/Certificate \d: E2E course 1/);
  expect(text).toMatch(/Certificate \d: E2E course 2/);
  expect(text).toContain('Certificate PDF from the provider');
  expect(text).not.toContain('Not included');

  expect((await loaded()).filter((u) => /worker-/.test(u)).length).toBe(1);
  expect(offOrigin(requests)).toEqual([]);
  await context.setOffline(false);
});

test("the PDF worker and its fonts are precached; jsPDF's HTML renderers are not in the build", async () => {
  await context.setOffline(false);
  const sw = await page.evaluate(() => fetch('./sw.js').then((r) => r.text()));
  expect(sw).toMatch(/assets\/worker-[\w-]+\.js/);
  expect(sw).toMatch(/DejaVuSans-subset-[\w-]+\.ttf/);
  expect(sw).toMatch(/DejaVuSans-Bold-subset-[\w-]+\.ttf/);
  expect(sw).not.toMatch(/html2canvas|purify|canvg/i);
});
