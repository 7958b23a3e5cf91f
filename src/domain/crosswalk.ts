/**
 * What a user's training counts for in another partnership's framework (moving or adding a
 * partnership). Pure: reads the crosswalk data (src/frameworks/crosswalk.ts), the frameworks and
 * the trainings, and changes none of them. Two items correspond when they sit at the same step
 * of the common reference scale; the row's confidence is the weaker of the two placements, since
 * a match is only as sure as its least sure half.
 */
import {
  COURSE_TITLE_NOTES,
  REFERENCE_STEPS,
  STEP_PLACEMENTS,
  referenceStep,
  type MappingConfidence,
  type PlacedItem,
  type ReferenceStep,
  type StepPlacement,
} from '../frameworks/crosswalk';
import type { Citation, Course, Framework } from '../frameworks/types';
import type { Profile, Training } from './types';

export const CONFIRM_ADVICE = 'Confirm with your new partnership.';

/** One thing in the target framework that a training may count for. */
export interface CrosswalkTarget {
  kind: PlacedItem['kind'];
  id: string;
  title: string;
  confidence: MappingConfidence;
  rationale: string;
  cite: Citation;
}

/** Where a training sits in its own framework. */
export interface CrosswalkSource {
  frameworkId: string;
  frameworkName: string;
  /** The level (or course, where the course is placed itself) the training is linked to. */
  itemTitle: string;
  step: ReferenceStep;
  confidence: MappingConfidence;
  rationale: string;
  intercollegiate?: string;
  cite: Citation;
}

export type CrosswalkStatus =
  /** Target items at the same step. */
  | 'matched'
  /** No target item at the same step; the nearest below is offered, uncertainly. */
  | 'lower'
  /** Placed in its own framework, but nothing in the target framework at or below its step. */
  | 'no-match'
  /** No framework link, or a link with no level the crosswalk can place. */
  | 'not-mapped';

export interface CrosswalkRow {
  trainingId: string;
  title: string;
  startDate: string;
  /** The level as the user typed it (free text), shown beside a training that is not mapped. */
  levelText: string;
  status: CrosswalkStatus;
  source: CrosswalkSource | null;
  targets: CrosswalkTarget[];
  /** The row's overall confidence; null when nothing is matched. */
  confidence: MappingConfidence | null;
  /** Plain-words explanation of the match (or of why there is none). */
  explanation: string;
  /** Stated notes that apply (London Level 1/2 wording, health staff's Intercollegiate levels). */
  notes: Array<{ text: string; cite?: Citation }>;
}

const CONFIDENCE_RANK: Record<MappingConfidence, number> = { stated: 2, likely: 1, uncertain: 0 };

export function weakerConfidence(a: MappingConfidence, b: MappingConfidence): MappingConfidence {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b] ? a : b;
}

function sameItem(a: PlacedItem, b: PlacedItem): boolean {
  return a.kind === b.kind && ('id' in a ? a.id : '') === ('id' in b ? b.id : '');
}

/** The title of a placed item within its framework. */
export function placedItemTitle(framework: Framework, item: PlacedItem): string {
  switch (item.kind) {
    case 'level':
      return framework.levels.find((l) => l.id === item.id)?.title ?? item.id;
    case 'course':
      return framework.courses.find((c) => c.id === item.id)?.title ?? item.id;
    case 'all-courses':
      return `Any ${framework.shortName} course`;
    case 'topic': {
      for (const r of framework.rules)
        if (r.kind === 'minimum-content') {
          const t = r.topics.find((x) => x.id === item.id);
          if (t) return `${t.title} (minimum content topic)`;
        }
      return item.id;
    }
    case 'prior-step': {
      for (const r of framework.rules)
        if (r.kind === 'prerequisite') {
          const s = r.anyOf.find((x) => x.id === item.id);
          if (s) return s.title;
        }
      return item.id;
    }
  }
}

interface Placed {
  placement: StepPlacement;
  /** The concrete item the training is linked to (a course, where the placement covers all). */
  item: PlacedItem;
  title: string;
}

/** The course a training is linked to: directly, or through the pathway item it was logged
 * against (an item logged without its course still names the course it resolves to). */
function linkedCourse(training: Training, framework: Framework): Course | undefined {
  const link = training.link;
  if (!link || link.frameworkId !== framework.id) return undefined;
  const courseId =
    link.courseId ??
    framework.pathways.find((p) => p.id === link.pathwayId)?.items.find((i) => i.id === link.pathwayItemId)?.courseId ??
    null;
  return courseId ? framework.courses.find((c) => c.id === courseId) : undefined;
}

