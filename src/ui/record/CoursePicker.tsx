import { useMemo, useState } from 'preact/hooks';
import type { Course, Framework, PathwayItem } from '../../frameworks/types';
import { searchWords } from '../../domain/record-filter';

export type CoursePick = { kind: 'course'; course: Course } | { kind: 'pathway-item'; pathwayId: string; item: PathwayItem };

interface Props {
  framework: Framework;
  courseId: string;
  /** 'pathwayId/itemId' or ''. */
  pathwayItem: string;
  onPick: (p: CoursePick) => void;
  error?: string;
}

interface Group {
  key: string;
  title: string;
  options: Array<{ value: string; title: string; detail: string; pick: CoursePick }>;
}

/** Pathway items that have no catalogue course, once each (the same wording can recur across
 * pathways). */
function itemsWithoutCourse(framework: Framework): Array<{ pathwayId: string; item: PathwayItem }> {
  const seen = new Set<string>();
  const out: Array<{ pathwayId: string; item: PathwayItem }> = [];
  for (const p of framework.pathways) {
    for (const item of p.items) {
      if (item.courseId) continue;
      const k = item.title.toLowerCase();
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({ pathwayId: p.id, item });
    }
  }
  return out;
}

/** Choose a course of the user's framework: search as you type, courses grouped by level; plus
 * pathway steps with no catalogue course. Radios, so keyboard and screen readers work natively. */
export function CoursePicker({ framework, courseId, pathwayItem, onPick, error }: Props) {
  const [query, setQuery] = useState('');
  const groups = useMemo<Group[]>(() => {
    const levels = [...framework.levels].sort((a, b) => a.order - b.order);
    const byLevel = new Map<string, Group>();
    for (const l of levels) byLevel.set(l.id, { key: l.id, title: l.title, options: [] });
    const other: Group = { key: '_other', title: 'Other courses', options: [] };
    for (const c of framework.courses) {
      const g = (c.levelId && byLevel.get(c.levelId)) || other;
      g.options.push({ value: `c:${c.id}`, title: c.title, detail: c.length?.sourceText ?? '', pick: { kind: 'course', course: c } });
    }
    const steps: Group = { key: '_steps', title: 'Pathway steps with no catalogue course', options: [] };
    for (const { pathwayId, item } of itemsWithoutCourse(framework)) {
      steps.options.push({
        value: `p:${pathwayId}/${item.id}`,
        title: item.title,
        detail: '',
        pick: { kind: 'pathway-item', pathwayId, item },
      });
    }
    return [...byLevel.values(), other, steps].filter((g) => g.options.length);
  }, [framework]);

  const words = searchWords(query);
  const selected = courseId ? `c:${courseId}` : pathwayItem ? `p:${pathwayItem}` : '';
  const visible = groups
    .map((g) => ({
      ...g,
      // The selected course stays visible whatever the search, so the choice is never hidden.
      options: g.options.filter((o) => o.value === selected || words.every((w) => `${o.title} ${g.title}`.toLowerCase().includes(w))),
    }))
    .filter((g) => g.options.length);
  const count = visible.reduce((n, g) => n + g.options.length, 0);

  if (!groups.length) {
    return (
      <p class="hint" id="field-courseId" tabIndex={-1}>
        The {framework.shortName} course list is not available in this version of the app. Choose “Other training” and type the course
        title.
      </p>
    );
  }
  return (
    <div class="rec-picker">
      <label for="course-search">Find a course</label>
      <span id="course-search-hint" class="hint rec-hint">
        Type part of the title, then choose the course below.
      </span>
      <input
        id="course-search"
        type="search"
        value={query}
        autoComplete="off"
        aria-describedby="course-search-hint course-search-count"
        aria-controls="course-options"
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      <p id="course-search-count" class="hint" aria-live="polite">
        {count === 0 ? 'No course matches. Try fewer words, or choose “Other training”.' : `${count} ${count === 1 ? 'course' : 'courses'}`}
      </p>
      {error && (
        <p class="error" id="field-courseId-error">
          {error}
        </p>
      )}
      <div id="course-options" class="rec-picker-options" tabIndex={-1}>
        {visible.map((g) => (
          <fieldset key={g.key} class="rec-picker-group">
            <legend>{g.title}</legend>
            {g.options.map((o) => (
              <label key={o.value} class="rec-choice">
                <input
                  type="radio"
                  name="course"
                  value={o.value}
                  id={o.value === selected ? 'field-courseId' : undefined}
                  checked={o.value === selected}
                  onChange={() => onPick(o.pick)}
                />
                <span>
                  {o.title}
                  {o.detail && <span class="hint"> · {o.detail}</span>}
                </span>
              </label>
            ))}
          </fieldset>
        ))}
      </div>
    </div>
  );
}
