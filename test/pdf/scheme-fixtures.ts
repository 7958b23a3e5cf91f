/**
 * A nurse (NMC revalidation due 31 Mar 2027), a social worker (Social Work England, registration
 * year to 30 Nov 2026) and a school's DSL (KCSIE), each with entries inside and outside their
 * scheme's window, for the scheme preset tests. Fixed dates, no clock.
 */
import type { Profile, RecordSnapshot } from '../../src/domain/types';
import { profile, reflection, snapshot, training } from './fixtures';

const on = (date: string) => ({ startDate: date, endDate: date });

export function nurse(): { profile: Profile; record: RecordSnapshot } {
  const trainings = [
    training(1, { ...on('2024-02-10'), title: 'Before the cycle: sepsis update', hours: 3 }),
    training(2, {
      ...on('2024-06-12'),
      title: 'Safeguarding adults and children Level 3',
      hours: 7,
      participatory: true,
      mode: 'face-to-face',
      notes: 'Multi-agency case studies on neglect.',
    }),
    training(3, { ...on('2025-03-04'), title: 'Domestic abuse awareness e-learning', hours: 2, participatory: false, mode: 'e-learning' }),
    training(4, {
      ...on('2026-10-20'),
      title: 'Was Not Brought: missed appointments workshop',
      hours: 3.5,
      participatory: true,
      mode: 'virtual',
    }),
    training(5, { ...on('2026-05-02'), title: 'Trust induction refresher (not for revalidation)', hours: 1, excludedSchemes: ['nmc'] }),
  ];
  const reflections = [
    reflection(11, {
      trainingId: null,
      kind: 'feedback',
      date: '2025-01-15',
      title: 'Feedback from a parent on discharge planning',
      sections: {},
      text: 'A parent wrote that the discharge plan was clear and kind.',
      peerReflection: false,
      peerName: undefined,
    }),
    reflection(12, {
      trainingId: null,
      kind: 'feedback',
      date: '2026-02-03',
      title: 'Peer review of safeguarding referrals',
      sections: {},
      text: 'My ward manager said my referrals were factual and timely.',
      peerReflection: false,
      peerName: undefined,
    }),
    reflection(13, {
      trainingId: 't2',
      kind: 'reflection',
      date: '2024-06-20',
      title: 'Reflective account: recognising neglect',
      sections: { what: 'The Level 3 course changed how I look at repeated minor injuries.' },
    }),
    reflection(14, {
      trainingId: null,
      kind: 'supervision',
      date: '2025-09-09',
      title: 'Reflective account: a difficult referral',
      sections: {},
      text: 'Supervision helped me see that I escalated at the right time.',
      peerReflection: false,
      peerName: undefined,
    }),
    // On the NMC's written reflective account form, with two themes of the Code.
    reflection(17, {
      trainingId: 't4',
      kind: 'reflection',
      date: '2026-10-25',
      title: 'Missed appointments',
      template: 'nmc',
      sections: {
        nature: 'A virtual workshop on children who are not brought to appointments.',
        learned: 'A missed appointment is the child not being brought, not the child missing it.',
        changed: 'I now follow up every second missed appointment with the health visitor and GP.',
        code: 'Acting on a missed appointment keeps the child safe and puts their needs first.',
      },
      text: '',
      codeThemes: ['prioritise-people', 'preserve-safety'],
      peerReflection: false,
      peerName: undefined,
    }),
    reflection(18, {
      trainingId: null,
      kind: 'confirmation',
      date: '2026-11-10',
      title: 'NMC revalidation confirmation',
      sections: {},
      text: '',
      peerReflection: false,
      peerName: undefined,
      person: {
        name: 'Dr Alan Reid',
        nmcPin: '',
        otherRegistrationType: 'General Medical Council',
        otherRegistrationNumber: '7012345',
        email: 'alan.reid@example.nhs.uk',
        address: 'Riverside Health Centre, Leeds LS1 4AP',
      },
    }),
    reflection(15, {
      trainingId: null,
      kind: 'reflective-discussion',
      date: '2026-11-02',
      title: 'Reflective discussion with my confirmer',
      sections: {},
      text: 'We discussed my five accounts and how they relate to the Code.',
      peerReflection: true,
      peerName: 'Priya Shah, RN',
      person: {
        name: 'Priya Shah',
        nmcPin: '09I1234E',
        otherRegistrationType: '',
        otherRegistrationNumber: '',
        email: 'priya.shah@example.nhs.uk',
        address: 'Children’s Ward, St James’s Hospital, Leeds LS9 7TF',
      },
    }),
    reflection(16, {
      trainingId: null,
      kind: 'feedback',
      date: '2023-05-01',
      title: 'Feedback before the cycle',
      sections: {},
      text: 'Old feedback.',
      peerReflection: false,
      peerName: undefined,
    }),
  ];
  return {
    profile: profile({
      name: 'Ffion Jones',
      jobTitle: 'Health visitor',
      nmcPin: '12A3456E',
      schemes: [{ schemeId: 'nmc', renewalDate: '2027-03-31', options: { practiceHours: 600 } }],
    }),
    record: snapshot(trainings, reflections),
  };
}

export function socialWorker(): { profile: Profile; record: RecordSnapshot } {
  const trainings = [
    training(21, { ...on('2025-11-15'), title: 'Last year: court skills', hours: 6 }),
    training(22, { ...on('2026-02-10'), title: 'Contextual safeguarding in practice', hours: 6, participatory: true }),
    training(23, { ...on('2026-09-18'), title: 'Child sexual exploitation briefing', hours: 2 }),
  ];
  const reflections = [
    reflection(31, {
      trainingId: 't22',
      kind: 'reflection',
      date: '2026-03-01',
      title: 'What contextual safeguarding changed',
      sections: { what: 'I now map the places and peer groups around a young person.' },
      peerReflection: true,
      peerName: 'Sam Okafor, senior practitioner',
    }),
    reflection(32, {
      trainingId: null,
      kind: 'case-discussion',
      date: '2026-06-14',
      title: 'Learning from a case review',
      template: 'swe',
      cpdType: 'Reading',
      sections: {
        description: 'Reading a local case review, because drift is a risk in my cases.',
        learned: 'Reading a local review showed me how drift happens when plans are not revisited.',
        impact: 'I now review every plan at each visit, so children do not wait.',
      },
      text: '',
      peerReflection: false,
      peerName: undefined,
    }),
  ];
  return {
    profile: profile({ name: 'Tomasz Nowak', jobTitle: 'Social worker', schemes: [{ schemeId: 'swe' }] }),
    record: snapshot(trainings, reflections),
  };
}

export function schoolDsl(): { profile: Profile; record: RecordSnapshot } {
  const trainings = [
    training(41, { ...on('2025-06-01'), title: 'Designated safeguarding lead training (two-day)', hours: 12 }),
    training(42, { ...on('2026-09-05'), title: 'Annual safeguarding update for staff', hours: 1.5 }),
    training(43, { ...on('2025-09-01'), title: 'Older: annual update 2025', hours: 1.5 }),
  ];
  return {
    profile: profile({ name: 'Gareth Evans', jobTitle: 'Deputy head', flags: { schoolDsl: true }, schemes: [{ schemeId: 'kcsie' }] }),
    record: snapshot(trainings, []),
  };
}
