import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { addDaysIso, addMonthsIso, formatDate, isIsoDate, localToday } from '../../domain/dates';
import { formatHours } from '../../domain/hours';
import { TEXT_LIMITS } from '../../domain/limits';
import {
  ACTION_STATUS_LABELS,
  actionsFromText,
  changedSinceSigned,
  changedSinceText,
  coveredStates,
  entriesCountText,
  entriesInPeriod,
  newestFirst,
  signOffCoverText,
} from '../../domain/signoff';
import type { AgreedActionStatus, Reflection, SignedChange, SignOff, Training } from '../../domain/types';
import { useProfileStore } from '../../state/profile';
import { useRecordUi } from '../../state/record';
import { currentHashes, deleteSignOff, restoreSignOffs, signOff, useSignOffSource } from '../../state/signoffs';
import { ToastBar } from '../record/Toast';
import { SignaturePadField } from '../signoff/SignaturePadField';
import '../record/record.css';
import '../signoff/signoff.css';

type Errors = Partial<Record<'periodStart' | 'name' | 'role' | 'signature' | 'entries', string>>;

const newId = () => crypto.randomUUID();

/** The supervisor's sign-off, made on the supervisee's device at the end of supervision: the
 * supervisor reads what the period's record holds, writes notes and agreed actions, reviews the
 * actions agreed last time, and signs (drawn, or their typed name from the keyboard). */
