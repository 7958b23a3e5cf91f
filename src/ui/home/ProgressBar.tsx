/** A progress bar (role progressbar, labelled) with optional target marks. */
export function ProgressBar({ value, max, label, marks = [] }: { value: number; max: number; label: string; marks?: Array<{ at: number; label: string }> }) {
  const pct = (v: number) => `${Math.min(100, Math.max(0, (v / (max || 1)) * 100))}%`;
  return (
    <div class="progress" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={max} aria-valuenow={Math.min(value, max)} aria-valuetext={label}>
      <div class="progress__fill" style={{ width: pct(value) }} />
      {marks.map((m) => (
        <span key={m.label} class="progress__mark" style={{ left: pct(m.at) }} title={m.label} aria-hidden="true" />
      ))}
    </div>
  );
}
