import type { Framework, Group, Level, Role, Rule } from './types';
import { SEED_FILES } from './seed-files';

/**
 * Worcestershire Safeguarding Children Partnership (WSCP), safeguarding children training
 * guidance. Source: the seed file SEED_FILES.worcestershire (./seed-files.ts). Four levels of core training
 * (section 9 table: target groups and description of courses; Appendix 1: learning outcomes
 * and agency responsibility), the practitioner's role (section 4), refresh every 3 years.
 */
const SOURCE = SEED_FILES.worcestershire;
// Section 9's levels table and Appendix 1's table of learning outcomes and agency responsibility.
const PATHWAY = '9. Training Pathway';
const APPENDIX = 'Appendix 1: Training Pathway';
const PRACTITIONERS = '4. The Role of Practitioners';

const INTERCOLLEGIATE_NOTE =
  'The source says the Intercollegiate references are for health professionals; all professionals should check their current agency statutory guidance for training requirements.';

const levels: Level[] = [
  {
    id: 'worcestershire-induction',
    title: 'Induction',
    order: 0,
    audience: 'All staff',
    outcomes: [
      'Be aware of the definitions of significant harm and abuse and neglect (Working Together 2018)',
      'Have received a written copy of the definitions of significant harm and abuse and neglect, and signed to confirm having read it',
      'Understand the process of safeguarding and know whom to contact with safeguarding concerns, including matters of consent',
    ],
    note: "Course description: familiarisation with safeguarding children responsibilities and the procedures to follow if anyone has concerns about a child's safety or welfare. Agency responsibility: a common induction for all new staff in line with agency policy; section 3 calls the induction mandatory. The source gives no refresh interval for induction.",
    cite: {
      file: SOURCE,
      section: PATHWAY,
      quote: 'Familiarisation with safeguarding children responsibilities and procedures',
    },
    // Mandatory for all staff, whatever their level (section 3 and the evaluation appendix:
    // "All staff to have attended mandatory induction").
    training: {
      force: 'requirement',
      cite: { file: SOURCE, section: '3. The Role of Individual Agencies', quote: 'Provide a mandatory induction' },
    },
  },
  {
    id: 'worcestershire-universal',
    title: 'Universal training',
    order: 1,
    equivalence: 'Intercollegiate Level 1',
    audience:
      'All staff who have frequent or infrequent contact with children/young people and/or families/carers. Agencies may decide this level is suitable for all the workforce.',
    outcomes: [
      'Recognise the signs of, and be able to respond appropriately to, physical abuse, sexual abuse, emotional abuse and neglect',
      'Know what to do if abuse or neglect are suspected',
      'Understand the importance of multi-agency working',
      'Understand the importance of keeping records',
    ],
    note: `Course description: the skills and knowledge everyone working or in contact with children and young people needs to identify additional needs and ensure that those from vulnerable groups can access and benefit from services. Agency responsibility: staff with contact attend in line with agency policy and refresh not less than every 3 years. ${INTERCOLLEGIATE_NOTE}`,
    cite: {
      file: SOURCE,
      section: PATHWAY,
      quote: 'All staff who have frequent/infrequent contact with children/young people',
    },
    // For all staff with contact, so also for the groups above (who work with children).
    training: { force: 'requirement', cite: { file: SOURCE, section: APPENDIX, quote: 'attend training in line with agency policy' } },
  },
  {
    id: 'worcestershire-lead',
    title: 'Safeguarding Lead / practitioner training',
    order: 2,
    audience:
      'Members of the workforce who work predominantly with children, young people and/or their parents/carers and who could potentially be involved in assessing, planning, intervening and taking part in multi-agency processes where there are safeguarding concerns.',
    outcomes: [
      'Understand the professional expectations created by Section 47 Children Act 1989',
      'Be aware of the timescales set down in regulation or guidance',
      'Develop awareness in how to advise others on when and how to share information on a child about whom they have concerns',
      'Recognise the impact of anxiety on effective interagency communication and develop strategies to overcome this',
      'Recognise the importance of establishing and maintaining working partnerships of trust and mutual respect',
      'Develop an awareness of the need for effective verbal and written contribution to planning and review meetings',
      'Develop an awareness of factors which may inhibit the recognition of concerns',
      'Be able to explain the purpose of their activity, the rationale for decisions and the intended outcomes for the child',
      'Understand factors at an inter-personal, inter-personal and systemic level which influence the possibility of change',
      'Recognise the necessity of challenging decisions in complex situations by looking beyond immediate role and asking questions',
      'Consider the circumstances which may trigger the need for emergency action',
      'Become aware of the enabling mechanisms available',
      'Be able to work with other practitioners, children and families on complex tasks such as joint enquiries under Section 47 Children Act 1989',
      'Develop understanding of the ways in which group processes can influence and distort decision making',
      'Develop understanding of the impact of aggression or non-compliance on the ability to safeguard and promote the welfare of a child',
      'Consider good practice in collaborative working, including what encourages it or gets in the way',
      'Understand the requirement to seek the wishes and feelings of children and young people and to act upon them',
      'Demonstrate awareness of the skills necessary in communicating',
    ],
    note: 'The source names this level "Safeguarding Lead Training" and "Practitioner training" and gives it no Intercollegiate equivalence. Course description: the skills and knowledge the workforce requires to ensure services are inclusive, responsive, accessible and meet the additional needs of vulnerable children, young people and families. Agency responsibility: refresher training not less than every 3 years. One outcome repeats "inter-personal" as the source does.',
    cite: {
      file: SOURCE,
      section: PATHWAY,
      quote: 'Members of the workforce who work predominantly with children, young people',
    },
    training: { force: 'requirement', cite: { file: SOURCE, section: APPENDIX, quote: 'To ensure that all- members of the workforce' } },
  },
  {
    id: 'worcestershire-specialist',
    title: 'Specialist training',
    order: 3,
    equivalence: 'Intercollegiate Level 4/5',
    audience:
      'Professional advisors, named and designated lead professionals, managers, practitioners with lead roles or dealing with specific issues.',
    outcomes: [],
    note: `The source gives no learning outcomes and no refresh interval for Specialist training. Course description: the skills and knowledge specialists need to assess and respond to specific needs of children and their families. ${INTERCOLLEGIATE_NOTE}`,
    cite: {
      file: SOURCE,
      section: PATHWAY,
      quote: 'Professional advisors, named and designated lead professionals, managers',
    },
  },
];