/** Where a training sits: its linked course's own placement first (London's introductory
 * courses, Solihull's modules), else its level (the link's, or the linked course's). */
function placeTraining(training: Training, frameworks: Map<string, Framework>, placements: readonly StepPlacement[]): Placed | null {
  const link = training.link;
  if (!link) return null;
  const framework = frameworks.get(link.frameworkId);
  if (!framework) return null;
  const own = placements.filter((p) => p.frameworkId === framework.id);
  const course = linkedCourse(training, framework);
  if (course) {
    const byCourse = own.find((p) => sameItem(p.item, { kind: 'course', id: course.id }));
    if (byCourse) return { placement: byCourse, item: byCourse.item, title: course.title };
  }
  const levelId = link.levelId ?? course?.levelId ?? null;
  if (levelId) {
    const byLevel = own.find((p) => sameItem(p.item, { kind: 'level', id: levelId }));
    if (byLevel) return { placement: byLevel, item: byLevel.item, title: placedItemTitle(framework, byLevel.item) };
  }
  if (course) {
    const anyCourse = own.find((p) => p.item.kind === 'all-courses');
    if (anyCourse) return { placement: anyCourse, item: { kind: 'course', id: course.id }, title: course.title };
  }
  return null;
}

function toTarget(framework: Framework, p: StepPlacement): CrosswalkTarget {
  return {
    kind: p.item.kind,
    id: 'id' in p.item ? p.item.id : '',
    title: placedItemTitle(framework, p.item),
    confidence: p.confidence,
    rationale: p.rationale,
    cite: p.cite,
  };
}

/** How the app matched a training to another partnership's item. No source mentions another
 * partnership, so the match is never the sources' own: it is the app's, made by the step of the
 * common scale where each source's own words place the two, and the user is asked to confirm it. */
export function matchExplanation(
  from: Framework,
  itemTitle: string,
  to: Framework,
  atStep: readonly StepPlacement[],
  step: ReferenceStep,
  confidence: MappingConfidence,
): string {
  const titles = atStep.map((t) => placedItemTitle(to, t.item));
  const targets = titles.length > 1 ? `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}` : titles[0];
  const how =
    confidence === 'stated'
      ? 'each source’s own description puts them at'
      : 'the app places them, from each source’s description of who the training is for, at';
  return `Matched by the app, not by the sources: no partnership compares its training with another’s. ${from.shortName}’s ${itemTitle} and ${to.shortName}’s ${targets}: ${how} the same step of the app’s common scale (${step.title}). ${CONFIRM_ADVICE}`;
}

function titleNotes(training: Training, framework: Framework | undefined): CrosswalkRow['notes'] {
  const course = framework && linkedCourse(training, framework);
  if (!framework || !course) return [];
  return COURSE_TITLE_NOTES.filter((n) => n.frameworkId === framework.id && course.title.trim().endsWith(n.titleEndsWith)).map((n) => ({
    text: n.text,
    cite: n.cite,
  }));
}

/**
 * For each training (in the order given), its place in its own framework and what it counts for
 * in `to`. `from` holds the frameworks the trainings link to (any not given leave their training
 * not mapped). Nothing passed in is changed.
 */
