import { allCertificates } from '../../db/certificates';
import { loadTrainingTitles, recentTrainings } from '../../db/trainings';
import { useLiveQuery } from '../hooks/useLiveQuery';
import { CertificateAttach, CertificateItem } from './Certificates';

/** Every certificate, including those added on their own, which can be linked to an entry. */
export function CertificateList() {
  const certs = useLiveQuery(allCertificates, []);
  const titles = useLiveQuery(loadTrainingTitles, []);
  const targets = useLiveQuery(() => recentTrainings(), []);
  if (!certs || !titles || !targets) return <p role="status">Loading…</p>;
  const unlinked = certs.filter((c) => !c.trainingId);
  const linked = certs.filter((c) => c.trainingId);
  return (
    <div>
      <section aria-labelledby="add-cert-title" class="card">
        <h2 id="add-cert-title">Add a certificate on its own</h2>
        <p class="hint">For a certificate you have now and will link to an entry later.</p>
        <CertificateAttach trainingId={null} idPrefix="loose" />
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
        <h2 id="linked-title">Linked to entries ({linked.length})</h2>
        <ul class="rec-plain-list">
          {linked.map((c) => (
            <li key={c.id}>
              <a href={`#/record/training/${c.trainingId}`}>{titles.get(c.trainingId!) ?? 'Entry'}</a>: {c.fileName}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
