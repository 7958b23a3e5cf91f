import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FRAMEWORKS, frameworkInfo, loadAllFrameworks } from '../../frameworks/registry';
import { INTERCOLLEGIATE_CAVEAT, type MappingConfidence } from '../../frameworks/crosswalk';
import { describeCitation } from '../../frameworks/describe';
import type { Citation, Framework } from '../../frameworks/types';
import { crosswalk, followAlso, stopFollowing, switchFramework, type CrosswalkRow } from '../../domain/crosswalk';
import { formatDate } from '../../domain/dates';
import type { Profile, Training } from '../../domain/types';
import { editionCrosswalk } from '../../domain/editions';
import { useFramework } from '../../state/framework';
import { useTrainingsNewestFirst } from '../../state/live';
import { navigate, useRoute } from '../router';
import { useProfileStore } from '../../state/profile';
import './schemes.css';
import './crosswalk.css';

/**
 * Moving to (or adding) another partnership ('#/crosswalk', '#/crosswalk/<frameworkId>'): what
 * each training in the record counts for in the chosen framework, how sure that is and why,
 * with its source. Switching or following changes only the profile; the record stays as it is.
 */

// No partnership compares its training with another's, so a match across partnerships is never
// "stated in the sources": at best each source's own words place both at the same step (a close
// match, still for the user to confirm). Only training already linked to the chosen partnership
// counts for it as recorded.
const BADGE: Record<MappingConfidence | 'none' | 'own', { label: string; className: string }> = {
  own: { label: 'Recorded against this partnership', className: 'badge ok' },
  stated: { label: 'Close match: confirm with your new partnership', className: 'badge ok' },
  likely: { label: 'Likely: confirm with your new partnership', className: 'badge todo' },
  uncertain: { label: 'Uncertain: confirm with your new partnership', className: 'badge todo' },
  none: { label: 'Not mapped: confirm with your new partnership', className: 'badge todo' },
};

type ProfileInput = Omit<Profile, 'id' | 'createdAt' | 'updatedAt'>;

function withoutStamps(p: Profile): ProfileInput {
  const { id: _id, createdAt: _c, updatedAt: _u, ...rest } = p;
  return rest;
}

function shortName(id: string): string {
  return frameworkInfo(id)?.shortName ?? id;
}

/** "Worcestershire Safeguarding Children Partnership (WSCP), …, 9. Training Pathway: “quote”"
 * (the file name means nothing to users). */
function CitationText({ cite }: { cite: Citation }) {
  const from = FRAMEWORKS.find((f) => f.sourceFile === cite.file);
  return (
    <span class="hint">
      Source: {from ? describeCitation(cite, from) : describeCitation(cite, { partnership: '', title: '', sourceFile: '' })}
      {cite.quote ? <>: “{cite.quote}”</> : null}
    </span>
  );
}

function defaultTarget(profile: Profile): string {
  return profile.extraFrameworkIds[0] ?? FRAMEWORKS.find((f) => f.id !== profile.frameworkId)?.id ?? profile.frameworkId;
}

