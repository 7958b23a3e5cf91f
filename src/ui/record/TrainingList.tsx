import { useMemo } from 'preact/hooks';
import { loadTrainingList } from '../../state/trainings';
import { formatDate, localToday } from '../../domain/dates';
import { formatHours } from '../../domain/hours';
import {
  countByTraining,
  filterSortedTrainings,
  searchWords,
  sortNewestFirst,
  summariseRecord,
  EMPTY_FILTER,
  type Presence,
  type TrainingFilter,
} from '../../domain/record-filter';
import { yearWindowBack } from '../../domain/hours';
import { useTablesQuery } from '../../state/live';
import { useProfileStore } from '../../state/profile';
import { useRecordUi } from '../../state/record';
import { useOpenedTexts } from '../../state/search';
import { useSignedChanges } from '../../state/signoffs';
import { SignedChangeBadge } from './SignedChangeBadge';

const LIST_TABLES = ['trainings', 'certificates', 'reflections'] as const;

const PRESENCE: Array<[Presence, string]> = [
  ['any', 'Any'],
  ['with', 'With'],
  ['without', 'Without'],
];

/** The training list: yearly totals, search and filters, rows shown a page at a time so that a
 * record of thousands of entries opens quickly (all filtering is pure and in memory). */
export function TrainingList() {
  const data = useTablesQuery(loadTrainingList, LIST_TABLES);
  const changes = useSignedChanges();
  const basis = useProfileStore((s) => s.profile?.yearBasis ?? 'rolling');
  const { filter, setFilter, resetFilter, shown, showMore } = useRecordUi();
  const today = localToday();

  // Worked out once per read of the record (and day and year basis): the link counts, the
  // entries sorted newest first, and the totals, levels and impact markers in one pass. A change of
  // filter or page only filters the sorted list again.
  const derived = useMemo(() => {
    if (!data) return null;
    const counts = { certificates: countByTraining(data.certificateLinks), reflections: countByTraining(data.reflectionLinks) };
    const summary = summariseRecord(data.trainings, basis, today, 3);
    const yearLabels = Array.from({ length: summary.yearsBack + 1 }, (_, back) =>
      back === 0 ? `This year (${summary.totals[0].window.label})` : yearWindowBack(basis, today, back).label,
    );
    return { counts, sorted: sortNewestFirst(data.trainings), yearLabels, ...summary };
  }, [data, basis, today]);
  // With the app lock on, a search also reads the entries' private words, opened in memory.
  const openText = useOpenedTexts(data?.trainings ?? null, searchWords(filter.query).length > 0);
  const rows = useMemo(
    () => (derived ? filterSortedTrainings(derived.sorted, derived.counts, filter, { basis, today, openText }) : []),
    [derived, filter, basis, today, openText],
  );

  if (!data || !derived) return <p role="status">Loading your record…</p>;
  const total = data.trainings.length;
  const filtered = JSON.stringify(filter) !== JSON.stringify({ ...EMPTY_FILTER, sort: filter.sort });
  const [current, ...previous] = derived.totals;

  return (
    <div class="rec-list" data-entries={total}>
      <section class="card rec-totals" aria-labelledby="totals-title">
        <h2 id="totals-title">Hours this year</h2>
        <p>
          <strong class="rec-big">{formatHours(current.totals.total)}</strong> from {current.totals.entries}{' '}
          {current.totals.entries === 1 ? 'entry' : 'entries'} in {current.window.label}
          {current.totals.entries > 0 && <> ({formatHours(current.totals.multiAgency)} multi-agency)</>}.
        </p>
        {previous.some((y) => y.totals.entries > 0) && (
          <dl class="rec-years">
            {previous.map((y) => (
              <div key={y.back}>
                <dt>{y.window.label}</dt>
                <dd>
                  {formatHours(y.totals.total)}, {y.totals.entries} {y.totals.entries === 1 ? 'entry' : 'entries'}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {derived.impactDue.size > 0 && (
          <p class="rec-impact-banner">
            {derived.impactDue.size === 1 ? '1 entry is' : `${derived.impactDue.size} entries are`} 3 to 6 months old with no impact note
            yet: how did the training change your practice?{' '}
            {!filter.impactDue && (
              <button type="button" class="secondary rec-inline-button" onClick={() => setFilter({ impactDue: true })}>
                Show {derived.impactDue.size === 1 ? 'it' : 'them'}
              </button>
            )}
          </p>
        )}
      </section>

      <div class="rec-search" role="search">
        <label for="record-search">Search your training</label>
        <input
          id="record-search"
          type="search"
          value={filter.query}
          autoComplete="off"
          onInput={(e) => setFilter({ query: e.currentTarget.value })}
        />
      </div>
      <details class="rec-filters" open={filtered && filter.query === '' ? true : undefined}>
        <summary>Filter and sort</summary>
        <div class="rec-filter-grid">
          <div>
            <label for="filter-year">Year</label>
            <select
              id="filter-year"
              value={filter.yearBack === null ? 'all' : String(filter.yearBack)}
              onChange={(e) => setFilter({ yearBack: e.currentTarget.value === 'all' ? null : Number(e.currentTarget.value) })}
            >
              <option value="all">All years</option>
              {derived.yearLabels.map((label, back) => (
                <option key={back} value={String(back)}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="filter-level">Level</label>
            <select id="filter-level" value={filter.level} onChange={(e) => setFilter({ level: e.currentTarget.value })}>
              <option value="">All levels</option>
              {derived.levels.map((l) => (
                <option key={l} value={l}>
                  {l}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="filter-source">Course</label>
            <select
              id="filter-source"
              value={filter.source}
              onChange={(e) => setFilter({ source: e.currentTarget.value as TrainingFilter['source'] })}
            >
              <option value="all">All courses</option>
              <option value="framework">Framework courses</option>
              <option value="external">External training</option>
            </select>
          </div>
          <div>
            <label for="filter-certificate">Certificate</label>
            <select
              id="filter-certificate"
              value={filter.certificate}
              onChange={(e) => setFilter({ certificate: e.currentTarget.value as Presence })}
            >
              {PRESENCE.map(([k, l]) => (
                <option key={k} value={k}>
                  {k === 'any' ? l : `${l} a certificate`}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="filter-reflection">Reflection</label>
            <select
              id="filter-reflection"
              value={filter.reflection}
              onChange={(e) => setFilter({ reflection: e.currentTarget.value as Presence })}
            >
              {PRESENCE.map(([k, l]) => (
                <option key={k} value={k}>
                  {k === 'any' ? l : `${l} a reflection`}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="filter-impact">Impact note</label>
            <select
              id="filter-impact"
              value={filter.impactDue ? 'due' : 'any'}
              onChange={(e) => setFilter({ impactDue: e.currentTarget.value === 'due' })}
            >
              <option value="any">Any</option>
              <option value="due">Due now (3 to 6 months on)</option>
            </select>
          </div>
          <div>
            <label for="filter-sort">Sort</label>
            <select
              id="filter-sort"
              value={filter.sort}
              onChange={(e) => setFilter({ sort: e.currentTarget.value as TrainingFilter['sort'] })}
            >
              <option value="newest">Newest first</option>
              <option value="oldest">Oldest first</option>
            </select>
          </div>
        </div>
        {filtered && (
          <button type="button" class="secondary" onClick={resetFilter}>
            Clear search and filters
          </button>
        )}
      </details>

      <p class="hint" aria-live="polite" id="record-count">
        {total === 0
          ? 'Nothing logged yet.'
          : filtered
            ? `${rows.length} of ${total} ${total === 1 ? 'entry' : 'entries'} match.`
            : `${total} ${total === 1 ? 'entry' : 'entries'}.`}
      </p>
      {total === 0 && (
        <p class="card">
          Log the training you have done (“Log training” above), with its certificate, so that it is ready for supervision, appraisal or a
          new job.
        </p>
      )}
      <ol class="rec-items" aria-describedby="record-count">
        {rows.slice(0, shown).map((t) => {
          const certs = derived.counts.certificates.get(t.id) ?? 0;
          const refl = derived.counts.reflections.get(t.id) ?? 0;
          const due = derived.impactDue.get(t.id);
          return (
            <li key={t.id} class="rec-item">
              <a href={`#/record/training/${t.id}`}>
                <span class="rec-item-title">{t.title}</span>
                <span class="rec-item-meta">
                  {formatDate(t.startDate)}
                  {t.endDate !== t.startDate ? ` to ${formatDate(t.endDate)}` : ''} · {formatHours(t.hours)}
                  {t.level ? ` · ${t.level}` : ''}
                </span>
                <span class="rec-badges">
                  {certs === 0 ? (
                    <span class="rec-badge rec-badge-warn">No certificate</span>
                  ) : (
                    <span class="rec-badge">{certs === 1 ? 'Certificate' : `${certs} certificates`}</span>
                  )}
                  {refl > 0 && <span class="rec-badge">{refl === 1 ? 'Reflection' : `${refl} reflections`}</span>}
                  {due && <span class="rec-badge rec-badge-warn">Impact note due by {formatDate(due.closes)}</span>}
                  <SignedChangeBadge change={changes?.get(t.id)} />
                </span>
              </a>
            </li>
          );
        })}
      </ol>
      {rows.length > shown && (
        <button type="button" class="secondary rec-more" onClick={showMore}>
          Show more ({rows.length - shown} not shown)
        </button>
      )}
    </div>
  );
}
