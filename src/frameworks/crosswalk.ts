import { SEED_FILES } from './seed-files';
import type { Citation } from './types';

/**
 * The crosswalk between partnership frameworks, as explicit data. No source compares itself with
 * another partnership, so every framework's levels are placed on one small common reference
 * scale (below) and two levels correspond when they sit at the same step. Each placement says
 * how firmly its own source supports it:
 *  - 'stated': the source itself names the level for what the step is (e.g. Worcestershire's
 *    "Universal training, Intercollegiate Level 1"; Coventry's "Basic / Induction Awareness").
 *    An Intercollegiate level that the source gives "for health professionals" only does not
 *    make a placement stated for everyone (Worcestershire's Specialist training is 'likely');
 *  - 'likely': the source's audience and outcomes clearly resemble the step, but it says nothing
 *    about the step itself;
 *  - 'uncertain': an estimate the app makes where the source has no levels or no description.
 * Anything short of 'stated' is shown with "confirm with your new partnership". Only the new
 * partnership (and the user's employer) decides what it accepts: the crosswalk is a guide.
 */

export type ReferenceStepId = 'induction' | 'universal' | 'practitioner' | 'specialist' | 'strategic';

export type MappingConfidence = 'stated' | 'likely' | 'uncertain';

export interface ReferenceStep {
  id: ReferenceStepId;
  /** 0 = the first step anyone takes. */
  order: number;
  title: string;
  description: string;
}

/** The common reference scale, from the first training anyone takes to strategic leadership. */
export const REFERENCE_STEPS: readonly ReferenceStep[] = [
  {
    id: 'induction',
    order: 0,
    title: 'Induction / basic awareness',
    description:
      'Everyone, on joining an organisation: what safeguarding is, your own organisation’s procedures and whom to tell about a concern.',
  },
  {
    id: 'universal',
    order: 1,
    title: 'Universal / foundation',
    description:
      'All staff in contact with children or families: recognise abuse and neglect and respond to it (Worcestershire places its Universal training here at Intercollegiate Level 1).',
  },
  {
    id: 'practitioner',
    order: 2,
    title: 'Working together / multi-agency practitioner',
    description:
      'Practitioners who work mainly with children or parents and take part in multi-agency assessment, planning, conferences and core groups.',
  },
  {
    id: 'specialist',
    order: 3,
    title: 'Specialist / safeguarding lead',
    description:
      'Practitioners and managers with specific child protection responsibilities, complex cases or a lead role, including named and designated safeguarding leads.',
  },
  {
    id: 'strategic',
    order: 4,
    title: 'Advanced / strategic',
    description: 'Advanced training beyond the specialist step, for those who lead, manage or supervise safeguarding work.',
  },
];

/** What in a framework a placement is about. 'topic' is a minimum-content topic and 'prior-step'
 * a prerequisite's prior step: used for frameworks that have no levels (Sandwell, Solihull). */
export type PlacedItem =
  | { kind: 'level'; id: string }
  | { kind: 'course'; id: string }
  /** Every course of the framework (Solihull's modules), unless a course has its own placement. */
  | { kind: 'all-courses' }
  | { kind: 'topic'; id: string }
  | { kind: 'prior-step'; id: string };

/** The Intercollegiate Document level a source states for health staff, kept to compare. */
export interface IntercollegiateLevel {
  /** The level as the source words it, e.g. "Level 3 core competencies". */
  text: string;
  /** Numbers for comparison: [4, 5] for "Level 4/5". */
  levels: number[];
}

export interface StepPlacement {
  frameworkId: string;
  item: PlacedItem;
  step: ReferenceStepId;
  confidence: MappingConfidence;
  /** Why the item sits at this step, in plain words. */
  rationale: string;
  /** Whether training elsewhere can be shown as counting for this item. False for items that
   * only place the user's own past training (Solihull's topic modules are not replaced by any
   * other partnership's level). */
  offerAsTarget: boolean;
  intercollegiate?: IntercollegiateLevel;
  cite: Citation;
}

/** A stated note on some of a framework's courses, matched by how their titles end. */
export interface CourseTitleNote {
  frameworkId: string;
  titleEndsWith: string;
  text: string;
  cite: Citation;
}

const WORCS = SEED_FILES.worcestershire;
const COVENTRY = SEED_FILES.coventry;
const LONDON = SEED_FILES.london;
const SOLIHULL = SEED_FILES.solihull;
const SANDWELL = SEED_FILES.sandwell;

const WORCS_TABLE = '9. Training Pathway';
const COVENTRY_TABLE_1 = 'Table 1 Training levels within Inter-Agency Framework';
const LONDON_FRAMEWORK = '7. The Framework';