// One group per target group of the levels table; each takes the level it is listed for.
const groups: Group[] = [
  {
    id: 'worcestershire-all-staff',
    title: 'All staff (induction)',
    description: 'All staff: everyone gets a common induction when they join an agency.',
    levelIds: ['worcestershire-induction'],
    cite: {
      file: SOURCE,
      section: APPENDIX,
      quote: 'To provide a common induction for all new staff in line with agency policy',
    },
  },
  {
    id: 'worcestershire-contact-staff',
    title: 'Staff with frequent or infrequent contact with children or families',
    description:
      'All staff who have frequent or infrequent contact with children/young people and/or families/carers (agencies may decide Universal training suits all the workforce).',
    // Induction is mandatory for all staff (section 3), so every group also takes it.
    levelIds: ['worcestershire-induction', 'worcestershire-universal'],
    cite: {
      file: SOURCE,
      section: PATHWAY,
      quote: 'Agencies may decide this level is suitable for all the workforce',
    },
  },
  {
    id: 'worcestershire-practitioners',
    title: 'Practitioners working predominantly with children or parents/carers',
    description:
      'Members of the workforce who work predominantly with children, young people and/or their parents/carers and who could be involved in assessing, planning, intervening and taking part in multi-agency processes where there are safeguarding concerns.',
    // Universal is for all staff with contact with children or families, which this group has.
    levelIds: ['worcestershire-induction', 'worcestershire-universal', 'worcestershire-lead'],
    cite: {
      file: SOURCE,
      section: PATHWAY,
      quote: 'taking part in multi-agency processes where there are safeguarding concerns',
    },
  },
  {
    id: 'worcestershire-specialists',
    title: 'Specialists, advisors, named and designated leads',
    description:
      'Professional advisors, named and designated lead professionals, managers, practitioners with lead roles or dealing with specific issues.',
    levelIds: ['worcestershire-induction', 'worcestershire-universal', 'worcestershire-specialist'],
    cite: {
      file: SOURCE,
      section: PATHWAY,
      quote: 'practitioners with lead roles or dealing with specific issues',
    },
  },
];

// Only the Specialist target group names kinds of role.
const roles: Role[] = [
  ['professional-advisors', 'Professional advisors', 'Professional advisors'],
  ['named-designated-leads', 'Named and designated lead professionals', 'named and designated lead professionals'],
  ['managers', 'Managers', 'lead professionals, managers, practitioners'],
  [
    'lead-role-practitioners',
    'Practitioners with lead roles or dealing with specific issues',
    'practitioners with lead roles or dealing with specific issues',
  ],
].map(([slug, title, quote]) => ({
  id: `worcestershire-${slug}`,
  title,
  groupId: 'worcestershire-specialists',
  cite: { file: SOURCE, section: PATHWAY, quote },
}));