export function crosswalk(
  from: readonly Framework[],
  to: Framework,
  trainings: readonly Training[],
  placements: readonly StepPlacement[] = STEP_PLACEMENTS,
): CrosswalkRow[] {
  const frameworks = new Map<string, Framework>([...from, to].map((f) => [f.id, f]));
  const targets = placements.filter((p) => p.frameworkId === to.id && p.offerAsTarget);

  return trainings.map((training): CrosswalkRow => {
    const base = { trainingId: training.id, title: training.title, startDate: training.startDate, levelText: training.level.trim() };
    const ownFramework = training.link ? frameworks.get(training.link.frameworkId) : undefined;
    const notes = titleNotes(training, ownFramework);
    const placed = placeTraining(training, frameworks, placements);

    if (!placed) {
      const why = !training.link
        ? 'not linked to a framework level or course'
        : !ownFramework
          ? 'linked to a framework the app does not have'
          : `no level in ${ownFramework.shortName} that the crosswalk can place`;
      return {
        ...base,
        status: 'not-mapped',
        source: null,
        targets: [],
        confidence: null,
        explanation: `Not mapped: ${why}. ${CONFIRM_ADVICE}`,
        notes,
      };
    }

    const { placement } = placed;
    const step = referenceStep(placement.step);
    const source: CrosswalkSource = {
      frameworkId: placement.frameworkId,
      frameworkName: ownFramework!.shortName,
      itemTitle: placed.title,
      step,
      confidence: placement.confidence,
      rationale: placement.rationale,
      intercollegiate: placement.intercollegiate?.text,
      cite: placement.cite,
    };

    // Already in the target framework's own terms: it counts for exactly what it is linked to.
    if (placement.frameworkId === to.id) {
      return {
        ...base,
        status: 'matched',
        source,
        targets: [{ ...toTarget(to, { ...placement, item: placed.item }), confidence: 'stated' }],
        confidence: 'stated',
        explanation: `Already recorded against ${to.shortName}.`,
        notes,
      };
    }

    const atStep = targets.filter((t) => t.step === placement.step);
    if (atStep.length > 0) {
      const confidence = atStep.map((t) => t.confidence).reduce(weakerConfidence, placement.confidence);
      const intercollegiateNotes = atStep
        .filter((t) => t.intercollegiate && placement.intercollegiate && t.intercollegiate.text !== placement.intercollegiate.text)
        .map((t) => ({
          text:
            `For health staff: ${ownFramework!.shortName} states ${placed.title} is Intercollegiate ${placement.intercollegiate!.text}; ` +
            `${to.shortName} states ${placedItemTitle(to, t.item)} is Intercollegiate ${t.intercollegiate!.text}` +
            (Math.max(...placement.intercollegiate!.levels) < Math.min(...t.intercollegiate!.levels) ? ', a higher level.' : '.'),
        }));
      return {
        ...base,
        status: 'matched',
        source,
        targets: atStep.map((t) => toTarget(to, t)),
        confidence,
        explanation: matchExplanation(ownFramework!, placed.title, to, atStep, step, confidence),
        notes: [...notes, ...intercollegiateNotes],
      };
    }

    // Nothing at the same step: offer the nearest step below, where the training may count
    // towards the target's lower item; never a higher one.
    const below = REFERENCE_STEPS.filter((s) => s.order < step.order)
      .reverse()
      .map((s) => targets.filter((t) => t.step === s.id))
      .find((list) => list.length > 0);
    if (below) {
      return {
        ...base,
        status: 'lower',
        source,
        targets: below.map((t) => toTarget(to, t)),
        confidence: 'uncertain',
        explanation: `${to.shortName} has nothing at the same step (${step.title}); this is the nearest below, which your training may count towards. ${CONFIRM_ADVICE}`,
        notes,
      };
    }
    return {
      ...base,
      status: 'no-match',
      source,
      targets: [],
      confidence: null,
      explanation: `${to.shortName} has nothing at or below this step (${step.title}). ${CONFIRM_ADVICE}`,
      notes,
    };
  });
}

/** The profile after switching to another framework: the current one joins the previous
 * frameworks (so its history stays viewable), and the group and role are chosen again, since
 * they belong to the old framework. Training, reflections and everything else stay as they are. */
export function switchFramework<
  P extends Pick<Profile, 'frameworkId' | 'extraFrameworkIds' | 'previousFrameworkIds' | 'groupId' | 'roleId'>,
>(profile: P, newFrameworkId: string): P {
  if (newFrameworkId === profile.frameworkId) return profile;
  return {
    ...profile,
    frameworkId: newFrameworkId,
    previousFrameworkIds: [
      ...profile.previousFrameworkIds.filter((id) => id !== newFrameworkId && id !== profile.frameworkId),
      profile.frameworkId,
    ],
    extraFrameworkIds: profile.extraFrameworkIds.filter((id) => id !== newFrameworkId),
    groupId: null,
    roleId: null,
  };
}

/** The profile after adding a framework to follow beside the main one. */
export function followAlso<P extends Pick<Profile, 'frameworkId' | 'extraFrameworkIds'>>(profile: P, frameworkId: string): P {
  if (frameworkId === profile.frameworkId || profile.extraFrameworkIds.includes(frameworkId)) return profile;
  return { ...profile, extraFrameworkIds: [...profile.extraFrameworkIds, frameworkId] };
}

/** The profile after no longer following an extra framework. */
export function stopFollowing<P extends Pick<Profile, 'extraFrameworkIds'>>(profile: P, frameworkId: string): P {
  return { ...profile, extraFrameworkIds: profile.extraFrameworkIds.filter((id) => id !== frameworkId) };
}
