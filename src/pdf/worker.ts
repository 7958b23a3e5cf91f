/// <reference lib="webworker" />
/**
 * The PDF build, off the main thread: fonts, jsPDF, autotable and pdf-lib load here only, when
 * the Portfolio screen starts the worker. Photos are downscaled with OffscreenCanvas.
 */
import regularFontUrl from './fonts/DejaVuSans-subset.ttf?url';
import boldFontUrl from './fonts/DejaVuSans-Bold-subset.ttf?url';
import type { BuildMessage, BuildRequest, WarmRequest } from './protocol';
import { MAX_PHOTO_SIDE, PHOTO_JPEG_QUALITY } from '../domain/files';
import { imageSize, renderPortfolio, type CertificateFile, type PreparedImage } from './render';
import { WARM_UP_ROWS, warmUpModel } from './warm';

declare const self: DedicatedWorkerGlobalScope;

/** Photos are stored downscaled already (src/domain/files.ts); larger ones are brought to the same
 * size here, about 290 dpi across the A4 text width. */
const MAX_SIDE = MAX_PHOTO_SIDE;
const JPEG_QUALITY = PHOTO_JPEG_QUALITY;

async function fontBytes(url: string): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error('The PDF font could not be loaded.');
  return new Uint8Array(await res.arrayBuffer());
}

// Fetched once for the worker's life (it serves every build of the page).
let fonts: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null;
function loadFonts() {
  fonts ??= Promise.all([fontBytes(regularFontUrl), fontBytes(boldFontUrl)]).then(([regular, bold]) => ({ regular, bold }));
  fonts.catch(() => (fonts = null));
  return fonts;
}

/** JPEGs small enough (as the app stores them) are embedded as they are, without decoding;
 * anything larger, or PNG/WebP, is drawn on a white canvas at most MAX_SIDE pixels long and
 * re-encoded as JPEG. */
async function prepareImage(file: CertificateFile): Promise<PreparedImage> {
  const size = imageSize(file.bytes);
  if (size?.format === 'JPEG' && size.width && size.height && Math.max(size.width, size.height) <= MAX_SIDE)
    return { bytes: file.bytes, ...size };
  const bitmap = await createImageBitmap(new Blob([file.bytes as Uint8Array<ArrayBuffer>], { type: file.mimeType }));
  try {
    const scale = Math.min(1, MAX_SIDE / Math.max(bitmap.width, bitmap.height));
    if (scale === 1 && file.mimeType === 'image/jpeg')
      return { bytes: file.bytes, format: 'JPEG', width: bitmap.width, height: bitmap.height };
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d')!;
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, width, height);
    ctx.drawImage(bitmap, 0, 0, width, height);
    const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: JPEG_QUALITY });
    return { bytes: new Uint8Array(await blob.arrayBuffer()), format: 'JPEG', width, height };
  } finally {
    bitmap.close();
  }
}

const post = (m: BuildMessage) => self.postMessage(m);

/** A build has been asked for: the warm-up gives way to it (and is not needed after it). */
let buildAsked = false;

/** Rounds of the sample and the rows of each: the engine optimises the layout code over repeated
 * runs (measured in Node: the first supervision PDF took 0.64 s of CPU with no warm-up or one
 * round, 0.39 s after three; a second PDF 0.25 s). A build asked for during a round waits for it
 * to end, so the first round, on cold code, is short. */
const WARM_UP_ROUNDS = [WARM_UP_ROWS / 8, WARM_UP_ROWS, WARM_UP_ROWS];

/** Loads the fonts and lays out a sample a few times, so that the user's first build runs on
 * compiled, optimised code; it stops as soon as a build is asked for. A failure here is left for
 * the real build to report. */
async function warmUp(): Promise<void> {
  try {
    const { regular, bold } = await loadFonts();
    for (const rows of WARM_UP_ROUNDS) {
      if (buildAsked) break;
      await renderPortfolio(warmUpModel(rows), { fonts: { regular, bold } });
      // Let a build that arrived meanwhile start its handler (and so stop the warm-up).
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
  } catch {
    // The build that follows loads the fonts again and says what went wrong.
  }
}

self.onmessage = async (event: MessageEvent<BuildRequest | WarmRequest>) => {
  const req = event.data;
  if (req?.type === 'warm') {
    await warmUp();
    post({ id: req.id, type: 'warmed' });
    return;
  }
  if (req?.type !== 'build') return;
  const { id } = req;
  buildAsked = true;
  try {
    const { regular, bold } = await loadFonts();
    const certificates = new Map(req.certificates.map((c) => [c.id, { bytes: new Uint8Array(c.bytes), mimeType: c.mimeType }]));
    const result = await renderPortfolio(req.model, {
      fonts: { regular, bold },
      certificates,
      prepareImage,
      onProgress: (p) => post({ id, type: 'progress', ...p }),
    });
    const pdf = new Blob([result.bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' });
    post({ id, type: 'done', pdf, pages: result.pages, unreadable: result.unreadable, imageBytes: result.imageBytes });
  } catch (e) {
    post({ id, type: 'error', message: e instanceof Error ? e.message : String(e) });
  }
};
