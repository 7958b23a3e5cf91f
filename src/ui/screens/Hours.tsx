import { useMemo } from 'preact/hooks';
import { formatHours } from '../../domain/hours';
import { hoursByMonth, hoursByYear, type HoursCount } from '../../domain/yearly-hours';
import { useEngine } from '../../state/suggestions';
import { HoursChart, type ChartTarget } from '../components/HoursChart';
import '../home/home.css';

const BASIS_WORDS = { rolling: 'the last 12 months', calendar: 'calendar years', april: 'April to March years' };

/** Hours per year (last five) and per month this year, against the targets that apply. */
export function HoursScreen() {
  const engine = useEngine();
  const data = useMemo(() => {
    if (engine.status !== 'ready') return null;
    const { profile, input, today, progress } = engine;
    const targets = progress.hours;
    // Chart what the first target counts (multi-agency for Solihull), else all training.
    const counts: HoursCount = targets[0]?.counts ?? 'any';
    return {
      targets,
      counts,
      years: hoursByYear(input.record.trainings, profile.yearBasis, today, counts),
      months: hoursByMonth(input.record.trainings, profile.yearBasis, today, counts),
      basis: profile.yearBasis,
    };
  }, [engine]);
  if (!data)
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title" tabIndex={-1}>
          Hours
        </h1>
        <p role={engine.status === 'error' ? 'alert' : 'status'}>{engine.status === 'error' ? engine.message : 'Loading your hours…'}</p>
      </section>
    );
  const what = data.counts === 'multi-agency' ? 'multi-agency training' : 'training';
  const lines: ChartTarget[] = data.targets.flatMap((t) => [
    { value: t.minHours, label: `minimum ${t.minHours}` },
    ...(t.idealHours ? [{ value: t.idealHours, label: `ideal ${t.idealHours}`, ideal: true }] : []),
  ]);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        Hours
      </h1>
      <p>
        Hours of {what}, by {BASIS_WORDS[data.basis]} (change the year in Settings).
        {data.targets.map((t) => (
          <span key={t.ruleId}>
            {' '}
            Target: at least {formatHours(t.minHours)}
            {t.idealHours ? `, ideally ${formatHours(t.idealHours)}` : ''} a year
            {t.force === 'guidance' ? ' (suggested, not a fixed rule)' : ''}.
          </span>
        ))}
      </p>
      <section aria-labelledby="years-title" class="card">
        <h2 id="years-title">The last five years</h2>
        <HoursChart
          id="years-chart"
          title={`Hours of ${what} per year, last five years`}
          bars={data.years.map((y) => ({ label: y.window.label, short: yearShort(data.basis, y.window), value: y.hours }))}
          targets={lines}
        />
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">Hours per year</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col" class="num">
                  Hours
                </th>
                {data.targets.length > 0 && <th scope="col">Against the target</th>}
              </tr>
            </thead>
            <tbody>
              {data.years.map((y) => (
                <tr key={y.window.start}>
                  <th scope="row">{y.window.label}</th>
                  <td class="num">{formatHours(y.hours)}</td>
                  {data.targets.length > 0 && <td>{verdict(y.hours, data.targets[0].minHours, data.targets[0].idealHours)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="months-title" class="card">
        <h2 id="months-title">This year by month</h2>
        <p class="hint">Bars are each month's hours; the line is the running total against the yearly target.</p>
        <HoursChart
          id="months-chart"
          title={`Hours of ${what} per month this year`}
          bars={data.months.map((m) => ({ label: m.label, short: m.label.slice(0, 1), value: m.hours }))}
          targets={lines}
          running
        />
        <div class="table-scroll">
          <table class="data-table">
            <caption class="visually-hidden">Hours per month this year</caption>
            <thead>
              <tr>
                <th scope="col">Month</th>
                <th scope="col" class="num">
                  Hours
                </th>
                <th scope="col" class="num">
                  Total so far
                </th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m, i) => (
                <tr key={m.month}>
                  <th scope="row">{m.label}</th>
                  <td class="num">{formatHours(m.hours)}</td>
                  <td class="num">{formatHours(data.months.slice(0, i + 1).reduce((a, x) => a + x.hours, 0))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </section>
  );
}

function verdict(hours: number, min: number, ideal: number | null): string {
  if (ideal != null && hours >= ideal) return 'ideal reached';
  if (hours >= min) return 'minimum reached';
  return `${formatHours(min - hours)} short of the minimum`;
}

/** Axis labels: the year a rolling or calendar year ends in; '25-26' for April to March. */
function yearShort(basis: 'rolling' | 'calendar' | 'april', w: { start: string; end: string }): string {
  return basis === 'april' ? `${w.start.slice(2, 4)}-${w.end.slice(2, 4)}` : w.end.slice(0, 4);
}
