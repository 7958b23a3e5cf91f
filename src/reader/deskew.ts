/**
 * The angle of the text lines in a photo of a page, so that the page can be turned level before
 * OCR (tesseract reads level lines far better: at 8-10 degrees most words lose their last letters).
 * Pure: a grey image in, radians out. Ink is a pixel clearly darker than its neighbourhood (so a
 * dark table around the paper, or a shadow, is not ink); the angle is the one at which the ink,
 * projected on the vertical, falls into the sharpest rows (text lines), searched to ±12 degrees.
 */

/** Ink pixels as coordinates from the centre: darker than their local mean by `contrast`. */
export function inkPoints(gray: Uint8Array, width: number, height: number, contrast = 30): Float32Array {
  const r = Math.max(4, Math.round(Math.max(width, height) / 60));
  const W = width + 1;
  const sum = new Float64Array(W * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += gray[y * width + x]!;
      sum[(y + 1) * W + x + 1] = sum[y * W + x + 1]! + row;
    }
  }
  const out: number[] = [];
  const cx = width / 2;
  const cy = height / 2;
  for (let y = 0; y < height; y++) {
    const y0 = Math.max(0, y - r);
    const y1 = Math.min(height, y + r + 1);
    for (let x = 0; x < width; x++) {
      const g = gray[y * width + x]!;
      if (g > 200) continue;
      const x0 = Math.max(0, x - r);
      const x1 = Math.min(width, x + r + 1);
      const mean = (sum[y1 * W + x1]! - sum[y0 * W + x1]! - sum[y1 * W + x0]! + sum[y0 * W + x0]!) / ((y1 - y0) * (x1 - x0));
      if (g < mean - contrast) out.push(x - cx, y - cy);
    }
  }
  return Float32Array.from(out);
}

function score(points: Float32Array, angle: number, rows: Float64Array, offset: number): number {
  rows.fill(0);
  const s = Math.sin(angle);
  const c = Math.cos(angle);
  for (let i = 0; i < points.length; i += 2) {
    const bin = Math.round(points[i + 1]! * c - points[i]! * s) + offset;
    rows[bin]! += 1;
  }
  let total = 0;
  for (let i = 0; i < rows.length; i++) total += rows[i]! * rows[i]!;
  return total;
}

/** The text lines' angle in radians (positive: they fall to the right, clockwise), or 0 when
 * there is too little ink to tell. */
export function skewAngle(gray: Uint8Array, width: number, height: number): number {
  const points = inkPoints(gray, width, height);
  if (points.length < 200) return 0;
  const offset = Math.ceil(Math.hypot(width, height) / 2) + 1;
  const rows = new Float64Array(2 * offset + 2);
  const deg = Math.PI / 180;
  let best = 0;
  let bestScore = -1;
  for (let a = -12; a <= 12; a += 0.5) {
    const v = score(points, a * deg, rows, offset);
    if (v > bestScore) [best, bestScore] = [a * deg, v];
  }
  const coarse = best;
  for (let a = -0.5; a <= 0.5; a += 0.1) {
    const v = score(points, coarse + a * deg, rows, offset);
    if (v > bestScore) [best, bestScore] = [coarse + a * deg, v];
  }
  return best;
}
