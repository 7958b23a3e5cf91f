import { useMemo, useState } from 'preact/hooks';
import { courseRelevance } from '../../domain/engine/selectors';
import type { Course } from '../../frameworks/types';
import { useEngine } from '../../state/suggestions';
import '../home/home.css';

type Filter = 'all' | 'own' | 'adjoining';

/** "Courses for you": the catalogue open to the user (their group's or level's courses, CORE and
 * SPECIALIST, and courses at adjoining levels where the framework opens them), searchable and
 * filtered, each with its plan and log actions. Suggestions point here instead of one card per course. */
export function CoursesScreen() {
  const engine = useEngine();
  const [query, setQuery] = useState('');
  const [which, setWhich] = useState<Filter>('all');
  const [category, setCategory] = useState<'' | 'CORE' | 'SPECIALIST'>('');
  const open = useMemo(() => {
    if (engine.status !== 'ready') return [];
    const { framework, profile } = engine;
    return framework.courses.flatMap((course) => {
      const rel = courseRelevance(framework, profile, course);
      return rel ? [{ course, rel }] : [];
    });
  }, [engine]);
  if (engine.status !== 'ready')
    return (
      <section aria-labelledby="screen-title">
        <h1 id="screen-title" tabIndex={-1}>
          Courses for you
        </h1>
        <p role={engine.status === 'error' ? 'alert' : 'status'}>{engine.status === 'error' ? engine.message : 'Loading…'}</p>
      </section>
    );
  const { framework, progress } = engine;
  const q = query.trim().toLowerCase();
  const shown = open.filter(
    ({ course, rel }) =>
      (which === 'all' || rel === which) &&
      (!category || course.category === category) &&
      (!q || `${course.title} ${course.aim ?? ''} ${course.outcomes.join(' ')}`.toLowerCase().includes(q)),
  );
  const levelTitle = (c: Course) => framework.levels.find((l) => l.id === c.levelId)?.title;
  const hasCategories = open.some((o) => o.course.category);
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        Courses for you
      </h1>
      <p>
        {framework.shortName}'s courses for your group or level
        {open.some((o) => o.rel === 'adjoining') ? ', and those at the levels next to yours' : ''}. Plan the ones that fit your role, or log
        one you have done.
      </p>
      <div class="card courses-filters">
        <label for="courses-search">Search courses</label>
        <input id="courses-search" type="search" value={query} onInput={(e) => setQuery((e.target as HTMLInputElement).value)} />
        <label for="courses-which">Show</label>
        <select id="courses-which" value={which} onInput={(e) => setWhich((e.target as HTMLSelectElement).value as Filter)}>
          <option value="all">All courses open to you</option>
          <option value="own">Your group or level</option>
          <option value="adjoining">Levels next to yours</option>
        </select>
        {hasCategories && (
          <>
            <label for="courses-category">Kind</label>
            <select
              id="courses-category"
              value={category}
              onInput={(e) => setCategory((e.target as HTMLSelectElement).value as '' | 'CORE' | 'SPECIALIST')}
            >
              <option value="">CORE and SPECIALIST</option>
              <option value="CORE">CORE only</option>
              <option value="SPECIALIST">SPECIALIST only</option>
            </select>
          </>
        )}
      </div>
      <p role="status">
        {shown.length} of {open.length} {open.length === 1 ? 'course' : 'courses'}
      </p>
      <ul class="pathway-items">
        {shown.map(({ course, rel }) => {
          const done = progress.index.courseDone.get(course.id);
          const plan = progress.index.coursePlanned.get(course.id);
          const c = encodeURIComponent(course.id);
          return (
            <li key={course.id}>
              <p class="suggestion__tags">
                {done ? <span class="status status--done">Done</span> : plan ? <span class="status status--planned">Planned</span> : null}
                {course.category && <span class="tag">{course.category}</span>}
                {rel === 'adjoining' && <span class="tag">Level next to yours</span>}
              </p>
              <h2 class="suggestion__title">{course.title}</h2>
              <p class="hint">{[levelTitle(course), course.length?.sourceText, course.modeText].filter(Boolean).join(' · ')}</p>
              {course.aim && <p>{course.aim}</p>}
              {!done && !plan && (
                <p>
                  <a class="button" href={`#/record/plan/new?course=${c}`}>
                    Plan it<span class="visually-hidden">: {course.title}</span>
                  </a>{' '}
                  <a class="button secondary" href={`#/record/training/new?course=${c}`}>
                    Log it as done<span class="visually-hidden">: {course.title}</span>
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ul>
      {!open.length && <p class="card">{framework.shortName} lists no courses for your group or level.</p>}
    </section>
  );
}
