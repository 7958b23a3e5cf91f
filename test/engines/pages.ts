/**
 * Page objects of the cross-engine suite, over the thin Driver: open a screen and wait for that
 * very screen (the same screen definitions as the Chromium tests, test/e2e/screens.ts), fill a
 * field by its label, press a button by its name, catch a download, attach a file, read the app's
 * database, run axe, check the layout at 360 px. Each in-page step is a small self-contained
 * function; every wait polls for a state, none waits a fixed time.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { WCAG_TAGS } from '../e2e/harness';
import { screenQuery, screenStateInPage, type Screen, type ScreenState } from '../e2e/screens';
import type { Driver } from './driver';

export { SCREENS, trainingScreen } from '../e2e/screens';

/** Polls a function in the page until it returns a truthy value (never a fixed wait). */
export async function waitUntil<A, R>(
  d: Driver,
  fn: (arg: A) => R | false | null | undefined | Promise<R | false | null | undefined>,
  arg: A,
  what: string,
  timeout = 60_000,
): Promise<R> {
  const deadline = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = await d.evaluate(fn as (a: A) => R, arg);
      if (value) return value;
      last = value;
    } catch (error) {
      last = error; // the page may be between documents
    }
    if (Date.now() > deadline) throw new Error(`${d.engine}: timed out waiting for ${what} (last: ${String(last)})`);
    await new Promise((r) => setTimeout(r, 100)); // the polling interval, not a wait for a state
  }
}

export async function showScreen(d: Driver, screen: Screen, timeout?: number): Promise<void> {
  const state = (await waitUntil(
    d,
    screenStateInPage,
    screenQuery(screen, true),
    `the screen "${String(screen.heading)}"`,
    timeout,
  )) as ScreenState;
  if (state.failed) throw new Error(`${d.engine}: the screen "${String(screen.heading)}" failed to load.`);
}

export async function openScreen(d: Driver, base: string, screen: Screen): Promise<void> {
  await d.goto(`${base}${screen.route}`);
  await showScreen(d, screen);
}

/** Sets a field found by its label's text (or '#id') (input, textarea or select) as typing or choosing would. */
export async function fill(d: Driver, label: string, value: string): Promise<void> {
  await waitUntil(
    d,
    ({ label, value }) => {
      const l = [...document.querySelectorAll('label')].find((x) => (x.textContent ?? '').trim().startsWith(label));
      const el = (label.startsWith('#') ? document.getElementById(label.slice(1)) : l?.control) as
        HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null | undefined;
      if (!el) return false;
      el.focus();
      const proto = Object.getPrototypeOf(el) as object;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(el, value);
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    { label, value },
    `a field labelled "${label}"`,
  );
}

/** Checks the radio button or tick box whose label starts with this text. */
export async function check(d: Driver, label: string): Promise<void> {
  await waitUntil(
    d,
    (label) => {
      const l = [...document.querySelectorAll('label')].find((x) => (x.textContent ?? '').trim().startsWith(label));
      const el = l?.control as HTMLInputElement | null | undefined;
      if (!el) return false;
      if (!el.checked) el.click();
      return el.checked;
    },
    label,
    `a choice labelled "${label}"`,
  );
}

/** The value of a field found by its label. */
export function valueOf(d: Driver, label: string): Promise<string | null> {
  return d.evaluate((label) => {
    const l = [...document.querySelectorAll('label')].find((x) => (x.textContent ?? '').trim().startsWith(label));
    return (l?.control as HTMLInputElement | undefined)?.value ?? null;
  }, label);
}

/** Presses the button (or link) whose visible name is this (visually hidden words aside);
 * `within`: inside the element matching this selector that holds this text. */
export async function press(d: Driver, name: string, within?: { selector: string; text: string }): Promise<void> {
  await waitUntil(
    d,
    ({ name, within }) => {
      const visible = (el: Element) =>
        [...el.childNodes]
          .filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
          .map((n) => n.textContent ?? '')
          .join('')
          .trim();
      const scope = within
        ? [...document.querySelectorAll(within.selector)].find((x) => (x.textContent ?? '').includes(within.text))
        : document;
      if (!scope) return false;
      const el = [...scope.querySelectorAll<HTMLElement>('button, a, [role="button"]')].find(
        (x) => visible(x) === name && !(x as HTMLButtonElement).disabled,
      );
      el?.click();
      return Boolean(el);
    },
    { name, within: within ?? null },
    `a button "${name}"${within ? ` in ${within.selector} "${within.text}"` : ''}`,
  );
}

/** Waits until this text is on the page; returns the page's text. */
export const waitForText = (d: Driver, text: string | RegExp, timeout?: number): Promise<string> =>
  waitUntil(
    d,
    ({ source, pattern }) => {
      const t = (document.body?.innerText ?? '').replace(/\s+/g, ' ');
      return (pattern ? new RegExp(source).test(t) : t.includes(source)) && t;
    },
    { source: text instanceof RegExp ? text.source : text, pattern: text instanceof RegExp },
    `the text "${String(text)}"`,
    timeout,
  );

/** The text of the element with this data-testid, once it is there. */
export const testIdText = (d: Driver, id: string, timeout?: number): Promise<string> =>
  waitUntil(d, (id) => document.querySelector(`[data-testid="${id}"]`)?.textContent || false, id, `[data-testid=${id}]`, timeout);

/** From now on (in this document), files the app hands to the browser's download are kept for
 * `takeDownload` instead (the same in every engine; WebDriver has no download event). */
export async function catchDownloads(d: Driver): Promise<void> {
  await d.evaluate(() => {
    const w = window as unknown as { __downloads?: Array<{ name: string; href: string }>; __blobs?: Map<string, Blob> };
    if (w.__downloads) return;
    w.__downloads = [];
    w.__blobs = new Map();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (obj: Blob | MediaSource) => {
      const href = create(obj);
      if (obj instanceof Blob) w.__blobs!.set(href, obj);
      return href;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download && this.href.startsWith('blob:')) w.__downloads!.push({ name: this.download, href: this.href });
      else click.call(this);
    };
  }, null);
}

