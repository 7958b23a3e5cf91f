import type { Citation, Course, CourseLength, Framework, Pathway, PathwayItem, Rule } from './types';
import { SEED_FILES } from './seed-files';

/**
 * London Safeguarding Children Board, "Competence Matters: A Multi-Agency Safeguarding Children
 * Training Framework for London", encoded from the seed file SEED_FILES.london (./seed-files.ts).
 * The source is a plain-text conversion: its tables are flattened, so the catalogue's CORE /
 * SPECIALIST column appears only on some rows (a label holds until the next label of its group).
 */
const SOURCE = SEED_FILES.london;

function cite(section: string, quote: string): Citation {
  return { file: SOURCE, section, quote };
}

/** Hours the source states ("1 day or 6 hours"). */
function stated(hours: number, sourceText: string): CourseLength {
  return { hours, stated: true, sourceText };
}

/** Hours assumed by the source's own equivalence (1 day = 6 hours), where it gives only days. */
function assumed(hours: number, sourceText: string): CourseLength {
  return { hours, stated: false, sourceText };
}

const SECTION_FRAMEWORK = '7. The Framework';
const SECTION_PROVISOS = '7. The Framework: The Training Framework, provisos';
// The group descriptions of Figure 7.2 arrive as flattened diagram text at the end of the seed file.
const SECTION_GROUPS = 'Figure 7.2: the training groups';
const SECTION_PATHWAYS = '7. The Framework: Sample Training Pathways';

const INTRO = 'london-introductory';
const GROUP_A = 'london-group-a';
const GROUP_B = 'london-group-b';
const GROUP_C = 'london-group-c';
const ADVANCED = 'london-advanced';

