import * as v from 'valibot';
import type { Citation, Framework, Rule } from './types';

/**
 * Validation of a bundled framework: a valibot schema for the shape (kept in step with types.ts by
 * the type-level check below) and cross-reference checks that a schema cannot express (unique
 * ids, references that resolve, citations of the framework's own source file, level order).
 * Run by the tests over every framework in the registry.
 */

const text = v.pipe(v.string(), v.trim(), v.nonEmpty());
const id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and hyphens'));
const ids = v.array(id);
const positive = v.pipe(v.number(), v.finite(), v.gtValue(0));
const nonNegative = v.pipe(v.number(), v.finite(), v.minValue(0));

const CitationSchema = v.strictObject({ file: text, section: text, page: v.optional(text), quote: v.optional(text) });

const LevelSchema = v.strictObject({
  id,
  title: text,
  order: v.pipe(v.number(), v.integer(), v.minValue(0)),
  equivalence: v.optional(text),
  audience: v.optional(text),
  outcomes: v.array(text),
  note: v.optional(text),
  cite: CitationSchema,
  training: v.optional(v.strictObject({ force: v.picklist(['requirement', 'recommendation', 'guidance']), cite: CitationSchema })),
});

const RoleSchema = v.strictObject({ id, title: text, groupId: id, cite: CitationSchema });

const GroupSchema = v.strictObject({
  id,
  title: text,
  description: text,
  levelIds: v.optional(ids),
  suggestedContent: v.optional(v.array(text)),
  suggestedMethods: v.optional(v.array(text)),
  note: v.optional(text),
  cite: CitationSchema,
});

const CourseSchema = v.strictObject({
  id,
  title: text,
  levelId: v.optional(id),
  groupIds: ids,
  audience: v.optional(text),
  aim: v.optional(text),
  outcomes: v.array(text),
  length: v.optional(v.strictObject({ hours: positive, stated: v.boolean(), sourceText: text })),
  modes: v.optional(v.array(v.picklist(['face-to-face', 'virtual', 'e-learning', 'blended']))),
  modeText: v.optional(text),
  category: v.optional(v.picklist(['CORE', 'SPECIALIST'])),
  multiAgency: v.optional(v.boolean()),
  topics: v.optional(ids),
  note: v.optional(text),
  cite: CitationSchema,
});

const PathwaySchema = v.strictObject({
  id,
  roleTitle: text,
  groupId: id,
  durationMonths: positive,
  items: v.array(
    v.strictObject({
      id,
      title: text,
      courseId: v.nullable(id),
      note: v.optional(text),
      introductory: v.optional(v.boolean()),
    }),
  ),
  cite: CitationSchema,
});

const SelectorSchema = v.strictObject({
  courseIds: v.optional(ids),
  levelIds: v.optional(ids),
  allCourses: v.optional(v.boolean()),
  flags: v.optional(
    v.array(v.picklist(['makesReferrals', 'attendsConferences', 'earlyHelpAssessments', 'schoolDsl', 'managesOrSupervises'])),
  ),
  groupIds: v.optional(ids),
});

const PriorStepSchema = v.strictObject({
  id,
  title: text,
  levelIds: v.optional(ids),
  courseIds: v.optional(ids),
  singleAgencyTraining: v.optional(v.boolean()),
  userConfirmed: v.optional(v.boolean()),
});

const ruleBase = {
  id,
  force: v.picklist(['requirement', 'recommendation', 'guidance']),
  text,
  cite: CitationSchema,
  note: v.optional(text),
};