export function CrosswalkScreen() {
  const profile = useProfileStore((s) => s.profile)!;
  const save = useProfileStore((s) => s.save);
  const route = useRoute();
  const requested = route.parts[1];
  const targetId = requested && frameworkInfo(requested) ? requested : defaultTarget(profile);

  const [frameworks, setFrameworks] = useState<Framework[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadAllFrameworks().then(
      (f) => live && setFrameworks(f),
      () => live && setLoadError('The framework data could not be loaded. Reload the app and try again.'),
    );
    return () => {
      live = false;
    };
  }, []);

  const trainings = useTrainingsNewestFirst();
  const target = frameworks?.find((f) => f.id === targetId);
  const targetInfo = FRAMEWORKS.find((f) => f.id === targetId);
  const rows = useMemo(
    () => (frameworks && target && trainings ? crosswalk(frameworks, target, trainings) : null),
    [frameworks, target, trainings],
  );

  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ text: string; settingsLink?: boolean; error?: boolean } | null>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const switchButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);
  // A different target is a different question: drop a pending confirmation.
  useEffect(() => setConfirming(false), [targetId]);

  const name = shortName(targetId);
  const isMain = profile.frameworkId === targetId;
  const isExtra = profile.extraFrameworkIds.includes(targetId);

  const saveProfile = async (next: Profile, done: { text: string; settingsLink?: boolean }) => {
    try {
      await save(withoutStamps(next));
      setMessage(done);
    } catch {
      setMessage({ text: 'Your profile could not be saved. Nothing has changed; please try again.', error: true });
    }
  };

  const confirmSwitch = async () => {
    const from = shortName(profile.frameworkId);
    setConfirming(false);
    await saveProfile(switchFramework(profile, targetId), {
      text: `You now follow ${name}. ${from} is kept under previous frameworks, and your training record has not changed.`,
      settingsLink: true,
    });
  };

  return (
    <section aria-labelledby="screen-title" class="crosswalk">
      <h1 id="screen-title" tabIndex={-1}>
        Moving to another partnership
      </h1>
      <p class="hint">
        See what the training in your record counts for in another partnership’s framework. This is a guide, not a decision: your new
        partnership and employer decide what they accept. Nothing in your record is changed.
      </p>

      <div class="field">
        <label for="crosswalk-target">Framework to compare with</label>
        {/* Short names in the list: Safari sizes a select by its longest option, and a full
            document title made the screen scroll sideways at 360 px; the title is shown below. */}
        <select
          id="crosswalk-target"
          value={targetId}
          aria-describedby={targetInfo ? 'crosswalk-target-title' : undefined}
          onChange={(e) => navigate(`/crosswalk/${e.currentTarget.value}`)}
        >
          {FRAMEWORKS.map((f) => (
            <option key={f.id} value={f.id}>
              {f.shortName}
              {f.id === profile.frameworkId ? ' (yours now)' : ''}
            </option>
          ))}
        </select>
        {targetInfo && (
          <p id="crosswalk-target-title" class="hint">
            {targetInfo.partnership}: {targetInfo.title}
          </p>
        )}
      </div>

      <div class="card crosswalk-actions">
        <p>
          {isMain
            ? `${name} is the framework you follow now.`
            : isExtra
              ? `You also follow ${name}, beside ${shortName(profile.frameworkId)}.`
              : `You follow ${shortName(profile.frameworkId)}.`}
        </p>
        {!isMain && !confirming && (
          <div class="form-actions">
            <button type="button" ref={switchButton} onClick={() => setConfirming(true)}>
              Switch to this framework
            </button>
            {isExtra ? (
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  void saveProfile(stopFollowing(profile, targetId), { text: `You no longer follow ${name}. Your record has not changed.` })
                }
              >
                Stop following this framework
              </button>
            ) : (
              <button
                type="button"
                class="secondary"
                onClick={() =>
                  void saveProfile(followAlso(profile, targetId), {
                    text: `You now also follow ${name}, beside ${shortName(profile.frameworkId)}. Your record has not changed.`,
                  })
                }
              >
                Also follow this framework
              </button>
            )}
          </div>
        )}
        {confirming && (
          <div role="group" aria-labelledby="crosswalk-confirm-title" class="crosswalk-confirm">
            <h2 id="crosswalk-confirm-title" tabIndex={-1} ref={confirmHeading}>
              Switch from {shortName(profile.frameworkId)} to {name}?
            </h2>
            <p>
              {name} becomes your framework. {shortName(profile.frameworkId)} moves to your previous frameworks, where its history stays
              viewable. Your group and role belong to the old framework, so you choose them again in Settings. Your training, certificates
              and reflections are not changed.
            </p>
            <div class="form-actions">
              <button type="button" onClick={() => void confirmSwitch()}>
                Yes, switch to {name}
              </button>
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  setConfirming(false);
                  setTimeout(() => switchButton.current?.focus(), 0);
                }}
              >
                Cancel
              </button>
            </div>
          </div>
        )}
        <div role="status" aria-live="polite">
          {message && (
            <p class={message.error ? 'error' : undefined}>
              {message.text}
              {message.settingsLink && (
                <>
                  {' '}
                  <a href="#/settings">Choose your group and role in Settings</a>
                </>
              )}
            </p>
          )}
        </div>
      </div>

      <h2>What your training counts for in {name}</h2>
      {loadError && (
        <p class="error" role="alert">
          {loadError}
        </p>
      )}
      {!loadError && !rows && (
        <p class="loading" role="status">
          Loading the frameworks…
        </p>
      )}
      {rows && rows.length === 0 && <p>Your record has no training yet.</p>}
      {rows && rows.length > 0 && (
        <>
          <p class="hint">{summarise(rows, targetId)}</p>
          <ul class="crosswalk-rows">
            {rows.map((row) => (
              <CrosswalkRowCard key={row.trainingId} row={row} targetName={name} targetId={targetId} />
            ))}
          </ul>
          <p class="hint">
            {INTERCOLLEGIATE_CAVEAT.text} <CitationText cite={INTERCOLLEGIATE_CAVEAT.cite} />
          </p>
        </>
      )}

      <PreviousFrameworks
        profile={profile}
        trainingFrameworkIds={(trainings ?? []).map((t) => t.link?.frameworkId ?? null)}
        trainings={trainings ?? []}
      />
    </section>
  );
}

/** Which badge a row gets: its confidence, or 'own' for training linked to the chosen partnership. */
function badgeOf(row: CrosswalkRow, targetId: string): keyof typeof BADGE {
  if (row.source?.frameworkId === targetId) return 'own';
  return row.confidence ?? 'none';
}

