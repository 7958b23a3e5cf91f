/**
 * The common model of a bundled competency framework. Pure data: the suggestion engine in
 * src/domain interprets the rule records; adding a framework needs no engine code for rule kinds
 * that already exist. Every item cites its seed file and the section it comes from.
 */

/** Where an item comes from: the seed file, its section/table/heading, and optionally a short
 * phrase that must appear verbatim (after whitespace and dash normalising) in that file. */
export interface Citation {
  file: string;
  section: string;
  /** Page or pages, where the document has pages (framework files can give them). */
  page?: string;
  quote?: string;
}

/** How strongly the source words a rule. "should not attend unless" is a requirement;
 * "ideally" is a recommendation; "not a fixed rule" / "suggested" is guidance. */
export type RuleForce = 'requirement' | 'recommendation' | 'guidance';

export type DeliveryMode = 'face-to-face' | 'virtual' | 'e-learning' | 'blended';

/** A course length: the number the app uses, whether the source states it in hours, and the
 * source's own wording ("½ day", "1 day or 6 hours"). */
export interface CourseLength {
  hours: number;
  /** false where the hours are assumed by the source's own equivalence (½ day = 3 hours). */
  stated: boolean;
  sourceText: string;
}

export interface Level {
  id: string;
  title: string;
  /** 0-based position in the framework's order (lower comes first). */
  order: number;
  /** e.g. "Intercollegiate Level 1" where the source states an equivalence. */
  equivalence?: string;
  audience?: string;
  outcomes: string[];
  note?: string;
  cite: Citation;
  /** How strongly the source asks the groups placed at this level to train at it, in its own
   * words (Worcestershire "mandatory induction", "To ensure that all staff ... attend training":
   * requirement; Coventry's Table 2 "Suggested Training methods": guidance), and where it says so.
   * Absent: recommendation. Read by the engine's level suggestions. */
  training?: { force: RuleForce; cite: Citation };
}

export interface Role {
  id: string;
  title: string;
  groupId: string;
  cite: Citation;
}

export interface Group {
  id: string;
  title: string;
  description: string;
  /** The framework levels this group's training sits at, where the source says. */
  levelIds?: string[];

  /** Suggested content / methods (Coventry Table 2), in short words. */
  suggestedContent?: string[];
  suggestedMethods?: string[];
  note?: string;
  cite: Citation;
}

export interface Course {
  id: string;
  title: string;
  /** Level or group tier the course belongs to. */
  levelId?: string;
  /** Groups the course is aimed at ([] = not stated). */
  groupIds: string[];
  audience?: string;
  aim?: string;
  outcomes: string[];
  length?: CourseLength;
  modes?: DeliveryMode[];
  /** The source's own mode wording, kept beside the parsed modes. */
  modeText?: string;
  category?: 'CORE' | 'SPECIALIST';
  /** Whether the course is multi-agency (partnership-run). */
  multiAgency?: boolean;
  /** Topics this course covers, as ids of a framework's minimum-content topics. */
  topics?: string[];
  note?: string;
  cite: Citation;
}

export interface PathwayItem {
  id: string;
  /** The wording in the source pathway. */
  title: string;
  /** The catalogue course it resolves to, or null where the catalogue has no such course. */
  courseId: string | null;
  /** Why the item resolves as it does, where the wording differs. */
  note?: string;
  /** True for the "introductory training (or equivalent)" item that starts each pathway. */
  introductory?: boolean;
}

export interface Pathway {
  id: string;
  roleTitle: string;
  groupId: string;
  durationMonths: number;
  items: PathwayItem[];
  cite: Citation;
}

/** Profile flags that rules can target. */
export type ProfileFlag = 'makesReferrals' | 'attendsConferences' | 'earlyHelpAssessments' | 'schoolDsl' | 'managesOrSupervises';

/** What a rule applies to: all courses of the framework, some courses, some levels. */
export interface CourseSelector {
  courseIds?: string[];
  levelIds?: string[];
  /** true = every course of this framework (e.g. "any SSCP course"). */
  allCourses?: boolean;
  /** Only for users with one of these profile flags. */
  flags?: ProfileFlag[];
  /** Only for users in these groups. */
  groupIds?: string[];
}

