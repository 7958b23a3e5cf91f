import type { Citation, Course, Framework, Group, Level, NamedItem, Role, Rule } from './types';
import { SEED_FILES } from './seed-files';

/**
 * Coventry Safeguarding Children Partnership (CSCP), Inter-agency Training Strategy, encoded from
 * the seed file SEED_FILES.coventry (./seed-files.ts). Table 1 gives the training levels, Table 2 the eight
 * target groups; it has no course catalogue, only the few courses its tables name.
 * Outcomes and content are the source's words, shortened; longer passages are paraphrased.
 */
const SOURCE = SEED_FILES.coventry;

const TABLE_1 = 'Table 1 Training levels within Inter-Agency Framework';
const TABLE_2 = 'Table 2 Target groups (Working Together 2010) within Interagency Framework';
/** Which groups train at which level comes from Table 2's suggested content and methods:
 * guidance, not a rule. */
const TABLE_2_FORCE = {
  training: { force: 'guidance' as const, cite: { file: SOURCE, section: TABLE_2, quote: 'Suggested Training methods' } },
};
const TARGET_AUDIENCES = '6.0 Target Audiences';
const CHARGING = '9. Charging Policy';

function cite(section: string, quote: string): Citation {
  return { file: SOURCE, section, quote };
}

const levels: Level[] = [
  {
    id: 'single-agency',
    title: 'Single Agency Basic / Induction Awareness',
    order: 0,
    audience: 'All staff',
    outcomes: [
      'Awareness of why safeguarding children is everybody’s responsibility',
      'Awareness of their own responsibility within their agency’s procedures',
    ],
    note: 'Provided by the worker’s own agency, not by the partnership.',
    cite: cite(`${TABLE_1}: Single Agency`, 'Basic / Induction Awareness All staff'),
    ...TABLE_2_FORCE,
  },
  {
    id: 'level-1',
    title: 'Level 1 (Introduction to Safeguarding Children)',
    order: 1,
    equivalence: 'Level 2 for health staff (RCPCH Intercollegiate Document)',
    audience:
      'Newly qualified or newly appointed practitioners at an early level of experience and expertise; staff who have contact with children and/or their families and work directly with them.',
    outcomes: [
      'Have an understanding of the Right Help Right Time',
      'Contribute and take whatever actions are needed to safeguard children',
      'Recognise and respond to concerns about a child in need',
      'Appreciate own role and that of others',
      'Communicate and act appropriately within national and local guidance to safeguard children',
      'Be familiar with local arrangements, services and sources of advice for supporting families and safeguarding children',
    ],
    note: 'Table 2 offers Level 1 as single-agency training or as inter-agency training.',
    cite: cite(`${TABLE_1}: Level 1`, '1 (2 for Health Staff) Introduction to Safeguarding Children'),
    ...TABLE_2_FORCE,
  },
  {
    id: 'level-2',
    title: 'Level 2 Working Together to Safeguard Children',
    order: 2,
    equivalence: 'Level 3 core competencies for health staff (RCPCH Intercollegiate Document)',
    audience:
      'Practitioners who have completed single-agency or voluntary-sector foundation training or Level 1 inter-agency training; practitioners who work directly with children or with adults who are parents, and those involved in assessment and intervention to safeguard children.',
    outcomes: [
      'Accomplish core tasks together to safeguard and promote children’s welfare (assessments, planning, core groups, conferences, decision-making)',
      'Have sound understanding of principles and processes for effective collaboration',
      'Communicate and develop working relationships in the interests of children',
      'Understand contribution made by others to safeguarding children, and the impact of own decisions and actions on others',
      'Work together using Right Help Right Time and its thresholds',
    ],
    cite: cite(`${TABLE_1}: Level 2`, '2 (3 core competencies for Health) Working Together to Safeguard Children'),
    ...TABLE_2_FORCE,
  },
  {
    id: 'level-3',
    title: 'Level 3 Specialist courses',
    order: 3,
    equivalence: 'Level 3 specialist competencies for health staff (RCPCH Intercollegiate Document)',
    audience:
      'Practitioners and managers with specific child protection responsibilities and proven ability at a high level of practice, often with particularly difficult cases; practitioners in a specialist area of service delivery. In both cases, those who have completed all relevant earlier training.',
    outcomes: [
      'Co-work on complex tasks or areas of practice with specific knowledge or skill requirements (joint enquiries and investigations, investigative interviews, complex assessments)',
      'Establish and maintain partnerships of mutual trust and respect',
      'Understand legal and organisational frameworks, including levels of accountability of decision making in other agencies',
    ],
    note: 'The source adds that these courses can be provided by single agencies with multi-agency attendance.',
    cite: cite(`${TABLE_1}: Level 3`, 'These can be provided by single agencies with multi agency attendance'),
    ...TABLE_2_FORCE,
  },
];