/** The next file the app handed to the download: its name and bytes. */
export async function takeDownload(d: Driver, timeout?: number): Promise<{ name: string; bytes: Buffer }> {
  const got = await waitUntil(
    d,
    async () => {
      const w = window as unknown as { __downloads: Array<{ name: string; href: string }>; __blobs: Map<string, Blob> };
      const next = w.__downloads.shift();
      if (!next) return false;
      const blob = w.__blobs.get(next.href)!;
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: next.name, b64: btoa(s) };
    },
    null,
    'a download',
    timeout,
  );
  return { name: got.name, bytes: Buffer.from(got.b64, 'base64') };
}

/** The file behind a download link (<a download href="blob:…">) on the page (call
 * catchDownloads before the file is made). */
export async function linkFile(d: Driver, name: string, timeout?: number): Promise<{ name: string; bytes: Buffer }> {
  const got = await waitUntil(
    d,
    async (name) => {
      const a = [...document.querySelectorAll<HTMLAnchorElement>('a[download]')].find((x) => (x.textContent ?? '').trim() === name);
      if (!a) return false;
      // The app's CSP does not let the page fetch blob: URLs; the Blob comes from catchDownloads.
      const blob = (window as unknown as { __blobs?: Map<string, Blob> }).__blobs?.get(a.href);
      if (!blob) throw new Error('catchDownloads was not called before the file was made');
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let s = '';
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      return { name: a.download, b64: btoa(s) };
    },
    name,
    `the link "${name}"`,
    timeout,
  );
  return { name: got.name, bytes: Buffer.from(got.b64, 'base64') };
}

/** Puts a file into the file input with this id or label, as choosing it in the file picker would. */
export async function attach(
  d: Driver,
  input: { id?: string; label?: string },
  file: { name: string; type: string; bytes: Buffer },
): Promise<void> {
  await waitUntil(
    d,
    ({ id, label, name, type, b64 }) => {
      const l = label ? [...document.querySelectorAll('label')].find((x) => (x.textContent ?? '').trim().startsWith(label)) : null;
      const el = (id ? document.getElementById(id) : l?.control) as HTMLInputElement | null | undefined;
      if (!el) return false;
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], name, { type }));
      el.files = transfer.files;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    },
    { id: input.id ?? '', label: input.label ?? '', name: file.name, type: file.type, b64: file.bytes.toString('base64') },
    `a file field ${input.id ?? input.label}`,
  );
}

