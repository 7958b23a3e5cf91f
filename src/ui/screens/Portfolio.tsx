import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Profile } from '../../domain/types';
import { formatDate, isIsoDate, localToday } from '../../domain/dates';
import { formatHours } from '../../domain/hours';
import { scanForIdentifyingDetails } from '../../domain/privacy';
import { portfolioInput } from '../../pdf/input';
import {
  availablePresets,
  buildPortfolioModel,
  defaultPeriod,
  presetTitle,
  schemeOfPreset,
  type BasePreset,
  type PortfolioPreset,
} from '../../pdf/model';
import { schemePresetHint } from '../../pdf/presets/scheme';
import { readPortfolioRecord, usePortfolioChoices } from '../../state/portfolio';
import { useProfileStore } from '../../state/profile';
import { useSignedChanges } from '../../state/signoffs';
import { supervisionHeld } from '../../domain/work-details';
import { useLiveQuery } from '../../state/live';
import { useFramework } from '../../state/framework';
import { BuildPanel } from '../portfolio/BuildPanel';
import { PrivacyFindings } from '../portfolio/PrivacyFindings';
import { AgendaEditor, useAgenda } from '../portfolio/AgendaEditor';
import { suggestedAgenda } from '../../pdf/agenda';

const PRESET_HINTS: Record<BasePreset, string> = {
  supervision:
    'Training since your last supervision, reflections in full, impact follow-ups, points to discuss and a page for your supervisor.',
  appraisal: 'A year: hours against targets, every entry, pathway and level progress, refreshers due, reflections and a sign-off page.',
  full: 'Everything you have recorded, for a new employer or partnership.',
};

function presetHint(preset: PortfolioPreset): string {
  const scheme = schemeOfPreset(preset);
  return scheme ? schemePresetHint(scheme) : PRESET_HINTS[preset as BasePreset];
}

