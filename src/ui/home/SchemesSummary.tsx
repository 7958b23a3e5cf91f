import { useMemo } from 'preact/hooks';
import { schemeProgress, type RequirementProgress } from '../../domain/schemes';
import { formatHours } from '../../domain/hours';
import type { ISODate, Profile, Reflection, Training } from '../../domain/types';
import { SCHEMES, type Scheme } from '../../frameworks/schemes';
import { ProgressBar } from './ProgressBar';

/** The invitation to follow a professional scheme, for someone who follows none. */
export function SchemesInvite({ profile }: { profile: Profile }) {
  if (profile.schemes.some((e) => SCHEMES.some((s) => s.id === e.schemeId))) return null;
  return (
    <p class="schemes-invite">
      <a href="#/schemes">Also answer to NMC, Social Work England or KCSIE? Add a scheme</a>
    </p>
  );
}

/** Home's line per professional scheme the user follows, beside the framework's hours: the
 * scheme's summary and a bar for its main target (the first it counts from the record). */
export function SchemesSummary(props: { profile: Profile; trainings: Training[]; reflections: Reflection[]; today: ISODate }) {
  const { profile, trainings, reflections, today } = props;
  const rows = useMemo(
    () =>
      profile.schemes
        .map((e) => SCHEMES.find((s) => s.id === e.schemeId))
        .filter((s): s is Scheme => !!s)
        .map((scheme) => ({ scheme, progress: schemeProgress(scheme, profile, trainings, reflections, today) })),
    [profile, trainings, reflections, today],
  );
  // Without a scheme, the invitation to add one is a line of Home's hours card (SchemesInvite).
  if (!rows.length) return null;
  return (
    <section aria-labelledby="schemes-title" class="card">
      <h2 id="schemes-title">Professional schemes</h2>
      <ul class="scheme-lines">
        {rows.map(({ scheme, progress }) => {
          const main = progress.requirements.find((r) => r.kind === 'target');
          return (
            <li key={scheme.id}>
              <p>
                {/* The summary starts "NMC: ": the scheme's name in bold, for scanning. */}
                <strong>{scheme.shortName}</strong>
                {progress.summary.slice(scheme.shortName.length)}.{progress.complete && ' All counted requirements met.'}
              </p>
              {main && <ProgressBar value={main.done} max={main.target ?? 1} label={`${scheme.shortName}: ${describe(main)}`} />}
            </li>
          );
        })}
      </ul>
      <a href="#/schemes">Your schemes in full</a>
    </section>
  );
}

function describe(r: RequirementProgress): string {
  const done = r.unit === 'hours' ? formatHours(r.done).replace(/ hours?$/, '') : String(r.done);
  // Keep a leading acronym ("CPD hours") as it is.
  const noun = /^[A-Z]{2}/.test(r.title) ? r.title : r.title.charAt(0).toLowerCase() + r.title.slice(1);
  return `${done} of ${r.target} ${noun}`;
}
