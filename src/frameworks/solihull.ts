import type { Course, CourseLength, DeliveryMode, Framework, Group, NamedItem, Rule } from './types';
import { SEED_FILES } from './seed-files';

/**
 * Solihull Safeguarding Children Partnership (SSCP), Multi-Agency Safeguarding Workforce
 * Training Strategy 2024-25. Source: the seed file SEED_FILES.solihull (./seed-files.ts).
 * The course list ("The Core curriculum") is a flattened table: title + audience, outcomes,
 * length + mode. Some rows continue after a page break; see `notes`.
 */
const SOURCE = SEED_FILES.solihull;
const CURRICULUM = 'The Core curriculum';

// The source gives lengths only as "½ day" / "Full day"; hours follow London's stated
// equivalence (½ day or 3 hours, 1 day or 6 hours) and are marked as assumed.
const HALF_DAY: CourseLength = { hours: 3, stated: false, sourceText: '½ day' };
const FULL_DAY: CourseLength = { hours: 6, stated: false, sourceText: 'Full day' };

const VIRTUAL: DeliveryMode[] = ['virtual'];
const FACE_TO_FACE: DeliveryMode[] = ['face-to-face'];

// Audiences as the course list words them. Group titles are the app's short labels; each
// group's description is the source's audience wording.
const groups: Group[] = [
  {
    id: 'solihull-early-help',
    title: 'Identify additional needs and carry out early help assessments',
    description: 'Those who identify additional needs and carry out early help assessments.',
    note: 'Audience of Modules 1 and 1b.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Those who identify additional needs and carry out early help assessments',
    },
  },
  {
    id: 'solihull-child-protection-referrals',
    title: 'Identify child protection concerns and make referrals',
    description: 'Those who identify child protection concerns and make child protection referrals.',
    note: 'Audience of Module 2.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Those who identify child protection concerns and make child protection referrals',
    },
  },
  {
    id: 'solihull-conferences-and-supervisors',
    title: 'Attend conferences and core groups, or supervise, manage or lead those who do',
    description:
      'Those who also regularly attend child protection conferences and core groups and/or supervise or manage those who do, or lead organisations that do.',
    note: 'Audience of Module 3.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Those who also regularly attend child protection conferences and core groups',
    },
  },
  {
    id: 'solihull-proceedings-and-reviews',
    title: 'Give evidence in proceedings, lead or contribute to practice reviews',
    description:
      'Those who may provide evidence in criminal and civil proceedings, those who lead or contribute to Child Safeguarding Practice Reviews, and those involved in SSCP partnership meetings.',
    note: 'Audience of Module 4.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Those who may provide evidence in criminal and civil proceedings',
    },
  },
  {
    id: 'solihull-exploitation',
    title: 'Identify and respond to child exploitation',
    description:
      'Those who work with children and young people (Module 5.1 adds: and adults) and who are responsible to identify and respond to child exploitation.',
    note: 'Audience of Modules 5, 5.1 and 5.2; Module 5.1 words it "children, young people, and adults".',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'who are responsible to identify and respond to child exploitation',
    },
  },
  {
    id: 'solihull-holistic-assessments',
    title: 'Undertake holistic assessments',
    description:
      "Those who undertake assessments which are holistic in nature, taking into account both the context of children's experiences within their family home and in other social spaces.",
    note: 'Audience of Module 5.3.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Those who undertake assessments which are holistic in nature',
    },
  },
  {
    id: 'solihull-assess-concerns',
    title: 'Identify and assess early help or child protection concerns',
    description:
      'Those who identify and assess early help or child protection concerns and regularly follow a multi-agency approach and/or attend and report to child protection conferences and core groups and/or supervise or manage those who do.',
    note: 'Audience of Modules 6, 6b, 6c, 6d, 7, 8 and 9.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Those who identify and assess early help or child protection concerns',
    },
  },
  {
    id: 'solihull-perpetrator-work',
    title: 'Work with people who are or may be perpetrating domestic abuse',
    description: 'Multi-agency professionals who work with individuals on an ongoing basis who are or may be perpetrating domestic abuse.',
    note: 'Audience of Module 6.4.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'For multi-agency professionals who work with individuals on an ongoing basis',
    },
  },
  {
    id: 'solihull-managers',
    title: 'Supervise staff doing safeguarding work; managers and strategic leads',
    description:
      'Those with supervisory responsibilities for staff undertaking safeguarding work; managers and strategic leads in multi-agency organisations.',
    note: 'Audience of Managing Allegations Against Staff.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'For those with supervisory responsibilities for staff undertaking safeguarding work',
    },
  },
  {
    id: 'solihull-voluntary-community',
    title: 'Voluntary and community sector workers and volunteers',
    description:
      'Those who work or volunteer in voluntary and community sector not for profit organisations for children, young people and families.',
    note: 'Audience of An Introduction to safeguarding for the Vol & Com sector.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Those who work or volunteer in voluntary and community sector not for profit',
    },
  },
];

