import { useEffect, useRef, useState } from 'preact/hooks';
import { TEXT_LIMITS } from '../../domain/limits';
import { TooLong } from '../components/TooLong';
import type { Framework } from '../../frameworks/types';
import type { Training } from '../../domain/types';
import { formatDate, isIsoDate, localToday } from '../../domain/dates';
import { formatHours } from '../../domain/hours';
import { impactWindow } from '../../domain/impact';
import { deleteTraining, getTraining, linkedCounts, setImpactNote, undoDeleteTraining } from '../../state/trainings';
import { certificatesOf } from '../../state/certificates';
import { reflectionsOf } from '../../state/reflections';
import { useLiveQuery } from '../../state/live';
import { useDraft } from '../hooks/useDraft';
import { focusPendingHeading } from '../focus';
import { navigate } from '../router';
import { useRecordUi } from '../../state/record';
import { useSignedChanges } from '../../state/signoffs';
import { SignedChangeBadge } from './SignedChangeBadge';
import { CertificateAttach, CertificateItem } from './Certificates';
import { MODES, PROVIDER_KINDS } from './training-values';
import { PrivacyReminder, UnsavedDraftWarning } from './fields';
import { REFLECTION_KINDS } from './reflection-values';
import { SchemeCounting } from './SchemeCounting';
import '../screens/schemes.css';

const label = <K extends string>(pairs: Array<[K, string]>, k: K) => pairs.find(([v]) => v === k)?.[1] ?? k;

/** Where an entry points in the framework: the course, or the pathway step. */
function linkText(t: Training, framework: Framework | null): string | null {
  if (!t.link || !framework || t.link.frameworkId !== framework.id) return null;
  const course = t.link.courseId ? framework.courses.find((c) => c.id === t.link!.courseId) : undefined;
  if (course) return `${framework.shortName} course: ${course.title}`;
  const item = framework.pathways.find((p) => p.id === t.link!.pathwayId)?.items.find((i) => i.id === t.link!.pathwayItemId);
  return item ? `${framework.shortName} pathway step: ${item.title}` : null;
}

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