/** "scheme:nmc" -> "scheme-nmc": ids usable in CSS selectors too. */
function domId(preset: PortfolioPreset): string {
  return preset.replace(':', '-');
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function PortfolioScreen() {
  const profile = useProfileStore((s) => s.profile);
  // The user's framework (null when it cannot be loaded: the portfolio is made without it).
  const loaded = useFramework(profile?.frameworkId);
  const framework = loaded.framework;
  const loading = loaded.status === 'loading';
  // The record and the confirmed steps: the same progress input as Home's (src/domain/progress.ts).
  const stored = useLiveQuery(readPortfolioRecord, []);
  // Entries changed since a supervisor signed them (SHA-256 now against the sign-off's).
  const changes = useSignedChanges();
  const { preset: chosenPreset, period: chosen, options, setPreset, setPeriod, setOptions } = usePortfolioChoices();
  const today = localToday();
  // A scheme preset is offered only while the profile follows the scheme.
  const presets = profile ? availablePresets(profile) : [];
  const preset: PortfolioPreset = presets.includes(chosenPreset) ? chosenPreset : 'supervision';
  const scheme = schemeOfPreset(preset);

  const period = profile ? (chosen ?? defaultPeriod(preset, profile, today)) : null;
  const periodError =
    period && preset !== 'full'
      ? !isIsoDate(period.start) || !isIsoDate(period.end)
        ? 'Enter both dates of the period.'
        : period.start! > period.end!
          ? 'The start of the period must be on or before its end.'
          : null
      : null;

  const input = useMemo(
    () =>
      profile && stored && changes && !loading
        ? portfolioInput(framework, profile, { ...stored, record: { ...stored.record, signedChanges: [...changes.values()] } }, today)
        : null,
    [profile, stored, changes, framework, loading, today],
  );
  // Keyed on the period's dates, not its object (a default period is a new object each render).
  const hasPeriod = !!period;
  const periodStart = period?.start ?? null;
  const periodEnd = period?.end ?? null;
  // The supervision agenda: suggested from the record in the period, then the user's own.
  const suggested = useMemo(
    () => (input && preset === 'supervision' && !periodError ? suggestedAgenda(input, { start: periodStart, end: periodEnd }) : []),
    [input, preset, periodStart, periodEnd, periodError],
  );
  const agenda = useAgenda(suggested);
  const points = agenda.agenda;
  const model = useMemo(
    () =>
      input && hasPeriod && !periodError && agenda.ready
        ? buildPortfolioModel(
            input,
            preset,
            preset === 'full' ? { start: null, end: null } : { start: periodStart, end: periodEnd },
            preset === 'supervision' ? { ...options, agenda: points } : options,
          )
        : null,
    [input, preset, hasPeriod, periodStart, periodEnd, periodError, options, points, agenda.ready],
  );
  const findings = useMemo(() => (model ? scanForIdentifyingDetails(model.texts) : []), [model]);

  // After a supervision PDF: offer to record today as the last supervision, with Undo.
  const [supervisionOffer, setSupervisionOffer] = useState<'offer' | 'saved' | 'undone' | 'error' | null>(null);
  const [beforeHeld, setBeforeHeld] = useState<Pick<Profile, 'lastSupervisionDate' | 'nextSupervisionDate'> | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    setSupervisionOffer((offer) => (offer === 'offer' ? null : offer));
  }, [preset]);
  useEffect(() => {
    if (supervisionOffer === 'saved') undoRef.current?.focus();
  }, [supervisionOffer]);
  const saveProfile = useProfileStore((s) => s.save);
  const markSupervisionHeld = async () => {
    if (!profile) return;
    try {
      await saveProfile({ ...profile, ...supervisionHeld(profile, today) });
      setBeforeHeld({ lastSupervisionDate: profile.lastSupervisionDate, nextSupervisionDate: profile.nextSupervisionDate ?? null });
      setSupervisionOffer('saved');
    } catch {
      setSupervisionOffer('error');
    }
  };
  const undoSupervisionHeld = async () => {
    if (!profile || !beforeHeld) return;
    try {
      await saveProfile({ ...profile, ...beforeHeld });
      setBeforeHeld(null);
      setSupervisionOffer('undone');
    } catch {
      setSupervisionOffer('error');
    }
  };

  if (!profile) return null;

  return (
    <section aria-labelledby="screen-title" class="portfolio">
      <h1 id="screen-title" tabIndex={-1}>
        Portfolio
      </h1>
      <p>Make a PDF of your record for supervision, appraisal or a new employer. It is made on this device and works offline.</p>
      <p>
        At the end of supervision your supervisor can <a href="#/signoff">sign off your record on this device</a>; the next supervision PDF
        prints it.
      </p>

      <fieldset class="fieldset">
        <legend>What is it for?</legend>
        {presets.map((p) => (
          <div class="choice" key={p}>
            <input
              type="radio"
              id={`preset-${domId(p)}`}
              name="preset"
              value={p}
              checked={preset === p}
              onChange={() => setPreset(p)}
              aria-describedby={`preset-${domId(p)}-hint`}
            />
            <label for={`preset-${domId(p)}`}>
              <strong>{presetTitle(p)}</strong>
              <span class="hint hint--block" id={`preset-${domId(p)}-hint`}>
                {' '}
                {presetHint(p)}
              </span>
            </label>
          </div>
        ))}
      </fieldset>

      {preset !== 'full' && period && (
        <fieldset class="fieldset">
          <legend>Period</legend>
          <p class="hint">
            {scheme ? (
              scheme.cycle.kind === 'rolling' ? (
                'The last 12 months unless you change it.'
              ) : (
                `The scheme's current ${scheme.cycle.kind === 'registration-year' ? 'registration year' : 'cycle'} unless you change it.`
              )
            ) : preset === 'supervision' ? (
              profile.lastSupervisionDate ? (
                `Since your last supervision (${formatDate(profile.lastSupervisionDate)}) unless you change it.`
              ) : (
                <>
                  The last 3 months unless you change it. Add the date of your last supervision in <a href="#/settings">Settings</a> to
                  start from it.
                </>
              )
            ) : profile.appraisalYearStartMonth ? (
              'Your appraisal year unless you change it.'
            ) : (
              'The last 12 months unless you change it.'
            )}
          </p>
          <div class="period">
            <div class="field">
              <label for="period-start">From</label>
              <input
                id="period-start"
                type="date"
                value={period.start ?? ''}
                max={period.end ?? undefined}
                onChange={(e) => setPeriod({ start: e.currentTarget.value || null, end: period.end })}
                aria-invalid={!!periodError}
                aria-describedby={periodError ? 'period-error' : undefined}
              />
            </div>
            <div class="field">
              <label for="period-end">To</label>
              <input
                id="period-end"
                type="date"
                value={period.end ?? ''}
                onChange={(e) => setPeriod({ start: period.start, end: e.currentTarget.value || null })}
                aria-invalid={!!periodError}
                aria-describedby={periodError ? 'period-error' : undefined}
              />
            </div>
          </div>
          {periodError && (
            <p class="field-error" id="period-error" role="alert">
              {periodError}
            </p>
          )}
          {chosen && (
            <button type="button" class="secondary" onClick={() => setPeriod(null)}>
              Back to the usual period
            </button>
          )}
        </fieldset>
      )}

      <fieldset class="fieldset">
        <legend>Include</legend>
        <div class="choice">
          <input
            type="checkbox"
            id="opt-reflections"
            checked={options.reflections}
            onChange={(e) => setOptions({ reflections: e.currentTarget.checked })}
          />
          <label for="opt-reflections">Reflections</label>
        </div>
        {preset === 'appraisal' && options.reflections && (
          <div class="choice choice--nested">
            <input
              type="checkbox"
              id="opt-fulltext"
              checked={options.reflectionsFullText}
              onChange={(e) => setOptions({ reflectionsFullText: e.currentTarget.checked })}
            />
            <label for="opt-fulltext">Reflections in full (otherwise summaries)</label>
          </div>
        )}
        <div class="choice">
          <input
            type="checkbox"
            id="opt-certificates"
            checked={options.certificates}
            onChange={(e) => setOptions({ certificates: e.currentTarget.checked })}
          />
          <label for="opt-certificates">Certificates (as an appendix)</label>
        </div>
        <div class="choice">
          <input type="checkbox" id="opt-notes" checked={options.notes} onChange={(e) => setOptions({ notes: e.currentTarget.checked })} />
          <label for="opt-notes">Notes on training and plans</label>
        </div>
        {!scheme && (
          <div class="choice">
            <input
              type="checkbox"
              id="opt-checklist"
              checked={!!options.recordChecklist}
              onChange={(e) => setOptions({ recordChecklist: e.currentTarget.checked })}
              aria-describedby="opt-checklist-hint"
            />
            <label for="opt-checklist">
              Record checklist
              <span class="hint hint--block" id="opt-checklist-hint">
                {' '}
                Certificates to attach, steps to confirm and scheme settings, for yourself.
              </span>
            </label>
          </div>
        )}
      </fieldset>

      {preset === 'supervision' && agenda.ready && <AgendaEditor agenda={agenda} />}

      <h2>What will be included</h2>
      {!model ? (
        <p role="status">{periodError ? 'Choose a valid period to see what will be included.' : 'Reading your record…'}</p>
      ) : (
        <>
          <ul class="portfolio-counts" aria-live="polite">
            <li>
              {plural(model.counts.trainings, 'training entry', 'training entries')} ({formatHours(model.counts.hours)})
            </li>
            {options.reflections && <li>{plural(model.counts.reflections, 'reflection')}</li>}
            {!scheme && <li>{plural(model.counts.impactNotes, 'impact follow-up')}</li>}
            {options.certificates && <li>{plural(model.counts.certificates, 'certificate')}</li>}
            {!scheme && (
              <li>
                {plural(
                  model.counts.suggestions,
                  preset === 'supervision' ? 'point to discuss' : 'suggestion',
                  preset === 'supervision' ? 'points to discuss' : 'suggestions',
                )}
              </li>
            )}
          </ul>
          <p class="hint">
            {model.cover.name}
            {model.cover.role ? `, ${model.cover.role}` : ''} · {model.periodLabel}. Your name and job come from your profile.
          </p>
          <PrivacyFindings findings={findings} />
          <BuildPanel model={model} onBuilt={() => setSupervisionOffer(preset === 'supervision' ? 'offer' : null)} />
          {supervisionOffer === 'offer' && profile.lastSupervisionDate !== today && (
            <div class="card">
              <p>Was this for a supervision held today?</p>
              <button type="button" class="secondary" onClick={markSupervisionHeld}>
                Set {formatDate(today)} as your last supervision
              </button>
            </div>
          )}
          {supervisionOffer === 'saved' && (
            <div role="status" class="notice">
              <p>Saved: your last supervision was {formatDate(today)}. Your next supervision portfolio starts from it.</p>
              <button type="button" class="secondary" ref={undoRef} onClick={undoSupervisionHeld}>
                Undo
              </button>
            </div>
          )}
          {supervisionOffer === 'undone' && (
            <p role="status" class="notice">
              Undone: your last supervision is {formatDate(profile.lastSupervisionDate) || 'not recorded'} again.
            </p>
          )}
          {supervisionOffer === 'error' && (
            <p role="alert" class="field-error">
              Your last supervision date could not be saved. Try again from Settings.
            </p>
          )}
        </>
      )}
    </section>
  );
}
