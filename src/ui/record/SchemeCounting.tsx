import { useState } from 'preact/hooks';
import type { Training } from '../../domain/types';
import { schemeById } from '../../frameworks/schemes';
import { setExcludedSchemes } from '../../state/schemes';
import { useProfileStore } from '../../state/profile';

/**
 * "Counts towards": one entry counts for every professional scheme the user follows, unless they
 * take it out of one here. Nothing is entered twice.
 */
export function SchemeCounting({ training }: { training: Training }) {
  const followed = useProfileStore((s) => s.profile?.schemes ?? []);
  const [error, setError] = useState<string | null>(null);
  const schemes = followed.map((f) => schemeById(f.schemeId)).filter((s) => !!s);
  if (schemes.length === 0) return null;
  const excluded = training.excludedSchemes ?? [];
  const toggle = async (schemeId: string, counts: boolean) => {
    setError(null);
    try {
      await setExcludedSchemes(training.id, counts ? excluded.filter((s) => s !== schemeId) : [...excluded, schemeId]);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <section aria-labelledby="counts-title" class="rec-section">
      <h2 id="counts-title">Counts towards</h2>
      <p class="hint">This entry counts for every scheme you follow. Untick a scheme to leave it out of that one only.</p>
      {schemes.map((s) => (
        <div class="check-row" key={s.id}>
          <input
            type="checkbox"
            id={`counts-${s.id}`}
            checked={!excluded.includes(s.id)}
            onChange={(e) => void toggle(s.id, e.currentTarget.checked)}
          />
          <label for={`counts-${s.id}`}>{s.title}</label>
        </div>
      ))}
      {error && (
        <p role="alert" class="error">
          {error}
        </p>
      )}
    </section>
  );
}