const ASSESS_CONCERNS_AUDIENCE =
  'Those who identify and assess early help or child protection concerns and regularly follow a multi-agency approach and/or attend and report to child protection conferences and core groups and/or supervise or manage those who do';

const courses: Course[] = [
  {
    id: 'solihull-module-1',
    title: 'Module 1 Early Help',
    groupIds: ['solihull-early-help'],
    audience: 'Those who identify additional needs and carry out early help assessments',
    outcomes: [
      'Apply Solihull local thresholds',
      'Respond appropriately to concerns about children with additional needs by effectively interacting with partner professionals',
      'Carry out early help assessments',
    ],
    length: HALF_DAY,
    modes: VIRTUAL,
    modeText: 'Virtual',
    multiAgency: true,
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 1 Early Help' },
  },
  {
    id: 'solihull-module-1b',
    title: 'Module 1b Recognising and supporting parents in parental conflict',
    groupIds: ['solihull-early-help'],
    audience: 'Those who identify additional needs and carry out early help assessments',
    outcomes: [
      'Recognise the key differences between destructive and constructive conflict and the impact this has on child outcomes',
      'Understand whether the formation of families changes the quality of those relationships and the warning signs that a relationship is in distress',
      'Know why active listening and empathy are as important as how you ask the right questions',
      'Have confidence in practice in working with parents in conflict situations and using the tools available to support this work',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    note: 'The source adds: "This is a course developed with initial funding from DWP".',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Module 1b Recognising and supporting parents in parental conflict',
    },
  },
  {
    id: 'solihull-module-2',
    title: 'Module 2 Child Protection: An introduction to multi-agency working',
    groupIds: ['solihull-child-protection-referrals'],
    audience: 'Those who identify child protection concerns and make child protection referrals',
    outcomes: [
      'At the appropriate threshold make sound, evidence informed communications and good quality child protection referrals',
      'Make sound evidence informed contributions when participating in child protection conferences and core groups',
      "Identify and challenge drift and delay in multi-agency work, and be alert to the complexities of the child's experience when living with domestic violence, substance misuse and/or parental mental health problems",
      'Effectively use escalation procedures when conflicts occur in multi-agency safeguarding work and resolution cannot be sought',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Module 2 Child Protection: An introduction to multi-agency working',
    },
  },
  {
    id: 'solihull-module-3',
    title: 'Module 3 Child Protection: The challenges of multi-agency working',
    groupIds: ['solihull-conferences-and-supervisors'],
    audience:
      'Those who also regularly attend child protection conferences and core groups and/or supervise or manage those who do, or lead organisations that do',
    outcomes: [
      'Accurately identify and manage common impediments to partnership working to safeguard children & young people',
      'Understand and respect multi agency difference and manage conflict with humility',
      'Sensitively understand the multi-dimensional nature of risk in safeguarding work, including issues impacting on parenting, such as substance misuse, domestic violence and adult mental health',
      'Promptly recognise and respond to drift and delay and non-compliance and develop professional alertness to risk while working in partnership with parents',
      'Recognise how you interact with these elements and use supervision effectively to safeguard children and protect your wellbeing',
      'Actively seek and provide challenge with partners in safeguarding work',
      'Effectively support staff to use the SCP escalation procedures when resolution cannot be reached in safeguarding work',
      'Effectively engage partners to enable sound judgement based on all evidence, including recent evidence, and challenge inability to consider new evidence to safeguard children',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    note: 'The last four outcomes come from an untitled block that follows the Module 3 row (a page break in the original table) and before the Module 4 row, which has its own four outcomes; they are read as the continuation of Module 3.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Module 3 Child Protection: The challenges of multi-agency working',
    },
  },
  {
    id: 'solihull-module-4',
    title: 'Module 4 Child Protection: Analysis, judgement and leadership in partnership working',
    groupIds: ['solihull-proceedings-and-reviews'],
    audience:
      'Those who may provide evidence in criminal and civil proceedings and those who lead or contribute to Child Safeguarding Practice Reviews and those involved in SSCP partnership meetings',
    outcomes: [
      'Effectively provide professional support and supervision to practitioners and colleagues leading or contributing to multi-agency risk assessment in safeguarding work',
      'Effectively work with partners to analyse risks, review child protection plans, challenge drift and delay and manage conflict to safeguard children & young people',
      'Effectively lead and deliver on the escalation procedures',
      'Set standards for multi-agency audit and audit against them to ensure the quality and continual improvement in work to safeguard children & young people',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Module 4 Child Protection: Analysis, judgement and leadership',
    },
  },
  {
    id: 'solihull-module-5',
    title: 'Module 5 All Age Exploitation Awareness',
    groupIds: ['solihull-exploitation'],
    audience: 'Those who work with children and young people and who are responsible to identify and respond to child exploitation',
    outcomes: [
      'Recognise the West Midlands (Metropolitan) Area Definition for Exploitation (all Age) and how this applies in Solihull',
      'Apply the local screening tool to identify and respond appropriately to children who are at risk or involved in exploitation',
      'Engage with partners appropriately, communicating effectively',
      'Use local resources and national guidance and support agencies to help children and young people at risk or involved in exploitation',
    ],
    length: HALF_DAY,
    modes: VIRTUAL,
    modeText: 'Virtual',
    multiAgency: true,
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 5 All Age Exploitation Awareness' },
  },
  {
    id: 'solihull-module-5-1',
    title: 'Module 5.1 Introduction to contextual safeguarding',
    groupIds: ['solihull-exploitation'],
    audience:
      'Those who work with children, young people, and adults and who are responsible to identify and respond to child exploitation',
    outcomes: [
      "Develop an understanding of what is meant by a trauma informed response and why it's needed",
      'Know what contextual safeguarding means',
      'Know how and where to access tools and resources to support your work in contextual safeguarding',
    ],
    length: HALF_DAY,
    modes: VIRTUAL,
    modeText: 'Virtual',
    multiAgency: true,
    note: 'The forecast table calls it "Module 5.1 An Introduction to contextual safeguarding".',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Module 5.1 Introduction to contextual safeguarding',
    },
  },
  {
    id: 'solihull-module-5-2',
    title: 'Module 5.2 Working with parents as partners',
    groupIds: ['solihull-exploitation'],
    audience: 'Those who work with children and young people and who are responsible to identify and respond to child exploitation',
    outcomes: [
      'Recognise the importance in identifying and assessing the different relationships that children/young people form in their peer groups, schools, neighbourhoods and online',
      "Understand that children/young people's experiences of extra-familial abuse can undermine parent-child relationships and consider working with parents as partners",
    ],
    length: HALF_DAY,
    modes: VIRTUAL,
    modeText: 'Virtual',
    multiAgency: true,
    note: 'The forecast table calls it "Module 5.2 Parents as partners in tackling child exploitation-working with and supporting parents affected by child exploitation".',
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 5.2 Working with parents as partners' },
  },
  {
    id: 'solihull-module-5-3',
    title: 'Module 5.3 Including Contextual Safeguarding In Individual Assessments',
    groupIds: ['solihull-holistic-assessments'],
    audience:
      "Those who undertake assessments which are holistic in nature, taking into account both the context of children's experiences within their family home and in other social spaces",
    outcomes: [
      'Assess the risk of extra familial harm to a child/young person',
      'Consider the needs of a child/young person who is at risk of/subject to extra familial harm',
      'Make recommendations/plan for on-going work which addresses extra familial risk of harm',
    ],
    length: HALF_DAY,
    modes: FACE_TO_FACE,
    modeText: 'face to face',
    multiAgency: true,
    note: 'The forecast table words it "Module 5.3 Including contextual safeguarding in individual assessments".',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Module 5.3 Including Contextual Safeguarding In Individual Assessments',
    },
  },
  {
    id: 'solihull-module-6',
    title: 'Module 6 Neglect: Impact on child development',
    groupIds: ['solihull-assess-concerns'],
    audience: ASSESS_CONCERNS_AUDIENCE,
    outcomes: [
      'Carry out or contribute to thorough assessments of children where neglect is suspected',
      'Appropriately using national research and practice experience',
      "Accurately recognising and referring to the impact on the child's development",
      'Effectively using evidence informed assessment tools',
      'Effectively utilising contributions from partner agencies to inform assessment',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 6 Neglect: Impact on child development' },
  },
  {
    id: 'solihull-module-6b',
    title: 'Module 6b Neglect- Domestic Abuse',
    groupIds: ['solihull-assess-concerns'],
    audience: ASSESS_CONCERNS_AUDIENCE,
    outcomes: [
      'Carry out or contribute to thorough assessments of children where domestic abuse is suspected',
      'Identify behaviours which constitute domestic abuse, including coercion and control, and understand their impact on child development',
      'Identify barriers to engagement for victims of domestic abuse and construct ways to overcome these',
      'Utilise methods of safety planning, which is vital to any intervention where domestic abuse is present',
      'Effectively recognise how DASH/DVRIM can assist assessments, safety planning and multi-agency working',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 6b Neglect- Domestic Abuse' },
  },
  {
    id: 'solihull-module-6c',
    title: 'Module 6c Neglect- Graded Care Profile 2',
    groupIds: ['solihull-assess-concerns'],
    audience: ASSESS_CONCERNS_AUDIENCE,
    outcomes: [
      'Become licensed to use the Graded Care Profile 2',
      'Consolidate knowledge in relation to neglect',
      'Know where to go locally for support',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    // The audience wording continues after a page break in the seed text; it is kept whole.
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 6c Neglect- Graded Care Profile 2' },
  },
  {
    id: 'solihull-module-6d',
    title: 'Module 6d Substance misuse',
    groupIds: ['solihull-assess-concerns'],
    audience: ASSESS_CONCERNS_AUDIENCE,
    outcomes: [
      'Carry out or contribute to thorough assessment of families where substance misuse is suspected or has been disclosed',
      'Display awareness of the main substance types of abuse and relate this to known prevalence in Solihull',
      'Hold awareness of favoured substances and potential impact upon children who misuse',
      'Have awareness of the impact of parental substance misuse and its potential to impede ability to safeguard',
      'Be aware of specialist services available to support assessment, safety planning and promote multi-disciplinary work',
    ],
    length: HALF_DAY,
    modes: FACE_TO_FACE,
    modeText: 'face to face',
    multiAgency: true,
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 6d Substance misuse' },
  },
  {
    id: 'solihull-module-6-4',
    title: 'Module 6.4 Understanding & responding to perpetrators of domestic abuse',
    groupIds: ['solihull-perpetrator-work'],
    audience: 'For multi-agency professionals who work with individuals on an ongoing basis who are or may be perpetrating domestic abuse',
    outcomes: [
      'Develop ways of identifying who is doing what to whom and with what consequences (typologies of violence)',
      'Enhance understanding of the challenges posed by perpetrators when assessing domestic abuse',
      'Identify the themes of abusive behaviour and their possible motivation',
      'Consider perpetrator tactics in relation to the risk of colluding with the perpetrator',
      'Develop confidence regarding the most effective working practices when seeking to engage perpetrators of domestic abuse',
      'Highlight the need to work within a context of monitoring risk and keeping safety at the focus of all practice',
      'Provide information on local and national services for victims and perpetrators',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'face to face',
    multiAgency: true,
    note: 'The forecast table calls it "Module 6.4 working with those who perpetrate domestic abuse".',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'Module 6.4 Understanding & responding to perpetrators of domestic abuse',
    },
  },
  {
    id: 'solihull-module-7',
    title: 'Module 7 Physical Abuse',
    groupIds: ['solihull-assess-concerns'],
    audience: ASSESS_CONCERNS_AUDIENCE,
    outcomes: [
      'Carry out or contribute to thorough assessments where physical abuse is suspected',
      'Appropriately using national research and practice experience',
      "Accurately recognising the continued aspects of physical abuse and its impact on the child's development",
      'Effectively using evidence informed assessment tools',
      'Effectively utilising contributions from partner agencies to inform assessment',
    ],
    length: HALF_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 7 Physical Abuse' },
  },
  {
    id: 'solihull-module-8',
    title: 'Module 8 Emotional Abuse',
    groupIds: ['solihull-assess-concerns'],
    audience: ASSESS_CONCERNS_AUDIENCE,
    outcomes: [
      'Carry out or contribute to thorough assessments where emotional abuse is suspected',
      'Appropriately using national research and practice experience',
      "Accurately recognising and referring to the impact on the child's development",
      'Effectively using evidence informed assessment tools',
      'Effectively utilising contributions from partner agencies to inform assessment',
    ],
    length: HALF_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    // The audience and the last two outcomes continue after a page break in the seed text; kept whole.
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 8 Emotional Abuse' },
  },
  {
    id: 'solihull-module-9',
    title: 'Module 9 Sexual Abuse',
    groupIds: ['solihull-assess-concerns'],
    audience: ASSESS_CONCERNS_AUDIENCE,
    outcomes: [
      'Carry out or contribute to thorough assessments of children where sexual abuse is suspected',
      'Appropriately using national research and practice experience',
      "Accurately recognising and referring to the impact on the child's development",
      'Effectively using evidence informed assessment tools',
      'Effectively using contributions from partner agencies to inform assessment',
    ],
    length: FULL_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    cite: { file: SOURCE, section: CURRICULUM, quote: 'Module 9 Sexual Abuse' },
  },
  {
    id: 'solihull-managing-allegations',
    title: 'Managing Allegations Against Staff',
    groupIds: ['solihull-managers'],
    audience:
      'For those with supervisory responsibilities for staff undertaking safeguarding work; managers and strategic leads in multi-agency organisations',
    aim: 'An essential grounding for managers to enable them to manage allegations of abuse against staff.',
    outcomes: [
      'Manage allegations against staff who have, or may have, harmed a child',
      'Manage allegations against staff who have, or may have, committed a criminal offence against or related to a child',
      'Manage allegations against staff who have behaved towards a child in a way that indicates they are unsuitable to work with children',
    ],
    length: HALF_DAY,
    modes: FACE_TO_FACE,
    modeText: 'Face to face',
    multiAgency: true,
    note: 'The source gives an aim and the three kinds of allegation rather than outcome statements; the outcomes here restate them.',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'This training provides an essential grounding for managers',
    },
  },
  {
    id: 'solihull-vol-com-introduction',
    title: 'An Introduction to safeguarding for the Vol & Com sector',
    groupIds: ['solihull-voluntary-community'],
    audience:
      'Those who work or volunteer in voluntary and community sector not for profit organisations for children, young people and families',
    outcomes: [
      'Understand what is meant by safeguarding and child abuse',
      'Describe different types, signs and indicators of abuse and neglect',
      'Understand how to respond to concerns about safety and welfare of children and know who to report to',
      'Understand what the process is for reporting your concerns and recording your observations',
    ],
    length: HALF_DAY,
    modes: VIRTUAL,
    modeText: 'Virtual',
    multiAgency: true,
    note: 'The forecast table calls it "An introduction to safeguarding Children For the voluntary/ faith sector only".',
    cite: {
      file: SOURCE,
      section: CURRICULUM,
      quote: 'An Introduction to safeguarding for the Vol & Com sector',
    },
  },
];

const OBJECTIVES = 'Strategy aims and objectives: Objectives';

// The six priority skills of the strategy's objectives.
const approaches: NamedItem[] = [
  ['thresholds', 'Application of thresholds'],
  ['early-help-assessments', 'Early help assessments'],
  ['information-sharing', 'Information sharing'],
  ['challenge', 'Challenge in practice'],
  ['supervision', 'Effective use of supervision'],
  ['analysis-judgement', 'Analysis and judgement'],
].map(([slug, title]) => ({
  id: `solihull-skill-${slug}`,
  title,
  description: 'One of the six skills in which the SSCP aims to enhance the workforce’s multi-agency competencies.',
  cite: { file: SOURCE, section: OBJECTIVES, quote: title },
}));

const MODULES_1_AND_2 = ['solihull-module-1', 'solihull-module-2'];

const rules: Rule[] = [
  {
    id: 'solihull-single-agency-foundation-first',
    kind: 'prerequisite',
    force: 'requirement',
    appliesTo: { allCourses: true },
    anyOf: [
      {
        id: 'solihull-own-agency-foundation',
        title: 'Foundation-level safeguarding training in your own agency',
        singleAgencyTraining: true,
      },
    ],
    text: 'Before any SSCP multi-agency course, complete foundation-level safeguarding training in your own agency.',
    note: 'Stated three times: "Practitioners must therefore attend in-house agency specific training at foundation level at the very least before attending multi-agency events", in the objectives, and at the head of the core curriculum. The source makes no exception for the voluntary and community sector course.',
    cite: {
      file: SOURCE,
      section: 'The Core curriculum',
      quote: 'No professional should attend any SSCP training unless they have had prior',
    },
  },
  {
    id: 'solihull-manager-approval',
    kind: 'manager-approval',
    force: 'requirement',
    appliesTo: { allCourses: true },
    text: 'Get your manager’s approval before attending any SSCP course.',
    cite: {
      file: SOURCE,
      section: 'The Core curriculum',
      quote: 'prior foundation level training in their own agency and have manager approval',
    },
  },
  {
    id: 'solihull-school-dsl-modules-1-2-first',
    kind: 'order',
    force: 'recommendation',
    appliesTo: {
      courseIds: courses.map((c) => c.id).filter((id) => !MODULES_1_AND_2.includes(id)),
      flags: ['schoolDsl'],
    },
    first: MODULES_1_AND_2,
    text: 'Designated safeguarding leads in schools: ideally complete Module 1 and Module 2 (after your single-agency training) before other modules of your choosing.',
    note: 'Agreed by the Local Authority Education Representatives of the Partnership, given in the source as an example. "Ideally": rank Modules 1 and 2 first, never block the others.',
    cite: {
      file: SOURCE,
      section: 'Strategy aims and objectives',
      quote: 'ideally, designated safeguarding leads in schools should complete Module 1 and 2',
    },
  },
  {
    id: 'solihull-yearly-multi-agency-hours',
    kind: 'yearly-hours',
    force: 'guidance',
    appliesTo: {
      flags: ['makesReferrals', 'attendsConferences', 'earlyHelpAssessments', 'managesOrSupervises'],
    },
    minHours: 3,
    idealHours: 6,
    counts: 'multi-agency',
    text: 'As a general guide, if you regularly make child protection referrals, attend child protection conferences and core groups, or carry out early help assessments, or manage or supervise those who do: a minimum of 3 and ideally 6 hours of multi-agency training a year. The source says this is not a fixed rule: agree your training needs with your manager.',
    note: 'Stated twice. The Rationale includes those who carry out early help assessments and says "This is not a fixed rule"; the Objectives omit early help assessments and call it guidance that "must be used intelligently".',
    cite: {
      file: SOURCE,
      section: 'Rationale',
      quote: 'This is not a fixed rule but should be intelligently used as guide',
    },
  },
];

export const solihull: Framework = {
  id: 'solihull',
  partnership: 'Solihull Safeguarding Children Partnership (SSCP)',
  shortName: 'Solihull',
  title: 'Multi-Agency Safeguarding Workforce Training Strategy',
  edition: '2024-2025',
  sourceFile: SOURCE,
  area: 'Solihull',
  levels: [],
  groups,
  roles: [],
  courses,
  rules,
  pathways: [],
  approaches,
  notes: [
    'Course lengths are given only as "½ day" or "Full day"; the hours (3 and 6) are assumed by the equivalence London states (½ day or 3 hours, 1 day or 6 hours), not stated by Solihull.',
    'The source has no levels: it is a modular programme in which practitioners choose modules with their line manager, in line with their organisation’s needs.',
    'Groups are the distinct audiences the course list names (one per wording; Module 5.1 adds "adults" to the exploitation audience). The source names no job roles except designated safeguarding leads in schools, which the app treats as a profile flag rather than a group.',
    'The forecast table and the course list word some titles differently (Modules 5.1, 5.2, 5.3, 6.4 and the voluntary sector course); the course list’s titles are used and the forecast wording is noted on each course.',
    // For developers: the seed's course table is flattened; an untitled block of four outcomes
    // between Module 3 and Module 4 is read as the continuation of Module 3, and the audiences of
    // Modules 6c and 8 and two outcomes of Module 8 continue after page breaks.
    'Four outcomes listed without a title between Module 3 and Module 4 are read as part of Module 3.',
    'The yearly-hours guidance appears twice with slightly different wording (see the rule’s note).',
    'The source says some pre-learning "will be mandatory before booking an event" but not for which events, so the app does not follow it as a rule.',
    'Planned locality-based bespoke training (family hubs) is mentioned but not listed as courses.',
  ],
  cite: {
    file: SOURCE,
    section: 'Introduction',
    quote: 'Multi-Agency Safeguarding Workforce Training Strategy',
  },
};
