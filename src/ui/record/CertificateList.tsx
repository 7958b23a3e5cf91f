import { certificateOverview } from '../../state/certificates';
import { loadTrainingTitles, recentTrainings } from '../../state/trainings';
import { countByTraining } from '../../domain/record-filter';
import { useLiveQuery } from '../../state/live';
import { CertificateAttach, CertificateItem } from './Certificates';

/** Certificates added on their own (to link to an entry), and which entries have certificates.
 * Linked files are opened from their entry, so this tab never loads every file into memory. */
export function CertificateList() {
  const overview = useLiveQuery(certificateOverview, []);
  const titles = useLiveQuery(loadTrainingTitles, []);
  const targets = useLiveQuery(() => recentTrainings(), []);
  if (!overview || !titles || !targets) return <p role="status">Loading…</p>;
  const { unlinked } = overview;
  const perEntry = [...countByTraining(overview.linkedTrainingIds)].sort(([a], [b]) =>
    (titles.get(a) ?? '').localeCompare(titles.get(b) ?? '', 'en-GB'),
  );
  const linkedCount = overview.linkedTrainingIds.length;
  return (
    <div>
      <section aria-labelledby="add-cert-title" class="card">
        <h2 id="add-cert-title">Add a certificate on its own</h2>
        <p class="hint">For a certificate you have now and will link to an entry later.</p>
        <CertificateAttach trainingId={null} idPrefix="loose" />
        <p>
          <a href="#/record/training/from-certificate">Log from a certificate</a>: the app reads it and fills in the entry for you.
        </p>
      </section>
      <section aria-labelledby="unlinked-title">
        <h2 id="unlinked-title">Not linked to an entry ({unlinked.length})</h2>
        {unlinked.length === 0 ? (
          <p class="hint">None.</p>
        ) : (
          <ul class="rec-certs">
            {unlinked.map((c) => (
              <CertificateItem key={c.id} cert={c} linkTargets={targets} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="linked-title">
        <h2 id="linked-title">
          Linked to entries ({linkedCount} {linkedCount === 1 ? 'certificate' : 'certificates'})
        </h2>
        {perEntry.length === 0 ? (
          <p class="hint">None yet. Open an entry to add its certificate.</p>
        ) : (
          <ul class="rec-plain-list">
            {perEntry.map(([id, n]) => (
              <li key={id}>
                <a href={`#/record/training/${id}`}>{titles.get(id) ?? 'Entry'}</a>
                {n > 1 ? <span class="hint"> ({n} certificates)</span> : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