function summarise(rows: CrosswalkRow[], targetId: string): string {
  const count = (c: keyof typeof BADGE | null) =>
    rows.filter((r) => (c === null ? r.confidence === null : badgeOf(r, targetId) === c)).length;
  const own = count('own');
  const parts = [
    ...(own > 0 ? [`${own} recorded against this partnership`] : []),
    `${count('stated')} close ${count('stated') === 1 ? 'match' : 'matches'}`,
    `${count('likely')} likely`,
    `${count('uncertain')} uncertain`,
    `${count(null)} not mapped`,
  ];
  return `${rows.length} ${rows.length === 1 ? 'entry' : 'entries'}: ${parts.join(', ')}.`;
}

function CrosswalkRowCard({ row, targetName, targetId }: { row: CrosswalkRow; targetName: string; targetId: string }) {
  const badge = BADGE[badgeOf(row, targetId)];
  return (
    <li class="card crosswalk-row">
      <h3>{row.title}</h3>
      <p class="hint">{formatDate(row.startDate)}</p>
      <dl>
        <dt>In your record</dt>
        <dd>
          {row.source
            ? `${row.source.frameworkName}: ${row.source.itemTitle} (${row.source.step.title})`
            : `No framework level${row.levelText ? ` (your level: ${row.levelText})` : ''}`}
        </dd>
        <dt>Counts for in {targetName}</dt>
        <dd>{row.targets.length > 0 ? row.targets.map((t) => t.title).join('; ') : 'Nothing matched'}</dd>
      </dl>
      <p>
        <span class={badge.className}>{badge.label}</span>
      </p>
      <p>{row.explanation}</p>
      {row.notes.map((n) => (
        <p key={n.text} class="crosswalk-note">
          {n.text} {n.cite && <CitationText cite={n.cite} />}
        </p>
      ))}
      {(row.source || row.targets.length > 0) && (
        <details>
          <summary>Why, and the sources</summary>
          {row.source && (
            <p>
              <strong>{row.source.itemTitle}:</strong> {row.source.rationale} <CitationText cite={row.source.cite} />
            </p>
          )}
          {row.targets.map((t) => (
            <p key={t.id || t.title}>
              <strong>{t.title}:</strong> {t.rationale} <CitationText cite={t.cite} />
            </p>
          ))}
        </details>
      )}
    </li>
  );
}

/** The earlier editions of a framework the user added: previous frameworks too, whose entries
 * count in the edition followed now (src/domain/editions; the details on the framework's page). */
function EarlierEditions({ frameworkId, trainings }: { frameworkId: string; trainings: readonly Training[] }) {
  const load = useFramework(frameworkId);
  const current = load.framework;
  const earlier = current?.earlierEditions ?? [];
  if (!current || earlier.length === 0) return null;
  return (
    <ul>
      {earlier.map((old) => {
        const rows = editionCrosswalk(old, current, trainings);
        const moved = rows.filter((r) => r.status !== 'same').length;
        return (
          <li key={old.edition}>
            <a href={`#/frameworks/${current.id}`}>
              {current.shortName}, {old.edition}
            </a>{' '}
            <span class="hint">
              (an earlier edition of your framework: {rows.length} {rows.length === 1 ? 'entry' : 'entries'} recorded under it, counting in{' '}
              {current.edition}
              {moved > 0 ? `; ${moved} under a course renamed or removed, shown on the framework’s page` : ''})
            </span>
          </li>
        );
      })}
    </ul>
  );
}

function PreviousFrameworks({
  profile,
  trainingFrameworkIds,
  trainings,
}: {
  profile: Profile;
  trainingFrameworkIds: Array<string | null>;
  trainings: readonly Training[];
}) {
  return (
    <section aria-labelledby="crosswalk-previous" class="card">
      <h2 id="crosswalk-previous">Previous frameworks</h2>
      {!frameworkInfo(profile.frameworkId) && <EarlierEditions frameworkId={profile.frameworkId} trainings={trainings} />}
      {profile.previousFrameworkIds.length === 0 ? (
        <p class="hint">
          {frameworkInfo(profile.frameworkId) ? 'None yet.' : 'No other partnership’s framework yet.'} When you switch framework, the old
          one is listed here and its history stays viewable.
        </p>
      ) : (
        <ul>
          {profile.previousFrameworkIds.map((id) => {
            const linked = trainingFrameworkIds.filter((f) => f === id).length;
            return (
              <li key={id}>
                <a href={`#/frameworks/${id}`}>View the {shortName(id)} framework</a>{' '}
                <span class="hint">
                  ({linked} {linked === 1 ? 'entry' : 'entries'} in your record linked to it, kept as they are)
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
