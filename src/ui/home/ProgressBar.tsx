/** A progress bar (role progressbar, labelled) with optional target marks. Drawn as SVG
 * attributes, not inline styles, which the Content-Security-Policy does not allow. */
export function ProgressBar({
  value,
  max,
  label,
  marks = [],
}: {
  value: number;
  max: number;
  label: string;
  marks?: Array<{ at: number; label: string }>;
}) {
  const pct = (v: number) => Math.min(100, Math.max(0, (v / (max || 1)) * 100));
  return (
    <div
      class="progress"
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={label}
    >
      <svg viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="progress__fill" x="0" y="0" height="10" width={pct(value)} />
        {marks.map((m) => (
          <line key={m.label} class="progress__mark" x1={pct(m.at)} x2={pct(m.at)} y1="0" y2="10" vector-effect="non-scaling-stroke" />
        ))}
      </svg>
    </div>
  );
}