const groups: Group[] = [
  {
    id: 'group-1',
    title: 'Group 1: those who have occasional contact with children, young people and/or parents/carers',
    description:
      'Employees or volunteers whose work may bring them into contact with children, young people or their parents/carers, and who may have a concern about a child’s welfare or their parents’ or carers’ ability to care for them.',
    levelIds: ['single-agency'],
    suggestedContent: [
      'What is child abuse and neglect?',
      'Signs and indicators of abuse and neglect',
      'Maintaining a child focus',
      'What to do in response to a concern about the welfare of a child',
      'Knowledge of own organisation’s safeguarding policy',
      'Their own role and responsibilities',
      'Impact of adult behaviour on children',
    ],
    suggestedMethods: [
      'Single agency (basic) induction programme / supervision',
      'E-learning provided by Workforce Development',
      'Workshops provided by Workforce Development',
    ],
    note: 'Table 2’s description of group 1 also mentions “periods of intense but irregular contact”, which section 6.3 gives as group 2.',
    cite: cite(`${TABLE_2}: Group 1`, 'Group 1 - those who have occasional contact'),
  },
  {
    id: 'group-2',
    title: 'Group 2: those in regular or in intensive but irregular contact with children, young people and/or parents/carers',
    description:
      'Those who may be in a position to identify concerns about maltreatment, including concerns that arise from Early Help Assessments.',
    levelIds: ['single-agency', 'level-1'],
    suggestedContent: [
      'As for group 1, plus:',
      'Understanding information sharing',
      'Basic awareness of Right Help Right Time and Team Around the Child (dependent on role)',
      'Child development',
      'Signs of Safety',
    ],
    suggestedMethods: [
      'As for group 1, and:',
      'Single agency Level 1 (Level 2 for health staff) Recognition of Child Abuse and Neglect, in line with own agency training strategy',
      'Or inter-agency training: Level 1 (Introduction to Safeguarding Children)',
      'For foster carers: e-learning provided by Workforce Development, and Introduction to Safeguarding Children for Foster Carers based on CSCP Level 1',
    ],
    cite: cite(`${TABLE_2}: Group 2`, 'Group 2 - those in regular or in intensive but irregular contact'),
  },
  {
    id: 'group-3',
    title: 'Group 3: those who work predominantly with children, young people and/or parents/carers',
    description:
      'Members of the workforce who work predominantly with children, young people and/or parents/carers and could contribute to assessing, planning, intervening and reviewing where a child has additional needs requiring a multi-agency child in need (s. 17) response.',
    levelIds: ['level-2', 'level-3'],
    suggestedContent: [
      'All of the above, and a practical working knowledge of:',
      'The impact of parenting issues (e.g. domestic abuse, parental mental health, substance misuse, learning disability) on parenting capacity',
      'Recognising the importance of family history and functioning',
      'Techniques for direct working with children, young people, their parents and/or carers',
      'Working with children and family members where there is lack of cooperation and superficial compliance',
      'Using professional judgements to make decisions',
      'Working with complexity',
      'Working Together to Safeguard Children',
      'Right Help Right Time',
      'Signs of Safety',
    ],
    suggestedMethods: [
      'Single agency specialist training, inter-agency training (Level 2 and 3) and professional development related to specific role',
      'E-learning: a range of modules to raise awareness on particular themes (Workforce Development)',
      'Inter-agency Training Level 2 Working Together to Safeguard Children',
      'Workforce Development training',
      'Right Help Right Time training',
    ],
    cite: cite(`${TABLE_2}: Group 3`, 'Group 3 - those who work predominantly with children and/or parents/carers'),
  },
  {
    id: 'group-4',
    title: 'Group 4: those who have particular specialist child protection responsibilities',
    description:
      'Members of the workforce with a particular responsibility for undertaking section 47 enquiries, and/or staff responsible for co-ordinating assessments of children in need.',
    levelIds: ['level-2', 'level-3'],
    suggestedContent: [
      'The above, and a practical working knowledge of:',
      'Section 47 enquiries',
      'Using professional judgements to decide whether a child is suffering, or is likely to suffer, significant harm',
      'Taking emergency action',
      'Working with complexity',
      'Communicating with children in line with interviewing vulnerable witness guidance',
      'ABE',
      'Care planning',
      'Chairing skills',
      'Court skills',
    ],
    suggestedMethods: [
      'Single agency specialist training: agencies’ own training strategies cover how staff are trained for their roles (e.g. section 47 enquiries, ABE training)',
      'Inter-agency training (Level 2 and 3): a range of multi-agency training events each year',
    ],
    cite: cite(`${TABLE_2}: Group 4`, 'Members of the workforce who have particular responsibility'),
  },
  {
    id: 'group-5',
    title: 'Group 5: professional advisers and designated leads for child protection',
    description: 'Professional advisors, named and designated lead professionals.',
    suggestedContent: [
      'As for groups 1, 2, 3 and 4 if advising staff in that group, and:',
      'Promoting effective professional practice',
      'Advising others',
      'Safer recruitment',
      'Supervising child protection cases',
    ],
    suggestedMethods: [
      'Single agency training, including promoting effective professional practice and advising others',
      'Inter-agency training: a range of multi-agency training events each year',
    ],
    note: 'Groups 5 and 6 share one row of Table 2; the content is split where the source starts “As per groups 1, 2, 3, 4 and 5 if supervising staff”. Safer recruitment and supervising child protection cases sit in group 5’s part but may be meant for group 6.',
    cite: cite(`${TABLE_2}: Group 5`, 'Professional advisors, named and designated lead professionals'),
  },
  {
    id: 'group-6',
    title: 'Group 6: operational managers of services for children, young people and/or parents/carers',
    description:
      'Operational managers at all levels, including practice supervisors, front line managers and managers of child protection units.',
    suggestedContent: [
      'As for groups 1, 2, 3, 4 and 5 if supervising staff in that group, and:',
      'Managing performance to promote effective inter-agency practice',
      'Specialist training to undertake key management and/or supervisory roles',
      'Motivational interviewing',
      'Staff development',
    ],
    suggestedMethods: [
      'Single agency training, including use of compliments and complaints to assist staff development',
      'Inter-agency training: a range of multi-agency training events each year',
    ],
    note: 'Shares one row of Table 2 with group 5 (see group 5).',
    cite: cite(`${TABLE_2}: Group 6`, 'Operational managers at all levels including: practice supervisors'),
  },
  {
    id: 'group-7',
    title: 'Group 7: senior managers responsible for strategic management of services for children, young people and/or parents/carers',
    description:
      'Senior members responsible for the strategic management of services, NHS board members, elected members and members of the CSCP.',
    levelIds: ['level-1'],
    suggestedContent: ['As for groups 1, 2 and 3, and:', 'Section 11 expectations, roles and responsibilities'],
    suggestedMethods: [
      'Single agency training (Level 1)',
      'Single agency specialist training: the legal frameworks and statutory responsibilities for safeguarding children',
      'Inter-agency events',
      'National and local leadership programmes',
    ],
    note: 'The source maps this group to “Single Agency Training (Level 1)”.',
    cite: cite(`${TABLE_2}: Group 7`, 'Senior Members responsible for the strategic management of services'),
  },
  {
    id: 'group-8',
    title: 'Group 8: members of LSCPs and Executive Management Boards',
    description: 'Strategic managers and members of the partnership, its chairs, sub-groups and business unit.',
    suggestedContent: [
      'As for groups 1, 2, 3 and 7, and roles, responsibilities and accountabilities',
      'Promoting effective cooperation to improve effectiveness',
      'Knowledge of current research and practice developments',
      'Lessons from serious case reviews and child deaths',
      'Specialist training to undertake specific roles (e.g. chairs of sub-groups, business unit staff, inter-agency training officers)',
    ],
    suggestedMethods: [
      'Single agency training',
      'Inter-agency training: a range of multi-agency training events each year',
      'CSCP Induction Programme',
      'CSCP Development Days',
      'National Leadership Programmes',
      'National Conferences and Workshops',
    ],
    cite: cite(`${TABLE_2}: Group 8`, 'Strategic Managers, Members of the CSCB'),
  },
];