const duties: Array<[slug: string, text: string, quote: string]> = [
  [
    'implement-knowledge',
    'After training, put the knowledge you have gained into practice.',
    'following training they implement the knowledge that they have gained',
  ],
  [
    'attend-relevant-training',
    'Attend training relevant to your role and responsibilities.',
    'Attend training relevant to roles and responsibilities',
  ],
  [
    'reflect-on-practice',
    'Reflect on your practice and make any necessary changes, considering findings from quality assurance such as audits, service user feedback, compliments, complaints and reflective supervision.',
    'Reflect on their practice and make any necessary changes',
  ],
  [
    'discuss-needs-with-manager',
    'Recognise your own training and development needs and discuss them with your line manager.',
    'Recognise their own training development needs and discuss with their line manager',
  ],
  [
    'keep-learning-up-to-date',
    'Keep your learning up to date between training events through continuing professional development.',
    'Keep their learning up to date between training events',
  ],
  [
    'report-barriers',
    'Tell your line manager about any barriers to accessing training.',
    'Alert their line manager to any barriers to accessing training',
  ],
  [
    'keep-record',
    'Keep a record of your safeguarding training and any certificates you receive.',
    'Keep a record of their safeguarding training and any certificates received',
  ],
];

const rules: Rule[] = [
  {
    id: 'worcestershire-refresh-3-years',
    kind: 'refresh',
    force: 'requirement',
    levelIds: ['worcestershire-universal', 'worcestershire-lead'],
    intervalMonths: 36,
    text: 'Refresh Universal and Safeguarding Lead / practitioner training not less than every 3 years or in line with statutory requirements.',
    note: 'Worded as an agency responsibility: "To ensure all staff refresh their training" (Universal) and "To ensure all staff attend refresher training" (Safeguarding Lead). Statutory requirements for your role may set a different interval. The source gives no interval for Induction or Specialist training.',
    cite: {
      file: SOURCE,
      section: APPENDIX,
      quote: 'not less than every 3 years or in line with statutory requirements',
    },
  },
  // "Practitioners should ensure that ..." and "In addition, practitioners should:" (section 4):
  // worded "should", so recommendations, not "must".
  ...duties.map(([name, text, quote]): Rule => ({
    id: `worcestershire-duty-${name}`,
    kind: 'duty',
    force: 'recommendation',
    text,
    cite: { file: SOURCE, section: PRACTITIONERS, quote },
  })),
];

export const worcestershire: Framework = {
  id: 'worcestershire',
  partnership: 'Worcestershire Safeguarding Children Partnership (WSCP)',
  shortName: 'Worcestershire',
  title: 'Safeguarding children training guidance',
  edition: 'Undated (cites Working Together 2018 and the Intercollegiate document 2019)',
  sourceFile: SOURCE,
  area: 'Worcestershire',
  levels,
  groups,
  roles,
  courses: [],
  rules,
  pathways: [],
  approaches: [],
  notes: [
    'The guidance is written for agencies (Section 11 of the Children Act 2004); it names four levels of core training but lists no courses.',
    'The levels table lists the levels from Specialist down to Induction; the app orders them from Induction up. The source states no prerequisite or required order between the levels, so the app asks for none. The training pathway diagram of Appendix 1 is a picture the app cannot show.',
    'Groups mirror the target group of each level. Induction is mandatory for all staff, and Universal training (with its 3-yearly refresh) is for all staff with contact with children or families, so every group takes induction and the groups that work with children also take Universal; the source does not say whether Specialists also take Safeguarding Lead training, so that is not assumed. Only the Specialist target group names kinds of role.',
    'Equivalences: Universal = Intercollegiate Level 1, Specialist = Intercollegiate Level 4/5; none is given for Induction or Safeguarding Lead / practitioner training. The Intercollegiate references are for health professionals.',
    'Refresh: not less than every 3 years or in line with statutory requirements, for Universal and Safeguarding Lead training only; no interval for Induction or Specialist.',
    'The source gives no learning outcomes for Specialist training.',
    'Agency responsibilities (keeping records, monitoring due dates, evaluating impact) are described for agencies, so the app does not show them as rules for you.',
  ],
  cite: {
    file: SOURCE,
    section: '1. The Purpose of the Training Guidance',
    quote: 'comprehensive safeguarding children training programme',
  },
};
