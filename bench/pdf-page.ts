/**
 * The PDF bench's page (served by Vite for bench/pdf.bench.mjs): builds portfolios through the
 * app's own worker and, in the same page, the raw jsPDF floor for the same pages.
 */
import { jsPDF } from 'jspdf';
import { buildPortfolioPdf, warmPdfWorker } from '../src/pdf/client';
import { buildPortfolioModel, type PortfolioPreset } from '../src/pdf/model';
import { addDaysIso } from '../src/domain/dates';
import { certificate, input, reflection, snapshot, training, TODAY } from '../test/pdf/fixtures';
import type { SignOff } from '../src/domain/types';

/** A certificate photo as a phone stores it after the app's import (longest side 2000 px). */
async function photo(i: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(2000, 1500);
  const ctx = canvas.getContext('2d')!;
  const g = ctx.createLinearGradient(0, 0, 2000, 1500);
  g.addColorStop(0, '#f4efe1');
  g.addColorStop(1, '#d9d2bf');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, 2000, 1500);
  // Paper grain, so the JPEG is not unrealistically small.
  for (let k = 0; k < 40000; k++) {
    ctx.fillStyle = `rgba(0,0,0,${((k * 7919 + i) % 13) / 200})`;
    ctx.fillRect((k * 104729) % 2000, (k * 1299709) % 1500, 2, 2);
  }
  ctx.fillStyle = '#223';
  ctx.font = 'bold 90px serif';
  ctx.fillText('Certificate of attendance', 260, 500);
  ctx.font = '60px serif';
  ctx.fillText(`Course ${i}: Working Together to Safeguard Children`, 160, 700);
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
  return new Uint8Array(await blob.arrayBuffer());
}

interface Case {
  preset: PortfolioPreset;
  entries: number;
  reflections: number;
  photos: number;
  /** Sign-offs made at earlier supervisions (the last one drawn, covering the period's entries). */
  signoffs?: number;
}

// A drawn signature as the pad gives it (200 x 60 PNG).
const SIGNATURE = (() => {
  const c = document.createElement('canvas');
  c.width = 200;
  c.height = 60;
  const ctx = c.getContext('2d')!;
  ctx.beginPath();
  for (let x = 0; x < 200; x += 5) ctx.lineTo(x, 30 + Math.sin(x / 9) * 20);
  ctx.stroke();
  return c.toDataURL('image/png');
})();

/** `n` sign-offs, one per quarter back from today, each with three agreed actions; the newest
 * covers the given entries (one of which has changed since, so "Changed since signed" prints). */
function signoffs(n: number, covered: Array<{ id: string; title: string }>): SignOff[] {
  return Array.from({ length: n }, (_, i) => {
    const date = addDaysIso(TODAY, -90 * i - 1);
    return {
      id: `so-${i}`,
      createdAt: `${date}T10:00:00.000Z`,
      updatedAt: `${date}T10:00:00.000Z`,
      date,
      periodStart: addDaysIso(date, -90),
      periodEnd: date,
      supervisorName: 'Jo Supervisor',
      supervisorRole: 'Team manager',
      notes: 'Good progress on referrals; keep reflecting on the neglect cases discussed.',
      agreedActions: [0, 1, 2].map((k) => ({
        id: `a-${i}-${k}`,
        text: `Action ${k + 1} agreed at supervision ${i + 1}`,
        status: 'agreed' as const,
      })),
      signature: { kind: 'drawn' as const, png: SIGNATURE },
      covered: (i === 0 ? covered : []).map((c) => ({ table: 'trainings' as const, id: c.id, title: c.title, sha256: 'ab'.repeat(32) })),
      sha256: 'cd'.repeat(32),
    };
  });
}