export const STEP_PLACEMENTS: readonly StepPlacement[] = [
  // Worcestershire: the levels table names each level and states two Intercollegiate levels.
  {
    frameworkId: 'worcestershire',
    item: { kind: 'level', id: 'worcestershire-induction' },
    step: 'induction',
    confidence: 'stated',
    rationale:
      'Worcestershire calls this level Induction: for all staff, familiarisation with safeguarding responsibilities and procedures.',
    offerAsTarget: true,
    cite: { file: WORCS, section: WORCS_TABLE, quote: 'Familiarisation with safeguarding children responsibilities and procedures' },
  },
  {
    frameworkId: 'worcestershire',
    item: { kind: 'level', id: 'worcestershire-universal' },
    step: 'universal',
    confidence: 'stated',
    rationale:
      'Worcestershire states that its Universal training is Intercollegiate Level 1, for all staff with frequent or infrequent contact with children or families.',
    offerAsTarget: true,
    intercollegiate: { text: 'Level 1', levels: [1] },
    cite: { file: WORCS, section: WORCS_TABLE, quote: 'Universal training Intercollegiate Level 1' },
  },
  {
    frameworkId: 'worcestershire',
    item: { kind: 'level', id: 'worcestershire-lead' },
    step: 'practitioner',
    confidence: 'likely',
    rationale:
      'Its audience is those who work mainly with children or parents and may take part in assessing, planning, intervening and multi-agency processes. The source calls it both "Safeguarding Lead" and "Practitioner" training and gives no Intercollegiate level, so for a lead role it may sit a step higher.',
    offerAsTarget: true,
    cite: {
      file: WORCS,
      section: WORCS_TABLE,
      quote: 'could potentially be involved in the assessing, planning, intervening and taking part in multi-agency processes',
    },
  },
  {
    frameworkId: 'worcestershire',
    item: { kind: 'level', id: 'worcestershire-specialist' },
    // Its audience (advisers, named and designated leads, managers, practitioners with lead roles
    // or specific issues) is the specialist step's. The "Intercollegiate Level 4/5" beside it is,
    // in the source's own words, "for health professionals" (004 l.240), so it does not place the
    // level for everyone: 'likely', at the specialist step, not 'stated' at the strategic one.
    step: 'specialist',
    confidence: 'likely',
    rationale:
      'Worcestershire’s Specialist training is for professional advisers, named and designated lead professionals, managers and practitioners with lead roles or dealing with specific issues: the specialist step. Worcestershire gives it as Intercollegiate Level 4/5, but says that reference is for health professionals.',
    offerAsTarget: true,
    intercollegiate: { text: 'Level 4/5', levels: [4, 5] },
    cite: {
      file: WORCS,
      section: WORCS_TABLE,
      quote:
        'Professional advisors, named and designated lead professionals, managers, practitioners with lead roles or dealing with specific issues',
    },
  },

  // Coventry: Table 1 orders its levels and states the Intercollegiate level for health staff.
  {
    frameworkId: 'coventry',
    item: { kind: 'level', id: 'single-agency' },
    step: 'induction',
    confidence: 'stated',
    rationale: 'Coventry calls this level Single Agency Basic / Induction Awareness, for all staff, given by their own agency.',
    offerAsTarget: true,
    cite: { file: COVENTRY, section: `${COVENTRY_TABLE_1}: Single Agency`, quote: 'Basic / Induction Awareness All staff' },
  },
  {
    frameworkId: 'coventry',
    item: { kind: 'level', id: 'level-1' },
    step: 'universal',
    confidence: 'likely',
    rationale:
      'Level 1 Introduction to Safeguarding Children is for staff who have contact with children or families: recognise and respond to concerns. Coventry states it is Intercollegiate Level 2 for health staff, one level above Worcestershire’s Universal training.',
    offerAsTarget: true,
    intercollegiate: { text: 'Level 2 (health staff)', levels: [2] },
    cite: {
      file: COVENTRY,
      section: `${COVENTRY_TABLE_1}: Level 1`,
      quote: '1 (2 for Health Staff) Introduction to Safeguarding Children',
    },
  },
  {
    frameworkId: 'coventry',
    item: { kind: 'level', id: 'level-2' },
    step: 'practitioner',
    confidence: 'stated',
    rationale:
      'Level 2 is Working Together to Safeguard Children: core tasks done together, such as assessments, planning, core groups and conferences. Coventry states it is Intercollegiate Level 3 core competencies for health staff.',
    offerAsTarget: true,
    intercollegiate: { text: 'Level 3 core competencies (health staff)', levels: [3] },
    cite: {
      file: COVENTRY,
      section: `${COVENTRY_TABLE_1}: Level 2`,
      quote: '2 (3 core competencies for Health) Working Together to Safeguard Children',
    },
  },
  {
    frameworkId: 'coventry',
    item: { kind: 'level', id: 'level-3' },
    step: 'specialist',
    confidence: 'stated',
    rationale:
      'Level 3 is Specialist courses, for practitioners and managers with specific child protection responsibilities. Coventry states it is Intercollegiate Level 3 specialist competencies for health staff.',
    offerAsTarget: true,
    intercollegiate: { text: 'Level 3 specialist competencies (health staff)', levels: [3] },
    cite: {
      file: COVENTRY,
      section: `${COVENTRY_TABLE_1}: Level 3`,
      quote: 'Practitioners and managers with specific child protection responsibilities',
    },
  },

  // London: groups, not levels; the introductory courses are placed one by one.
  {
    frameworkId: 'london',
    item: { kind: 'level', id: 'london-introductory' },
    step: 'induction',
    confidence: 'likely',
    rationale:
      'London’s Introduction and Foundation Level starts with basic awareness training, which it says some organisations include in their induction. Its "shared responsibility" courses for each group are placed with their group.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: `${LONDON_FRAMEWORK}: provisos`,
      quote: 'some organisations include this training in their induction programme',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'course', id: 'london-intro-basic-awareness' },
    step: 'induction',
    confidence: 'stated',
    rationale: 'London’s basic awareness training underpins everything else, and it says some organisations include it in their induction.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: `${LONDON_FRAMEWORK}: provisos`,
      quote: 'All the programmes must be underpinned by basic awareness training',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'course', id: 'london-intro-shared-responsibility-group-a' },
    step: 'universal',
    confidence: 'likely',
    rationale: 'The introductory course for Group A: awareness of, and acting on, concerns about a child’s safety and welfare.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: `${LONDON_FRAMEWORK}: Introduction and Foundation Level Training`,
      quote: 'To develop an awareness of, and ability to act on, concerns',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'course', id: 'london-intro-shared-responsibility-group-b' },
    step: 'practitioner',
    confidence: 'likely',
    rationale: 'The introductory course for Group B: working together on the processes for safeguarding children.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: `${LONDON_FRAMEWORK}: Introduction and Foundation Level Training`,
      quote: 'To develop knowledge, skills and the ability to work together',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'course', id: 'london-intro-shared-responsibility-group-c' },
    step: 'specialist',
    confidence: 'likely',
    rationale: 'The introductory course for Group C: working together in complex and challenging situations.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: `${LONDON_FRAMEWORK}: Introduction and Foundation Level Training`,
      quote: 'To enhance knowledge and skills and the ability to work together',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'level', id: 'london-group-a' },
    step: 'universal',
    confidence: 'likely',
    rationale:
      'Group A is for people who have contact with children and parents and help to safeguard them, without a specific duty to intervene in families’ lives.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: 'Figure 7.2 group descriptions: Group A',
      quote: 'In this group, workers have contact / work with children and young people',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'level', id: 'london-group-b' },
    step: 'practitioner',
    confidence: 'likely',
    rationale:
      'Group B is for people who work regularly with children and parents, act on welfare concerns and contribute to safeguarding processes.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: 'Figure 7.2 group descriptions: Group B',
      quote: 'Group B training is for people who work regularly with children and young people',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'level', id: 'london-group-c' },
    step: 'specialist',
    confidence: 'likely',
    rationale:
      'Group C is for people with particular responsibility and authority to act on welfare concerns, often responsible for others’ work.',
    offerAsTarget: true,
    cite: {
      file: LONDON,
      section: 'Figure 7.2 group descriptions: Group C',
      quote: 'This group of people have particular responsibilities for safeguarding and promoting the welfare of children',
    },
  },
  {
    frameworkId: 'london',
    item: { kind: 'level', id: 'london-advanced' },
    step: 'strategic',
    confidence: 'uncertain',
    rationale:
      'London gives its Advanced level no description of its own; its courses are for managers and supervisors of safeguarding work. It states no Intercollegiate level.',
    offerAsTarget: true,
    cite: { file: LONDON, section: `${LONDON_FRAMEWORK}: The Training Framework, Advanced`, quote: 'Advanced Level' },
  },

  // Solihull: a modular programme without levels. Its modules place the user's past training
  // (they follow foundation training in one's own agency), but no other partnership's level
  // stands in for a topic module, so they are not offered as targets.
  {
    frameworkId: 'solihull',
    item: { kind: 'all-courses' },
    step: 'practitioner',
    confidence: 'uncertain',
    rationale:
      'Solihull has no levels. Its modules are multi-agency courses taken after foundation training in your own agency, so they sit above universal training; which step each reaches is the app’s estimate.',
    offerAsTarget: false,
    cite: {
      file: SOLIHULL,
      section: 'The Core curriculum',
      quote: 'No professional should attend any SSCP training unless they have had prior',
    },
  },
  {
    frameworkId: 'solihull',
    item: { kind: 'course', id: 'solihull-vol-com-introduction' },
    step: 'universal',
    confidence: 'uncertain',
    rationale: 'An introduction to safeguarding for those who work or volunteer in the voluntary and community sector.',
    offerAsTarget: false,
    cite: { file: SOLIHULL, section: 'The Core curriculum', quote: 'An Introduction to safeguarding for the Vol & Com sector' },
  },
  {
    frameworkId: 'solihull',
    item: { kind: 'prior-step', id: 'solihull-own-agency-foundation' },
    step: 'universal',
    confidence: 'uncertain',
    rationale:
      'Solihull requires foundation-level safeguarding training in your own agency before any SSCP course. Training at foundation level elsewhere may meet it: your manager decides.',
    offerAsTarget: true,
    cite: {
      file: SOLIHULL,
      section: 'Working Together: Training Together: A pathway for professional development',
      quote: 'attend in-house agency specific training at foundation level at the very least',
    },
  },

  // Sandwell: no levels and no courses; its minimum content checklist names topics.
  {
    frameworkId: 'sandwell',
    item: { kind: 'topic', id: 'sandwell-topic-level-1' },
    step: 'universal',
    confidence: 'uncertain',
    rationale:
      'Sandwell defines no levels. Its minimum content for "Level 1 Safeguarding Children" (abuse and neglect, their signs, how to report concerns) resembles universal training.',
    offerAsTarget: true,
    cite: {
      file: SANDWELL,
      section: 'Minimum content checklist for statutory training: Level 1 Safeguarding Children',
      quote: 'What is child abuse and neglect, the signs and indicators of abuse and neglect',
    },
  },
  {
    frameworkId: 'sandwell',
    item: { kind: 'topic', id: 'sandwell-topic-core-working-together' },
    step: 'practitioner',
    confidence: 'uncertain',
    rationale:
      'Sandwell’s minimum content for Core Working Together (working together where there are safeguarding concerns) resembles multi-agency practitioner training.',
    offerAsTarget: true,
    cite: {
      file: SANDWELL,
      section: 'Minimum content checklist for statutory training: Core Working Together',
      quote: 'Working together to identify, assess and meet the needs of children where there are safeguarding concerns',
    },
  },
];