const courses: Course[] = [
  {
    id: 'london-intro-basic-awareness',
    title: 'Introduction to safeguarding - basic awareness',
    levelId: 'london-introductory',
    groupIds: ['london-group-a', 'london-group-b', 'london-group-c'],
    aim: 'To raise awareness regarding the fundamental issues of safeguarding and well-being',
    outcomes: [
      'Managing personal attitudes and beliefs',
      'Recognition of possible signs and symptoms of abuse and harm',
      'Basic understanding of the legislative framework',
      'Basic understanding of how to raise concerns appropriately within each agency',
      'Knowing who to contact about concerns and for making referrals',
    ],
    length: stated(3, 'minimum 3hrs'),
    cite: cite(
      '7. The Framework: Introduction and Foundation Level Training',
      'To raise awareness regarding the fundamental issues of safeguarding',
    ),
  },
  {
    id: 'london-intro-shared-responsibility-group-a',
    title: 'Safeguarding children – a shared responsibility Group A (or equivalent)',
    levelId: 'london-introductory',
    groupIds: ['london-group-a'],
    aim: 'To develop an awareness of, and ability to act on, concerns about the safety and welfare of children and young people',
    outcomes: [
      'What to do if there are concerns about the safety or welfare of children or young people',
      'What will happen once they have informed someone about those concerns',
      'What further contributions they may be expected to make to the safeguarding process',
    ],
    length: stated(6, '1 day or 6hours'),
    note:
      'The DfES "Safeguarding Children – A Shared Responsibility" Group A course, built into this ' +
      'framework as the introduction for Group A; equivalent training counts.',
    cite: cite(
      '7. The Framework: Introduction and Foundation Level Training',
      'To develop an awareness of, and ability to act on, concerns',
    ),
  },
  {
    id: 'london-intro-shared-responsibility-group-b',
    title: 'Safeguarding children – a shared responsibility Group B (or equivalent)',
    levelId: 'london-introductory',
    groupIds: ['london-group-b'],
    aim: 'To develop knowledge, skills and the ability to work together on the processes for safeguarding and promoting the welfare of children',
    outcomes: [
      'Demonstrate skills in effective collaboration between agencies to achieve intended outcomes for the child and family members',
      'Detail the protocols and procedures to be followed, including how information is shared and recorded',
      'Describe inter-agency roles and responsibilities for safeguarding and promoting the welfare of children',
    ],
    length: stated(12, '2 days or 12 hours'),
    note:
      'The DfES "Safeguarding Children – A Shared Responsibility" Group B course, built into this ' +
      'framework as the introduction for Group B; equivalent training counts.',
    cite: cite(
      '7. The Framework: Introduction and Foundation Level Training',
      'To develop knowledge, skills and the ability to work together',
    ),
  },
  {
    id: 'london-intro-shared-responsibility-group-c',
    title: 'Safeguarding children – a shared responsibility Group C (or equivalent)',
    levelId: 'london-introductory',
    groupIds: ['london-group-c'],
    aim: 'To enhance knowledge and skills and the ability to work together on the processes for safeguarding and promoting the welfare of children in complex and challenging situations.',
    outcomes: [
      'Taking, and advising others on, action',
      'Communication and inter-agency working',
      'Roles and responsibilities',
      'Information sharing and analysis and professional judgement',
    ],
    length: stated(12, '2 days or 12 hours'),
    note:
      'The DfES "Safeguarding Children – A Shared Responsibility" Group C course, built into this ' +
      'framework as the introduction for Group C; equivalent training counts.',
    cite: cite(
      '7. The Framework: Introduction and Foundation Level Training',
      'To enhance knowledge and skills and the ability to work together',
    ),
  },
  {
    id: 'london-a-introduction-to-abuse-and-neglect',
    title: 'Introduction to physical, emotional and sexual abuse and neglect',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness of the signs and symptoms of all forms of harm and abuse, and the risks to children',
    outcomes: [
      'Definitions',
      'Recognising concerns: identification and assessment of signs and symptoms',
      'Introduction to the impact of abuse on child development',
      'Information about local resources / networks that support children',
      'Context of abuse – assessment of information, disclosures and observations',
      'Use of slides / photographs / video material, etc',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group A CORE',
      'To raise awareness of the signs and symptoms of all forms of harm',
    ),
  },
  {
    id: 'london-a-vulnerability-and-resilience',
    title: 'Identifying vulnerability and promoting resilience in children and young people',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To understand what is meant by “vulnerability” and “resilience” and to work together to promote resilience',
    outcomes: [
      'Definitions',
      'Identifying vulnerability and resilience in children',
      'Promoting resilience',
      'Developing joint working practices that promote resilience',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group A CORE', 'To understand what is meant by “vulnerability” and “resilience”'),
  },
  {
    id: 'london-a-child-development',
    title: 'Child development in relation to well-being and harm',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To provide participants with a basic guide to child development in relation to safeguarding',
    outcomes: [
      'Definitions and context',
      'Basic child development theories, including attachment',
      'Developmental milestones',
      'Understanding impact of ill-health, disability, family and environmental factors and parenting capacity on development',
      'Recognising concerns',
      'Understanding the role of professionals in maximising opportunities and enhancing well-being',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group A CORE', 'To provide participants with a basic guide to child development'),
  },
  {
    id: 'london-a-equality-and-diversity-level-1',
    title: 'Good practice in equality and diversity across London Level 1',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness and explore issues of race, culture, faith, ethnicity and difference, and how these affect the process and safeguarding children, for professionals and families',
    outcomes: [
      'Exploring personal and social attitudes and beliefs, including terms, jargon, language and principles',
      'Understanding the historical and legislative context',
      'Raising awareness of the potential for discrimination in professional practice',
      'Exploring the impact of identity and self-esteem on safeguarding practice',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group A CORE', 'To raise awareness and explore issues of race, culture, faith'),
  },
  {
    id: 'london-a-domestic-violence-level-1',
    title: 'Domestic violence as a serious child protection issue Level 1',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness that domestic violence is a serious child protection issue, and of the risks to children living with domestic violence.',
    outcomes: [
      'Defining and understanding terms and definitions',
      'Understanding the context and values relating to domestic violence',
      'Exploring personal and social attitudes and beliefs',
      'Review of legislation and guidance',
      'Looking at the links between domestic violence and child abuse',
      'Research on the impact of domestic violence on adults and children',
      'Knowledge of local resources to help victims of violence',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group A CORE', 'To raise awareness that domestic violence is a serious child'),
  },
  {
    id: 'london-a-children-in-special-circumstances',
    title: 'Children in special circumstances',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness of vulnerable children',
    outcomes: [
      'Recognising concerns about privately fostered children',
      'Recognising concerns about children experiencing trafficking',
      'Recognising concerns about children who are missing education',
      'Recognising concerns about families who move',
      'Recognising concerns about sexually exploited children',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group A CORE', 'To raise awareness of vulnerable children'),
  },
  {
    id: 'london-a-information-sharing-and-referrals',
    title: 'Information sharing and making referrals to safeguard children',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To demystify law and guidance around information sharing and provide participants with practical advice on when and how to share information in order to make a referral.',
    outcomes: [
      'Issues of consent',
      'Recording data',
      'Sharing information lawfully',
      'Understanding risk factors',
      'Making a referral',
      'The referral process and procedures',
      'Confidentiality and information sharing with parents, colleagues and other professionals',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group A CORE', 'To demystify law and guidance around information sharing'),
  },
  {
    id: 'london-a-recording-and-record-keeping',
    title: 'Recording and record Keeping',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To develop key skills in effective recording and record keeping',
    outcomes: [
      'Understanding the importance of good recording and record keeping',
      'Principles of good recording practice',
      'Key elements of recording for safeguarding practice',
      'Working on examples and case studies',
    ],
    length: stated(3, '½ day or 3 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group A CORE', 'To develop key skills in effective recording and record keeping'),
  },
  {
    id: 'london-a-safe-working-practices',
    title: 'Safe working practices',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness about the importance of safe working practices for professionals and volunteers',
    outcomes: [
      'Understanding the importance of personal safety for clients and workers',
      'Managing personal and professional boundaries',
      'Understanding what keeps children safe from harm and exploitation',
      'Basic responses to complaints and allegations',
      'Whistle blowing',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group A CORE',
      'To raise awareness about the importance of safe working practices',
    ),
  },
  {
    id: 'london-a-communicating-with-children-level-1',
    title: 'Communicating with children about concerns Level 1',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'For participants to develop skills in listening to and communicating with children where there are concerns about abuse.',
    outcomes: [
      'How children communicate',
      'How to develop a culture of telling / safe environments',
      'Developing skills and approaches in effective communication where abuse is / may be an issue',
      'Identifying concerns when children communicate verbally or non-verbally',
      'Developing strategies to address concerns whilst remaining focussed on the child’s needs',
    ],
    length: stated(12, '2 days or 12 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group A CORE',
      'For participants to develop skills in listening to and communicating',
    ),
  },
  {
    id: 'london-a-dynamics-in-working-relationships',
    title: 'Understanding dynamics in working relationships',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To understand the dynamics and challenges in working relationships, and how they impact on safeguarding practice',
    outcomes: [
      'Understanding the range of dynamics and communication in professional relationships, what is most effective and why',
      'The impact of dynamics on safeguarding practice',
      'The importance of managing boundaries in working relationships with professionals and families',
      'Learning how to challenge other professionals appropriately',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group A CORE',
      'To understand the dynamics and challenges in working relationships',
    ),
  },
  {
    id: 'london-a-children-with-disabilities',
    title: 'Safeguarding children with disabilities',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness of the specific needs of disabled children in relation to their vulnerability and communication skills',
    outcomes: [
      'Basic knowledge of the range of protection needs of disabled children',
      'Communication skills for working with disabled children, enabling them to communicate about their experiences',
      'Identify possible abuse / neglect',
      'The increased vulnerability to abuse of disabled children',
      'Information about local networks that support disabled children',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group A SPECIALIST',
      'To raise awareness of the specific needs of disabled children',
    ),
  },
  {
    id: 'london-a-parental-substance-misuse-level-1',
    title: 'The impact of parental alcohol and substance misuse on children and young people Level 1',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'Raise awareness of the impact and the risks to children of parental substance misuse',
    outcomes: [
      'Understanding terms, definitions, language and exploring personal and social attitudes and beliefs',
      'Basic knowledge of the effects and risks of alcohol and different drugs and methods of drug use',
      'Addressing stereotypes and negative attitudes towards substance misusing parents',
      'Skills in basic risk assessment of drug using parents and parenting capacity',
      'Introduction to local drug and alcohol policies and protocols',
      'Introduction to local resources for supporting families with substance misusing parents',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group A SPECIALIST',
      'Raise awareness of the impact and the risks to children of parental',
    ),
  },
  {
    id: 'london-a-parental-mental-health-level-1',
    title: 'The Impact of parental mental health on children and young people Level 1',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness about the impact of significant and/or enduring parental mental illness on the family and on parenting capacity',
    outcomes: [
      'Understanding terms and definitions, and exploring personal and social attitudes and beliefs',
      'Understanding and recognising a range of the most common diagnoses',
      'Understanding short and long-term potential risks to children of having a parent with a mental illness',
      'Impact of parental mental illness on child development',
      'Identifying risks',
      'Children as carers',
      'Information about local mental health services',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group A SPECIALIST',
      'To raise awareness about the impact of significant and/or enduring',
    ),
  },
  {
    id: 'london-a-accident-prevention',
    title: 'Accident prevention',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness about practical safety and accident prevention in relation to children',
    outcomes: [
      'Understand basic elements of child development relating to safety and accident prevention',
      'Understand practical risk and protective factors for children in your work place and at home',
      'Exploring ways of teaching parents about safety and accident prevention',
      'Exploring the elements of practical safety in working with children',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group A SPECIALIST',
      'To raise awareness about practical safety and accident prevention',
    ),
  },
  {
    id: 'london-a-workshop-fgm',
    title: 'Basic awareness workshops - Female Genital Mutilation',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness about working with children and families where Female Genital Mutilation has or is at risk of taking place',
    outcomes: [
      'Understanding the forms that female genital mutilation takes',
      'Identifying risk factors, warning signs and possible indicators',
      'Exploring family and environmental factors where FGM has taken place or may take place',
      'Understanding the sensitive and challenging issues, and the importance of maintaining ongoing working relationships with families',
      'Knowledge of local services',
    ],
    length: stated(3, '½ day or 3 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group A SPECIALIST',
      'To raise awareness about working with children and families where',
    ),
  },
  {
    id: 'london-a-workshop-self-harm',
    title: 'Basic awareness workshops - Children who self harm',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness of children who self-harm',
    outcomes: [
      'Understanding the different forms that self-harm takes',
      'Exploring family and environmental factors and dynamics',
      'Understanding the range of warning signs that children may present',
      'How to make a referral and where to make a referral to',
      'Enabling a child or young person to receive effective support.',
    ],
    length: stated(3, '½ day or 3 hours'),
    category: 'SPECIALIST',
    cite: cite('7. The Framework: The Training Framework, Group A SPECIALIST', 'To raise awareness of children who self-harm'),
  },
  {
    id: 'london-a-workshop-fabricated-or-induced-illness',
    title: 'Basic awareness workshops - Fabricated or Induced Illness',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness about Fabricated or Induced Illness',
    outcomes: [
      'Understanding the forms that fabricated or induced illness may take',
      'Identifying risk factors, warning signs and possible indicators',
      'Exploring the mental health, family and environmental factors and dynamics linked to FII',
      'Understand the importance of dealing immediately with concerns, and maintaining a working relationship with the family',
      'How to make a referral and where to make a referral to',
    ],
    length: stated(3, '½ day or 3 hours'),
    category: 'SPECIALIST',
    cite: cite('7. The Framework: The Training Framework, Group A SPECIALIST', 'To raise awareness about Fabricated or Induced Illness'),
  },
  {
    id: 'london-a-workshop-bullying',
    title: 'Basic awareness workshops - Children who are bullied',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness about bullying',
    outcomes: [
      'Understanding the forms that bullying may take, and the contexts in which it happens',
      'Identifying risk factors, warning signs and possible indicators – bullies and victims',
      'Exploring the social, family and environmental factors and dynamics that inform these behaviours',
      'Understanding the importance of dealing effectively with concerns',
      'How to make a referral and where to make a referral to',
    ],
    length: stated(3, '½ day or 3 hours'),
    category: 'SPECIALIST',
    cite: cite('7. The Framework: The Training Framework, Group A SPECIALIST', 'To raise awareness about bullying'),
  },
  {
    id: 'london-a-workshop-trafficking-private-fostering-sexual-exploitation',
    title: 'Basic awareness workshops - Making the links between child trafficking, private fostering and sexual exploitation',
    levelId: 'london-group-a',
    groupIds: ['london-group-a'],
    aim: 'To raise awareness about and draw links between child trafficking, private fostering and the sexual exploitation of children and young people',
    outcomes: [
      'Identifying children who may, or at risk of being trafficked, privately fostered or sexually exploited',
      'Understanding the definitions and meanings of these terms as forms of abuse',
      'Understand the importance of dealing immediately with concerns in all of these three areas, and knowing what to do when there are concerns',
      'Exploring the impact and significance for the child of being trafficked, privately fostered or sexually exploited',
      'Knowledge of local and specialist services',
    ],
    length: stated(3, '½ day or 3 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group A SPECIALIST',
      'To raise awareness about and draw links between child trafficking',
    ),
  },
  {
    id: 'london-b-legal-framework',
    title: 'The legal framework for safeguarding practice',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To familiarise participants with the legal framework that informs safeguarding practice',
    outcomes: [
      'Putting law into practice: the Acts relevant for safeguarding practice (Children Act, Sexual Offences Act, Human Rights Act and others)',
      'Using own cases or case studies to explore these Acts and their impact on practice',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'To familiarise participants with the legal framework that informs',
    ),
  },
  {
    id: 'london-b-focus-on-neglect',
    title: 'Focus on neglect',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'Raise awareness of the signs and symptoms of neglect and the impact that neglect has on children',
    outcomes: [
      'Definition of neglect',
      'Identification and assessment of cases of neglect',
      'Identification of short and long-term effects of neglect on child’s development, particularly in relation to their ability to form secure attachments',
      'Understanding issues such as passive aggression, non-compliance, collusion, transference',
      'Develop strategies to work with children who are neglected, and for keeping the purpose of interventions focused on the neglected child',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'Raise awareness of the signs and symptoms of neglect and the impact',
    ),
  },
  {
    id: 'london-b-focus-on-sexual-abuse',
    title: 'Focus on sexual abuse',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To raise awareness of signs and symptoms of sexual abuse and the impact that sexual abuse has on children',
    outcomes: [
      'Definition of sexual abuse',
      'Recognising sexual abuse and responding appropriately',
      'Exploring issues of consent and confidentiality',
      'Exploring the impact of sexual abuse on the child’s development and relationships with other children and adults',
      'Developing ways of engaging children and enabling them to communicate about their abuse',
      'Information about local networks that support children and non-abusing carers',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group B CORE', 'To raise awareness of signs and symptoms of sexual abuse'),
  },
  {
    id: 'london-b-focus-on-emotional-abuse',
    title: 'Focus on emotional abuse',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To raise awareness about emotional abuse and to consider how professionals can work effectively together to improve outcomes for children who are emotionally abused',
    outcomes: [
      'Definition of emotional abuse',
      'Identifying emotional abuse, and emotionally abusive behaviours',
      'Attachment theory and its relationship with emotional abuse',
      'The impact of emotional abuse on a child’s development and mental health',
      'Exploring family dynamics',
      'How to effectively “evidence” emotional abuse',
      'Information about local networks that support children',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group B CORE', 'To raise awareness about emotional abuse and to consider'),
  },
  {
    id: 'london-b-focus-on-physical-abuse',
    title: 'Focus on physical abuse',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'Raise awareness of the signs and symptoms of physical abuse and the risks of physical abuse to children',
    outcomes: [
      'Definition of physical abuse',
      'Identifying physical abuse',
      'The impact of physical abuse on all aspects of the child’s development',
      'Developing ways of engaging with children and parents which enables them to communicate about their abuse',
      'Information about local networks that support children',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group B CORE', 'Raise awareness of the signs and symptoms of physical abuse'),
  },
  {
    id: 'london-b-court-skills-level-1',
    title: 'Court skills Level 1',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To familiarise participants with the court setting, and increase understanding of criminal and civil proceedings, including key considerations for giving evidence',
    outcomes: [
      'Description of English court system',
      'Familiarise participants with court etiquette, and role and function of court personnel',
      'Explore how the Children Act (1989) and other key legislation affects the court process',
      'Key considerations when preparing to give evidence at all court levels',
      'Giving evidence',
      'PACE caution',
    ],
    length: stated(12, '2 days or 12 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group B CORE', 'To familiarise participants with the court setting'),
  },
  {
    id: 'london-b-parents-difficult-to-engage',
    title: 'Working with parents and families who are difficult to engage',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To help practitioners explore strategies for working with families that present particular challenges, and to improve skills in maintaining effective working relationships.',
    outcomes: [
      'Identifying and understanding avoidant behaviours',
      'Maintaining professional boundaries and understanding the multi-agency dynamic',
      'Early recognition of parents, carers, families who may be difficult to work with',
      'Practical strategies, techniques and intervention skills for working positively with resistant parents, carers and families to reduce risk of harm to the child',
      'Understanding the social and legislative context for this work',
      'Managing the impact on professionals of working with resistant parents, carers and families',
      'Identifying and assessing future risk of harm',
      'Knowledge of local networks that support children and their families',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'To help practitioners explore strategies for working with families',
    ),
  },
  {
    id: 'london-b-making-a-good-referral',
    title: 'Making a good referral about the safety of children and young people',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To enable participants to make effective referrals about the safety and well being of children, thus contributing to improving outcomes for children at risk of harm.',
    outcomes: [
      'An overview of the safeguarding process',
      'Roles and responsibilities – how individuals and agencies contribute to the safeguarding process',
      'Understanding when to make a referral',
      'What constitutes a good referral',
      'Receiving feedback from other agencies',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'To enable participants to make effective referrals about the safety',
    ),
  },
  {
    id: 'london-b-consent-confidentiality-information-sharing',
    title: 'Managing issues of consent, confidentiality and information sharing',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'For participants to improve their competence in dealing with issues of confidentiality, consent and information sharing.',
    outcomes: [
      'Barriers to information sharing and ways of overcoming them',
      'The importance of making organisations safe',
      'National and local developments around information sharing, confidentiality and children’s welfare',
      'The role of the Common Assessment Framework and information sharing databases',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'For participants to improve their competence in dealing with issues',
    ),
  },
  {
    id: 'london-b-equality-and-diversity-level-2',
    title: 'Good practice in equality and diversity across London Level 2',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To consolidate and build upon participants existing knowledge of equality and diversity issues, enabling practitioners to work more effectively with children and families in London.',
    outcomes: [
      'Exploring issues of diversity at organisational and individual levels',
      'Addressing the differences in perspectives and culture of different agencies within the safeguarding process.',
      'Developing knowledge about how values and assumptions impact on work with children and families',
      'Actively using difference as a positive part of assessment / working together',
      'Developing skills in assessing the strengths of families whilst ensuring that areas of risk are identified and addressed.',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group B CORE', 'To consolidate and build upon participants existing knowledge'),
  },
  {
    id: 'london-b-risk-assessment',
    title: 'Risk assessment',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To develop an understanding of theories of risk assessment and become competent and confident in applying them when working with children and young people.',
    outcomes: [
      'Exploring the concept of risk assessment and risk management',
      'An overview of the key research and theories underpinning good assessment practice',
      'Understanding the thresholds and criteria used in analysing risk',
      'Knowing policies and procedures for safeguarding children.',
      'Indicators for abuse in relation to potentially dangerous families',
      'Knowing how to effectively challenge other professionals / progress a referral',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group B CORE', 'To develop an understanding of theories of risk assessment'),
  },
  {
    id: 'london-b-family-group-conferencing',
    title: 'Family Group Conferencing: key principles and practice',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To enable workers to provide better outcomes and positive working partnerships with children and their families through the use of Family Group Conferences.',
    outcomes: [
      'The origins of Family Group Conferencing',
      'Discussion of the theories and practical format of Family Group Conferences',
      'Elements of effective partnerships with families',
      'Clarification of the role and responsibilities of Family Group Conferences',
      'Practical skills in information giving',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'To enable workers to provide better outcomes and positive working',
    ),
  },
  {
    id: 'london-b-communicating-with-children-level-2',
    title: 'Communicating with children about concerns Level 2',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'For participants to build on and improve their skills in listening to and communicating with children where there are concerns about abuse.',
    outcomes: [
      'How children communicate',
      'The use of toys and play in communication',
      'Skills in working directly with children',
      'Communicating with children during assessment',
      'Understanding barriers to communication and developing strategies to overcome them.',
      'The needs of the child versus parental issues – how to stay focussed',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'For participants to build on and improve their skills in listening',
    ),
  },
  {
    id: 'london-b-attachment',
    title: 'Children, young people and attachment',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To promote positive outcomes for children in need by providing an overview of attachment theory and its impact on professional practice',
    outcomes: [
      'The attachment continuum from childhood to adulthood',
      'Attachment behaviours',
      'Identifying attachment styles',
      'Attachment and the Assessment Framework',
      'Link between attachment and neglect',
      'Linking attachment with resilience',
      'Assessing attachment and its implications for the placement of children',
    ],
    length: stated(12, '2 days or 12 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group B CORE', 'To promote positive outcomes for children in need by providing'),
  },
  {
    id: 'london-b-conferences-and-core-groups',
    title: 'Child Protection Conferences and Core Groups',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To give participants an understanding of Child Protection Conferences and their role and responsibilities when contributing to conferences and core groups.',
    outcomes: [
      'Information gathering for Core Assessment',
      'Report writing for conference',
      'Attending a conference and experiencing how inter-agency decisions and protection plans are made',
      'Facilitating child and parent participation',
      'Role and function of core groups',
      'Developing confidence in challenging colleagues',
    ],
    length: stated(12, '2 days or 12 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group B CORE',
      'To give participants an understanding of Child Protection Conferences',
    ),
  },
  {
    id: 'london-b-parental-substance-misuse-level-2',
    title: 'Impact of parental substance misuse on children and young people Level 2',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To further develop knowledge and skills of those who work with children and families where there are issues of parental substance misuse',
    outcomes: [
      'Definitions of substance misuse',
      'Exploring strategies and skills for intervening effectively where children are living with a substance misusing parent/carer or are a user themselves',
      'Update on current research and practice initiatives',
      'Implications of new research and initiatives for professional practice',
      'Reflecting on current practice, sharing examples of best practice',
      'Raising issues and challenging young people/ other professionals',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite('7. The Framework: The Training Framework, Group B SPECIALIST', 'To further develop knowledge and skills of those who work'),
  },
  {
    id: 'london-b-fabricated-or-induced-illness',
    title: 'Fabricated or Induced Illness',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To develop a greater awareness of Fabricated and Induced Illness, the processes and the dilemmas involved when working with families.',
    outcomes: [
      'Identifying suspected fabricated illness',
      'Planning interventions based on guidance',
      'Understanding the concept of evidence based practice and measuring outcomes',
      'Developing skills in working with families where fabricated illness is suspected /an issue',
      'Multi-agency working and the importance of information sharing.',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'To develop a greater awareness of Fabricated and Induced Illness',
    ),
  },
  {
    id: 'london-b-parental-mental-health-level-2',
    title: 'Impact of parental mental health on children and young people Level 2',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: "To increase understanding of the impact of serious or lasting parental mental illness on the family and on parenting capacity, and to use the assessment framework for both parenting capacity and the child's welfare.",
    outcomes: [
      'Understanding terms, definitions, language',
      'Exploring personal and social attitudes and beliefs',
      'Understanding and recognising a range of the most common diagnoses',
      'Understanding short and long-term potential risks to children of having a parent with a mental illness',
      'Acute and chronic issues, and problems for parents and children',
      'Impact of parental mental illness on child development',
      'Assessment skills and identifying risk',
      'Supporting the family',
      'Information about local mental health services',
      'Introducing local policies and procedures, including the Care Programme approach and Care in the Community',
      'Issues associated with children being carers',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'Increase understanding of the impact of significant and/or enduring',
    ),
  },
  {
    id: 'london-b-female-genital-mutilation',
    title: 'Effective interventions where Female Genital Mutilation occurs',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To raise awareness of Female Genital Mutilation and its cultural, religious and legal context, and to build competence in recognising it, acting to prevent it, and supporting and referring affected families.',
    outcomes: [
      'Defining Female Genital Mutilation',
      'Understanding the cultural context and mechanisms',
      'Best practice in dealing with girls at risk and survivors of Female Genital Mutilation',
      'Understanding responses to and expectations of local protocols of government legislation',
      'Awareness of DoH guidelines',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite('7. The Framework: The Training Framework, Group B SPECIALIST', 'To raise awareness of Female Genital Mutilation'),
  },
  {
    id: 'london-b-mobile-families',
    title: 'Working effectively with mobile families',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To develop an understanding of why families move, the implications for children and how to respond.',
    outcomes: [
      'Definitions of a “mobile family”',
      'Understanding of the Local Authority legal framework in relation to provision of services for mobile families',
      'Awareness of NOTIFY and NRUC',
      'Recognising risk factors, vulnerability and warning signs',
      'Knowledge of local points of contact for these families',
      'Knowledge of local and national support services for people.',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'To develop an understanding of why families move, the implications',
    ),
  },
  {
    id: 'london-b-managing-difficult-situations',
    title: 'Managing difficult situations in safeguarding practice',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To enable participants to develop new skills in managing difficult situations',
    outcomes: [
      'Effective communication in child protection',
      'How to communicate difficult information to parents and carers',
      'Recognised techniques/strategies of dealing with difficult situations',
      'Diffusing difficult situations in order to minimise personal risk',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'To enable participants to develop new skills in managing difficult',
    ),
  },
  {
    id: 'london-b-parental-learning-disability',
    title: 'Impact of parental learning disability on children and young people',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To raise awareness of parenting with a learning disability, the impact on children and to develop effective intervention skills to reduce risk and harm',
    outcomes: [
      'Understanding of the meaning of learning disability',
      'Addressing stereotypes and raising awareness of attitudes towards parents with a learning disability',
      'What it means to be a child of a parent with a learning disability',
      'Skills in basic risk assessment with regard to parenting and child protection',
      'Knowledge of local support systems for parents with learning disabilities',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'To raise awareness of parenting with a learning disability',
    ),
  },
  {
    id: 'london-b-sexual-exploitation',
    title: 'Children and young people involved in sexual exploitation',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To raise awareness of the risk of sexual exploitation of young people, to develop effective intervention strategies and working practices to reduce risk and harm.',
    outcomes: [
      'Definitions of sexual exploitation and child prostitution',
      'Understanding responses to and expectations of local protocols and government guidance',
      'Exploring attitudes and myths that surround child prostitution',
      'Recognising risk factors, vulnerability and warning signs',
      'Agreeing the roles of all the agencies and responsibilities towards this client group',
      'Awareness of DoH and LCPC guidance, NOTIFY and NRUC',
      'Exploring direct services and best practice for prevention, lifeline services and recovery strategies',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'To raise awareness of the risk of sexual exploitation of young',
    ),
  },
  {
    id: 'london-b-self-harm',
    title: 'Self harm',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To enable participants to improve their skills and knowledge of self-harm and its impact on children and their families.',
    outcomes: [
      'Self-harm - identification, risk indicators and causation',
      'Undertaking risk assessments',
      'Managing young people at risk',
      'Understanding the role of parents and carers',
      'Accessing appropriate support / services',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'To enable participants to improve their skills and knowledge',
    ),
  },
  {
    id: 'london-b-bullying',
    title: 'Effective intervention where bullying occurs',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To develop greater awareness and respond appropriately to abusive behaviour exhibited by children.',
    outcomes: [
      'Developing an understanding of the main issues in relation to bullying and abuse of children by other children or young people',
      'To identify safeguarding concerns in connection with children who abuse',
      'Learning how to assess whether a child’s behaviour is of concern or part of normal development',
      'Methods and approaches in working with children who bully or abuse others.',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group B SPECIALIST',
      'To develop greater awareness and respond appropriately to abusive',
    ),
  },
  {
    id: 'london-b-children-with-disabilities-level-2',
    title: 'Safeguarding children with disabilities Level 2',
    levelId: 'london-group-b',
    groupIds: ['london-group-b'],
    aim: 'To increase participants knowledge and skills in relation to safeguarding disabled children and introduce approaches to safeguarding children’s rights.',
    outcomes: [
      'Definitions',
      'The legal and procedural framework for protecting children with disabilities',
      'Introducing the concept of “created vulnerability” in relation to disabled children',
      'Research - the increased risk faced by disabled children.',
      'Considering the possible effects of disability on the assessment of indicators of abuse',
      'Communication issues in relation to disabled children',
      'Sources of further information, guidance and support',
      'Strategies and approaches to safeguarding children with disabilities',
      'Multi-agency working',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite('7. The Framework: The Training Framework, Group B SPECIALIST', 'To increase participants knowledge and skills in relation'),
  },
  {
    id: 'london-c-court-skills-level-2',
    title: 'Court skills Level 2',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'For participants to build upon their knowledge of the court process and increase their competence and confidence in preparing and giving evidence.',
    outcomes: [
      'Preparing and producing statements and reports',
      'Court protocol',
      'Understanding the uses and limitations of chronologies',
      'Identifying where expert evidence is required, knowing who an “expert” is',
      'Awareness of requirements for care plans in public law proceedings',
      'Knowing the range of orders available under legislation and the uses and limitations of them',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group C CORE',
      'For participants to build upon their knowledge of the court process',
    ),
  },
  {
    id: 'london-c-complex-analysis-and-risk-assessment',
    title: 'Skills in complex analysis and risk assessment for safeguarding practice',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To further develop an understanding of theories of risk assessment and analysis, and to develop enhanced skills for use in complex cases',
    outcomes: [
      'The application of professional judgement and critical thinking to decision making when assessing risk',
      'An overview of the key research and theories underpinning good analysis and assessment practice',
      'Practical applications of assessment tools',
      'How research and theories can inform decision making and the use of assessment tools and techniques',
      'The role of evidence-based practice in achieving best outcomes for children',
      'Assessing and managing risk in potentially dangerous families',
    ],
    length: stated(12, '2 days or 12 hours'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group C CORE',
      'To further develop an understanding of theories of risk assessment',
    ),
  },
  {
    id: 'london-c-overcoming-dangerous-dynamics',
    title: 'Overcoming dangerous dynamics in professional practice',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'For participants to gain a clear understanding of the dangerous dynamics in safeguarding work and formulate a range of strategies to deal with them.',
    outcomes: [
      'Exploring the impact of personal dynamics on work with families and the possible obstacles this presents to effective practice',
      'Developing and maintaining positive partnerships with individuals, families and other agencies',
      'Developing strategies to deal with resistance',
      'Challenging unsafe professional practice',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group C CORE', 'For participants to gain a clear understanding of the dangerous'),
  },
  {
    id: 'london-c-joint-investigation-training',
    title: 'Joint Investigation Training',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To improve inter-agency working and the well-being and safety of children through working together',
    outcomes: [
      'Significant harm',
      'Legislation and criminal law',
      'Police powers',
      'Managing a referral',
      'S.17 and S.47 assessments',
      'Information sharing / consent',
      'Strategy meetings',
      'Joint visits / medicals/forensic issues',
      'Challenging other professionals',
    ],
    length: assumed(30, '5 days'),
    category: 'CORE',
    cite: cite('7. The Framework: The Training Framework, Group C CORE', 'To improve inter-agency working and the well-being and safety'),
  },
  {
    id: 'london-c-achieving-best-evidence',
    title: 'Achieving Best Evidence (ABE)',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To enable participants to undertake interviews with children who have been abused, according to the Home Office guidance “Achieving Best Evidence”',
    outcomes: [
      'Special measures',
      'Stages of the ABE Interview',
      'Building rapport',
      'Questioning',
      'The importance of planning',
      'Assessed interviews',
      'Offender profiling and cycle of abuse',
      'Child abuse and the internet',
      'Court information',
    ],
    length: assumed(30, '5 days'),
    category: 'CORE',
    cite: cite(
      '7. The Framework: The Training Framework, Group C CORE',
      'To enable participants to undertake interviews with children who have',
    ),
  },
  {
    id: 'london-c-forced-marriage',
    title: 'Forced marriage',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To explore how participants can offer help and support to someone at risk of a forced marriage',
    outcomes: [
      'The difference between forced and arranged marriage',
      'The human rights abuses involved in forced marriages',
      'How fears of forced marriage impacts on young people',
      'How professionals can work together to support young people at risk',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group C SPECIALIST',
      'To explore how participants can offer help and support to someone',
    ),
  },
  {
    id: 'london-c-young-people-who-go-missing',
    title: 'Young people who go missing',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'For participants to gain an understanding of why young people go missing and gain skills in preventing and responding to the problem',
    outcomes: [
      'Facts and figures – the extent of problem',
      'Why young people go missing',
      'Types of absence',
      'Assessing the risks to missing children / young people',
      'Offending and sexual exploitation of children',
      'Working strategies and responses',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group C SPECIALIST',
      'For participants to gain an understanding of why young people go',
    ),
  },
  {
    id: 'london-c-young-people-who-sexually-abuse',
    title: 'Assessment and treatment of young people who sexually abuse',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To raise awareness and develop participants’ understanding of children and young people who have sexually abused other, or are at risk of doing so',
    outcomes: [
      'Definitions and theories of sexual aggression in children and young people',
      'Common characteristics and behaviours of children who abuse',
      'Understanding the development of sexually abusive/aggressive behaviour in children and young people',
      'Risk assessment, risk factors and risk management',
      'Meeting the needs of children and young people who sexually abuse others',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group C SPECIALIST',
      'To raise awareness and develop participants’ understanding',
    ),
  },
  {
    id: 'london-c-investigating-child-trafficking',
    title: 'Investigating child trafficking',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To explore ways in which agencies can work together to safeguard children who may be subject to/at risk of child trafficking.',
    outcomes: [
      'The dangers and risks of trafficking to children',
      'The impact on the child of being trafficked',
      'Recognising and identifying children who have been trafficked',
      'Working together to support and protect children',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group C SPECIALIST',
      'To explore ways in which agencies can work together to safeguard',
    ),
  },
  {
    id: 'london-c-chairing-core-groups',
    title: 'Chairing core groups and other safeguarding meetings',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To enable participants to chair or work effectively in core groups and other safeguarding meetings',
    outcomes: [
      'Basic meeting chairing skills and group dynamics',
      'Understanding the key safeguarding processes and the different meetings that are called',
      'Understanding the roles and responsibilities of professionals involved in the safeguarding process',
      'Understanding the key issues in planning for children, and learning how to make effective, realistic plans',
      'Skills in effectively challenging other professionals',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group C SPECIALIST',
      'To enable participants to chair or work effectively in core groups',
    ),
  },
  {
    id: 'london-c-adult-perpetrators',
    title: 'Working with adult perpetrators',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To develop skills and understanding in working with adult perpetrators of sexual abuse',
    outcomes: [
      'Theoretical approaches to sex offending',
      'Key skills needed to engage positively with sexual offenders',
      'Issues in relation to risk, risk assessment and relapse',
      'Issues in relation to re-integration into the family',
      'Understanding the specific taboos and issues associated with female perpetrators',
      'Legislation, guidance, risk assessment tools and community-based programmes',
    ],
    length: stated(12, '2 days or 12 hours'),
    category: 'SPECIALIST',
    cite: cite('7. The Framework: The Training Framework, Group C SPECIALIST', 'To develop skills and understanding in working with adult'),
  },
  {
    id: 'london-c-internet-risks',
    title: 'The Internet – risks to children and young people',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'For participants to develop an understanding of risk in relation to the internet and child abuse images',
    outcomes: [
      'Risks posed by the internet',
      'Methods employed by offenders to target children and young people',
      'The grooming process',
      'Research and guidance',
      'Strategies and skills to keep children and young people safe.',
    ],
    length: stated(6, '1 day or 6 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group C SPECIALIST',
      'For participants to develop an understanding of risk in relation',
    ),
  },
  {
    id: 'london-c-serious-case-reviews',
    title: 'Contributing to Serious Case Reviews',
    levelId: 'london-group-c',
    groupIds: ['london-group-c'],
    aim: 'To enable participants to contribute effectively to serious case reviews',
    outcomes: [
      'Understanding what serious case reviews are, what their purpose is and the roles of the different agencies and professionals in their functioning',
      'Understanding the expectations of professionals, and the practical aspects of the contributions they will be expected to make',
      'Practical information regarding report-writing and information sharing',
      'The importance of personal support for those involved in cases of child death or serious injury',
    ],
    length: stated(12, '2 days or 12 hours'),
    category: 'SPECIALIST',
    cite: cite(
      '7. The Framework: The Training Framework, Group C SPECIALIST',
      'To enable participants to contribute effectively to serious case',
    ),
  },
  {
    id: 'london-adv-supervision-and-management-practice',
    title: 'Enhancing professional practice in child protection supervision / management',
    levelId: 'london-advanced',
    groupIds: [],
    aim: "To build safeguarding knowledge and supervisory skills for managing staff, with awareness of personal “blind spots”, reflection on one's own approach as a manager, and professional confidence.",
    outcomes: [
      'Develop confidence in managerial role in child protection and family support work',
      'Establish and maintain a support network for both themselves and their staff team',
      'Create a comprehensive structure for a child-focused assessment in child protection and family support work',
      'Familiarisation with changes as a result of new legislation and guidance',
      'Identify personal “blind spots” in practice and taking steps to address these',
    ],
    length: stated(12, '2 days or 12 hours'),
    cite: cite('7. The Framework: The Training Framework, Advanced', 'To enhance knowledge of safeguarding and supervisory skills'),
  },
  {
    id: 'london-adv-child-protection-awareness-for-managers',
    title: 'Child protection awareness for managers',
    levelId: 'london-advanced',
    groupIds: [],
    aim: 'To enable managers to promote an understanding of the safeguarding process within their teams, so that staff work effectively with other agencies.',
    outcomes: [
      'A guide to the safeguarding process, including the legal and procedural context',
      'Barriers to inter-agency working',
      'Using findings from reviews and inquiries to inform practice',
      'Promoting safeguarding practice within a team',
      'Identifying safeguarding training needs among staff',
    ],
    length: stated(12, '2 days or 12 hours'),
    cite: cite('7. The Framework: The Training Framework, Advanced', 'To enable managers to promote an understanding of the safeguarding'),
  },
  {
    id: 'london-adv-child-protection-policy',
    title: 'Preparing and implementing a child protection policy',
    levelId: 'london-advanced',
    groupIds: [],
    aim: 'To enable participants to prepare and implement a child protection policy in their agency/organisation',
    outcomes: [
      'Understanding the importance and limitations of policies and procedures in keeping children safe',
      'Understanding the context of practice and policy: legislation, serious case reviews, guidance, etc',
      'Exploring issues relating to allegations of abuse, accountability and transparency',
      'Practical guidance for writing a policy',
      'Practical guidance for implementing a policy, and using it to inform professional practice',
    ],
    length: stated(6, '1 day or 6 hours'),
    cite: cite('7. The Framework: The Training Framework, Advanced', 'To enable participants to prepare and implement a child protection'),
  },
  {
    id: 'london-adv-strategic-management-of-complex-cases',
    title: 'Strategic management of complex and challenging cases',
    levelId: 'london-advanced',
    groupIds: [],
    aim: 'For managers and supervisors to enable staff to balance issues of risk, ethics and procedure in order to make effective decisions and safeguard children.',
    outcomes: [
      'Concepts and theories of judgment and decision making',
      'The ethical framework of decision making',
      'Planning skills',
      'Partnerships and multi-agency influences',
      'National Standards',
      'Being research minded',
      'Involving service users.',
      'Encouraging the reflective practitioner',
      'Evaluating outcomes and learning lessons',
    ],
    length: stated(12, '2 days or 12 hours'),
    cite: cite('7. The Framework: The Training Framework, Advanced', 'For managers and supervisors to enable staff to balance issues'),
  },
  {
    id: 'london-adv-supervision-skills',
    title: 'Safeguarding supervision skills for managers and supervisors',
    levelId: 'london-advanced',
    groupIds: [],
    aim: 'For managers and supervisors to build upon and improve their supervision skills when supervising staff involved in safeguarding',
    outcomes: [
      'Understanding the purpose and function of supervision',
      'Recognising the impact of power and authority in the supervisory role',
      'Developing skills in building rapport and constructing a professional relationship with supervisees',
      'Supervisory interventions',
      'Managing allegations against staff',
      'Framework for quality assurance and ensuring accountable practice',
      'Appreciating stress and anxiety on the supervisory relationship and on decision making',
      'Awareness of different adult learning styles and blocks to learning',
      'Giving feedback and challenging practice.',
    ],
    length: stated(12, '2 days or 12 hours'),
    note: 'The catalogue ends this title with a full stop, dropped here.',
    cite: cite('7. The Framework: The Training Framework, Advanced', 'For managers and supervisors to build upon and improve'),
  },
];

const BASIC_AWARENESS = 'london-intro-basic-awareness';

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2019']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

type ItemSpec = [title: string, courseId: string | null, note?: string];

/** Builds a pathway. Its first item is always the group's introductory training "(or
 * equivalent)", which resolves to the group's "Safeguarding children – a shared responsibility"
 * course; item ids are the pathway id plus the item's wording, so they stay stable. */
function pathway(roleTitle: string, groupId: string, group: 'A' | 'B' | 'C', section: string, quote: string, specs: ItemSpec[]): Pathway {
  const id = `london-pathway-${slug(roleTitle)}`;
  const intro: PathwayItem = {
    id: `${id}-introductory-training`,
    title: `Introductory training Group ${group} (or equivalent)`,
    courseId: `london-intro-shared-responsibility-group-${group.toLowerCase()}`,
    introductory: true,
    note:
      `The catalogue's introductory course for Group ${group} is "Safeguarding children – a shared ` +
      `responsibility Group ${group} (or equivalent)"; equivalent training also counts.`,
  };
  const items = specs.map(([title, courseId, note]): PathwayItem => ({
    id: `${id}-${slug(title)}`,
    title,
    courseId,
    ...(note ? { note } : {}),
  }));
  // The document puts its sample pathways "on pages 52 and 53" (7. The Framework).
  return { id, roleTitle, groupId, durationMonths: 24, items: [intro, ...items], cite: { ...cite(section, quote), page: '52-53' } };
}

const NO_DV_LEVEL_2 =
  'The catalogue has no Domestic violence Level 2 course (only "Domestic violence as a serious ' +
  'child protection issue Level 1", in Group A): log external training to meet this item.';
const JOINT_INVESTIGATION_SPLIT =
  'The source lists "Joint Investigation training and ABE" as one item; these are two catalogue ' +
  'courses (Group C: Joint Investigation Training, and Achieving Best Evidence (ABE)), so it is ' +
  'kept as two items.';

const pathways: Pathway[] = [
  pathway('Learning Support Assistant', GROUP_A, 'A', `${SECTION_PATHWAYS}, Group A examples`, 'Learning Support Assistant', [
    [
      'Identifying vulnerability and promoting resilience',
      'london-a-vulnerability-and-resilience',
      'The catalogue title adds "in children and young people".',
    ],
    [
      'Communicating with children about concerns',
      'london-a-communicating-with-children-level-1',
      'The pathway gives no level; Level 1 is the Group A course (Level 2 is in Group B).',
    ],
    ['Introduction to physical, emotional and sexual abuse, and neglect', 'london-a-introduction-to-abuse-and-neglect'],
    ['Safe working practices', 'london-a-safe-working-practices'],
    ['Good practice in equality and diversity across London – Level 1', 'london-a-equality-and-diversity-level-1'],
  ]),
  pathway('Sports Instructor', GROUP_A, 'A', `${SECTION_PATHWAYS}, Group A examples`, 'Sports Instructor', [
    [
      'Information sharing and making referrals',
      'london-a-information-sharing-and-referrals',
      'The catalogue title adds "to safeguard children".',
    ],
    ['Safe working practices', 'london-a-safe-working-practices'],
    [
      'Basic awareness workshop - bullying',
      'london-a-workshop-bullying',
      'The catalogue words it "Basic awareness workshops - Children who are bullied".',
    ],
    ['Recording and record keeping', 'london-a-recording-and-record-keeping'],
    [
      'Identifying vulnerability and promoting resilience',
      'london-a-vulnerability-and-resilience',
      'The catalogue title adds "in children and young people".',
    ],
    [
      'Safeguarding children with disabilities',
      'london-a-children-with-disabilities',
      'The pathway gives no level; this is the Group A course (Group B has a Level 2 course).',
    ],
  ]),
  pathway('Radiologist', GROUP_A, 'A', `${SECTION_PATHWAYS}, Group A examples`, 'Radiologist', [
    [
      'Understanding dangerous dynamics in working relationships',
      'london-a-dynamics-in-working-relationships',
      'No catalogue course has this exact title: the Group A course "Understanding dynamics in ' +
        'working relationships" matches it (the pathway adds "dangerous"). The Group C course ' +
        '"Overcoming dangerous dynamics in professional practice" is a different, higher-level course.',
    ],
    ['Basic awareness workshop - fabricated or induced illness', 'london-a-workshop-fabricated-or-induced-illness'],
    [
      'Information sharing and making referrals',
      'london-a-information-sharing-and-referrals',
      'The catalogue title adds "to safeguard children".',
    ],
    [
      'Domestic violence – Level 1',
      'london-a-domestic-violence-level-1',
      'The catalogue words it "Domestic violence as a serious child protection issue Level 1".',
    ],
    [
      'Focus on physical abuse',
      'london-b-focus-on-physical-abuse',
      'A Group B course in a Group A pathway: courses at adjoining levels are open to each group.',
    ],
    ['Communicating with children about concerns – Level 1', 'london-a-communicating-with-children-level-1'],
  ]),
  pathway('Educational Psychologist', GROUP_B, 'B', `${SECTION_PATHWAYS}, Group B examples`, 'Educational Psychologist', [
    ['Communicating with children about concerns - Level 2', 'london-b-communicating-with-children-level-2'],
    ['Good practice in equality and diversity across London – Level 2', 'london-b-equality-and-diversity-level-2'],
    [
      'The impact of parental mental health – Level 2',
      'london-b-parental-mental-health-level-2',
      'The catalogue words it "Impact of parental mental health on children and young people Level 2".',
    ],
    ['Effective intervention where bullying occurs', 'london-b-bullying'],
    [
      'The impact of parental learning disability',
      'london-b-parental-learning-disability',
      'The catalogue words it "Impact of parental learning disability on children and young people".',
    ],
    [
      'Domestic violence – Level 1',
      'london-a-domestic-violence-level-1',
      'A Group A course: the catalogue words it "Domestic violence as a serious child protection issue Level 1".',
    ],
  ]),
  pathway('General Practitioner', GROUP_B, 'B', `${SECTION_PATHWAYS}, Group B examples`, 'General Practitioner', [
    ['Managing issues of consent, confidentiality and information sharing', 'london-b-consent-confidentiality-information-sharing'],
    ['Working with parents and families who are difficult to engage', 'london-b-parents-difficult-to-engage'],
    [
      'Domestic violence – Level 1',
      'london-a-domestic-violence-level-1',
      'The source lists "Domestic violence – Level 1 and 2" as one item; kept as two items. Level 1 ' +
        'is the Group A course "Domestic violence as a serious child protection issue Level 1".',
    ],
    [
      'Domestic violence – Level 2',
      null,
      'The source lists "Domestic violence – Level 1 and 2" as one item; kept as two items. ' + NO_DV_LEVEL_2,
    ],
    ['Good practice in equality and diversity across London – Level 2', 'london-b-equality-and-diversity-level-2'],
    ['Fabricated or Induced Illness', 'london-b-fabricated-or-induced-illness'],
    ['Working effectively with mobile families', 'london-b-mobile-families'],
    ['Child protection conferences and core groups', 'london-b-conferences-and-core-groups'],
  ]),
  pathway(
    'Community Safety Officer (Police Crisis intervention Team)',
    GROUP_B,
    'B',
    `${SECTION_PATHWAYS}, Group B examples`,
    'Community Safety Officer',
    [
      [
        'Making a good referral',
        'london-b-making-a-good-referral',
        'The catalogue title adds "about the safety of children and young people".',
      ],
      ['Working with parents and families who are difficult to engage', 'london-b-parents-difficult-to-engage'],
      ['Domestic violence – Level 2', null, NO_DV_LEVEL_2],
      ['Children and young people involved in sexual exploitation', 'london-b-sexual-exploitation'],
      ['Joint Investigation training', 'london-c-joint-investigation-training', `A Group C course. ${JOINT_INVESTIGATION_SPLIT}`],
      ['ABE', 'london-c-achieving-best-evidence', `A Group C course. ${JOINT_INVESTIGATION_SPLIT}`],
      ['Child protection conferences and core groups', 'london-b-conferences-and-core-groups'],
      ['Risk assessment', 'london-b-risk-assessment'],
    ],
  ),
  pathway('Children’s Social Worker', GROUP_C, 'C', `${SECTION_PATHWAYS}, Group C example`, 'Children’s Social Worker', [
    [
      'Communicating with children about concerns – Level 2',
      'london-b-communicating-with-children-level-2',
      'A Group B course (adjoining level).',
    ],
    ['Court skills – Level 2', 'london-c-court-skills-level-2'],
    ['Overcoming dangerous dynamics in professional practice', 'london-c-overcoming-dangerous-dynamics'],
    ['Joint Investigation training', 'london-c-joint-investigation-training', JOINT_INVESTIGATION_SPLIT],
    ['ABE', 'london-c-achieving-best-evidence', JOINT_INVESTIGATION_SPLIT],
    [
      'Skills in complex analysis and risk assessment',
      'london-c-complex-analysis-and-risk-assessment',
      'The catalogue title adds "for safeguarding practice".',
    ],
    ['Assessment and treatment of young people who sexually abuse', 'london-c-young-people-who-sexually-abuse'],
  ]),
  pathway(
    'Manager of Children’s Residential Home',
    GROUP_C,
    'C',
    `${SECTION_PATHWAYS}, Group C example`,
    'Manager of Children’s Residential Home',
    [
      [
        'Communicating with children about concerns - Level 2',
        'london-b-communicating-with-children-level-2',
        'A Group B course (adjoining level).',
      ],
      [
        'Managing issues of consent, confidentiality and information sharing',
        'london-b-consent-confidentiality-information-sharing',
        'A Group B course (adjoining level).',
      ],
      ['Young people who go missing', 'london-c-young-people-who-go-missing'],
      [
        'Self harm',
        'london-b-self-harm',
        'The Group B course "Self harm" (Group A has a shorter "Basic awareness workshops - Children who self harm").',
      ],
      ['Chairing core groups and other safeguarding meetings', 'london-c-chairing-core-groups'],
    ],
  ),
  pathway('Community Paediatrician', GROUP_C, 'C', `${SECTION_PATHWAYS}, Group C example`, 'Community Paediatrician', [
    [
      'Fabricated and Induced Illness',
      'london-b-fabricated-or-induced-illness',
      'The catalogue words it "Fabricated or Induced Illness" (Group B).',
    ],
    ['Overcoming dangerous dynamics in professional practice', 'london-c-overcoming-dangerous-dynamics'],
    ['Court skills – Level 2', 'london-c-court-skills-level-2'],
    [
      'Complex skills in analysis and risk assessment',
      'london-c-complex-analysis-and-risk-assessment',
      'No catalogue course has this exact title: it matches "Skills in complex analysis and risk ' +
        'assessment for safeguarding practice" (Group C), worded in a different order.',
    ],
    ['Contributing to Serious Case Reviews', 'london-c-serious-case-reviews'],
    ['Safeguarding children with disabilities – Level 2', 'london-b-children-with-disabilities-level-2'],
  ]),
];

const rules: Rule[] = [
  {
    id: 'london-basic-awareness-first',
    kind: 'prerequisite',
    force: 'requirement',
    text:
      'Every programme must be built on basic safeguarding awareness training: the "Introduction ' +
      'to safeguarding - basic awareness" course (at least 3 hours) or equivalent basic awareness ' +
      'training, such as your organisation\'s induction or NSPCC "Educare" distance learning.',
    appliesTo: { courseIds: courses.filter((c) => c.id !== BASIC_AWARENESS).map((c) => c.id) },
    anyOf: [
      { id: 'basic-awareness-course', title: 'Introduction to safeguarding - basic awareness', courseIds: [BASIC_AWARENESS] },
      {
        id: 'basic-awareness-equivalent',
        title: 'Equivalent basic awareness training (e.g. in your organisation\'s induction, or NSPCC "Educare")',
        singleAgencyTraining: true,
      },
    ],
    cite: cite(SECTION_PROVISOS, 'All the programmes must be underpinned by basic awareness training'),
  },
  {
    id: 'london-assess-level-first',
    kind: 'prerequisite',
    force: 'requirement',
    text:
      'Before starting any training, assess with your manager the level of competence and ' +
      'knowledge your role requires and where you are now (self-assessment and managerial ' +
      'assessment), so that you train at the right level.',
    appliesTo: { allCourses: true },
    anyOf: [
      {
        id: 'level-assessed',
        title: 'Self-assessment and managerial assessment of your level of competence and knowledge',
        userConfirmed: true,
      },
    ],
    cite: cite(SECTION_PROVISOS, 'self-assessment and managerial assessment is essential to establish the level of competence'),
  },
  {
    id: 'london-adjoining-levels',
    kind: 'adjoining-levels',
    force: 'guidance',
    text:
      'You may also take courses at the levels next to your own (for example Group A or Group C ' +
      'courses if you are in Group B), depending on your role or a specific learning need.',
    cite: cite(SECTION_PROVISOS, 'At each level there is the freedom to access courses at adjoining levels'),
  },
  {
    id: 'london-after-pathway',
    kind: 'after-pathway',
    force: 'recommendation',
    then: ['CORE', 'SPECIALIST'],
    text:
      'The courses in your sample pathway are recommended as priorities, and the pathway is suggested over two years. ' +
      'They should be followed by all relevant CORE training courses, and relevant SPECIALIST courses.',
    cite: cite(SECTION_PATHWAYS, 'should be followed by all relevant CORE training courses, and relevant SPECIALIST courses'),
  },
];

/** The roles the sample pathways name, each with its pathway's group (the role diagram assigns
 * none). */
const ROLES: Array<[title: string, groupId: string, examples: string]> = [
  ['Learning Support Assistant', GROUP_A, 'Group A examples'],
  ['Sports Instructor', GROUP_A, 'Group A examples'],
  ['Radiologist', GROUP_A, 'Group A examples'],
  ['Educational Psychologist', GROUP_B, 'Group B examples'],
  ['General Practitioner', GROUP_B, 'Group B examples'],
  ['Community Safety Officer (Police Crisis intervention Team)', GROUP_B, 'Group B examples'],
  ['Children’s Social Worker', GROUP_C, 'Group C example'],
  ['Manager of Children’s Residential Home', GROUP_C, 'Group C example'],
  ['Community Paediatrician', GROUP_C, 'Group C example'],
];

export const london: Framework = {
  id: 'london',
  partnership: 'London Safeguarding Children Board',
  shortName: 'London',
  title: 'Competence Matters: A Multi-Agency Safeguarding Children Training Framework for London',
  edition: 'Undated (cites Working Together 2006 as the current guidance)',
  sourceFile: SOURCE,
  area: 'London',
  levels: [
    {
      id: INTRO,
      title: 'Introduction and Foundation Level Training',
      order: 0,
      audience:
        'Everyone: basic safeguarding awareness (at least 3 hours), then the introductory ' +
        '"Safeguarding children – a shared responsibility" course for your group (A, B or C), or equivalent.',
      outcomes: [],
      cite: cite(`${SECTION_FRAMEWORK}: Introduction and Foundation Level Training`, 'Introduction and Foundation Level Training'),
    },
    {
      id: GROUP_A,
      title: 'Group A',
      order: 1,
      audience:
        'People who have contact with or work with children and parents or carers and help to ' +
        "safeguard them, without a specific duty to intervene in families' lives.",
      outcomes: [],
      note: 'Level 1 courses are at foundation level: concepts are introduced and briefly explored.',
      cite: cite(`${SECTION_FRAMEWORK}: The Training Framework, Group A`, 'GROUP A CORE'),
    },
    {
      id: GROUP_B,
      title: 'Group B',
      order: 2,
      audience:
        'People who work regularly with children and with parents or carers, with considerable ' +
        'responsibility for safeguarding: they act on concerns and take part in safeguarding processes.',
      outcomes: [],
      note:
        'Level 2 courses go into more depth, include current research, and expect participants ' +
        'to bring the concepts into their practice.',
      cite: cite(`${SECTION_FRAMEWORK}: The Training Framework, Group B`, 'GROUP B CORE'),
    },
    {
      id: GROUP_C,
      title: 'Group C',
      order: 3,
      audience:
        'People with particular responsibility and authority to act on child welfare concerns, ' +
        'working extensively across agencies and often responsible for the work of others.',
      outcomes: [],
      cite: cite(`${SECTION_FRAMEWORK}: The Training Framework, Group C`, 'GROUP C CORE'),
    },
    {
      id: ADVANCED,
      title: 'Advanced',
      order: 4,
      audience:
        'Managers and supervisors of safeguarding work (the source gives this level no description ' +
        "of its own; this is drawn from its courses' aims).",
      outcomes: [],
      note: 'The source marks no Advanced course as CORE or SPECIALIST.',
      cite: cite(`${SECTION_FRAMEWORK}: The Training Framework, Advanced`, 'Advanced Level'),
    },
  ],
  groups: [
    {
      id: GROUP_A,
      title: 'Group A',
      description:
        'You have contact with, or work with, children and young people and their parents or ' +
        "carers. You help to safeguard and promote children's welfare in the community, but your " +
        'organisation does not necessarily give you a specific responsibility to intervene in ' +
        "families' lives.",
      levelIds: [GROUP_A],
      cite: cite(`${SECTION_GROUPS}: Group A`, 'In this group, workers have contact / work with children and young people'),
    },
    {
      id: GROUP_B,
      title: 'Group B',
      description:
        'You work regularly with children and young people and with adults who are parents or ' +
        "carers, with considerable professional responsibility for children's well-being. You act " +
        'on welfare concerns, contribute to safeguarding processes, and link between Group A ' +
        'colleagues who raise concerns and Group C colleagues who receive referrals.',
      levelIds: [GROUP_B],
      cite: cite(`${SECTION_GROUPS}: Group B`, 'Group B training is for people who work regularly with children and young people'),
    },
    {
      id: GROUP_C,
      title: 'Group C',
      description:
        'You have particular responsibility for safeguarding: professional or organisational ' +
        'authority and a good deal of personal responsibility to act on welfare concerns. You work ' +
        "extensively with other agencies and are often responsible for others' work.",
      levelIds: [GROUP_C],
      cite: cite(
        `${SECTION_GROUPS}: Group C`,
        'This group of people have particular responsibilities for safeguarding and promoting the welfare of children',
      ),
    },
  ],
  roles: ROLES.map(([title, groupId, examples]) => ({
    id: `london-role-${slug(title)}`,
    title,
    groupId,
    cite: cite(`${SECTION_PATHWAYS}, ${examples}`, title),
  })),
  courses,
  rules,
  pathways,
  approaches: [],
  // For developers: the role diagram (Figure 7.2) survives in the seed text only as a flattened
  // list of roles with no group for each, and the catalogue table is flattened so that its CORE /
  // SPECIALIST label appears only on some rows; each label is taken to hold until the next label in
  // the same group. The notes below say so in the user's terms.
  notes: [
    'The role diagram (Figure 7.2) lists roles (community groups, child minders, GPs, health ' +
      'visitors, CAMHS and others) without placing them in groups. The roles here are those the ' +
      "sample pathways name, each with its pathway's group.",
    'The catalogue labels a run of courses CORE or SPECIALIST by a heading above them; the app ' +
      'reads each heading as holding until the next one in the same group (Group A: 11 CORE, 9 ' +
      'SPECIALIST; Group B: 15 CORE, 11 SPECIALIST; Group C: 5 CORE, 8 SPECIALIST). The four ' +
      'introductory courses and the five Advanced courses are not labelled.',
    'Pathway items without a catalogue course: "Domestic violence – Level 2" (General ' +
      'Practitioner, Community Safety Officer). The catalogue has only a Level 1 domestic violence ' +
      'course; these items can be met by logging external training.',
    'Pathway items worded differently from the catalogue are resolved to the course that matches ' +
      '(e.g. "Understanding dangerous dynamics in working relationships" to "Understanding dynamics ' +
      'in working relationships"; "Complex skills in analysis and risk assessment" to "Skills in ' +
      'complex analysis and risk assessment for safeguarding practice"), each with a note. ' +
      '"Joint Investigation training and ABE" and the GP\'s "Domestic violence – Level 1 and 2" ' +
      'are each kept as two items.',
    'Hours: the catalogue states most lengths ("½ day or 3 hours", "1 day or 6 hours", "2 days ' +
      'or 12 hours"; basic awareness "minimum 3hrs"). Joint Investigation Training and Achieving ' +
      'Best Evidence give only "5 days": 30 hours is assumed by the same equivalence (1 day = 6 ' +
      'hours) and marked as not stated.',
    'The source gives no delivery mode for any course and no refresh interval for its own ' +
      'training. (Its legislation table summarises other guidance, e.g. enhanced training every ' +
      'two years for designated child protection leads in education; that is not a rule of this ' +
      'framework, so the app does not follow it here.)',
    'Some courses come at Level 1 (foundation) and Level 2 (more depth, current research); the ' +
      'source sets no rule that Level 1 must come first.',
    'The framework is a range of options: not everyone in a group needs every course, groups are ' +
      'not mutually exclusive, and where a course has already been done by another route (e.g. CAF ' +
      'training) it need not be repeated. Its implementation is not mandatory; it is a standard of ' +
      'good practice for local training programmes.',
  ],
  cite: cite('Title page', 'A Multi-Agency Safeguarding Children Training Framework for London'),
};
