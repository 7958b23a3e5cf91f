import { useMemo, useState } from 'preact/hooks';
import { allReflections } from '../../state/reflections';
import { loadTrainingTitles } from '../../state/trainings';
import { filterReflections } from '../../domain/record-filter';
import { formatDate } from '../../domain/dates';
import { useLiveQuery } from '../../state/live';
import { REFLECTION_KINDS, TEMPLATES } from './reflection-values';
import { useSignedChanges } from '../../state/signoffs';
import { SignedChangeBadge } from './SignedChangeBadge';

/** All reflections, searchable, each shown with the training it is about. */
export function ReflectionList() {
  const reflections = useLiveQuery(allReflections, []);
  const titles = useLiveQuery(loadTrainingTitles, []);
  const changes = useSignedChanges();
  const [query, setQuery] = useState('');
  const rows = useMemo(
    () => (reflections && titles ? filterReflections(reflections, query, (id) => titles.get(id)) : []),
    [reflections, titles, query],
  );
  if (!reflections || !titles) return <p role="status">Loading…</p>;
  return (
    <div>
      <a class="button" href="#/record/reflection/new">
        Write a reflection
      </a>
      <div class="rec-search" role="search">
        <label for="reflection-search">Search your reflections</label>
        <input id="reflection-search" type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
      </div>
      <p class="hint" aria-live="polite">
        {reflections.length === 0
          ? 'No reflections yet. After a course, supervision or a case discussion, write down what you learnt and what you will do differently.'
          : `${rows.length} of ${reflections.length} ${reflections.length === 1 ? 'reflection' : 'reflections'}.`}
      </p>
      <ol class="rec-items">
        {rows.map((r) => {
          const title = r.title || REFLECTION_KINDS.find(([k]) => k === r.kind)?.[1] || 'Reflection';
          const who = r.person?.name.trim() ? `${r.kind === 'confirmation' ? 'Confirmed by' : 'With'} ${r.person.name.trim()}` : '';
          const first = r.text || Object.values(r.sections).find((s) => s.trim()) || who;
          return (
            <li key={r.id} class="rec-item">
              <a href={`#/record/reflection/${r.id}`}>
                <span class="rec-item-title">{title}</span>
                <span class="rec-item-meta">
                  {formatDate(r.date)} · {REFLECTION_KINDS.find(([k]) => k === r.kind)?.[1]}
                  {r.kind === 'confirmation' ? '' : ` · ${TEMPLATES[r.template].title}`}
                </span>
                <span class="rec-item-meta">
                  {r.trainingId ? `About: ${titles.get(r.trainingId) ?? 'a deleted entry'}` : 'Free-standing'}
                </span>
                {changes?.has(r.id) && (
                  <span class="rec-badges">
                    <SignedChangeBadge change={changes.get(r.id)} />
                  </span>
                )}
                {first && <span class="rec-excerpt">{first.length > 140 ? `${first.slice(0, 140)}…` : first}</span>}
              </a>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