/** Every row of a table of the app's database, read with the raw IndexedDB API (no app code). */
export function readRows<T = Record<string, unknown>>(d: Driver, store: string): Promise<T[]> {
  return d.evaluate(
    (store) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('safeguarding-passport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction(store, 'readonly').objectStore(store).getAll();
          req.onsuccess = () => {
            open.result.close();
            // Bytes are not JSON: their size stands in.
            resolve(
              req.result.map((r: Record<string, unknown>) =>
                Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof ArrayBuffer ? { bytes: v.byteLength } : v])),
              ) as T[],
            );
          };
          req.onerror = () => reject(req.error);
        };
      }),
    store,
  );
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe (the same WCAG 2.0/2.1/2.2 A and AA tags as the Chromium gate) on the page as it is. */
export async function axeViolations(d: Driver, where: string): Promise<string[]> {
  if (!(await d.evaluate(() => 'axe' in window, null))) await d.inject(axeSource);
  const found = await d.evaluate(async (tags) => {
    type Result = { violations: Array<{ id: string; help: string; nodes: Array<{ target: string[] }> }> };
    const axe = (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<Result> } }).axe;
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map(
      (v) =>
        `${v.id} ${v.help}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
  }, WCAG_TAGS);
  return found.map((v) => `${d.engine} ${where}: ${v}`);
}

/**
 * The layout at phone width: what runs past the right edge of a 360 px screen (the page
 * scrolling sideways, or a control, link, heading or paragraph beyond the edge; things inside a
 * box that scrolls sideways on purpose do not count).
 *
 * `emulated`: WebKitGTK's window cannot be made narrower than about 447 px, so there the page's
 * body is laid out 360 px wide inside the narrowest window (and made the containing block of the
 * fixed navigation bar), and the same measurements are taken against that 360 px box. The app's
 * one width media query (34rem, 544 px) is on the same side at 447 px as at 360 px.
 */
export async function emulate360(d: Driver, on: boolean): Promise<void> {
  await d.evaluate((on) => {
    document.body.style.width = on ? '360px' : '';
    document.body.style.maxWidth = on ? '360px' : '';
    document.body.style.transform = on ? 'translateZ(0)' : ''; // the containing block of position: fixed
  }, on);
}

export async function overflowAt360(d: Driver, emulated: boolean): Promise<string[]> {
  return d.evaluate((emulated) => {
    const box = emulated ? document.body : document.documentElement;
    const left = emulated ? document.body.getBoundingClientRect().left : 0;
    const width = emulated ? 360 : document.documentElement.clientWidth;
    const problems: string[] = [];
    if (box.scrollWidth > width) problems.push(`the page is ${box.scrollWidth} px wide on a ${width} px screen`);
    // The navigation must show every item: a list that scrolls sideways hides its last one.
    for (const list of document.querySelectorAll<HTMLElement>('nav ul, nav ol'))
      if (list.scrollWidth > list.clientWidth + 0.5)
        problems.push(
          `the navigation "${list.closest('nav')?.getAttribute('aria-label')}" is ${list.scrollWidth} px wide in ${list.clientWidth} px`,
        );
    const visible = (el: Element) =>
      [...el.childNodes]
        .filter((n) => !(n instanceof HTMLElement && n.classList.contains('visually-hidden')))
        .map((n) => n.textContent ?? '')
        .join('')
        .trim();
    for (const el of document.querySelectorAll<HTMLElement>(
      'a, button, input, select, textarea, label, h1, h2, h3, p, li, img, svg, table, nav, main, header, footer',
    )) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (el.closest('.visually-hidden')) continue;
      if (getComputedStyle(el).visibility === 'hidden') continue;
      // Inside a box that scrolls sideways on purpose (a wide table), its own right edge does not count.
      let scroller: HTMLElement | null = el.parentElement;
      while (scroller && scroller !== box && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowX)) scroller = scroller.parentElement;
      if (scroller && scroller !== box && scroller !== document.body && scroller !== document.documentElement) continue;
      if (r.right > left + width + 0.5 || r.left < left - 0.5)
        problems.push(
          `${el.tagName.toLowerCase()} "${(visible(el) || el.getAttribute('aria-label') || '').slice(0, 40)}" spans ${Math.round(r.left - left)} to ${Math.round(r.right - left)} px`,
        );
    }
    return problems;
  }, emulated);
}
