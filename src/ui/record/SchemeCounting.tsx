import { useState } from 'preact/hooks';
import type { Training } from '../../domain/types';
import { schemeById } from '../../frameworks/schemes';
import { countsTowards, recognisedFor } from '../../domain/schemes';
import { setCountsTowards, setExcludedSchemes } from '../../state/schemes';
import { useProfileStore } from '../../state/profile';

/**
 * "Counts towards": one entry counts for every professional scheme the user follows, unless they
 * take it out of one here. Nothing is entered twice. A requirement that only some training renews
 * (KCSIE: the DSL's own training, the DSL's yearly knowledge and skills refresh) is ticked when
 * the entry's title or level names it, and the user says otherwise here: the app's reading of a
 * title is never the last word.
 */
export function SchemeCounting({ training }: { training: Training }) {
  const followed = useProfileStore((s) => s.profile?.schemes ?? []);
  const flags = useProfileStore((s) => s.profile?.flags ?? {});
  const [error, setError] = useState<string | null>(null);
  const schemes = followed.map((f) => schemeById(f.schemeId)).filter((s) => !!s);
  if (schemes.length === 0) return null;
  const excluded = training.excludedSchemes ?? [];
  const run = async (write: () => Promise<void>) => {
    setError(null);
    try {
      await write();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const toggle = (schemeId: string, counts: boolean) =>
    run(() => setExcludedSchemes(training.id, counts ? excluded.filter((s) => s !== schemeId) : [...excluded, schemeId]));
  return (
    <section aria-labelledby="counts-title" class="rec-section">
      <h2 id="counts-title">Counts towards</h2>
      <p class="hint">This entry counts for every scheme you follow. Untick a scheme to leave it out of that one only.</p>
      {schemes.map((s) => {
        const inScheme = !excluded.includes(s.id);
        // Requirements that only some training renews, for this user.
        const choosy = s.requirements.flatMap((r) =>
          r.kind === 'refresh' && r.countsOnly && (!r.onlyForFlag || flags[r.onlyForFlag]) ? [r] : [],
        );
        return (
          <div key={s.id}>
            <div class="check-row">
              <input
                type="checkbox"
                id={`counts-${s.id}`}
                checked={inScheme}
                onChange={(e) => void toggle(s.id, e.currentTarget.checked)}
              />
              <label for={`counts-${s.id}`}>{s.title}</label>
            </div>
            {inScheme &&
              choosy.map((r) => {
                const byTitle = recognisedFor(r, training);
                const chosen = training.countsTowards?.includes(r.id) || excluded.includes(r.id);
                return (
                  <div class="check-row rec-counts-step" key={r.id}>
                    <input
                      type="checkbox"
                      id={`counts-${r.id}`}
                      aria-describedby={`counts-${r.id}-how`}
                      checked={countsTowards(r, training)}
                      onChange={(e) => void run(() => setCountsTowards(training.id, r.id, e.currentTarget.checked))}
                    />
                    <label for={`counts-${r.id}`}>As: {r.title.replace(/\s*\(.*\)$/, '')}</label>
                    <p id={`counts-${r.id}-how`} class="hint">
                      {chosen ? 'Your choice.' : byTitle ? 'Ticked because the title names it.' : 'Tick it if this entry counts.'}
                    </p>
                  </div>
                );
              })}
          </div>
        );
      })}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