/** London's "Level 1" and "Level 2" course variants: a depth within a course, stated by London,
 * and not the same thing as Coventry's levels or the Intercollegiate levels. */
export const COURSE_TITLE_NOTES: readonly CourseTitleNote[] = [
  {
    frameworkId: 'london',
    titleEndsWith: 'Level 1',
    text: 'London’s "Level 1" means the course is at foundation level (concepts introduced and briefly explored). It is not Coventry’s Level 1 or Intercollegiate Level 1.',
    cite: {
      file: LONDON,
      section: `${LONDON_FRAMEWORK}: provisos`,
      quote: 'Level 1 indicates the course is delivered at foundation level',
    },
  },
  {
    frameworkId: 'london',
    titleEndsWith: 'Level 2',
    text: 'London’s "Level 2" means the course goes into greater depth, with current research, for use in practice. It is not Coventry’s Level 2 or Intercollegiate Level 2.',
    cite: {
      file: LONDON,
      section: `${LONDON_FRAMEWORK}: provisos`,
      quote: 'level 2 indicates the course is delivered at a more complex level',
    },
  },
];

/** Said with every crosswalk: the Intercollegiate levels are for health staff (Worcestershire and
 * Coventry both say so). */
export const INTERCOLLEGIATE_CAVEAT: { text: string; cite: Citation } = {
  text: 'The Intercollegiate levels are for health staff; everyone should check their own agency’s current guidance.',
  cite: {
    file: WORCS,
    section: 'Appendix 1: Training Pathway',
    quote: 'The reference to Intercollegiate document is for health professionals',
  },
};

export function referenceStep(id: ReferenceStepId): ReferenceStep {
  return REFERENCE_STEPS.find((s) => s.id === id)!;
}