/** Example roles as Table 2 lists them ("For example: ..."), per group. Some roles appear in two
 * groups (GPs, hospital staff, youth workers, foster carers): the source lists them in both. */
const EXAMPLE_ROLES: Array<[groupId: string, title: string, quote: string]> = [
  ['group-1', 'Librarians', 'Librarians'],
  ['group-1', 'Administrative staff', 'Administrative staff'],
  ['group-1', 'Cleaning staff', 'Cleaning Staff'],
  ['group-1', 'Volunteers', 'Volunteers'],
  ['group-1', 'Fire Service', 'Fire Service'],
  ['group-1', 'Ambulance Service', 'Ambulance Service'],
  ['group-1', 'Health (non-clinical)', '(Non-Clinical)'],
  ['group-2', 'Housing', 'Housing,'],
  ['group-2', 'YOT staff', 'YOT staff,'],
  ['group-2', 'Youth workers', 'Youth Workers'],
  ['group-2', 'GPs', 'GP’s'],
  ['group-2', 'Hospital staff', 'Hospital Staff'],
  ['group-2', 'Faith groups', 'Faith groups'],
  ['group-2', 'Foster carers', 'Foster Carers'],
  ['group-2', 'Governors', 'Governors'],
  ['group-3', 'Early years', 'Early Years'],
  ['group-3', 'Police (divisional)', 'Police (Divisional)'],
  ['group-3', 'Health visitors', 'Health Visitors'],
  ['group-3', 'Midwives', 'Midwives'],
  ['group-3', 'School nurses', 'School Nurses'],
  ['group-3', 'Probation', 'Probation'],
  ['group-3', 'YOIs', 'YOI’s'],
  ['group-3', 'Youth workers', 'Youth Workers'],
  ['group-3', 'Teachers', 'Teachers'],
  ['group-3', 'GPs', 'GP’s'],
  ['group-3', 'Learning mentors', 'Learning Mentors'],
  ['group-3', 'Teaching assistants', 'Teaching Assistants'],
  ['group-3', 'Hospital staff', 'Hospital Staff'],
  [
    'group-3',
    'Adult services (e.g. learning disability, mental health, alcohol and drug misuse)',
    'Adult Services – e.g. Learning Disability',
  ],
  ['group-3', 'Residential social workers', 'Residential Social Workers'],
  ['group-3', 'Foster carers', 'Foster Carers'],
  ['group-4', 'Police', 'Police'],
  ['group-4', 'Social workers', 'Social Workers'],
  ['group-4', 'Those that work with complex cases', 'Those that work with complex cases'],
  ['group-4', 'Health', 'Health'],
  ['group-4', 'Education', 'Education'],
  ['group-6', 'Practice supervisors', 'practice supervisors'],
  ['group-6', 'Front line managers', 'front line managers'],
  ['group-6', 'Managers of child protection units', 'managers of child protection units'],
  ['group-7', 'NHS board members', 'NHS board members'],
  ['group-7', 'Elected members', 'Elected Members and Members of CSCP'],
  ['group-8', 'CSCP members', 'CSCP members'],
  ['group-8', 'Chairs of CSCP', 'Chairs of CSCP'],
  ['group-8', 'Director of Children’s Services', 'Director of Children’s Services'],
  ['group-8', 'Elected members', 'Elected members'],
  ['group-8', 'Members of the sub-groups', 'Members of the sub-groups'],
  ['group-8', 'Business unit staff', 'Business unit staff'],
  ['group-8', 'Inter-agency training officers', 'Inter-agency Training Officers'],
];