const RuleSchema = v.variant('kind', [
  v.strictObject({
    ...ruleBase,
    kind: v.literal('prerequisite'),
    appliesTo: SelectorSchema,
    anyOf: v.pipe(v.array(PriorStepSchema), v.minLength(1)),
  }),
  v.strictObject({ ...ruleBase, kind: v.literal('order'), appliesTo: SelectorSchema, first: v.pipe(ids, v.minLength(1)) }),
  v.strictObject({ ...ruleBase, kind: v.literal('manager-approval'), appliesTo: SelectorSchema }),
  v.strictObject({ ...ruleBase, kind: v.literal('refresh'), levelIds: v.pipe(ids, v.minLength(1)), intervalMonths: positive }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('yearly-hours'),
    appliesTo: SelectorSchema,
    minHours: positive,
    idealHours: v.optional(positive),
    counts: v.picklist(['multi-agency', 'any']),
  }),
  v.strictObject({ ...ruleBase, kind: v.literal('evaluation-followup'), fromMonths: nonNegative, toMonths: positive }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('minimum-content'),
    topics: v.pipe(
      v.array(v.strictObject({ id, title: text, keywords: v.pipe(v.array(text), v.minLength(1)), note: v.optional(text) })),
      v.minLength(1),
    ),
    interpretation: text,
  }),
  v.strictObject({ ...ruleBase, kind: v.literal('duty') }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('charging'),
    appliesTo: SelectorSchema,
    charges: v.pipe(v.array(v.strictObject({ when: text, amountGbp: nonNegative })), v.minLength(1)),
  }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('after-pathway'),
    then: v.pipe(v.array(v.picklist(['CORE', 'SPECIALIST'])), v.minLength(1)),
  }),
  v.strictObject({ ...ruleBase, kind: v.literal('adjoining-levels') }),
  v.strictObject({
    ...ruleBase,
    kind: v.literal('topic-training'),
    topicId: id,
    appliesTo: SelectorSchema,
    exemptions: v.optional(
      v.array(
        v.strictObject({
          roleIds: v.pipe(ids, v.minLength(1)),
          force: v.picklist(['requirement', 'recommendation', 'guidance']),
          text,
          cite: CitationSchema,
        }),
      ),
    ),
  }),
]);

export const FrameworkSchema = v.strictObject({
  id,
  partnership: text,
  shortName: text,
  title: text,
  edition: text,
  published: v.optional(text),
  sourceFile: text,
  area: text,
  levels: v.array(LevelSchema),
  groups: v.array(GroupSchema),
  roles: v.array(RoleSchema),
  courses: v.array(CourseSchema),
  rules: v.array(RuleSchema),
  pathways: v.array(PathwaySchema),
  approaches: v.array(v.strictObject({ id, title: text, description: text, cite: CitationSchema })),
  notes: v.array(text),
  cite: CitationSchema,
});

// Keeps the schema in step with types.ts: compilation fails if either has a field, or a field
// type, that the other lacks. Flatten turns types.ts's intersections (RuleBase & {...}) into
// plain object types, so that the two compare field by field.
type Flatten<T> = T extends object ? { [K in keyof T]: Flatten<T[K]> } : T;
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const schemaMatchesType: Equal<Flatten<v.InferOutput<typeof FrameworkSchema>>, Flatten<Omit<Framework, 'earlierEditions'>>> = true;
void schemaMatchesType;

/** Every problem with a framework, in plain words; empty when it is valid. */
export function validateFramework(f: unknown): string[] {
  const parsed = v.safeParse(FrameworkSchema, f);
  if (!parsed.success) {
    const id = typeof f === 'object' && f !== null && 'id' in f ? String(f.id) : '?';
    return parsed.issues.map((issue) => {
      const path = v.getDotPath(issue);
      return `Framework "${id}", ${path ?? 'top level'}: ${issue.message}`;
    });
  }
  return crossReferenceProblems(parsed.output);
}