/** Something that must/should be done first. Satisfied by any one of `anyOf`. */
export interface PriorStep {
  id: string;
  title: string;
  /** Satisfied by a logged training at one of these levels or these courses... */
  levelIds?: string[];
  courseIds?: string[];
  /** ...or by a logged single-agency training (the user's own agency's foundation course). */
  singleAgencyTraining?: boolean;
  /** ...or only by a yes/no the user confirms (e.g. "all relevant earlier training"). */
  userConfirmed?: boolean;
}

interface RuleBase {
  id: string;
  force: RuleForce;
  /** The rule in plain words, as the app shows it. */
  text: string;
  cite: Citation;
  note?: string;
}

export type Rule =
  | (RuleBase & { kind: 'prerequisite'; appliesTo: CourseSelector; anyOf: PriorStep[] })
  | (RuleBase & { kind: 'order'; appliesTo: CourseSelector; first: string[] /* course ids to do first */ })
  | (RuleBase & { kind: 'manager-approval'; appliesTo: CourseSelector })
  | (RuleBase & {
      kind: 'refresh';
      levelIds: string[];
      intervalMonths: number;
    })
  | (RuleBase & {
      kind: 'yearly-hours';
      appliesTo: CourseSelector;
      minHours: number;
      idealHours?: number;
      /** Which training counts: multi-agency only, or any. */
      counts: 'multi-agency' | 'any';
    })
  | (RuleBase & {
      kind: 'evaluation-followup';
      /** Impact follow-up window after training, in months. */
      fromMonths: number;
      toMonths: number;
    })
  | (RuleBase & { kind: 'minimum-content'; topics: ContentTopic[]; interpretation: string })
  | (RuleBase & { kind: 'duty' })
  | (RuleBase & { kind: 'charging'; appliesTo: CourseSelector; charges: Charge[] })
  | (RuleBase & { kind: 'after-pathway'; then: Array<'CORE' | 'SPECIALIST'> })
  | (RuleBase & { kind: 'adjoining-levels' })
  | (RuleBase & {
      /** Training on one of the framework's minimum-content topics, asked of some users (Sandwell:
       * Group 3 has a statutory requirement to access Core Working Together). Met by an entry that
       * covers the topic, as the minimum-content check reads it. */
      kind: 'topic-training';
      /** A topic of this framework's minimum-content rule. */
      topicId: string;
      appliesTo: CourseSelector;
      /** Roles the source exempts, each with what it says for them instead, at its own force
       * (Sandwell: childminders are exempt, "however, attendance is recommended by SCSP as good
       * practice": a recommendation). */
      exemptions?: RuleExemption[];
    });

/** Roles a rule does not bind, and what the source says for them instead. */
export interface RuleExemption {
  roleIds: string[];
  force: RuleForce;
  /** What the source says for these roles, in plain words. */
  text: string;
  cite: Citation;
}

export type RuleKind = Rule['kind'];

export interface ContentTopic {
  id: string;
  title: string;
  /** Words that, found in a training title, count as covering the topic. */
  keywords: string[];
  note?: string;
}

export interface Charge {
  when: string;
  amountGbp: number;
}

/** A named approach or priority skill the framework promotes (Signs of Safety, ...). */
export interface NamedItem {
  id: string;
  title: string;
  description: string;
  cite: Citation;
}

export interface Framework {
  id: string;
  partnership: string;
  shortName: string;
  title: string;
  edition: string;
  /** When the document was published ("2024", "2024-09" or "2024-09-01"), where it says. */
  published?: string;
  sourceFile: string;
  area: string;
  levels: Level[];
  groups: Group[];
  roles: Role[];
  courses: Course[];
  rules: Rule[];
  pathways: Pathway[];
  approaches: NamedItem[];
  /** Honest notes on ambiguities and inconsistencies in the source. */
  notes: string[];
  cite: Citation;
  /** A framework the user added: its earlier editions still stored, newest first (set by
   * src/state when it loads the editions; never part of a framework file). Entries recorded
   * against their courses keep counting (src/domain/editions). */
  earlierEditions?: Framework[];
}

/** What the registry knows without loading a framework's data (kept in the first load). */
export interface FrameworkInfo {
  id: string;
  partnership: string;
  shortName: string;
  title: string;
  area: string;
  sourceFile: string;
}
