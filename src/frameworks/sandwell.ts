import type { ContentTopic, Framework, Group, Role, Rule } from './types';
import { SEED_FILES } from './seed-files';

/**
 * Sandwell Children's Safeguarding Partnership (SCSP), Learning & Development Strategy.
 * Source: the seed file SEED_FILES.sandwell (./seed-files.ts). The strategy defines target groups, the
 * duties of employees, evaluation and a minimum content checklist; it lists no courses and no
 * levels (the SCSP training catalogue is referred to but not part of the source).
 */
const SOURCE = SEED_FILES.sandwell;
// The target groups arrive as a flattened table under this heading.
const TARGET_GROUPS = '4. Training and Development Needs';
const EMPLOYEES = '9. Role of Employees Regarding their Professional Development';
const CHECKLIST = 'Minimum content checklist for statutory training';

const MANAGERS_DESCRIPTION = 'Supervisor or manager of groups 1-4 above (including recruitment of staff to above groups).';
const SAME_TEXT_NOTE =
  'Groups 5 and 6 carry exactly the same description in the source, so the app cannot tell them apart; both are kept as the source gives them.';

const groups: Group[] = [
  {
    id: 'sandwell-group-1',
    title: 'Group 1: infrequent contact',
    description: 'Infrequent contact with children, young people and families.',
    note: 'The source expects organisations to train groups 1 and 2 within the organisation, by induction and single-agency training (4.2).',
    cite: {
      file: SOURCE,
      section: TARGET_GROUPS,
      quote: 'Infrequent contact with children, young people and families',
    },
  },
  {
    id: 'sandwell-group-2',
    title: 'Group 2: regular, or intense but irregular, contact',
    description: 'Regular contact, or period of intense but irregular contact, with children, young people and families.',
    note: 'The source expects organisations to train groups 1 and 2 within the organisation, by induction and single-agency training (4.2).',
    cite: {
      file: SOURCE,
      section: TARGET_GROUPS,
      quote: 'Regular contact, or period of intense but irregular contact, with',
    },
  },
  {
    id: 'sandwell-group-3',
    title: 'Group 3: works predominantly with children and families, assessing and planning',
    description:
      "Works predominately with children, young people and families and involved in assessing, planning, intervening and reviewing children and young people's needs and parenting capacity.",
    note: 'Childminders are exempt from the statutory requirement to access Core Working Together; however, SCSP recommends attendance as good practice.',
    cite: {
      file: SOURCE,
      section: TARGET_GROUPS,
      quote: 'Works predominately with children, young people and families and',
    },
  },
  {
    id: 'sandwell-group-4',
    title: 'Group 4: specialist role',
    description:
      'Specialist role with responsibility for conducting s47 enquiries or working with complex cases, professional advisors, named or designated safeguarding lead (this can be across the safeguarding team).',
    note: 'The source names no example roles for groups 4 to 6.',
    cite: {
      file: SOURCE,
      section: TARGET_GROUPS,
      quote: 'Specialist role with responsibility for conducting s47 enquiries or',
    },
  },
  {
    id: 'sandwell-group-5',
    title: 'Group 5: supervisor or manager of groups 1-4',
    description: MANAGERS_DESCRIPTION,
    note: SAME_TEXT_NOTE,
    cite: { file: SOURCE, section: TARGET_GROUPS, quote: 'Supervisor or manager of groups 1-4 above' },
  },
  {
    id: 'sandwell-group-6',
    title: 'Group 6: supervisor or manager of groups 1-4',
    description: MANAGERS_DESCRIPTION,
    note: SAME_TEXT_NOTE,
    cite: { file: SOURCE, section: TARGET_GROUPS, quote: 'Supervisor or manager of groups 1-4 above' },
  },
];

