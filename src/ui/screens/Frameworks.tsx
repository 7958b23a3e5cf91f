import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import { createContext, type ComponentChildren } from 'preact';
import { FRAMEWORKS, frameworkInfo } from '../../frameworks/registry';
import { useFramework } from '../../state/framework';
import type { Citation, Course, Framework, Group, Level, Pathway, Rule, RuleForce } from '../../frameworks/types';
import {
  describeCitation,
  describeLength,
  describeModes,
  describeRuleDetails,
  FORCE_BADGE,
  FORCE_EXPLANATION,
  LISTED_COURSES_MAX,
  ruleCourseTitles,
} from '../../frameworks/describe';
import { useRoute } from '../router';
import { useProfileStore } from '../../state/profile';
import {
  checkEdition,
  editionsById,
  olderEditionMessage,
  previewFrameworkFile,
  useUserFrameworksStore,
  type EditionCheck,
} from '../../state/frameworks';
import {
  diffEditions,
  editionCrosswalk,
  editionDiffLines,
  editionDiffSummary,
  publishedWords,
  type EditionDiff,
} from '../../domain/editions';
import { useTrainingsNewestFirst } from '../../state/live';
import { formatDate } from '../../domain/dates';
import type { FrameworkFileResult } from '../../frameworks/file-read';
import { FRAMEWORK_FILE_LIMITS } from '../../frameworks/file-format';
import { readBytes } from '../record/certificate-files';
import './frameworks.css';

/**
 * Browse the bundled partnership frameworks: '#/frameworks' lists them, '#/frameworks/<id>'
 * shows one (its data loads on demand). Every item shows where in the source it comes from.
 * Sections and long lists are collapsible, so the screen works on a 360 px phone.
 */
export function FrameworksScreen() {
  const id = useRoute().parts[1];
  if (id === 'add') return <AddFrameworkFile />;
  return id ? <FrameworkDetail id={id} /> : <FrameworkList />;
}

/** The label every framework the user added carries, wherever it is shown. */
export const USER_FRAMEWORK_LABEL = 'Added by you, not checked by this app';

function UserLabel() {
  return (
    <p class="fw-user-label">
      <strong>{USER_FRAMEWORK_LABEL}.</strong> It comes from a framework file you added; its sources are its own.
    </p>
  );
}

function useStoredFrameworks() {
  const { list, error, refresh } = useUserFrameworksStore();
  useEffect(() => {
    void refresh();
  }, [refresh]);
  return { list, error };
}