/** The same pages with raw jsPDF: standard font, text lines and images, no table layout. */
function floor(c: Case, photos: Uint8Array[]): number {
  const t0 = performance.now();
  const doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true });
  doc.setFontSize(20);
  doc.text('Portfolio', 18, 30);
  doc.addPage();
  doc.setFontSize(8.5);
  let y = 24;
  const line = (s: string) => {
    if (y > 277) {
      doc.addPage();
      y = 24;
    }
    doc.text(s, 18, y);
    y += 4.2;
  };
  for (let i = 0; i < c.entries; i++) {
    const t = training(i);
    line(`${t.endDate}  ${t.title}  ${t.providerName}  ${t.hours}  ${t.mode} ${t.level}`);
  }
  for (let i = 0; i < c.reflections; i++) {
    const r = reflection(i);
    for (const s of Object.values(r.sections)) for (const l of doc.splitTextToSize(s, 174) as string[]) line(l);
  }
  photos.forEach((p, i) => {
    doc.addPage();
    doc.addImage(p, 'JPEG', 18, 30, 174, 130, `p${i}`, 'NONE');
  });
  doc.output('arraybuffer');
  return performance.now() - t0;
}

async function run(c: Case) {
  const photos: Uint8Array[] = [];
  for (let i = 0; i < c.photos; i++) photos.push(await photo(i));
  // One year of entries, spread back from today.
  const trainings = Array.from({ length: c.entries }, (_, i) =>
    training(i, { endDate: addDaysIso(TODAY, -Math.floor((i * 360) / Math.max(1, c.entries)) - 1) }),
  );
  trainings.forEach((t) => (t.startDate = t.endDate));
  const reflections = Array.from({ length: c.reflections }, (_, i) => reflection(i, { date: addDaysIso(TODAY, -i * 7) }));
  const certs = photos.map((p, i) => certificate(i, trainings[i].id, p, 'image/jpeg'));

  const longest = { value: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longest.value = Math.max(longest.value, e.duration);
  });
  observer.observe({ type: 'longtask' });

  const t0 = performance.now();
  const record = snapshot(trainings, reflections, certs);
  if (c.signoffs) {
    const covered = trainings.filter((t) => t.endDate >= addDaysIso(TODAY, -91));
    record.signoffs = signoffs(c.signoffs, covered);
    record.signedChanges = covered
      .slice(0, 1)
      .map((t) => ({ id: t.id, table: 'trainings', title: t.title, signedOn: addDaysIso(TODAY, -1) }));
  }
  // A supervision covers the last year (its default is since the last supervision).
  const period = c.preset === 'supervision' ? { start: addDaysIso(TODAY, -365), end: TODAY } : undefined;
  const model = buildPortfolioModel(input(record), c.preset, period, {
    reflections: true,
    reflectionsFullText: true,
    certificates: true,
    notes: true,
  });
  const files = certs.map((x) => ({ id: x.id, bytes: x.bytes.slice(0), mimeType: x.mimeType }));
  const modelMs = performance.now() - t0;
  const stages: Record<string, number> = {};
  let last = performance.now();
  const built = await buildPortfolioPdf(model, files, (p) => {
    const now = performance.now();
    stages[p.stage] = (stages[p.stage] ?? 0) + now - last;
    last = now;
  });
  const ms = performance.now() - t0;
  stages['after the worker'] = performance.now() - last;
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  return {
    stages: { model: modelMs, ...stages },
    ms,
    size: built.blob.size,
    imageBytes: built.imageBytes,
    pages: built.pages,
    longestTask: longest.value,
    rows: model.counts.trainings,
  };
}

/** The raw jsPDF floor for the same pages, in this page (main thread). */
async function runFloor(c: Case): Promise<number> {
  const photos: Uint8Array[] = [];
  for (let i = 0; i < c.photos; i++) photos.push(await photo(i));
  return floor(c, photos);
}

/** What the Portfolio screen does when it opens: start the worker and warm it up. Resolves with
 * the time the warm-up took. */
async function warm(): Promise<number> {
  const t0 = performance.now();
  await warmPdfWorker();
  return performance.now() - t0;
}

Object.assign(window, { runCase: run, runFloor, warm });
document.getElementById('status')!.textContent = 'ready';
