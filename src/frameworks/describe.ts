import type { Citation, CourseLength, DeliveryMode, Framework, Rule, RuleForce } from './types';

/**
 * Plain-word descriptions of framework data, shared by the screens that show it (the Frameworks
 * browse screen first). Pure: no DOM.
 */

export const FORCE_BADGE: Record<RuleForce, string> = {
  requirement: 'Requirement',
  recommendation: 'Recommendation',
  guidance: 'Guidance',
};

export const FORCE_EXPLANATION: Record<RuleForce, string> = {
  requirement: 'The source says this must be done ("should not attend unless", "must").',
  recommendation: 'The source says this should ideally be done; the app ranks it, it does not block anything.',
  guidance: 'The source suggests this, or gives it as information; it is not a fixed rule.',
};

function hoursText(hours: number): string {
  return `${hours} ${hours === 1 ? 'hour' : 'hours'}`;
}

/** "3 hours (assumed from ½ day)" where the source gives only a length; "6 hours (1 day or
 * 6 hours)" where it states hours in its own words. */
export function describeLength(length: CourseLength): string {
  const hours = hoursText(length.hours);
  if (!length.stated) return `${hours} (assumed from ${length.sourceText})`;
  return length.sourceText === hours ? hours : `${hours} (${length.sourceText})`;
}

const MODE_LABEL: Record<DeliveryMode, string> = {
  'face-to-face': 'face to face',
  virtual: 'virtual',
  'e-learning': 'e-learning',
  blended: 'blended',
};

/** The source's mode wording where kept, otherwise the parsed modes. */
export function describeModes(modes: DeliveryMode[] | undefined, modeText: string | undefined): string | null {
  if (modeText) return modeText;
  if (!modes || modes.length === 0) return null;
  return modes.map((m) => MODE_LABEL[m]).join(' or ');
}

/** What a citation needs to know of the framework it belongs to (and of the bundled ones). */
export type CitedFramework = Pick<Framework, 'partnership' | 'title' | 'sourceFile'>;

/** A seed or source file's name ("003_e5fc25b61485eef5.txt"): kept in the data for the source
 * check and tests, never shown to people. */
const FILE_NAME = /^[^\s/\\]+\.(txt|pdf|docx?|html?|md)$/i;

/**
 * A citation as people read it: partnership, document title, section heading and page where the
 * source has pages, e.g. "London Safeguarding Children Board, Competence Matters: …, 7. The
 * Framework, page 12". Never the file name. `withDocument: false` leaves out the partnership and
 * title when they are the framework's own (a screen that already names them, the framework page);
 * another document is still named. `known` lets a citation of another bundled framework's file
 * name that framework (the crosswalk).
 */
export function describeCitation(
  cite: Citation,
  framework: CitedFramework,
  { withDocument = true, known = [] }: { withDocument?: boolean; known?: readonly CitedFramework[] } = {},
): string {
  const own = cite.file === framework.sourceFile || cite.file === framework.title;
  const from = own ? framework : known.find((f) => f.sourceFile === cite.file);
  const document = from
    ? own && !withDocument
      ? null
      : `${from.partnership}, ${from.title}`
    : FILE_NAME.test(cite.file)
      ? null
      : cite.file;
  return [document, cite.section, cite.page ? `page ${cite.page}` : null].filter(Boolean).join(', ');
}

function listOf(titles: string[]): string {
  if (titles.length <= 1) return titles.join('');
  return `${titles.slice(0, -1).join(', ')} and ${titles[titles.length - 1]}`;
}

/** Rules naming more courses than this summarise them as a count. */
export const LISTED_COURSES_MAX = 3;

/** The titles of the courses a rule applies to, by name. */
export function ruleCourseTitles(rule: Rule, framework: Framework): string[] {
  const ids = 'appliesTo' in rule ? (rule.appliesTo.courseIds ?? []) : [];
  return ids.map((id) => framework.courses.find((c) => c.id === id)?.title ?? id);
}

/** Details of a rule beyond its text, in plain words, naming courses and levels by title. */
export function describeRuleDetails(rule: Rule, framework: Framework): string[] {
  const courseTitle = (id: string) => framework.courses.find((c) => c.id === id)?.title ?? id;
  const levelTitle = (id: string) => framework.levels.find((l) => l.id === id)?.title ?? id;
  const groupTitle = (id: string) => framework.groups.find((g) => g.id === id)?.title ?? id;
  const details: string[] = [];
  if ('appliesTo' in rule) {
    const a = rule.appliesTo;
    if (a.allCourses) details.push(`Applies to every ${framework.shortName} course.`);
    if (a.levelIds?.length) details.push(`Applies to: ${listOf(a.levelIds.map(levelTitle))}.`);
    // A long list is summarised; ruleCourseTitles gives the titles for a screen to list apart.
    if (a.courseIds?.length) {
      details.push(
        a.courseIds.length > LISTED_COURSES_MAX
          ? `Applies to ${a.courseIds.length} courses.`
          : `Applies to: ${listOf(a.courseIds.map(courseTitle))}.`,
      );
    }
    if (a.groupIds?.length) details.push(`For: ${listOf(a.groupIds.map(groupTitle))}.`);
  }
  switch (rule.kind) {
    case 'prerequisite':
      details.push(`Met by any one of: ${rule.anyOf.map((s) => (s.userConfirmed ? `${s.title} (you confirm it)` : s.title)).join('; ')}.`);
      break;
    case 'order':
      details.push(`First: ${listOf(rule.first.map(courseTitle))}.`);
      break;
    case 'refresh':
      details.push(`Refresh at least every ${rule.intervalMonths} months: ${listOf(rule.levelIds.map(levelTitle))}.`);
      break;
    case 'yearly-hours':
      details.push(
        `At least ${hoursText(rule.minHours)} a year` +
          (rule.idealHours ? `, ideally ${hoursText(rule.idealHours)}` : '') +
          (rule.counts === 'multi-agency' ? ' of multi-agency training.' : ' of training.'),
      );
      break;
    case 'evaluation-followup':
      details.push(`Follow up the impact ${rule.fromMonths} to ${rule.toMonths} months after training.`);
      break;
    case 'minimum-content':
      details.push(`Topics: ${rule.topics.map((t) => t.title).join('; ')}.`, rule.interpretation);
      break;
    case 'charging':
      for (const c of rule.charges) details.push(`${c.when}: ${c.amountGbp === 0 ? 'no charge' : `£${c.amountGbp}`}.`);
      break;
    case 'after-pathway':
      // "should be followed by all relevant CORE training courses, and relevant SPECIALIST
      // courses" (London): followed by both, with no order between them.
      details.push(`After the pathway: all relevant ${rule.then.join(' courses, and relevant ')} courses.`);
      break;
    case 'topic-training': {
      const topic = framework.rules.flatMap((r) => (r.kind === 'minimum-content' ? r.topics : [])).find((t) => t.id === rule.topicId);
      details.push(`Met by training that covers ${topic ? topic.title : rule.topicId}.`);
      const roleTitle = (id: string) => framework.roles.find((r) => r.id === id)?.title ?? id;
      for (const e of rule.exemptions ?? [])
        details.push(`${listOf(e.roleIds.map(roleTitle))} (${FORCE_BADGE[e.force].toLowerCase()}): ${e.text}`);
      break;
    }
    default:
      break;
  }
  return details;
}