function AddedFrameworks({ yours }: { yours: string | undefined }) {
  const { list, error } = useStoredFrameworks();
  const followed = useMemo(() => new Set([...editionsById(list ?? []).values()].map((editions) => editions[0])), [list]);
  const remove = useUserFrameworksStore((s) => s.remove);
  const [removeError, setRemoveError] = useState<string | null>(null);
  return (
    <section aria-labelledby="added-title">
      <h2 id="added-title">Frameworks you added</h2>
      <p>
        <a class="button" href="#/frameworks/add">
          Add a framework file
        </a>
      </p>
      {error && (
        <p role="alert" class="error">
          Your added frameworks could not be read ({error}).
        </p>
      )}
      {removeError && (
        <p role="alert" class="error">
          {removeError}
        </p>
      )}
      {list && list.length === 0 && <p class="hint">None yet. A partnership or training officer can give you their framework as a file.</p>}
      {list && list.length > 0 && (
        <ul class="fw-list">
          {list.map(({ record, framework, errors }) => (
            <li key={record.id}>
              {framework ? (
                <>
                  <a href={`#/frameworks/${framework.id}`}>{framework.shortName}</a>
                  {framework.id === yours && <span class="fw-yours"> (your framework)</span>}
                  <span class="hint">
                    {' '}
                    {framework.partnership}: {framework.title}, {framework.edition}.
                    {!followed.has(framework) && ' An earlier edition, kept so that training recorded under it keeps counting.'}{' '}
                    {USER_FRAMEWORK_LABEL}.
                  </span>
                </>
              ) : (
                <span class="error">
                  A framework you added ({record.edition}) can no longer be read: {errors[0]}
                </span>
              )}{' '}
              {record.frameworkId !== yours && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => {
                    setRemoveError(null);
                    remove(record.id).catch((e: unknown) =>
                      setRemoveError(`It could not be removed (${e instanceof Error ? e.message : String(e)}).`),
                    );
                  }}
                >
                  Remove<span class="visually-hidden"> {framework?.shortName ?? 'this framework'}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FrameworkList() {
  const yours = useProfileStore((s) => s.profile?.frameworkId);
  return (
    <section aria-labelledby="screen-title" class="frameworks">
      <h1 id="screen-title" tabIndex={-1}>
        Frameworks
      </h1>
      <p>
        The safeguarding children partnership frameworks bundled with the app. Choose one to see its levels, groups, courses, rules and
        pathways, each with the part of the source it comes from.
      </p>
      <ul class="fw-list">
        {FRAMEWORKS.map((f) => (
          <li key={f.id}>
            <a href={`#/frameworks/${f.id}`}>{f.shortName}</a>
            {f.id === yours && <span class="fw-yours"> (your framework)</span>}
            <span class="hint">
              {' '}
              {f.partnership}: {f.title}
            </span>
          </li>
        ))}
      </ul>
      <AddedFrameworks yours={yours} />
    </section>
  );
}

type Preview =
  | { state: 'none' }
  | { state: 'reading' }
  | { state: 'checked'; result: FrameworkFileResult; edition?: EditionCheck }
  | { state: 'added'; id: string; name: string };

/** Settings > Frameworks > Add a framework file: the file is checked and shown as the user will
 * see it; nothing is stored until they choose to add it. */
function AddFrameworkFile() {
  const [preview, setPreview] = useState<Preview>({ state: 'none' });
  const [saveError, setSaveError] = useState<string | null>(null);
  const add = useUserFrameworksStore((s) => s.add);

  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setSaveError(null);
    if (!file) return;
    if (file.size > FRAMEWORK_FILE_LIMITS.bytes) {
      // Refused without reading it.
      setPreview({
        state: 'checked',
        result: {
          ok: false,
          errors: [
            `This file is ${(file.size / 1024 / 1024).toFixed(1)} MB; a framework file can be at most ${FRAMEWORK_FILE_LIMITS.bytes / 1024 / 1024} MB. Nothing was added.`,
          ],
        },
      });
      return;
    }
    setPreview({ state: 'reading' });
    try {
      const result = previewFrameworkFile(new TextDecoder().decode(await readBytes(file)));
      setPreview({ state: 'checked', result, edition: result.ok ? await checkEdition(result.framework) : undefined });
    } catch (e) {
      setPreview({
        state: 'checked',
        result: { ok: false, errors: [`The file could not be read (${e instanceof Error ? e.message : String(e)}).`] },
      });
    }
  };

  const confirm = async () => {
    if (preview.state !== 'checked' || !preview.result.ok) return;
    const { file, framework } = preview.result;
    try {
      await add(file);
      setPreview({ state: 'added', id: framework.id, name: framework.shortName });
    } catch (e) {
      setSaveError(`The framework could not be stored: ${e instanceof Error ? e.message : String(e)}. Nothing was added.`);
    }
  };

  return (
    <section aria-labelledby="screen-title" class="frameworks">
      <p>
        <a href="#/frameworks">All frameworks</a>
      </p>
      <h1 id="screen-title" tabIndex={-1}>
        Add a framework file
      </h1>
      <p>
        A partnership or training officer can give you their training framework as a framework file (.json). The app checks it and shows it
        to you as you will see it; nothing is kept until you choose “Add this framework”.
      </p>
      <div class="field">
        <label for="fw-file">Framework file</label>
        <input id="fw-file" type="file" accept=".json,application/json" onChange={(e) => void choose(e.currentTarget)} />
      </div>
      {preview.state === 'reading' && <p role="status">Checking the file…</p>}
      {preview.state === 'added' && (
        <p role="status" class="notice">
          {preview.name} was added. <a href={`#/frameworks/${preview.id}`}>See it</a>, or choose it as your framework in{' '}
          <a href="#/settings">Settings</a>.
        </p>
      )}
      {preview.state === 'checked' && !preview.result.ok && (
        <div role="alert" class="error-summary">
          <h2>This file cannot be added</h2>
          <ul>
            {preview.result.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
          <p>Nothing was added. Correct the file (see the framework file guide that comes with the app) and choose it again.</p>
        </div>
      )}
      {preview.state === 'checked' && preview.result.ok && preview.edition?.kind === 'older' && (
        <div role="alert" class="error-summary">
          <h2>This is an older edition</h2>
          <p>{olderEditionMessage(preview.result.framework, preview.edition.current)}</p>
        </div>
      )}
      {preview.state === 'checked' && preview.result.ok && preview.edition?.kind !== 'older' && (
        <>
          <h2>Preview: {preview.result.framework.shortName}</h2>
          {preview.edition && preview.edition.kind !== 'new' && (
            <EditionNotice check={preview.edition} incoming={preview.result.framework} />
          )}
          <UserLabel />
          {preview.result.warnings.map((w, i) => (
            <p key={i} class="notice notice--warn">
              {w}
            </p>
          ))}
          {saveError && (
            <p role="alert" class="error">
              {saveError}
            </p>
          )}
          <p>
            <button type="button" onClick={() => void confirm()}>
              Add this framework
            </button>
          </p>
          <FrameworkBody framework={preview.result.framework} />
        </>
      )}
    </section>
  );
}

function FrameworkDetail({ id }: { id: string }) {
  const bundled = frameworkInfo(id);
  const load = useFramework(id);

  return (
    <section aria-labelledby="screen-title" class="frameworks">
      <p>
        <a href="#/frameworks">All frameworks</a>
      </p>
      <h1 id="screen-title" tabIndex={-1}>
        {load.status === 'ready'
          ? `${load.framework.shortName}: ${load.framework.title}`
          : bundled
            ? `${bundled.shortName}: ${bundled.title}`
            : load.status === 'loading' || load.status === 'none'
              ? 'Framework'
              : 'Framework not found'}
      </h1>
      {!bundled && load.status === 'error' ? (
        <p role="alert">There is no framework called “{id}”. Choose one from the list of frameworks.</p>
      ) : load.status === 'loading' || load.status === 'none' ? (
        <p role="status">Loading the framework…</p>
      ) : load.status === 'error' ? (
        <p role="alert" class="error">
          This framework could not be loaded ({load.message}). Reload the app to try again.
        </p>
      ) : (
        <>
          {!bundled && <UserLabel />}
          {load.framework.earlierEditions?.[0] && <WhatChanged earlier={load.framework.earlierEditions[0]} current={load.framework} />}
          <FrameworkBody framework={load.framework} />
        </>
      )}
    </section>
  );
}

/** Adding a file of a framework the user already has: the same edition, a newer one, or one whose
 * date does not say (then the user decides by adding it or not). */
function EditionNotice({ check, incoming }: { check: Exclude<EditionCheck, { kind: 'new' } | { kind: 'older' }>; incoming: Framework }) {
  const { current, diff } = check;
  return (
    <div class="notice fw-edition">
      <p>
        {check.kind === 'same'
          ? `You already have this edition (${current.edition}). Adding it again replaces the copy you have.`
          : check.kind === 'newer'
            ? `This is a newer edition of ${current.shortName}: ${incoming.edition}, replacing ${current.edition}. Once added, your suggestions follow it; training you recorded under the earlier edition keeps counting.`
            : `This file does not say whether it is newer than the edition you have (${current.edition}). If you add it, your suggestions follow it; training you recorded keeps counting.`}
      </p>
      {check.kind !== 'same' && <ChangeList diff={diff} />}
    </div>
  );
}

/** What changed between editions: one line, the details one tap away. */
function ChangeList({ diff }: { diff: EditionDiff }) {
  const lines = editionDiffLines(diff);
  return (
    <>
      <p>
        <strong>What changed:</strong> {editionDiffSummary(diff)}
      </p>
      {lines.length > 0 && (
        <details class="fw-changes">
          <summary>See what changed</summary>
          {lines.map((group) => (
            <div key={group.heading}>
              <h3>{group.heading}</h3>
              <ul>
                {group.lines.map((line, i) => (
                  <li key={i}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </details>
      )}
    </>
  );
}

/** A framework with an earlier edition stored: what changed, and how training recorded under the
 * earlier edition counts now (the earlier edition read as a previous framework). */
function WhatChanged({ earlier, current }: { earlier: Framework; current: Framework }) {
  const diff = useMemo(() => diffEditions(earlier, current), [earlier, current]);
  const trainings = useTrainingsNewestFirst();
  const rows = useMemo(() => (trainings ? editionCrosswalk(earlier, current, trainings) : []), [earlier, current, trainings]);
  const moved = rows.filter((r) => r.status !== 'same');
  return (
    <section class="fw-edition" aria-labelledby="edition-title">
      <h2 id="edition-title">New edition</h2>
      <p>
        Your suggestions follow {current.edition}
        {current.published ? ` (${publishedWords(current.published)})` : ''}, which replaced {earlier.edition}. Training you recorded under
        it keeps counting.
      </p>
      <ChangeList diff={diff} />
      {moved.length > 0 && (
        <details class="fw-changes">
          <summary>Your training from the earlier edition ({moved.length})</summary>
          <ul>
            {moved.map((r) => (
              <li key={r.trainingId}>
                <strong>{r.title}</strong>, {formatDate(r.startDate)}: {r.explanation}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function FrameworkBody({ framework: f }: { framework: Framework }) {
  return (
    <PageFramework.Provider value={f}>
      <Section title="Overview" open>
        <dl class="facts">
          <Fact term="Partnership">{f.partnership}</Fact>
          <Fact term="Document">{f.title}</Fact>
          <Fact term="Edition">{f.edition}</Fact>
          {f.published && <Fact term="Published">{publishedWords(f.published)}</Fact>}
          <Fact term="Area">{f.area}</Fact>
        </dl>
        <Cite cite={f.cite} />
      </Section>

      <Section title="Levels" count={f.levels.length}>
        {f.levels.length === 0 ? (
          <p>This framework does not set out levels.</p>
        ) : (
          <ol class="fw-items">
            {f.levels.map((level) => (
              <LevelItem key={level.id} level={level} />
            ))}
          </ol>
        )}
      </Section>

      <Section title="Groups and example roles" count={f.groups.length}>
        {f.groups.length === 0 ? (
          <p>This framework does not set out groups.</p>
        ) : (
          f.groups.map((group) => <GroupItem key={group.id} group={group} framework={f} />)
        )}
      </Section>

      <Section title="Courses" count={f.courses.length}>
        <Courses framework={f} />
      </Section>

      <Section title="Rules" count={f.rules.length}>
        <Rules framework={f} />
      </Section>

      <Section title="Pathways" count={f.pathways.length}>
        {f.pathways.length === 0 ? (
          <p>This framework has no sample pathways.</p>
        ) : (
          f.pathways.map((p) => <PathwayItem key={p.id} pathway={p} framework={f} />)
        )}
      </Section>

      {f.approaches.length > 0 && (
        <Section title="Approaches and skills" count={f.approaches.length}>
          <ul class="fw-items">
            {f.approaches.map((a) => (
              <li key={a.id} class="card">
                <strong>{a.title}</strong>
                <p>{a.description}</p>
                <Cite cite={a.cite} />
              </li>
            ))}
          </ul>
        </Section>
      )}
    </PageFramework.Provider>
  );
}

function Section({ title, count, open, children }: { title: string; count?: number; open?: boolean; children: ComponentChildren }) {
  return (
    <details class="fw-section" open={open}>
      <summary>
        <h2>
          {title}
          {count !== undefined && <span class="fw-count"> ({count})</span>}
        </h2>
      </summary>
      <div class="fw-section-body">{children}</div>
    </details>
  );
}

function Fact({ term, children }: { term: string; children: ComponentChildren }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The framework whose page this is: its citations name a section of its own document (the page
 * names the partnership and document), another document by its title, never a file name. */
const PageFramework = createContext<Framework | null>(null);

function citeText(cite: Citation, framework: Framework | null): string {
  return `Source: ${framework ? describeCitation(cite, framework, { withDocument: false, known: FRAMEWORKS }) : cite.section}`;
}

function Cite({ cite }: { cite: Citation }) {
  return <p class="fw-cite">{citeText(cite, useContext(PageFramework))}</p>;
}

function ForceBadge({ force }: { force: RuleForce }) {
  return <span class={`fw-force fw-force--${force}`}>{FORCE_BADGE[force]}</span>;
}

function List({ items }: { items: string[] }) {
  return (
    <ul>
      {items.map((item, i) => (
        <li key={i}>{item}</li>
      ))}
    </ul>
  );
}

function LevelItem({ level }: { level: Level }) {
  return (
    <li class="card">
      <strong>{level.title}</strong>
      {level.equivalence && <p class="hint">Equivalent: {level.equivalence}</p>}
      {level.audience && (
        <p>
          <span class="fw-label">For: </span>
          {level.audience}
        </p>
      )}
      {level.outcomes.length > 0 ? (
        <>
          <p class="fw-label">Key outcomes</p>
          <List items={level.outcomes} />
        </>
      ) : (
        <p class="hint">The source gives no outcomes for this level.</p>
      )}
      {level.note && <p class="hint">{level.note}</p>}
      <Cite cite={level.cite} />
    </li>
  );
}

function GroupItem({ group, framework }: { group: Group; framework: Framework }) {
  const roles = framework.roles.filter((r) => r.groupId === group.id);
  const levels = (group.levelIds ?? []).map((id) => framework.levels.find((l) => l.id === id)?.title ?? id);
  const roleSources = [...new Set(roles.map((r) => citeText(r.cite, framework)))];
  return (
    <details class="fw-item">
      <summary>{group.title}</summary>
      <div class="fw-item-body">
        <p>{group.description}</p>
        {levels.length > 0 && (
          <p>
            <span class="fw-label">Training levels: </span>
            {levels.join('; ')}
          </p>
        )}
        <p class="fw-label">Example roles</p>
        {roles.length > 0 ? (
          <>
            <List items={roles.map((r) => r.title)} />
            {roleSources.map((s) => (
              <p key={s} class="fw-cite">
                Roles: {s}
              </p>
            ))}
          </>
        ) : (
          <p class="hint">The source names no example roles for this group.</p>
        )}
        {group.suggestedContent && group.suggestedContent.length > 0 && (
          <>
            <p class="fw-label">Suggested content</p>
            <List items={group.suggestedContent} />
          </>
        )}
        {group.suggestedMethods && group.suggestedMethods.length > 0 && (
          <>
            <p class="fw-label">Suggested methods</p>
            <List items={group.suggestedMethods} />
          </>
        )}
        {group.note && <p class="hint">{group.note}</p>}
        <Cite cite={group.cite} />
      </div>
    </details>
  );
}

function Courses({ framework: f }: { framework: Framework }) {
  if (f.courses.length === 0) {
    return (
      <p>
        {f.levels.length > 0
          ? 'The source lists no courses: its training is described by level (see Levels). Log your training against a level.'
          : 'The source lists no courses.'}
      </p>
    );
  }
  const levelIds = new Set(f.levels.map((l) => l.id));
  const byLevel = f.levels
    .map((level) => ({ key: level.id, title: level.title, courses: f.courses.filter((c) => c.levelId === level.id) }))
    .filter((g) => g.courses.length > 0);
  const other = f.courses.filter((c) => c.levelId === undefined || !levelIds.has(c.levelId));
  if (other.length > 0) byLevel.push({ key: 'other', title: byLevel.length ? 'Other courses' : 'All courses', courses: other });
  return (
    <>
      {byLevel.map((g) => (
        <div key={g.key} class="fw-course-group">
          <h3>
            {g.title} <span class="fw-count">({g.courses.length})</span>
          </h3>
          {g.courses.map((c) => (
            <CourseItem key={c.id} course={c} framework={f} />
          ))}
        </div>
      ))}
    </>
  );
}

function CourseItem({ course: c, framework }: { course: Course; framework: Framework }) {
  const groups = c.groupIds.map((id) => framework.groups.find((g) => g.id === id)?.title ?? id);
  const mode = describeModes(c.modes, c.modeText);
  const meta = [c.length ? describeLength(c.length) : null, c.category ?? null].filter(Boolean).join(' · ');
  return (
    <details class="fw-item">
      <summary>
        {c.title}
        {meta && <span class="fw-meta"> {meta}</span>}
      </summary>
      <div class="fw-item-body">
        <dl class="facts">
          {c.length && <Fact term="Length">{describeLength(c.length)}</Fact>}
          {mode && <Fact term="Mode">{mode}</Fact>}
          {c.category && <Fact term="Category">{c.category}</Fact>}
          {c.multiAgency !== undefined && <Fact term="Multi-agency">{c.multiAgency ? 'Yes' : 'No'}</Fact>}
          {groups.length > 0 && <Fact term="For groups">{groups.join('; ')}</Fact>}
        </dl>
        {c.audience && (
          <p>
            <span class="fw-label">For: </span>
            {c.audience}
          </p>
        )}
        {c.aim && (
          <p>
            <span class="fw-label">Aim: </span>
            {c.aim}
          </p>
        )}
        {c.outcomes.length > 0 && (
          <>
            <p class="fw-label">Outcomes</p>
            <List items={c.outcomes} />
          </>
        )}
        {c.note && <p class="hint">{c.note}</p>}
        <Cite cite={c.cite} />
      </div>
    </details>
  );
}

function Rules({ framework: f }: { framework: Framework }) {
  if (f.rules.length === 0) return <p>This framework sets no rules the app can follow.</p>;
  return (
    <>
      <details class="fw-item">
        <summary>What the labels mean</summary>
        <dl class="fw-force-key">
          {(Object.keys(FORCE_BADGE) as RuleForce[]).map((force) => (
            <div key={force}>
              <dt>
                <ForceBadge force={force} />
              </dt>
              <dd>{FORCE_EXPLANATION[force]}</dd>
            </div>
          ))}
        </dl>
      </details>
      <ul class="fw-items">
        {f.rules.map((rule) => (
          <RuleItem key={rule.id} rule={rule} framework={f} />
        ))}
      </ul>
    </>
  );
}

function RuleItem({ rule, framework }: { rule: Rule; framework: Framework }) {
  const details = describeRuleDetails(rule, framework);
  const courses = ruleCourseTitles(rule, framework);
  return (
    <li class="card">
      <p class="fw-rule-text">
        <ForceBadge force={rule.force} /> {rule.text}
      </p>
      {details.length > 0 && <List items={details} />}
      {courses.length > LISTED_COURSES_MAX && (
        <details class="fw-item">
          <summary>The {courses.length} courses</summary>
          <div class="fw-item-body">
            <List items={courses} />
          </div>
        </details>
      )}
      {rule.note && <p class="hint">{rule.note}</p>}
      <Cite cite={rule.cite} />
    </li>
  );
}

function PathwayItem({ pathway: p, framework }: { pathway: Pathway; framework: Framework }) {
  const group = framework.groups.find((g) => g.id === p.groupId)?.title ?? p.groupId;
  return (
    <details class="fw-item">
      <summary>{p.roleTitle}</summary>
      <div class="fw-item-body">
        <p class="hint">
          {group} · over {p.durationMonths} months
        </p>
        <ol>
          {p.items.map((item) => {
            const course = item.courseId ? framework.courses.find((c) => c.id === item.courseId) : undefined;
            return (
              <li key={item.id}>
                {item.title}
                {item.introductory && <span class="hint"> · introductory step</span>}
                <br />
                {course ? (
                  <span class="hint">Course: {course.title}</span>
                ) : (
                  <span class="fw-no-course">No catalogue course: log training from elsewhere</span>
                )}
                {item.note && <p class="hint">{item.note}</p>}
              </li>
            );
          })}
        </ol>
        <Cite cite={p.cite} />
      </div>
    </details>
  );
}
