/**
 * One suite of user flows, written once against the thin driver (driver.ts) and its page objects
 * (pages.ts), run in Chromium, Firefox ESR and WebKit (WebKitGTK's MiniBrowser). One browser per
 * engine for the whole file and one page session: the flows follow one user through the app, each
 * test starting from the state the previous one left. The built app (dist/) is served by the e2e
 * global setup, behind a proxy the suite can cut (WebKitGTK has no offline switch).
 * `npm run test:engines` runs it alone (scripts/test-engines.mjs: under xvfb-run for WebKitGTK).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync, strToU8, unzipSync, strFromU8 } from 'fflate';
import { ENGINES, launchDriver, missingBrowser, startProxy, type Driver, type Proxy } from './driver';
import {
  attach,
  axeViolations,
  catchDownloads,
  check,
  emulate360,
  fill,
  linkFile,
  openScreen,
  overflowAt360,
  press,
  readRows,
  SCREENS,
  showScreen,
  takeDownload,
  testIdText,
  trainingScreen,
  valueOf,
  waitForText,
  waitUntil,
} from './pages';

/** Screenshots at 360 px go here when SP_ENGINE_SHOTS names a folder. */
const SHOTS = process.env.SP_ENGINE_SHOTS;
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const TITLE = 'Engines: working with families';

