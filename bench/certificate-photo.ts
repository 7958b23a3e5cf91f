/**
 * A certificate "photographed": a corpus PDF drawn with pdf.js, then laid on a table at an angle
 * (rotation up to 10 degrees), with a keystone perspective (the top edge narrower, as a phone held
 * above the paper sees it), a shadow across one side, sensor noise and JPEG compression, at
 * 1,500-3,000 px (or a given size). Deterministic for a seed. Runs in the bench page (Chromium).
 */
import * as pdfjs from 'pdfjs-dist';
import pdfWorkerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { rng } from '../test/fixtures/certificates/corpus';

pdfjs.GlobalWorkerOptions.workerSrc = pdfWorkerUrl;

export interface PhotoOptions {
  seed: number;
  /** The photo's longest side; by default 1,500-3,000 px from the seed. */
  longSide?: number;
}

export interface Photo {
  jpeg: Blob;
  width: number;
  height: number;
  rotation: number;
}

async function renderPdf(bytes: Uint8Array, width: number): Promise<HTMLCanvasElement> {
  const doc = await pdfjs.getDocument({ data: bytes, isEvalSupported: false }).promise;
  const page = await doc.getPage(1);
  const base = page.getViewport({ scale: 1 });
  const viewport = page.getViewport({ scale: width / base.width });
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(viewport.width);
  canvas.height = Math.round(viewport.height);
  await page.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport }).promise;
  await doc.destroy();
  return canvas;
}

export async function photographCertificate(pdf: Uint8Array, o: PhotoOptions): Promise<Photo> {
  const r = rng(o.seed);
  const longSide = o.longSide ?? Math.round(1500 + r() * 1500);
  const W = longSide;
  const H = Math.round((longSide * 3) / 4);
  const rotation = (r() * 2 - 1) * 10; // degrees
  // The paper fills 78-90% of the frame's width.
  const paperW = Math.round(W * (0.78 + r() * 0.12));
  const paper = await renderPdf(pdf, paperW);
  const keystone = 0.03 + r() * 0.06; // the top edge this much narrower than the bottom

  const canvas = document.createElement('canvas');
  canvas.width = W;
  canvas.height = H;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  // A table: a brownish grey with a gradient.
  const table = ctx.createLinearGradient(0, 0, W, H);
  table.addColorStop(0, `rgb(${120 + r() * 40}, ${100 + r() * 30}, ${80 + r() * 30})`);
  table.addColorStop(1, `rgb(${70 + r() * 30}, ${60 + r() * 30}, ${50 + r() * 30})`);
  ctx.fillStyle = table;
  ctx.fillRect(0, 0, W, H);

  // The paper, slightly off-white and warm (indoor light), drawn in horizontal strips each scaled
  // a little: a keystone perspective.
  const warm = document.createElement('canvas');
  warm.width = paper.width;
  warm.height = paper.height;
  const w = warm.getContext('2d')!;
  w.drawImage(paper, 0, 0);
  w.globalCompositeOperation = 'multiply';
  w.fillStyle = `rgb(${238 + r() * 17}, ${232 + r() * 18}, ${215 + r() * 25})`;
  w.fillRect(0, 0, warm.width, warm.height);

  ctx.save();
  ctx.translate(W / 2 + (r() - 0.5) * W * 0.04, H / 2 + (r() - 0.5) * H * 0.04);
  ctx.rotate((rotation * Math.PI) / 180);
  const strip = 3;
  for (let y = 0; y < warm.height; y += strip) {
    const scale = 1 - keystone * (1 - y / warm.height);
    const sw = warm.width * scale;
    ctx.drawImage(warm, 0, y, warm.width, strip, -sw / 2, y - warm.height / 2, sw, strip + 0.5);
  }
  ctx.restore();

  // A shadow (a hand or the phone) across one side.
  const angle = r() * Math.PI * 2;
  const cx = W / 2 + Math.cos(angle) * W * 0.6;
  const cy = H / 2 + Math.sin(angle) * H * 0.6;
  const shadow = ctx.createRadialGradient(cx, cy, 0, cx, cy, W * (0.5 + r() * 0.3));
  const depth = 0.25 + r() * 0.25;
  shadow.addColorStop(0, `rgba(0,0,0,${depth})`);
  shadow.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = shadow;
  ctx.fillRect(0, 0, W, H);

  // A little blur (focus) and sensor noise.
  const blurred = document.createElement('canvas');
  blurred.width = W;
  blurred.height = H;
  const b = blurred.getContext('2d', { willReadFrequently: true })!;
  b.filter = `blur(${(0.3 + r() * 0.6).toFixed(2)}px)`;
  b.drawImage(canvas, 0, 0);
  const img = b.getImageData(0, 0, W, H);
  const amp = 8 + r() * 10;
  const noise = rng(o.seed ^ 0x5bd1e995);
  for (let i = 0; i < img.data.length; i += 4) {
    const n = (noise() + noise() - 1) * amp;
    img.data[i] += n;
    img.data[i + 1] += n;
    img.data[i + 2] += n;
  }
  b.putImageData(img, 0, 0);
  const quality = 0.55 + r() * 0.3;
  const jpeg = await new Promise<Blob>((resolve) => blurred.toBlob((x) => resolve(x!), 'image/jpeg', quality));
  return { jpeg, width: W, height: H, rotation };
}