function roleId(groupId: string, title: string): string {
  const slug = title
    .toLowerCase()
    .replace(/\(.*?\)/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${groupId}-${slug}`;
}

const roles: Role[] = EXAMPLE_ROLES.map(([groupId, title, quote]) => ({
  id: roleId(groupId, title),
  title,
  groupId,
  cite: cite(`${TABLE_2}: ${groups.find((g) => g.id === groupId)?.title.split(':')[0] ?? groupId}`, quote),
}));

function level(id: string): Level {
  const found = levels.find((l) => l.id === id);
  if (!found) throw new Error(`Coventry: no level "${id}"`);
  return found;
}

/** The courses the strategy names: the Level 1 and Level 2 inter-agency courses (Table 1's titles,
 * which Table 2 gives as "Inter-agency Training"), and Right Help Right Time training. Their
 * audience and outcomes are their level's. Level 3 is a class of specialist courses, not one. */
const courses: Course[] = [
  {
    id: 'introduction-to-safeguarding-children',
    title: 'Introduction to Safeguarding Children',
    levelId: 'level-1',
    groupIds: ['group-2'],
    audience: level('level-1').audience,
    outcomes: level('level-1').outcomes,
    multiAgency: true,
    note: 'Table 2 offers it to group 2 as inter-agency training, or single-agency Level 1 training instead; foster carers have a version based on it.',
    cite: cite(`${TABLE_2}: Group 2, suggested training methods`, 'Inter-agency Training: Level 1 (Introduction to Safeguarding Children)'),
  },
  {
    id: 'working-together-to-safeguard-children',
    title: 'Working Together to Safeguard Children',
    levelId: 'level-2',
    groupIds: ['group-3', 'group-4'],
    audience: level('level-2').audience,
    outcomes: level('level-2').outcomes,
    multiAgency: true,
    note: 'Table 2 names it for group 3; group 4 is pointed to inter-agency training at Level 2 and 3.',
    cite: cite(`${TABLE_2}: Group 3, suggested training methods`, 'Inter-agency Training Level 2 Working Together to Safeguard Children'),
  },
  {
    id: 'right-help-right-time-training',
    title: 'Right Help Right Time Training',
    groupIds: ['group-3'],
    outcomes: [],
    note: 'Named as a training method for group 3; the source gives no outcomes, length or level for it.',
    cite: cite(`${TABLE_2}: Group 3, suggested training methods`, 'Right Help Right Time Training'),
  },
];

const rules: Rule[] = [
  {
    id: 'level-2-prerequisite',
    kind: 'prerequisite',
    // Table 1 describes Level 2's audience as those who have completed this training; it does
    // not say others may not attend, so the app ranks rather than blocks.
    force: 'recommendation',
    text: 'Level 2 (Working Together to Safeguard Children) is for practitioners who have completed single-agency or voluntary-sector foundation training, or Level 1 inter-agency training.',
    appliesTo: { levelIds: ['level-2'] },
    anyOf: [
      {
        id: 'foundation-training',
        title: 'Single agency or voluntary sector foundation training',
        singleAgencyTraining: true,
        // Table 1's single-agency level is the foundation ("Basic / Induction Awareness").
        levelIds: ['single-agency'],
      },
      { id: 'level-1-training', title: 'Level 1 inter-agency training', levelIds: ['level-1'] },
    ],
    note: 'Worded in the source as the target audience, not as a bar to attending.',
    cite: cite(`${TABLE_1}: Level 2, target audience`, 'completed single agency/voluntary sector foundation training or Level 1'),
  },
  {
    id: 'level-3-prerequisite',
    kind: 'prerequisite',
    force: 'recommendation',
    text: 'Level 3 specialist courses are for practitioners and managers who have completed all relevant earlier training.',
    appliesTo: { levelIds: ['level-3'] },
    anyOf: [
      { id: 'all-relevant-earlier-training', title: 'All relevant earlier training', userConfirmed: true },
      { id: 'level-2-training', title: 'Level 2 Working Together to Safeguard Children', levelIds: ['level-2'] },
    ],
    note: 'The source does not list the earlier training: you confirm it yourself. A logged Level 2 course, the level before in Table 1, also counts.',
    cite: cite(`${TABLE_1}: Level 3, target audience`, 'who have completed all relevant earlier training'),
  },
  {
    id: 'charge-non-contributing-agencies',
    kind: 'charging',
    // "will be charged £125" (9.1): a stated fact of the policy, not a suggestion. The app's
    // strongest force; the charge falls on the agency, and the plan shows it as information.
    force: 'requirement',
    text: 'Agencies that do not contribute to the inter-agency budget are charged £125 for each delegate attending a Level 2 or 3 course.',
    appliesTo: { levelIds: ['level-2', 'level-3'] },
    charges: [{ when: 'Your agency does not contribute to the inter-agency budget', amountGbp: 125 }],
    note: 'Information for your agency; rates are reviewed annually and published in the Annual Training Programme.',
    cite: cite(`${CHARGING}, 9.1`, 'will be charged £125 for attending Level 2 and 3 courses'),
  },
  {
    id: 'charge-cancellation',
    kind: 'charging',
    // "will be charged in the event of a delegate not attending" (9.1): stated, as above.
    force: 'requirement',
    text: 'Every agency, contributing or not, is charged when a delegate does not attend, on a scale by notice given: £75 for 2 to 4 weeks’ notice, £125 for less than 2 weeks’ notice or non-attendance; nothing if an appropriate substitute attends.',
    appliesTo: { levelIds: ['level-2', 'level-3'] },
    charges: [
      { when: 'Cancelled with between 2 and 4 weeks’ notice', amountGbp: 75 },
      { when: 'Cancelled with less than 2 weeks’ notice, or not attended', amountGbp: 125 },
      { when: 'An appropriate substitute attends instead', amountGbp: 0 },
    ],
    note: 'Information for your agency; rates are reviewed annually. The source words this for “the course” generally; the app shows it with Level 2 and 3 courses, the partnership’s charged courses.',
    cite: cite(`${CHARGING}, 9.1`, 'will be charged in the event of a delegate not attending the course'),
  },
  {
    id: 'duty-right-help-signs-of-safety',
    kind: 'duty',
    force: 'requirement',
    text: 'All staff working with children need to understand Right Help Right Time and Signs of Safety, and apply them in practice where appropriate.',
    cite: cite(`${TARGET_AUDIENCES}, 6.3`, 'All staff working with children need to have an understanding of Right Help'),
  },
  {
    id: 'duty-line-manager-identifies-level',
    kind: 'duty',
    force: 'requirement',
    text: 'Your line manager is responsible for identifying the level at which you practise, and for monitoring your competence and capabilities.',
    note: 'A duty of your line manager: ask them if you are not sure which level or group you are in.',
    cite: cite('3.0 Agency Responsibilities, 3.2', 'it is the responsibility of the individual’s line manager to identify the level'),
  },
  {
    id: 'duty-managers-release-staff',
    kind: 'duty',
    force: 'requirement',
    text: 'Managers must enable staff to be released to attend the appropriate inter-agency training courses, and give them opportunities to consolidate learning into practice.',
    note: 'A duty of your manager.',
    cite: cite('4.0 Management Responsibility, 4.3', 'Managers must enable staff to be released to attend the appropriate inter-agency'),
  },
];

const approaches: NamedItem[] = [
  {
    id: 'right-help-right-time',
    title: 'Right Help Right Time',
    description:
      'Coventry’s approach to thresholds of help. A Level 1 outcome (understanding it) and a Level 2 outcome (working together using it and its thresholds); in the suggested content for groups 2 and 3.',
    cite: cite(`${TABLE_1}: Level 2`, 'Work together using Right Help Right TIme and its thresholds'),
  },
  {
    id: 'signs-of-safety',
    title: 'Signs of Safety',
    description:
      'A practice approach that all staff working with children need to understand and, where appropriate, apply; in the suggested content for groups 2 and 3.',
    cite: cite(`${TARGET_AUDIENCES}, 6.3`, 'Right Time and Signs of Safety and where appropriate apply these'),
  },
];

export const coventry: Framework = {
  id: 'coventry',
  partnership: 'Coventry Safeguarding Children Partnership (CSCP)',
  shortName: 'Coventry',
  title: 'Inter-agency Training Strategy',
  edition: 'Undated (refers to Working Together to Safeguard Children 2018)',
  sourceFile: SOURCE,
  area: 'Coventry',
  levels,
  groups,
  roles,
  courses,
  rules,
  pathways: [],
  approaches,
  notes: [
    'The strategy is undated. It refers to Working Together 2018 but keeps the eight target groups of Working Together 2010, and names the partnership variously as LSCB, LSCP, CSCB and CSCP.',
    'The strategy has no course catalogue: its training is described by level (Table 1). The app lists the courses its tables name (Introduction to Safeguarding Children at Level 1, Working Together to Safeguard Children at Level 2, Right Help Right Time training); other training is logged against a level. Lengths and modes are not given.',
    'Health staff: the levels map to the RCPCH Intercollegiate Document one level higher (Level 1 is Level 2 for health staff); health agencies also have their own strategies.',
    'Table 1 states the earlier training expected for Level 2 and Level 3 as part of the target audience, so the app recommends it rather than requiring it. “All relevant earlier training” for Level 3 is not listed: you confirm it yourself.',
    // Table 2 is flattened in the seed text.
    'In Table 2, groups 5 and 6 share one row; group 1’s description also mentions intense but irregular contact (group 2 in section 6.3); group 3’s methods column repeats its content list; group 4’s heading is cut short.',
    'Only groups 1 to 4 and 8 list example roles; groups 6 and 7 name roles within their descriptions, group 5 none.',
    'Charges were set when the strategy was written and are reviewed annually: check the current Annual Training Programme.',
  ],
  cite: cite('Title page', 'Coventry Safeguarding Children Partnership Inter-agency Training Strategy'),
};