describe.each(ENGINES)('%s', (engine) => {
  let d: Driver;
  let proxy: Proxy;
  let BASE: string;
  let dir: string;
  /** The training entry's own address (after the app's URL). */
  let entryRoute = '';

  beforeAll(async () => {
    const missing = missingBrowser(engine);
    if (missing) throw new Error(`The ${engine} tests need ${missing}.`);
    proxy = await startProxy(Number(process.env.E2E_PORT));
    BASE = proxy.url;
    dir = mkdtempSync(join(tmpdir(), `sp-engines-${engine}-`));
    d = await launchDriver(engine);
  }, 180_000);
  afterAll(async () => {
    await d?.quit();
    await proxy?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Goes to a screen within the same document (a hash change) and waits for it. */
  const open = (screen: Parameters<typeof openScreen>[2]) => openScreen(d, BASE, screen);

  test('first visit: setup lands on Home, and the profile is kept after a reload', async () => {
    await open(SCREENS.setup);
    await fill(d, 'Your name', 'Alex Practitioner');
    await fill(d, 'Job title', 'Family support worker');
    await fill(d, 'Employer or organisation', 'Solihull Council');
    await fill(d, 'Partnership framework', 'solihull');
    await press(d, 'Start using Safeguarding Passport');
    await showScreen(d, SCREENS.home);
    await d.reload();
    await showScreen(d, SCREENS.home);
    await open(SCREENS.settings);
    expect(await valueOf(d, 'Your name')).toBe('Alex Practitioner');
  });

  test('log training: the entry is saved and is in the record after a reload', async () => {
    await open(SCREENS.logTraining);
    if (await d.evaluate(() => document.querySelector('input[type=radio]') !== null, null)) await check(d, 'Other training');
    await fill(d, 'Title', TITLE);
    await fill(d, 'Hours', '2');
    await press(d, 'Save to my record');
    await showScreen(d, trainingScreen(TITLE));
    entryRoute = await d.evaluate(() => location.hash, null);
    await d.reload();
    await showScreen(d, trainingScreen(TITLE));
    await waitForText(d, 'No certificate yet');
    expect(await readRows<{ title: string; hours: number }>(d, 'trainings')).toMatchObject([{ title: TITLE, hours: 2 }]);
  });

  test('certificates: a PDF, a PNG and a phone JPEG turned upright by its EXIF; each comes back byte for byte after a reload', async () => {
    // A PNG and a 2,400 x 1,800 JPEG drawn in the page; the JPEG gets EXIF orientation 6 (as a
    // phone stores a portrait photo sideways).
    const images = await d.evaluate(async () => {
      const draw = (w: number, h: number, type: string) =>
        new Promise<string>((resolve) => {
          const c = document.createElement('canvas');
          c.width = w;
          c.height = h;
          const ctx = c.getContext('2d')!;
          ctx.fillStyle = '#fff';
          ctx.fillRect(0, 0, w, h);
          ctx.fillStyle = '#234';
          ctx.font = '60px sans-serif';
          ctx.fillText('Certificate of attendance', 40, h / 2);
          c.toBlob(
            (blob) => {
              const r = new FileReader();
              r.onload = () => resolve(String(r.result).split(',')[1]);
              r.readAsDataURL(blob!);
            },
            type,
            0.9,
          );
        });
      return { png: await draw(800, 560, 'image/png'), jpeg: await draw(2400, 1800, 'image/jpeg') };
    }, null);
    const png = Buffer.from(images.png, 'base64');
    const photo = Buffer.from(images.jpeg, 'base64');
    const tiff = [0x4d, 0x4d, 0, 42, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0];
    const app1 = [0xff, 0xe1, 0, tiff.length + 8, 0x45, 0x78, 0x69, 0x66, 0, 0, ...tiff];
    const sideways = Buffer.concat([photo.subarray(0, 2), Buffer.from(app1), photo.subarray(2)]);
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

    await attach(d, { id: 'cert-files' }, { name: 'Certificate.pdf', type: 'application/pdf', bytes: pdf });
    await waitForText(d, 'Added “Certificate.pdf”.');
    await attach(d, { id: 'cert-files' }, { name: 'Badge.png', type: 'image/png', bytes: png });
    await waitForText(d, 'Added “Badge.png”.');
    await attach(d, { id: 'cert-camera' }, { name: 'IMG_0002.jpg', type: 'image/jpeg', bytes: sideways });
    await waitForText(d, 'Added “IMG_0002.jpg”.');

    await d.reload();
    await showScreen(d, trainingScreen(TITLE));
    await catchDownloads(d);
    const got: Record<string, Buffer> = {};
    for (const name of ['Certificate.pdf', 'Badge.png', 'IMG_0002.jpg']) {
      await press(d, 'Download', { selector: '.rec-cert', text: name });
      const f = await takeDownload(d);
      got[f.name] = f.bytes;
    }
    expect(Object.keys(got).sort()).toEqual(['Badge.png', 'Certificate.pdf', 'IMG_0002.jpg']);
    expect(got['Certificate.pdf'].equals(pdf)).toBe(true);
    expect(got['Badge.png'].equals(png)).toBe(true);
    // The photo was made smaller (longest side 2,000 px) and turned upright: portrait, as stored.
    const stored = await readRows<{ fileName: string; sha256: string }>(d, 'certificates');
    expect(sha256(got['IMG_0002.jpg'])).toBe(stored.find((c) => c.fileName === 'IMG_0002.jpg')!.sha256);
    const file = join(dir, 'photo.jpg');
    writeFileSync(file, got['IMG_0002.jpg']);
    const size = await d.evaluate(async (b64) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/jpeg' }));
      return [bitmap.width, bitmap.height];
    }, got['IMG_0002.jpg'].toString('base64'));
    expect(size).toEqual([1500, 2000]);
  });

  test('reflection: written about the entry, kept after a reload', async () => {
    await open(SCREENS.writeReflection);
    await fill(d, 'Title', 'What I will do differently');
    await fill(d, '#field-text', 'I will record concerns the same day and check them with my supervisor.');
    await press(d, 'Save reflection');
    await waitUntil(
      d,
      () => !location.hash.endsWith('/new') && document.querySelector('h1#screen-title') !== null,
      null,
      'the saved reflection',
    );
    await d.reload();
    await open(SCREENS.reflections);
    await waitForText(d, 'What I will do differently');
    expect(await readRows<{ text: string }>(d, 'reflections')).toMatchObject([
      { text: 'I will record concerns the same day and check them with my supervisor.' },
    ]);
  });

  test('offline start: with the server cut, the app starts from its service worker and keeps the record', async () => {
    await waitUntil(d, () => navigator.serviceWorker?.ready.then(() => true), null, 'the service worker to be ready');
    await d.reload();
    await waitUntil(d, () => navigator.serviceWorker.controller !== null, null, 'the service worker to control the page');
    proxy.cut();
    try {
      proxy.takeRequests();
      await d.goto(`${BASE}?offline-start#/record`);
      await showScreen(d, SCREENS.record);
      await waitForText(d, TITLE);
      await open(SCREENS.home);
      // Nothing reached the network for the start: the page and its code came from the service worker.
      expect(proxy.takeRequests().filter((u) => !u.startsWith('/sw.js'))).toEqual([]);
    } finally {
      proxy.restore();
    }
  });

  test('each portfolio preset makes a PDF that pdftotext reads back', async () => {
    for (const [preset, title] of [
      ['Supervision portfolio', 'Supervision portfolio'],
      ['Appraisal portfolio', 'Appraisal portfolio'],
      ['Full training record', 'Full training record'],
    ]) {
      const started = Date.now();
      await open(SCREENS.portfolio);
      await catchDownloads(d);
      await check(d, preset);
      await press(d, 'Generate PDF');
      const pdf = await linkFile(d, 'Download PDF', 180_000);
      console.log(`${engine}: ${preset} PDF in ${Date.now() - started} ms`);
      expect(pdf.name).toMatch(/\.pdf$/);
      const file = join(dir, pdf.name);
      writeFileSync(file, pdf.bytes);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(text).toContain(title);
      expect(text).toContain('Alex Practitioner');
      expect(text).toContain(TITLE);
      // Reload between presets: the next one starts from a fresh screen.
      await d.reload();
    }
  }, 600_000);

  test('backup, restore (with a safety copy first) and merge', async () => {
    await open(SCREENS.settings);
    await catchDownloads(d);
    await press(d, 'Make a backup');
    const backup = await takeDownload(d);
    expect(backup.name).toMatch(/^safeguarding-passport-backup-\d{4}-\d\d-\d\d\.zip$/);
    await testIdText(d, 'export-result');
    const doc = JSON.parse(strFromU8(unzipSync(backup.bytes)['backup.json']));
    expect(doc.tables.trainings.map((t: { title: string }) => t.title)).toEqual([TITLE]);
    expect(doc.tables.certificates).toHaveLength(3);

    // A second entry after the backup; restoring the backup replaces the record with it.
    await open(SCREENS.logTraining);
    if (await d.evaluate(() => document.querySelector('input[type=radio]') !== null, null)) await check(d, 'Other training');
    await fill(d, 'Title', 'After the backup');
    await fill(d, 'Hours', '1');
    await press(d, 'Save to my record');
    await showScreen(d, trainingScreen('After the backup'));

    await open(SCREENS.settings);
    await catchDownloads(d);
    await attach(d, { label: 'Backup file (.zip)' }, { name: backup.name, type: 'application/zip', bytes: backup.bytes });
    await check(d, 'Restore: replace everything');
    await press(d, 'Import backup');
    await press(d, 'Replace my record');
    const safety = await takeDownload(d);
    expect(safety.name).toMatch(/^safeguarding-passport-before-restore-/);
    await testIdText(d, 'import-result');
    await waitUntil(
      d,
      () =>
        new Promise<boolean>((resolve) => {
          const o = indexedDB.open('safeguarding-passport');
          o.onsuccess = () => {
            const r = o.result.transaction('trainings').objectStore('trainings').count();
            r.onsuccess = () => {
              o.result.close();
              resolve(r.result === 1);
            };
          };
        }),
      null,
      'the restored record',
    );
    expect((await readRows<{ title: string }>(d, 'trainings')).map((t) => t.title)).toEqual([TITLE]);

    // Merging the safety copy brings the later entry back and keeps the rest.
    await d.reload();
    await showScreen(d, SCREENS.settings);
    await attach(d, { label: 'Backup file (.zip)' }, { name: safety.name, type: 'application/zip', bytes: safety.bytes });
    await press(d, 'Import backup');
    expect(await testIdText(d, 'import-result')).toMatch(/Added 1 training entry/);
    expect((await readRows<{ title: string }>(d, 'trainings')).map((t) => t.title).sort()).toEqual(['After the backup', TITLE]);
    writeFileSync(join(dir, 'backup.zip'), backup.bytes);
  });

  test('a hostile backup is refused with the reason, and nothing on the device changes', async () => {
    const before = {
      trainings: await readRows(d, 'trainings'),
      certificates: await readRows(d, 'certificates'),
      reflections: await readRows(d, 'reflections'),
    };
    // A real backup whose entry carries a 5,000-character title, a script in the provider's name and
    // a prototype key, beside a path that climbs out of the folder.
    const files = unzipSync(new Uint8Array(execFileSync('cat', [join(dir, 'backup.zip')])));
    const doc = JSON.parse(strFromU8(files['backup.json']));
    doc.tables.trainings[0] = {
      ...doc.tables.trainings[0],
      id: 'hostile-1',
      title: 'x'.repeat(5000),
      providerName: '<script>alert(1)</script>',
    };
    const hostile = zipSync({
      ...files,
      'backup.json': strToU8(JSON.stringify(doc).replace('{', '{"__proto__":{"polluted":true},')),
      '../../evil.txt': strToU8('x'),
    });
    await open(SCREENS.settings);
    await attach(d, { label: 'Backup file (.zip)' }, { name: 'hostile.zip', type: 'application/zip', bytes: Buffer.from(hostile) });
    await press(d, 'Import backup');
    expect(await testIdText(d, 'import-error')).toMatch(/Nothing on this device has been changed/);
    expect(await d.evaluate(() => ({}) as Record<string, unknown>, null)).not.toHaveProperty('polluted');
    expect({
      trainings: await readRows(d, 'trainings'),
      certificates: await readRows(d, 'certificates'),
      reflections: await readRows(d, 'reflections'),
    }).toEqual(before);
  });

  test('reminders: a planned course goes into an .ics file with CRLF lines, one event each', async () => {
    await open(SCREENS.planCourse);
    await fill(d, 'Title', 'Planned: neglect and its signs');
    const inAMonth = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
    await fill(d, 'Date', inAMonth);
    await fill(d, 'Hours', '3');
    await press(d, 'Save plan');
    await waitUntil(d, () => !location.hash.endsWith('/new'), null, 'the saved plan');
    await open(SCREENS.home);
    await catchDownloads(d);
    await press(d, 'Download reminders (.ics)');
    const file = await takeDownload(d);
    expect(file.name).toBe('safeguarding-reminders.ics');
    const ics = file.bytes.toString('utf8');
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const events = ics.match(/BEGIN:VEVENT/g)?.length ?? 0;
    expect(events).toBeGreaterThan(0);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${inAMonth.replace(/-/g, '')}`);
    await waitForText(d, `Downloaded ${events} ${events === 1 ? 'event' : 'events'}.`);
  });

  test('at 360 px every screen fits: no sideways scrolling, nothing past the edge; axe finds nothing on Home and Settings', async () => {
    const width = await d.resize(360, 780);
    const emulated = width > 360;
    const screens = {
      home: SCREENS.home,
      record: SCREENS.record,
      'log-training': SCREENS.logTraining,
      'write-reflection': SCREENS.writeReflection,
      'plan-course': SCREENS.planCourse,
      reflections: SCREENS.reflections,
      plans: SCREENS.plans,
      certificates: SCREENS.certificates,
      entry: null,
      pathway: SCREENS.pathway,
      hours: SCREENS.hours,
      portfolio: SCREENS.portfolio,
      settings: SCREENS.settings,
      frameworks: SCREENS.frameworks,
      courses: SCREENS.courses,
      schemes: SCREENS.schemes,
      crosswalk: SCREENS.crosswalk,
      'framework-london': SCREENS.frameworkLondon,
    };
    const problems: string[] = [];
    try {
      for (const [name, screen] of Object.entries(screens)) {
        if (screen) await open(screen);
        else {
          await openScreen(d, BASE, { ...trainingScreen(TITLE), route: entryRoute });
        }
        if (emulated) await emulate360(d, true);
        for (const p of await overflowAt360(d, emulated)) problems.push(`${name}: ${p}`);
        if (SHOTS && engine !== 'chromium') {
          mkdirSync(SHOTS, { recursive: true });
          await d.screenshot(join(SHOTS, `${engine}-${name}.png`));
        }
        if (emulated) await emulate360(d, false);
      }
      expect(problems).toEqual([]);
      const found: string[] = [];
      await open(SCREENS.home);
      found.push(...(await axeViolations(d, 'home')));
      await open(SCREENS.settings);
      found.push(...(await axeViolations(d, 'settings')));
      expect(found).toEqual([]);
    } finally {
      await d.resize(1024, 780);
    }
  });

  test('update prompt: a new version deployed while the user is typing is taken on, and the half-typed form is kept', async () => {
    await waitUntil(d, () => navigator.serviceWorker?.ready.then(() => true), null, 'the service worker to be ready');
    await open(SCREENS.settings);
    await fill(d, 'Your name', 'Alex Half-Typed');
    expect(await d.evaluate(() => document.body.textContent?.includes('Update available') ?? false, null)).toBe(false);
    proxy.deployNewVersion();
    await d.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update().then(() => true)), null);
    await waitForText(d, 'Update available', 60_000);
    await d.evaluate(() => {
      (window as unknown as { beforeUpdate: boolean }).beforeUpdate = true;
    }, null);
    await press(d, 'Update now');
    // The page reloads under the new worker: the marker set above is gone with the old document.
    await waitUntil(
      d,
      () => !(window as unknown as { beforeUpdate?: boolean }).beforeUpdate && document.readyState === 'complete',
      null,
      'the page to reload under the new version',
    );
    await showScreen(d, SCREENS.settings);
    await waitForText(d, 'These are changes you had not saved yet.');
    expect(await valueOf(d, 'Your name')).toBe('Alex Half-Typed');
    expect(await d.evaluate(() => document.body.textContent?.includes('Update available') ?? false, null)).toBe(false);
    // Nothing was saved behind the user's back: the stored name is still the one set up.
    expect(await readRows<{ name: string }>(d, 'profile')).toMatchObject([{ name: 'Alex Practitioner' }]);
  }, 240_000);

  test('app lock: turn on with a passcode and see the recovery words, lock now, the locked screen shows nothing of the record, a wrong passcode is refused, the right one opens Home, turn off', async () => {
    const PASSCODE = '482916';
    // PBKDF2 with 600,000 iterations runs on every turn on, unlock and turn off: slow in WebKit
    // under load, so each wait is for the state, with room.
    const SLOW = 180_000;
    const stored = async () => JSON.stringify([await readRows(d, 'reflections'), await readRows(d, 'drafts')]);
    // The half-typed name from the update test is a stored draft: it and the reflection are clear.
    expect(await stored()).toContain('Alex Half-Typed');
    expect(await stored()).toContain('record concerns the same day');

    await open(SCREENS.appLock);
    expect(await testIdText(d, 'lock-state')).toBe('App lock is off.');
    await press(d, 'Turn on app lock');
    await fill(d, 'Choose a passcode', PASSCODE);
    await fill(d, 'Type it again', PASSCODE);
    await press(d, 'Next: your recovery key');
    const words = await waitUntil(
      d,
      () => {
        const list = document.querySelector('ol[aria-label="The 12 words of your recovery key, in order"]');
        const items = [...(list?.querySelectorAll('li') ?? [])].map((li) => (li.textContent ?? '').trim());
        return items.length > 0 && items;
      },
      null,
      'the recovery words',
      SLOW,
    );
    expect(words).toHaveLength(12);
    for (const w of words) expect(w).toMatch(/^[a-z]{3,8}$/);
    await check(d, 'I have kept my recovery key');
    await press(d, 'Finish');
    await waitForText(d, 'Finished. Keep your recovery key safe, away from this device.', SLOW);
    expect(await testIdText(d, 'lock-state')).toBe('App lock is on.');
    // Encrypted at rest, the draft too.
    await waitUntil(
      d,
      () =>
        new Promise<boolean>((resolve) => {
          const o = indexedDB.open('safeguarding-passport');
          o.onsuccess = () => {
            const r = o.result.transaction('drafts').objectStore('drafts').getAll();
            r.onsuccess = () => {
              o.result.close();
              resolve(r.result.length > 0 && r.result.every((x: { sealed?: unknown }) => Boolean(x.sealed)));
            };
          };
        }),
      null,
      'the drafts sealed',
    );
    expect(await stored()).not.toContain('Half-Typed');
    expect(await stored()).not.toContain('record concerns the same day');

    await press(d, 'Lock now');
    await showScreen(d, SCREENS.locked, SLOW);
    // Whatever the address, only the lock screen: nothing of the record in the text or the markup.
    await d.goto(`${BASE}#/record`);
    await showScreen(d, SCREENS.locked);
    const content = await d.evaluate(() => `${document.body.innerText}\n${document.body.outerHTML}`, null);
    for (const secret of ['Alex', 'Practitioner', 'Solihull', TITLE, 'After the backup', 'What I will do differently', 'Planned: neglect'])
      expect(content).not.toContain(secret);
    expect(await d.evaluate(() => [...document.querySelectorAll('h1, h2, h3')].map((h) => h.textContent?.trim()), null)).toEqual([
      'Safeguarding Passport is locked',
    ]);
    expect(await d.evaluate(() => document.querySelectorAll('nav').length, null)).toBe(0);
    // The lock screen at 360 px: fits, and (SP_ENGINE_SHOTS) its picture.
    const width = await d.resize(360, 780);
    try {
      if (width > 360) await emulate360(d, true);
      expect(await overflowAt360(d, width > 360)).toEqual([]);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await d.screenshot(join(SHOTS, `${engine}-locked.png`));
      }
    } finally {
      if (width > 360) await emulate360(d, false);
      await d.resize(1024, 780);
    }

    await fill(d, 'Passcode', '000000');
    await press(d, 'Unlock');
    await waitForText(d, 'That passcode is not right. Try again.', SLOW);
    await showScreen(d, SCREENS.locked);
    await d.goto(`${BASE}#/`);
    await fill(d, 'Passcode', PASSCODE);
    await press(d, 'Unlock');
    await showScreen(d, SCREENS.home, SLOW);

    await open(SCREENS.appLock);
    await press(d, 'Turn off app lock');
    await fill(d, 'Your passcode', PASSCODE);
    await press(d, 'Turn off app lock');
    await waitForText(d, 'App lock is off.', SLOW);
    expect(await testIdText(d, 'lock-state')).toBe('App lock is off.');
    expect(await stored()).toContain('record concerns the same day');
    expect(await stored()).toContain('Alex Half-Typed');
    await d.reload();
    await showScreen(d, SCREENS.appLock);
  }, 600_000);
});
