import * as v from 'valibot';
import {
  FRAMEWORK_FILE_FORMAT,
  FRAMEWORK_FILE_LIMITS,
  FRAMEWORK_FILE_VERSION,
  FrameworkFileSchema,
  fileToFramework,
  type FileFramework,
  type FrameworkFile,
} from './file-format';
import type { Framework } from './types';

/**
 * Reading a framework file: everything is checked before the app keeps anything. The result is
 * either the framework (with warnings to show, e.g. text that looks like web page code, which the
 * screens show as plain text) or every problem in plain words, each naming the item and field
 * ("course 'Neglect': level 'l4' is not one of the framework's levels"). Pure; never throws.
 */

export type FrameworkFileResult =
  { ok: true; file: FrameworkFile; framework: Framework; warnings: string[] } | { ok: false; errors: string[] };

/** At most this many problems are listed; the rest are counted. */
export const MAX_LISTED_PROBLEMS = 20;

const MB = 1024 * 1024;

export interface ReadOptions {
  /** Framework ids a file may not take (the bundled frameworks'). */
  reservedIds?: ReadonlySet<string>;
}

/** Checks a file's text (as read from disk) and returns the framework or the problems. */
export function readFrameworkFile(textOrBytes: string, options: ReadOptions = {}): FrameworkFileResult {
  try {
    return read(textOrBytes, options);
  } catch (e) {
    // A bug in the checks must not reach the screen as a crash: the file is refused.
    return { ok: false, errors: [`The file could not be checked (${e instanceof Error ? e.message : String(e)}). Nothing was added.`] };
  }
}

function fail(...errors: string[]): FrameworkFileResult {
  return { ok: false, errors };
}

