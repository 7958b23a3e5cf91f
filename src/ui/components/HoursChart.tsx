import { formatHours } from '../../domain/hours';

export interface ChartBar {
  label: string;
  /** A shorter label for the axis ("2026", "Nov"); the table keeps the full one. */
  short?: string;
  value: number;
}
export interface ChartTarget {
  value: number;
  label: string;
  ideal?: boolean;
}

const W = 360;
const H = 200;
const PAD = { top: 22, right: 6, bottom: 24, left: 30 };

/**
 * A small bar chart as SVG (no chart library). The SVG is one labelled image for screen readers
 * (role img, title and description); the table beside it carries the figures.
 * `running`: also draw the running total, for months against a yearly target.
 */
export function HoursChart({
  id,
  title,
  bars,
  targets = [],
  running = false,
}: {
  id: string;
  title: string;
  bars: ChartBar[];
  targets?: ChartTarget[];
  running?: boolean;
}) {
  const totals = bars.reduce<number[]>((acc, b) => [...acc, (acc.at(-1) ?? 0) + b.value], []);
  const max = Math.max(1, ...bars.map((b) => b.value), ...targets.map((t) => t.value), ...(running ? totals : []));
  const top = niceCeil(max);
  const iw = W - PAD.left - PAD.right;
  const ih = H - PAD.top - PAD.bottom;
  const y = (v: number) => PAD.top + ih - (v / top) * ih;
  const slot = iw / bars.length;
  const bw = Math.max(4, slot * 0.6);
  const desc = `${bars.map((b) => `${b.label}: ${formatHours(b.value)}`).join('; ')}.${targets.length ? ` Targets: ${targets.map((t) => `${t.label} ${formatHours(t.value)}`).join(', ')}.` : ''}`;
  const ticks = [0, top / 2, top];
  return (
    <figure class="chart-figure">
      <svg class="chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-d`}>
        <title id={`${id}-t`}>{title}</title>
        <desc id={`${id}-d`}>{desc}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line class="axis" x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} />
            <text x={PAD.left - 4} y={y(t) + 4} text-anchor="end">
              {Math.round(t * 10) / 10}
            </text>
          </g>
        ))}
        {bars.map((b, i) => (
          <g key={b.label}>
            <rect class="bar" x={PAD.left + i * slot + (slot - bw) / 2} y={y(b.value)} width={bw} height={Math.max(0, y(0) - y(b.value))} />
            <text x={PAD.left + i * slot + slot / 2} y={H - PAD.bottom + 14} text-anchor="middle">
              {b.short ?? b.label}
            </text>
          </g>
        ))}
        {running && (
          <polyline
            class="running"
            fill="none"
            stroke="currentColor"
            stroke-width="2"
            points={totals.map((v, i) => `${PAD.left + i * slot + slot / 2},${y(v)}`).join(' ')}
          />
        )}
        {targets.map((t) => (
          <g key={t.label}>
            <line
              class={`target${t.ideal ? ' target--ideal' : ''}`}
              x1={PAD.left}
              x2={W - PAD.right}
              y1={y(t.value)}
              y2={y(t.value)}
              stroke-width="2"
            />
            <text x={W - PAD.right} y={y(t.value) - 3} text-anchor="end">
              {t.label}
            </text>
          </g>
        ))}
        <text x={2} y={10}>
          hours
        </text>
      </svg>
    </figure>
  );
}

function niceCeil(v: number): number {
  const step = v <= 6 ? 1 : v <= 12 ? 2 : v <= 30 ? 5 : v <= 60 ? 10 : 10 ** Math.floor(Math.log10(v));
  return Math.ceil(v / step) * step;
}