/** `focus` ('impact' or 'certificate', from a suggestion's link) moves focus to that section. */
export function TrainingDetail({ id, framework, focus }: { id: string; framework: Framework | null; focus?: string | null }) {
  const training = useLiveQuery(() => getTraining(id).then((t) => t ?? null), [id]);
  const certs = useLiveQuery(() => certificatesOf(id), [id]);
  const reflections = useLiveQuery(() => reflectionsOf(id), [id]);
  const [confirm, setConfirm] = useState<{ certificates: number; reflections: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLDivElement>(null);
  const showToast = useRecordUi((s) => s.showToast);
  const changes = useSignedChanges();

  useEffect(() => {
    if (confirm) confirmRef.current?.focus();
  }, [confirm]);
  const loaded = !!training;
  useEffect(() => {
    if (!loaded || !focus) return;
    const target = document.getElementById(focus === 'impact' ? 'impact-text' : focus === 'certificate' ? 'certs-title' : '');
    if (!target) return;
    focusPendingHeading(); // the router's heading focus first, so that it does not take focus back
    target.focus();
    target.scrollIntoView?.({ block: 'center' });
  }, [loaded, focus]);

  if (training === undefined) return <p role="status">Loading…</p>;
  if (training === null)
    return (
      <>
        <h1 id="screen-title" tabIndex={-1}>
          Entry not found
        </h1>
        <p>This entry is not in your record (it may have been deleted).</p>
        <a href="#/record">Back to your record</a>
      </>
    );

  const doDelete = async (linked: 'delete' | 'unlink') => {
    setError(null);
    try {
      const undo = await deleteTraining(training.id, linked);
      const extra = undo.certificates.length + undo.reflections.length;
      showToast({
        message: extra
          ? linked === 'delete'
            ? `Entry deleted, with ${plural(extra, 'linked item', 'linked items')}.`
            : 'Entry deleted; its certificates and reflections were kept.'
          : `“${training.title}” deleted.`,
        undo: () => undoDeleteTraining(undo),
      });
      navigate('/record');
    } catch (e) {
      setError((e as Error).message);
    }
  };

  const askDelete = async () => {
    const counts = await linkedCounts(training.id);
    if (counts.certificates + counts.reflections === 0) await doDelete('delete');
    else setConfirm(counts);
  };

  const link = linkText(training, framework);
  const rows: Array<[string, string]> = [
    [
      'Date',
      training.startDate === training.endDate
        ? formatDate(training.startDate)
        : `${formatDate(training.startDate)} to ${formatDate(training.endDate)}`,
    ],
    ['Hours', formatHours(training.hours)],
    ['Provider', [label(PROVIDER_KINDS, training.providerKind), training.providerName].filter(Boolean).join(': ')],
    ['Delivered', label(MODES, training.mode)],
    ['Level', training.level || 'Not stated'],
    ['Agencies', training.agency === 'multi' ? 'Multi-agency' : 'Single-agency'],
    ['Participatory', training.participatory ? 'Yes' : 'No'],
  ];
  if (link) rows.push(['Framework', link]);

  return (
    <article class="rec-detail">
      <p class="rec-back">
        <a href="#/record">‹ Your record</a>
      </p>
      <h1 id="screen-title" tabIndex={-1}>
        {training.title}
      </h1>
      <SignedChangeBadge change={changes?.get(training.id)} block />
      <dl class="rec-summary">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      {training.notes && <p class="rec-notes">{training.notes}</p>}
      <div class="rec-actions">
        <a class="button secondary" href={`#/record/training/${training.id}/edit`}>
          Edit
        </a>
        <button type="button" class="secondary rec-danger-text" onClick={() => void askDelete()}>
          Delete
        </button>
      </div>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {confirm && (
        <div
          class="card rec-confirm"
          role="alertdialog"
          aria-labelledby="confirm-title"
          aria-describedby="confirm-text"
          tabIndex={-1}
          ref={confirmRef}
        >
          <h2 id="confirm-title">Delete this entry?</h2>
          <p id="confirm-text">
            It has{' '}
            {[
              confirm.certificates ? plural(confirm.certificates, 'certificate', 'certificates') : '',
              confirm.reflections ? plural(confirm.reflections, 'reflection', 'reflections') : '',
            ]
              .filter(Boolean)
              .join(' and ')}
            . You can undo straight after.
          </p>
          <div class="rec-actions rec-actions-stack">
            <button type="button" class="danger" onClick={() => void doDelete('delete')}>
              Delete the entry and its{' '}
              {confirm.certificates && confirm.reflections
                ? 'certificates and reflections'
                : confirm.certificates
                  ? 'certificates'
                  : 'reflections'}
            </button>
            <button type="button" class="secondary" onClick={() => void doDelete('unlink')}>
              Delete the entry, keep the{' '}
              {confirm.certificates && confirm.reflections
                ? 'certificates and reflections'
                : confirm.certificates
                  ? 'certificates'
                  : 'reflections'}
            </button>
            <button type="button" class="secondary" onClick={() => setConfirm(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}

      <section aria-labelledby="certs-title" class="rec-section">
        <h2 id="certs-title" tabIndex={-1}>
          Certificates
        </h2>
        {certs && certs.length === 0 && (
          <p class="rec-badge rec-badge-warn rec-nocert">
            No certificate yet. Keep a copy: partnerships ask you to download and keep your certificates.
          </p>
        )}
        {certs && certs.length > 0 && (
          <ul class="rec-certs">
            {certs.map((c) => (
              <CertificateItem key={c.id} cert={c} />
            ))}
          </ul>
        )}
        <CertificateAttach trainingId={training.id} />
      </section>

      <section aria-labelledby="refl-title" class="rec-section">
        <h2 id="refl-title">Reflections</h2>
        {reflections && reflections.length > 0 ? (
          <ul class="rec-plain-list">
            {reflections.map((r) => (
              <li key={r.id}>
                <a href={`#/record/reflection/${r.id}`}>{r.title || label(REFLECTION_KINDS, r.kind)}</a>{' '}
                <span class="hint">{formatDate(r.date)}</span>
              </li>
            ))}
          </ul>
        ) : (
          <p class="hint">No reflection yet.</p>
        )}
        <a class="button secondary" href={`#/record/reflection/new?training=${training.id}`}>
          Write a reflection
        </a>
      </section>

      <ImpactNoteSection training={training} />
      <SchemeCounting training={training} />
    </article>
  );
}

/** How the training changed practice, written 3 to 6 months later (Sandwell's follow-up). */
function ImpactNoteSection({ training }: { training: Training }) {
  const today = localToday();
  const w = impactWindow(training, today);
  // A draft like the other forms: an impact note half-written is not lost on reload.
  const { values, update, unsaved, discard } = useDraft(`impact:${training.id}`, {
    text: training.impact?.text ?? '',
    date: training.impact?.date ?? today,
  });
  const { text, date } = values;
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const status =
    w.status === 'done'
      ? `Written on ${formatDate(training.impact!.date)}.`
      : w.status === 'not-yet'
        ? `Best written between ${formatDate(w.opens)} and ${formatDate(w.closes)}, once you have used what you learnt.`
        : w.status === 'due'
          ? `Due now: write it by ${formatDate(w.closes)}.`
          : `The 3 to 6 month window ended on ${formatDate(w.closes)}; a late note is still useful.`;

  const save = async (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setMessage({ text: 'Write the impact note first.', error: true });
    if (!isIsoDate(date)) return setMessage({ text: 'The date is not a real date. Check the day, month and year.', error: true });
    try {
      await setImpactNote(training.id, { text: text.trim(), date });
      await discard();
      setMessage({ text: 'Impact note saved.', error: false });
    } catch (err) {
      setMessage({ text: (err as Error).message, error: true });
    }
  };

  return (
    <section aria-labelledby="impact-title" class="rec-section">
      <h2 id="impact-title">Impact on my practice</h2>
      <p class={w.status === 'due' ? 'rec-badge rec-badge-warn' : 'hint'}>{status}</p>
      <UnsavedDraftWarning unsaved={unsaved} />
      <form onSubmit={save} noValidate>
        <label for="impact-text">How has this training changed what you do?</label>
        <textarea
          id="impact-text"
          value={text}
          aria-describedby="impact-privacy"
          onInput={(e) => update({ text: e.currentTarget.value })}
        />
        <TooLong id="impact-text" label="Impact note" value={text} max={TEXT_LIMITS.long} />
        <PrivacyReminder id="impact-privacy" />
        <label for="impact-date">Date of the note</label>
        <input id="impact-date" type="date" value={date} onInput={(e) => update({ date: e.currentTarget.value })} />
        <div class="rec-actions">
          <button type="submit" class="secondary">
            Save impact note
          </button>
        </div>
        {message && (
          <p class={message.error ? 'error' : 'hint'} role={message.error ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}
      </form>
    </section>
  );
}