function read(content: string, options: ReadOptions): FrameworkFileResult {
  // Characters are at least one byte: a longer string is certainly over the limit.
  const bytes = content.length > FRAMEWORK_FILE_LIMITS.bytes ? content.length : new TextEncoder().encode(content).length;
  if (bytes > FRAMEWORK_FILE_LIMITS.bytes) {
    return fail(
      `This file is ${(bytes / MB).toFixed(1)} MB; a framework file can be at most ${FRAMEWORK_FILE_LIMITS.bytes / MB} MB. Nothing was added.`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch {
    return fail('This is not a framework file: it is not JSON text. Choose the .json framework file you were given.');
  }
  return check(json, options);
}

/** Checks a framework file already parsed from JSON (a stored or restored one). Never throws. */
export function checkFrameworkFileJson(json: unknown, options: ReadOptions = {}): FrameworkFileResult {
  try {
    return check(json, options);
  } catch (e) {
    return { ok: false, errors: [`The file could not be checked (${e instanceof Error ? e.message : String(e)}).`] };
  }
}

function check(json: unknown, options: ReadOptions): FrameworkFileResult {
  if (!isObject(json) || !Object.hasOwn(json, 'format') || json.format !== FRAMEWORK_FILE_FORMAT) {
    return fail(`This is not a framework file for this app: it does not say "format": "${FRAMEWORK_FILE_FORMAT}".`);
  }
  const version = Object.hasOwn(json, 'formatVersion') ? json.formatVersion : undefined;
  if (version !== FRAMEWORK_FILE_VERSION) {
    return fail(
      typeof version === 'number' && version > FRAMEWORK_FILE_VERSION
        ? `This framework file is format version ${version}, made for a newer version of the app (this one reads version ${FRAMEWORK_FILE_VERSION}). Update the app, then add it again.`
        : `This framework file's format version (${describeValue(version)}) is not one this app reads: it reads version ${FRAMEWORK_FILE_VERSION}.`,
    );
  }
  const tooMany = countProblems(json);
  if (tooMany.length) return fail(...tooMany);

  const parsed = v.safeParse(FrameworkFileSchema, json);
  if (!parsed.success) return fail(...capped(parsed.issues.map((issue) => describeIssue(issue, json))));

  const file = parsed.output;
  const problems = crossReferenceProblems(file.framework, options);
  if (problems.length) return fail(...capped(problems));
  return { ok: true, file, framework: fileToFramework(file), warnings: warnings(file.framework) };
}

function capped(problems: string[]): string[] {
  if (problems.length <= MAX_LISTED_PROBLEMS) return problems;
  return [...problems.slice(0, MAX_LISTED_PROBLEMS), `…and ${problems.length - MAX_LISTED_PROBLEMS} more problems.`];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function describeValue(x: unknown): string {
  if (x === undefined) return 'missing';
  const s = JSON.stringify(x) ?? String(x);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

const COUNTED: ReadonlyArray<[key: string, limit: number, noun: string]> = [
  ['levels', FRAMEWORK_FILE_LIMITS.levels, 'levels'],
  ['groups', FRAMEWORK_FILE_LIMITS.groups, 'groups'],
  ['roles', FRAMEWORK_FILE_LIMITS.roles, 'roles'],
  ['courses', FRAMEWORK_FILE_LIMITS.courses, 'courses'],
  ['rules', FRAMEWORK_FILE_LIMITS.rules, 'rules'],
  ['pathways', FRAMEWORK_FILE_LIMITS.pathways, 'pathways'],
];

/** Too many items is said once, before checking each item (10,000 courses would give 10,000 problems). */
function countProblems(json: Record<string, unknown>): string[] {
  const f = Object.hasOwn(json, 'framework') ? json.framework : undefined;
  if (!isObject(f)) return [];
  const out: string[] = [];
  for (const [key, limit, noun] of COUNTED) {
    const items = Object.hasOwn(f, key) ? f[key] : undefined;
    if (Array.isArray(items) && items.length > limit) {
      out.push(
        `This framework has ${items.length.toLocaleString('en-GB')} ${noun}; a framework file can have at most ${limit.toLocaleString('en-GB')}.`,
      );
    }
  }
  return out;
}

// ---- Plain-word issues, naming the item and the field.

const ITEM_NOUN: Readonly<Record<string, string>> = {
  levels: 'level',
  groups: 'group',
  roles: 'role',
  courses: 'course',
  rules: 'rule',
  pathways: 'pathway',
  approaches: 'approach',
  notes: 'note',
  items: 'item',
  anyOf: 'prior step',
  topics: 'topic',
  charges: 'charge',
};

/** "course 'Neglect'" for an item with a title, "course 3" for one without. */
function itemName(noun: string, item: unknown, index: number): string {
  if (isObject(item)) {
    for (const key of ['title', 'roleTitle', 'id']) {
      const value = Object.hasOwn(item, key) ? item[key] : undefined;
      if (typeof value === 'string' && value.trim()) return `${noun} '${short(value.trim())}'`;
    }
  }
  return `${noun} ${index + 1}`;
}

function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 60)}…` : s;
}

type Issue = v.InferIssue<typeof FrameworkFileSchema>;

function describeIssue(issue: Issue, root: unknown): string {
  const path = issue.path ?? [];
  const where: string[] = [];
  const field: string[] = [];
  let node: unknown = root;
  let noun: string | undefined;
  for (const step of path) {
    const key = step.key;
    if (typeof key === 'number' && noun !== undefined && Array.isArray(node)) {
      where.push(itemName(noun, node[key], key));
      field.length = 0;
      noun = undefined;
    } else if (typeof key === 'string' && key !== 'framework') {
      noun = Object.hasOwn(ITEM_NOUN, key) ? ITEM_NOUN[key] : undefined;
      field.push(key);
    } else if (typeof key === 'number') {
      field.push(String(key + 1));
    }
    node = isObject(node) || Array.isArray(node) ? (node as Record<string | number, unknown>)[key as string] : undefined;
  }
  const owner = where.length ? where.join(', ') : 'The framework';
  const fieldName = field.join('.');
  const message = issueMessage(issue);
  return fieldName ? `${owner}: ${fieldName} ${message}` : `${owner}: ${message}`;
}

function issueMessage(issue: Issue): string {
  // valibot's own words for a missing or unknown field; ours (in the schema) for everything else.
  if (issue.kind === 'schema' && issue.input === undefined && issue.type === 'strict_object') {
    return 'is missing';
  }
  if (issue.type === 'strict_object' && issue.expected === 'never') return `is not a field of the format (check its spelling)`;
  if (issue.type === 'variant' && issue.input === undefined) return 'is missing';
  return issue.message.startsWith('Invalid') ? issue.message : `${issue.message} (it is ${describeValue(issue.input)})`;
}

// ---- What a schema cannot say: ids unique, references that resolve, no circular prerequisites.

function crossReferenceProblems(f: FileFramework, options: ReadOptions): string[] {
  const problems: string[] = [];
  if (options.reservedIds?.has(f.id)) {
    problems.push(
      `The framework: its id '${f.id}' is the id of a framework the app already includes. Give your framework its own id (for example '${f.id}-local').`,
    );
  }

  function unique<T extends { id: string }>(items: readonly T[], name: (item: T, i: number) => string): Map<string, T> {
    const byId = new Map<string, T>();
    items.forEach((item, i) => {
      const first = byId.get(item.id);
      if (first) problems.push(`${name(item, i)}: the id '${item.id}' is also the id of ${name(first, items.indexOf(first))}.`);
      else byId.set(item.id, item);
    });
    return byId;
  }
  const named =
    (noun: string) =>
    (item: unknown, i: number): string =>
      itemName(noun, item, i);

  const levels = unique(f.levels, named('level'));
  const groups = unique(f.groups, named('group'));
  const roles = unique(f.roles, named('role'));
  const courses = unique(f.courses, named('course'));
  unique(f.rules, named('rule'));
  unique(f.pathways, named('pathway'));
  unique(f.approaches, named('approach'));
  const topicList = f.rules.flatMap((r) => (r.kind === 'minimum-content' ? r.topics : []));
  const topics = unique(topicList, named('topic'));

  function refs(owner: string, field: string, noun: string, known: ReadonlyMap<string, unknown>, ids: readonly string[] | undefined): void {
    for (const ref of ids ?? []) {
      if (!known.has(ref)) problems.push(`${owner}: ${field} '${ref}' is not one of the framework's ${noun}.`);
    }
  }

  f.levels.forEach((level, i) => {
    const previous = f.levels[i - 1];
    if (previous && level.order <= previous.order) {
      problems.push(
        `${itemName('level', level, i)}: order ${level.order} is not after ${itemName('level', previous, i - 1)} (order ${previous.order}); list levels from first to last, each with a higher order.`,
      );
    }
  });
  f.groups.forEach((g, i) => refs(itemName('group', g, i), 'level', 'levels', levels, g.levelIds));
  f.roles.forEach((r, i) => refs(itemName('role', r, i), 'group', 'groups', groups, [r.groupId]));
  f.courses.forEach((c, i) => {
    const owner = itemName('course', c, i);
    refs(owner, 'level', 'levels', levels, c.levelId === undefined ? [] : [c.levelId]);
    refs(owner, 'group', 'groups', groups, c.groupIds);
    refs(owner, 'topic', 'minimum-content topics', topics, c.topics);
  });
  f.pathways.forEach((p, i) => {
    const owner = itemName('pathway', p, i);
    refs(owner, 'group', 'groups', groups, [p.groupId]);
    if (p.items.length === 0) problems.push(`${owner}: it has no items.`);
    const seen = new Set<string>();
    p.items.forEach((item, j) => {
      const itemOwner = `${owner}, ${itemName('item', item, j)}`;
      if (seen.has(item.id)) problems.push(`${itemOwner}: the id '${item.id}' is used by another item of this pathway.`);
      seen.add(item.id);
      refs(itemOwner, 'course', 'courses', courses, item.courseId === null ? [] : [item.courseId]);
    });
  });
  f.rules.forEach((rule, i) => {
    const owner = itemName('rule', rule, i);
    if ('appliesTo' in rule) {
      refs(owner, 'appliesTo course', 'courses', courses, rule.appliesTo.courseIds);
      refs(owner, 'appliesTo level', 'levels', levels, rule.appliesTo.levelIds);
      refs(owner, 'appliesTo group', 'groups', groups, rule.appliesTo.groupIds);
    }
    switch (rule.kind) {
      case 'prerequisite': {
        const seen = new Set<string>();
        rule.anyOf.forEach((step, j) => {
          const stepOwner = `${owner}, ${itemName('prior step', step, j)}`;
          if (seen.has(step.id)) problems.push(`${stepOwner}: the id '${step.id}' is used by another prior step of this rule.`);
          seen.add(step.id);
          refs(stepOwner, 'level', 'levels', levels, step.levelIds);
          refs(stepOwner, 'course', 'courses', courses, step.courseIds);
          if (!step.levelIds?.length && !step.courseIds?.length && !step.singleAgencyTraining && !step.userConfirmed) {
            problems.push(`${stepOwner}: it cannot be met; give levelIds, courseIds, singleAgencyTraining or userConfirmed.`);
          }
        });
        break;
      }
      case 'order':
        refs(owner, 'first course', 'courses', courses, rule.first);
        break;
      case 'refresh':
        refs(owner, 'level', 'levels', levels, rule.levelIds);
        break;
      case 'yearly-hours':
        if (rule.idealHours !== undefined && rule.idealHours < rule.minHours) {
          problems.push(`${owner}: idealHours (${rule.idealHours}) is fewer than minHours (${rule.minHours}).`);
        }
        break;
      case 'evaluation-followup':
        if (rule.toMonths < rule.fromMonths) {
          problems.push(`${owner}: toMonths (${rule.toMonths}) is before fromMonths (${rule.fromMonths}).`);
        }
        break;
      case 'topic-training':
        refs(owner, 'topicId', 'minimum-content topics', topics, [rule.topicId]);
        for (const e of rule.exemptions ?? []) refs(`${owner}, exemption`, 'role', 'roles', roles, e.roleIds);
        break;
      default:
        break;
    }
  });
  if (problems.length === 0) problems.push(...cycleProblems(f));
  return problems;
}