/** Example roles, in the source's own words, as listed in brackets for groups 1-3. */
const ROLE_LISTS: Array<[groupId: string, roles: Array<string | [title: string, quote: string]>]> = [
  [
    'sandwell-group-1',
    [
      'Back office and administration staff',
      'Front door Contact Centre Staff',
      'Environmental Health Officers',
      'Librarians',
      'School Cleaners',
      'Receptionists',
      'Street Wardens',
      'School Governors',
    ],
  ],
  [
    'sandwell-group-2',
    [
      'Counsellors',
      'Nursery Nurses',
      'Dentists',
      'Probation Officers',
      'Leisure Coaches',
      'Neighbourhood Officers',
      'General Nurses',
      'Attendance Officers',
      'Sessional Youth Workers',
      'Play Groups',
      'Community Group Workers',
      'Teachers',
      "LSP's",
      // The source's bracket is not closed before the next role.
      ['Early Years Workers (with no specific safeguarding role)', 'Early Years Workers (with no specific safeguarding role'],
      'Children Health Care assistants',
    ],
  ],
  [
    'sandwell-group-3',
    [
      'Police Officers',
      'Family Nurse Partnership',
      'Health Visitors',
      'Sexual Health Staff',
      'School Nurses',
      'Speech and Language Therapists',
      "Children's Nurses",
      'LAC residential Workers',
      'Foster Carers',
      'Family Support Workers',
      'Staff working with children with disabilities',
      'Play Leaders/sports club welfare officers',
      'Social Work Assistants',
      'Youth Justice Service',
      'DECCA',
      "CPN's",
      "GP's",
      'Integrated Services Workers',
      'Staff in refuges',
      'Paediatricians',
      'Childminders',
      'Nursery Managers & Early Years Workers with specific safeguarding role',
    ],
  ],
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const roles: Role[] = ROLE_LISTS.flatMap(([groupId, list]) =>
  list.map((entry) => {
    const [title, quote] = typeof entry === 'string' ? [entry, entry] : entry;
    return {
      id: `${groupId.replace('group-', 'g')}-${slug(title)}`,
      title,
      groupId,
      cite: { file: SOURCE, section: TARGET_GROUPS, quote },
    };
  }),
);

const duties: Array<[slug: string, text: string, quote: string]> = [
  [
    'maintain-knowledge',
    'Maintain and improve your professional knowledge and competence.',
    'to maintain and improve their professional knowledge and competence',
  ],
  ['identify-needs', 'Identify your own learning and development needs.', 'to identify their own learning and development needs'],
  ['access-training', 'Access the training provided.', 'to access the training provided'],
  ['keep-record', 'Keep a record of the training you attend.', 'to keep a record of training attended'],
  [
    'keep-certificates',
    'Download and keep your attendance certificates after successfully completing training.',
    'to download and retain attendance certificates',
  ],
];

const topics: ContentTopic[] = [
  {
    id: 'sandwell-topic-level-1',
    title: 'Level 1 Safeguarding Children',
    keywords: [
      'level 1 safeguarding',
      'safeguarding level 1',
      'safeguarding children level 1',
      'basic safeguarding',
      'safeguarding awareness',
      'introduction to safeguarding',
    ],
    note: "Working Together as an essential feature; what child abuse and neglect are, their signs and indicators, normal child development, keeping a child focus and how to report concerns; safeguarding is everyone's responsibility; the organisation's procedures and whom to contact about a child or about a colleague's behaviour towards a child.",
    // The heading is split over three lines in the seed text.
  },
  {
    id: 'sandwell-topic-prevent',
    title: 'Prevent',
    keywords: ['prevent', 'radicalisation', 'extremism'],
    note: 'An overview of the Prevent duty/strategy: extremism and radicalisation, how people are radicalised, indicators, Channel, how to respond, report and record.',
  },
  {
    id: 'sandwell-topic-fgm',
    title: 'FGM',
    keywords: ['fgm', 'female genital mutilation'],
    note: 'What FGM is (types, gender-based violence, how common), its legal status, the legal duty to report and the human rights context; identifying risk and indicators and responding; where to get help. The source has a second FGM row that mixes this content with the Prevent content and adds a legislative framework, how to offer support, resources and NHS England and government guidance; the app does not count it as a separate topic.',
  },
  {
    id: 'sandwell-topic-lead-professional',
    title: 'Lead Professional',
    keywords: ['lead professional'],
    note: 'The role and skills required to be a competent Lead Professional, including dealing with difficult situations and accountabilities.',
  },
  {
    id: 'sandwell-topic-early-help',
    title: 'Introduction to Early Help in Sandwell',
    keywords: ['early help'],
    note: 'When, why and how to share information confidently and appropriately as part of day-to-day practice.',
  },
  {
    id: 'sandwell-topic-core-working-together',
    title: 'Core Working Together',
    keywords: ['working together'],
    note: "Working together where there are safeguarding concerns; legislation and guidance on the duty to co-operate; identifying and articulating risk; the child's voice; barriers in multi-agency work; the s17/s47 processes and the practitioner's part in them (information, specialist assessments, reports, meetings, decisions, plans, managing disagreements).",
  },
];

const rules: Rule[] = [
  ...duties.map(([name, text, quote]): Rule => ({
    id: `sandwell-duty-${name}`,
    kind: 'duty',
    force: 'requirement',
    text,
    cite: { file: SOURCE, section: EMPLOYEES, quote },
  })),
  {
    id: 'sandwell-single-agency-before-multi-agency',
    kind: 'prerequisite',
    // "Employers should ensure that employees undertake ..." (8.2): "should", a recommendation.
    force: 'recommendation',
    appliesTo: { allCourses: true },
    anyOf: [
      {
        id: 'sandwell-single-agency-child-protection',
        title: 'Single-agency child protection training',
        singleAgencyTraining: true,
      },
    ],
    text: 'Do single-agency child protection training before attending multi-agency training.',
    note: 'Worded as an employer’s responsibility. The source lists no SCSP courses, so this rule has no course of this framework to apply to; it is shown as information.',
    cite: {
      file: SOURCE,
      section: "8. SCSP Members' Responsibility as Employers",
      quote: 'employees undertake single agency child protection training before they attend',
    },
  },
  {
    id: 'sandwell-evaluation',
    kind: 'evaluation-followup',
    // SCSP's own process: "Follow up evaluation of impact will be carried out between 3-6 months
    // after the training. All learners will be invited ..." It asks nothing of the learner beyond
    // the invitation, so it is information (guidance), and the app's impact-note prompt says so.
    force: 'guidance',
    fromMonths: 3,
    toMonths: 6,
    text: 'SCSP evaluates training at three levels: at the end of each course (you complete an online evaluation to gain your certificate); an impact follow-up 3-6 months after the training, to which SCSP invites all learners; and audit of the difference made to practice and services.',
    note: 'The initial evaluation and the impact follow-up involve the learner; the audit (for example QPPA audits, section 11 audit, thematic reviews) is carried out by the partnership and agencies.',
    cite: {
      file: SOURCE,
      section: 'Stages Two & Three Monitoring and Evaluation of Training',
      quote: 'Follow up evaluation of impact will be carried out between 3-6 months',
    },
  },
  {
    id: 'sandwell-core-working-together-group-3',
    kind: 'topic-training',
    // The Group 3 row's footnote: "**Childminders are exempt from the statutory requirement to
    // access Core Working Together; however, attendance is recommended by SCSP as good practice"
    // (001 l.83): a statutory requirement for Group 3, and for childminders a recommendation.
    force: 'requirement',
    topicId: 'sandwell-topic-core-working-together',
    appliesTo: { groupIds: ['sandwell-group-3'] },
    text: 'Group 3 has a statutory requirement to access Core Working Together training.',
    exemptions: [
      {
        roleIds: ['sandwell-g3-childminders'],
        force: 'recommendation',
        text: 'Childminders are exempt from the statutory requirement to access Core Working Together; SCSP recommends attending it as good practice.',
        cite: { file: SOURCE, section: TARGET_GROUPS, quote: 'however, attendance is recommended by SCSP as good practice' },
      },
    ],
    cite: {
      file: SOURCE,
      section: TARGET_GROUPS,
      quote: 'Childminders are exempt from the statutory requirement to access Core Working Together',
    },
  },
  {
    id: 'sandwell-minimum-content',
    kind: 'minimum-content',
    force: 'guidance',
    topics,
    interpretation:
      'This checklist is written for agencies: it is the suggested minimum content of their in-house or commissioned safeguarding training. The app uses it to show which of these minimum topics your record covers, matched on the titles of the training you log. That is the app’s interpretation, not a requirement on you.',
    text: 'Minimum content for statutory safeguarding training: Level 1 Safeguarding Children, Prevent, FGM, Lead Professional, Introduction to Early Help in Sandwell, Core Working Together.',
    // For developers: the seed's checklist has a second FGM row mixed with Prevent text, and an
    // untitled block between it and Lead Professional that cannot be placed under a topic with
    // certainty; neither is a topic here.
    note: 'The checklist also has a second FGM entry that mixes FGM and Prevent content, and a block without a heading ("How to report concerns", "Key agencies, contacts and sources of support"); neither is one of the six topics. The words that recognise each topic in your training titles are the app’s, not the source’s.',
    cite: {
      file: SOURCE,
      section: CHECKLIST,
      quote: 'partner agencies are asked to ensure that any in-house/commissioned training',
    },
  },
];

export const sandwell: Framework = {
  id: 'sandwell',
  partnership: "Sandwell Children's Safeguarding Partnership (SCSP)",
  shortName: 'Sandwell',
  title: 'SCSP Learning & Development Strategy',
  edition: 'Ratified 8 September 2020; reviewed April 2023',
  sourceFile: SOURCE,
  area: 'Sandwell',
  levels: [],
  groups,
  roles,
  courses: [],
  rules,
  pathways: [],
  approaches: [],
  notes: [
    'The strategy lists no courses and defines no training levels; "Level 1" appears only as a topic of the minimum content checklist. The SCSP training catalogue it refers to is not part of the source.',
    'Target groups follow Working Together; only groups 1-3 name example roles (kept in the source’s words, including settings such as "Play Groups"). Groups 5 and 6 carry the same description in the source; both are kept.',
    'In the minimum content checklist, a second FGM entry mixes FGM and Prevent content and one block has no heading ("How to report concerns", "Key agencies, contacts and sources of support"); only the six topics the checklist names are used.',
    'Evaluation is described in four stages (trainer development, two stages of monitoring and evaluation, an evaluation report) and at three levels (end of course, impact follow-up 3-6 months later, audit).',
    'Multi-agency training is delivered through a blended offer (workshops, learning events, eLearning, face to face and virtual training, briefings, webinars, learning resources).',
    'Non-attendance charging is mentioned (7.2) but no amounts are given, so the app shows no charges.',
  ],
  cite: { file: SOURCE, section: 'Document Control', quote: 'SCSP Learning & Development Strategy' },
};