function crossReferenceProblems(f: Framework): string[] {
  const problems: string[] = [];
  const where = `Framework "${f.id}"`;

  function uniqueIds(kind: string, items: ReadonlyArray<{ id: string }>): Set<string> {
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item.id)) problems.push(`${where}: ${kind} id "${item.id}" is used more than once.`);
      seen.add(item.id);
    }
    return seen;
  }

  const levelIds = uniqueIds('level', f.levels);
  const groupIds = uniqueIds('group', f.groups);
  const roleIds = uniqueIds('role', f.roles);
  const courseIds = uniqueIds('course', f.courses);
  uniqueIds('rule', f.rules);
  uniqueIds('pathway', f.pathways);
  uniqueIds('approach', f.approaches);
  const topics = f.rules.flatMap((r) => (r.kind === 'minimum-content' ? r.topics : []));
  const topicIds = uniqueIds('minimum-content topic', topics);

  function resolves(owner: string, kind: string, known: Set<string>, refs: readonly string[] | undefined): void {
    for (const ref of refs ?? []) {
      if (!known.has(ref)) problems.push(`${owner} refers to ${kind} "${ref}", which does not exist.`);
    }
  }

  function cited(owner: string, cite: Citation): void {
    if (cite.file !== f.sourceFile) {
      problems.push(`${owner} cites "${cite.file}", not the framework's source file "${f.sourceFile}".`);
    }
  }

  cited(where, f.cite);

  f.levels.forEach((level, i) => {
    const owner = `Level "${level.id}"`;
    cited(owner, level.cite);
    const previous = f.levels[i - 1];
    if (previous && level.order <= previous.order) {
      problems.push(
        `${owner} has order ${level.order}, which is not after "${previous.id}" (order ${previous.order}): levels must be listed in ascending, unique order.`,
      );
    }
  });

  for (const group of f.groups) {
    const owner = `Group "${group.id}"`;
    cited(owner, group.cite);
    resolves(owner, 'level', levelIds, group.levelIds);
  }

  for (const role of f.roles) {
    const owner = `Role "${role.id}"`;
    cited(owner, role.cite);
    resolves(owner, 'group', groupIds, [role.groupId]);
  }

  for (const course of f.courses) {
    const owner = `Course "${course.id}"`;
    cited(owner, course.cite);
    resolves(owner, 'level', levelIds, course.levelId === undefined ? [] : [course.levelId]);
    resolves(owner, 'group', groupIds, course.groupIds);
    resolves(owner, 'minimum-content topic', topicIds, course.topics);
  }

  for (const pathway of f.pathways) {
    const owner = `Pathway "${pathway.id}"`;
    cited(owner, pathway.cite);
    resolves(owner, 'group', groupIds, [pathway.groupId]);
    const itemIds = new Set<string>();
    for (const item of pathway.items) {
      if (itemIds.has(item.id)) problems.push(`${owner}: item id "${item.id}" is used more than once.`);
      itemIds.add(item.id);
      resolves(`${owner}, item "${item.id}"`, 'course', courseIds, item.courseId === null ? [] : [item.courseId]);
    }
    if (pathway.items.length === 0) problems.push(`${owner} has no items.`);
  }

  for (const approach of f.approaches) cited(`Approach "${approach.id}"`, approach.cite);

  for (const rule of f.rules) ruleProblems(rule);

  function ruleProblems(rule: Rule): void {
    const owner = `Rule "${rule.id}"`;
    cited(owner, rule.cite);
    if ('appliesTo' in rule) {
      resolves(owner, 'course', courseIds, rule.appliesTo.courseIds);
      resolves(owner, 'level', levelIds, rule.appliesTo.levelIds);
      resolves(owner, 'group', groupIds, rule.appliesTo.groupIds);
    }
    switch (rule.kind) {
      case 'prerequisite': {
        const stepIds = new Set<string>();
        for (const step of rule.anyOf) {
          const stepOwner = `${owner}, prior step "${step.id}"`;
          if (stepIds.has(step.id)) problems.push(`${owner}: prior step id "${step.id}" is used more than once.`);
          stepIds.add(step.id);
          resolves(stepOwner, 'level', levelIds, step.levelIds);
          resolves(stepOwner, 'course', courseIds, step.courseIds);
          const satisfiable =
            (step.levelIds?.length ?? 0) > 0 || (step.courseIds?.length ?? 0) > 0 || step.singleAgencyTraining || step.userConfirmed;
          if (!satisfiable) problems.push(`${stepOwner} cannot be met: it names no level, course, single-agency training or confirmation.`);
        }
        break;
      }
      case 'order':
        resolves(owner, 'course', courseIds, rule.first);
        break;
      case 'refresh':
        resolves(owner, 'level', levelIds, rule.levelIds);
        break;
      case 'yearly-hours':
        if (rule.idealHours !== undefined && rule.idealHours < rule.minHours) {
          problems.push(`${owner}: the ideal hours (${rule.idealHours}) are fewer than the minimum (${rule.minHours}).`);
        }
        break;
      case 'evaluation-followup':
        if (rule.toMonths < rule.fromMonths)
          problems.push(`${owner}: the follow-up window ends (${rule.toMonths} months) before it starts (${rule.fromMonths} months).`);
        break;
      case 'topic-training':
        resolves(owner, 'minimum-content topic', topicIds, [rule.topicId]);
        for (const e of rule.exemptions ?? []) {
          cited(`${owner}, exemption`, e.cite);
          resolves(`${owner}, exemption`, 'role', roleIds, e.roleIds);
        }
        break;
      default:
        break;
    }
  }

  return problems;
}