/**
 * Prerequisites and order rules must not go round in a circle (A before B before A), or the app
 * could never suggest either. A graph of courses, levels and rules, walked iteratively (a file
 * can have thousands of courses): course -> rule (when the rule applies to it and the course is
 * not itself a way to meet it, as the engine reads it) -> the courses and levels that meet it ->
 * a level's courses.
 */
function cycleProblems(f: FileFramework): string[] {
  const nodes: string[] = [];
  const index = new Map<string, number>();
  const node = (key: string): number => {
    let n = index.get(key);
    if (n === undefined) {
      n = nodes.length;
      nodes.push(key);
      index.set(key, n);
    }
    return n;
  };
  const edges: number[][] = [];
  const edge = (a: number, b: number) => (edges[a] ??= []).push(b);
  const courseNode = (id: string) => node(`c:${id}`);
  const levelNode = (id: string) => node(`l:${id}`);

  for (const c of f.courses) {
    courseNode(c.id);
    if (c.levelId !== undefined) edge(levelNode(c.levelId), courseNode(c.id));
  }
  const picks = (sel: { courseIds?: string[]; levelIds?: string[]; allCourses?: boolean }) =>
    f.courses.filter(
      (c) => sel.allCourses || sel.courseIds?.includes(c.id) || (c.levelId !== undefined && sel.levelIds?.includes(c.levelId)),
    );

  for (const rule of f.rules) {
    if (rule.kind === 'prerequisite') {
      const r = node(`r:${rule.id}`);
      const meetingCourses = new Set(rule.anyOf.flatMap((s) => s.courseIds ?? []));
      const meetingLevels = new Set(rule.anyOf.flatMap((s) => s.levelIds ?? []));
      for (const c of picks(rule.appliesTo)) {
        if (meetingCourses.has(c.id) || (c.levelId !== undefined && meetingLevels.has(c.levelId))) continue;
        edge(courseNode(c.id), r);
      }
      for (const id of meetingCourses) edge(r, courseNode(id));
      for (const id of meetingLevels) edge(r, levelNode(id));
    } else if (rule.kind === 'order') {
      const r = node(`r:${rule.id}`);
      const first = new Set(rule.first);
      for (const c of picks(rule.appliesTo)) if (!first.has(c.id)) edge(courseNode(c.id), r);
      for (const id of first) edge(r, courseNode(id));
    }
  }

  // Iterative depth-first search; a grey node reached again closes a circle.
  const WHITE = 0;
  const GREY = 1;
  const BLACK = 2;
  const colour = new Uint8Array(nodes.length);
  const parent = new Int32Array(nodes.length).fill(-1);
  for (let start = 0; start < nodes.length; start++) {
    if (colour[start] !== WHITE) continue;
    const stack: Array<[number, number]> = [[start, 0]];
    colour[start] = GREY;
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      const [n, i] = top;
      const out = edges[n] ?? [];
      if (i >= out.length) {
        colour[n] = BLACK;
        stack.pop();
        continue;
      }
      top[1] = i + 1;
      const m = out[i]!;
      if (colour[m] === GREY) return [describeCycle(f, nodes, parent, n, m)];
      if (colour[m] === WHITE) {
        colour[m] = GREY;
        parent[m] = n;
        stack.push([m, 0]);
      }
    }
  }
  return [];
}