export function SignOffScreen() {
  const profile = useProfileStore((s) => s.profile);
  const source = useSignOffSource();
  const today = localToday();
  const signoffs = useMemo(() => newestFirst(source?.signoffs ?? []), [source]);
  const last = signoffs[0];
  const defaultStart = last ? addDaysIso(last.periodEnd, 1) : (profile?.lastSupervisionDate ?? addMonthsIso(today, -3));
  const [start, setStart] = useState<string | null>(null);
  const periodStart = start ?? (defaultStart > today ? today : defaultStart);
  const [notes, setNotes] = useState('');
  const [actions, setActions] = useState('');
  const [name, setName] = useState(profile?.supervisorName ?? '');
  const [role, setRole] = useState('');
  const [how, setHow] = useState<'drawn' | 'typed'>('drawn');
  const [png, setPng] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [reviewed, setReviewed] = useState<Record<string, AgreedActionStatus>>({});
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<SignOff | null>(null);
  const [saveError, setSaveError] = useState('');
  const [hashes, setHashes] = useState<Map<string, string> | null>(null);
  const changes = useMemo(() => (hashes ? changedSinceSigned(signoffs, hashes) : null), [signoffs, hashes]);

  useEffect(() => {
    if (!source) return;
    let live = true;
    void currentHashes([...source.trainings, ...source.reflections]).then((h) => live && setHashes(h));
    return () => {
      live = false;
    };
  }, [source]);

  if (!source || !profile) return <p role="status">Loading…</p>;
  const validStart = isIsoDate(periodStart) && periodStart <= today;
  const entries = validStart ? entriesInPeriod(source.trainings, source.reflections, periodStart, today) : [];
  const openActions = last ? last.agreedActions : [];

  const submit = async (e: Event) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!validStart) errs.periodStart = 'Enter the first day the sign-off covers, on or before today.';
    if (!name.trim()) errs.name = "Enter the supervisor's name.";
    if (!role.trim()) errs.role = "Enter the supervisor's role, for example Team manager.";
    if (how === 'drawn' && !png) errs.signature = 'Sign in the box, or choose to type your name instead.';
    if (how === 'typed' && !typed.trim()) errs.signature = 'Type your full name to sign.';
    setErrors(errs);
    if (Object.keys(errs).length) {
      document.getElementById(`signoff-${Object.keys(errs)[0]}`)?.focus();
      return;
    }
    try {
      const record = await signOff(
        {
          date: today,
          periodStart,
          periodEnd: today,
          supervisorName: name.trim(),
          supervisorRole: role.trim(),
          notes: notes.trim(),
          agreedActions: actionsFromText(actions, newId),
          signature: how === 'drawn' ? { kind: 'drawn', png: png! } : { kind: 'typed', text: typed.trim() },
        },
        entries,
        last ? Object.entries(reviewed).map(([actionId, status]) => ({ signoffId: last.id, actionId, status })) : [],
      );
      setSaved(record);
      setSaveError('');
    } catch (err) {
      setSaveError(err instanceof Error ? err.message : String(err));
    }
  };

  if (saved)
    return (
      <section aria-labelledby="screen-title" class="signoff">
        <h1 id="screen-title" tabIndex={-1}>
          Supervision sign-off
        </h1>
        <p class="notice" role="status">
          Signed off by {saved.supervisorName} ({saved.supervisorRole}) on {formatDate(saved.date)}.{' '}
          {signOffCoverText(saved.covered.length, saved.agreedActions.length)} Your next supervision PDF prints it.
        </p>
        <p>
          <a href="#/portfolio">Go to Portfolio</a>
        </p>
      </section>
    );

  const err = (k: keyof Errors) =>
    errors[k] ? (
      <p id={`signoff-${k}-error`} class="field-error" role="alert">
        {errors[k]}
      </p>
    ) : null;
  const described = (k: keyof Errors) => (errors[k] ? `signoff-${k}-error` : undefined);

  return (
    <section aria-labelledby="screen-title" class="signoff">
      <h1 id="screen-title" tabIndex={-1}>
        Supervision sign-off
      </h1>
      <p>
        For your supervisor, at the end of supervision, on this device. They read what your record holds for the period, write their notes
        and the actions you agreed, and sign.
      </p>
      <label for="signoff-periodStart">The sign-off covers your record from</label>
      <input
        id="signoff-periodStart"
        type="date"
        max={today}
        value={periodStart}
        aria-invalid={errors.periodStart ? 'true' : undefined}
        aria-describedby={described('periodStart')}
        onInput={(e) => setStart(e.currentTarget.value)}
      />
      {err('periodStart')}
      <p class="hint">to today, {formatDate(today)}.</p>

      <h2>What is being signed</h2>
      {entries.length ? (
        <ol class="signoff-entries">
          {entries.map((e) => (
            <li key={e.entry.id} class="card">
              <EntryView e={e.entry} table={e.table} />
              <ChangedSince change={changes?.get(e.entry.id)} />
            </li>
          ))}
        </ol>
      ) : (
        <p class="card">No training or reflections in this period. The sign-off records the supervision, its notes and agreed actions.</p>
      )}

      {openActions.length > 0 && (
        <>
          <h2>Actions agreed on {formatDate(last!.date)}</h2>
          <ul class="signoff-actions">
            {openActions.map((a) => (
              <li key={a.id}>
                <label for={`action-${a.id}`}>{a.text}</label>
                <select
                  id={`action-${a.id}`}
                  value={reviewed[a.id] ?? a.status}
                  onChange={(ev) => setReviewed({ ...reviewed, [a.id]: ev.currentTarget.value as AgreedActionStatus })}
                >
                  {(Object.keys(ACTION_STATUS_LABELS) as AgreedActionStatus[]).map((s) => (
                    <option key={s} value={s}>
                      {ACTION_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </>
      )}

      <form onSubmit={(e) => void submit(e)} noValidate>
        <h2>Supervisor</h2>
        <label for="signoff-notes">Supervisor's notes</label>
        <textarea id="signoff-notes" rows={5} maxLength={TEXT_LIMITS.long} value={notes} onInput={(e) => setNotes(e.currentTarget.value)} />
        <label for="signoff-actions">Agreed actions (one per line)</label>
        <textarea
          id="signoff-actions"
          rows={4}
          maxLength={TEXT_LIMITS.notes}
          value={actions}
          onInput={(e) => setActions(e.currentTarget.value)}
        />
        <label for="signoff-name">Supervisor's name</label>
        <input
          id="signoff-name"
          autoComplete="off"
          maxLength={TEXT_LIMITS.short}
          value={name}
          aria-invalid={errors.name ? 'true' : undefined}
          aria-describedby={described('name')}
          onInput={(e) => setName(e.currentTarget.value)}
        />
        {err('name')}
        <label for="signoff-role">Supervisor's role</label>
        <input
          id="signoff-role"
          autoComplete="off"
          maxLength={TEXT_LIMITS.short}
          value={role}
          aria-invalid={errors.role ? 'true' : undefined}
          aria-describedby={described('role')}
          onInput={(e) => setRole(e.currentTarget.value)}
        />
        {err('role')}
        <fieldset class="signoff-signature">
          <legend>Signature</legend>
          <div class="choice">
            <input type="radio" id="sign-drawn" name="sign-how" checked={how === 'drawn'} onChange={() => setHow('drawn')} />
            <label for="sign-drawn">Sign with a finger or mouse</label>
          </div>
          <div class="choice">
            <input type="radio" id="sign-typed" name="sign-how" checked={how === 'typed'} onChange={() => setHow('typed')} />
            <label for="sign-typed">Type your name as your signature</label>
          </div>
          {how === 'drawn' ? (
            <div id="signoff-signature" tabIndex={-1}>
              <SignaturePadField onChange={setPng} describedBy={described('signature')} />
            </div>
          ) : (
            <>
              <label for="signoff-signature">Your full name, as your signature</label>
              <input
                id="signoff-signature"
                autoComplete="off"
                maxLength={TEXT_LIMITS.short}
                value={typed}
                aria-invalid={errors.signature ? 'true' : undefined}
                aria-describedby={described('signature')}
                onInput={(e) => setTyped(e.currentTarget.value)}
              />
            </>
          )}
          {err('signature')}
        </fieldset>
        <p class="hint">
          Signing records exactly what the entries above say now: if one is changed later, it shows “changed since signed” with the date.
        </p>
        <div class="form-actions">
          <button type="submit">Sign off</button>
        </div>
        {saveError && (
          <p class="field-error" role="alert">
            {saveError}
          </p>
        )}
      </form>

      {signoffs.length > 0 && (
        <>
          <h2>Earlier sign-offs</h2>
          <ul class="signoff-history">
            {signoffs.map((s) => (
              <SignOffSummary key={s.id} s={s} hashes={hashes} />
            ))}
          </ul>
        </>
      )}
      <ToastBar />
    </section>
  );
}

function EntryView({ e, table }: { e: Training | Reflection; table: 'trainings' | 'reflections' }) {
  if (table === 'trainings') {
    const t = e as Training;
    return (
      <>
        <h3>{t.title}</h3>
        <p class="hint">
          Training, {formatDate(t.endDate)}, {formatHours(t.hours)}
          {t.providerName ? `, ${t.providerName}` : ''}
        </p>
        {t.impact?.text && <p>Impact on practice: {t.impact.text}</p>}
      </>
    );
  }
  const r = e as Reflection;
  const parts = [r.text, ...Object.values(r.sections)].filter((s) => s.trim());
  return (
    <>
      <h3>{r.title || 'Reflection'}</h3>
      <p class="hint">Reflection, {formatDate(r.date)}</p>
      {parts.map((p, i) => (
        <p key={i} class="signoff-text">
          {p}
        </p>
      ))}
    </>
  );
}

function ChangedSince({ change }: { change: SignedChange | undefined }) {
  return change ? <p class="tag tag--overdue">{changedSinceText(change.signedOn)}</p> : null;
}

function SignOffSummary({ s, hashes }: { s: SignOff; hashes: Map<string, string> | null }) {
  const showToast = useRecordUi((st) => st.showToast);
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState('');
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
  }, [asking]);
  const states = hashes ? coveredStates(s, hashes) : null;
  const changed = s.covered.filter((c) => states?.get(c.id) !== 'unchanged' && states);
  const when = formatDate(s.date);
  const actions = s.agreedActions.length;
  const remove = async () => {
    setError('');
    try {
      const removed = await deleteSignOff(s.id);
      showToast({ message: `Sign-off of ${when} by ${s.supervisorName} deleted.`, undo: () => restoreSignOffs(removed) });
      document.getElementById('screen-title')?.focus();
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <li class="card">
      <p>
        <strong>{when}</strong>: {s.supervisorName}, {s.supervisorRole}.{' '}
        {s.covered.length
          ? `${entriesCountText(s.covered.length)} from ${formatDate(s.periodStart)}.`
          : 'No training or reflections covered.'}
      </p>
      {changed.length > 0 && (
        <ul>
          {changed.map((c) => (
            <li key={c.id}>
              {c.title}: {states?.get(c.id) === 'deleted' ? `deleted since signed on ${when}` : changedSinceText(s.date)}
            </li>
          ))}
        </ul>
      )}
      {actions > 0 && (
        <ul>
          {s.agreedActions.map((a) => (
            <li key={a.id}>
              {a.text} ({ACTION_STATUS_LABELS[a.status]})
            </li>
          ))}
        </ul>
      )}
      {asking ? (
        <div
          class="rec-confirm"
          role="alertdialog"
          aria-labelledby={`del-${s.id}-title`}
          aria-describedby={`del-${s.id}-text`}
          tabIndex={-1}
          ref={confirmRef}
        >
          <h3 id={`del-${s.id}-title`}>Delete this sign-off?</h3>
          <p id={`del-${s.id}-text`}>
            This removes {s.supervisorName}’s sign-off of {when}: {removedParts(s)}. The training and reflections it covered stay in your
            record. You can undo straight after.
          </p>
          <div class="rec-actions">
            <button type="button" class="danger" onClick={() => void remove()}>
              Delete the sign-off
            </button>
            <button type="button" class="secondary" onClick={() => setAsking(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div class="rec-actions">
          <button type="button" class="secondary rec-danger-text" onClick={() => setAsking(true)}>
            Delete<span class="visually-hidden">: the sign-off of {when}</span>
          </button>
        </div>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}

/** "the signature, the supervisor's notes and the 2 agreed actions" */
function removedParts(s: SignOff): string {
  const n = s.agreedActions.length;
  const parts = [
    'the signature',
    s.notes ? 'the supervisor’s notes' : '',
    n ? (n === 1 ? 'the agreed action' : `the ${n} agreed actions`) : '',
  ];
  const kept = parts.filter(Boolean);
  return kept.length > 1 ? `${kept.slice(0, -1).join(', ')} and ${kept.at(-1)}` : kept[0];
}