function describeCycle(f: FileFramework, nodes: string[], parent: Int32Array, from: number, to: number): string {
  const path: number[] = [from];
  for (let n = from; n !== to && parent[n]! >= 0; n = parent[n]!) path.push(parent[n]!);
  path.reverse();
  const titles = new Map<string, string>();
  for (const c of f.courses) titles.set(`c:${c.id}`, `course '${short(c.title)}'`);
  for (const l of f.levels) titles.set(`l:${l.id}`, `level '${short(l.title)}'`);
  for (const r of f.rules) titles.set(`r:${r.id}`, `rule '${r.id}'`);
  const names = path.map((n) => titles.get(nodes[n]!) ?? nodes[n]!).filter((name) => !name.startsWith('rule'));
  const rules = path.map((n) => nodes[n]!).filter((key) => key.startsWith('r:'));
  const first = names[0] ?? titles.get(nodes[to]!) ?? '';
  return `${first}: prerequisites go round in a circle (${[...names, first].join(' needs ')}), so none of them could ever be done first. Check rule ${rules.map((r) => `'${r.slice(2)}'`).join(' and ')}.`;
}

// ---- Warnings: the file is accepted, and the user is told.

const MARKUP = /<\s*[a-zA-Z!/?]/;

function warnings(f: FileFramework): string[] {
  const found: string[] = [];
  const walk = (value: unknown, where: string): void => {
    if (found.length >= 3) return;
    if (typeof value === 'string') {
      if (MARKUP.test(value)) found.push(where);
    } else if (Array.isArray(value)) {
      for (const item of value) walk(item, where);
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        const noun = Object.hasOwn(ITEM_NOUN, key) ? ITEM_NOUN[key] : undefined;
        if (noun && Array.isArray(item)) item.forEach((x, i) => walk(x, itemName(noun, x, i)));
        else walk(item, where);
      }
    }
  };
  walk(f, 'the framework');
  if (!found.length) return [];
  return [
    `Some text looks like web page code (in ${[...new Set(found)].join('; ')}). The app shows it as plain text and never runs it; if it is not meant to be there, correct the file.`,
  ];
}
