/**
 * Sample records for the PDF tests and the bench: a profile, trainings, reflections and
 * certificates, deterministic (no clock, no randomness).
 */
import { addDaysIso } from '../../src/domain/dates';
import type { Certificate, Profile, Reflection, RecordSnapshot, Training } from '../../src/domain/types';
import type { PortfolioInput } from '../../src/pdf/model';
import { makeProfile } from '../fixtures/profile';

export const TODAY = '2026-11-27';
const STAMP = '2026-01-01T00:00:00.000Z';

export function profile(over: Partial<Profile> = {}): Profile {
  return makeProfile({
    createdAt: STAMP,
    updatedAt: STAMP,
    name: 'Siân Wróblewska-Łukasz',
    jobTitle: 'Family support worker',
    employer: 'Solihull Family Hub',
    frameworkId: 'solihull',
    lastSupervisionDate: '2026-09-01',
    ...over,
  });
}

export function training(i: number, over: Partial<Training> = {}): Training {
  const end = over.endDate ?? addDaysIso(TODAY, -3 * i - 1);
  return {
    id: `t${i}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    title: `Course ${String(i).padStart(4, '0')} Working Together`,
    providerKind: 'partnership',
    providerName: 'Solihull Safeguarding Children Partnership',
    startDate: end,
    endDate: end,
    hours: 1 + (i % 6) * 0.5,
    mode: i % 3 === 0 ? 'e-learning' : 'face-to-face',
    level: i % 2 ? 'Level 2' : 'Level 3',
    link: null,
    agency: i % 2 ? 'multi' : 'single',
    participatory: i % 4 === 0,
    notes: i % 5 === 0 ? `Notes for course ${i}: booked through the partnership.` : '',
    impact: null,
    ...over,
  };
}

export function reflection(i: number, over: Partial<Reflection> = {}): Reflection {
  return {
    id: `r${i}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    trainingId: `t${i}`,
    kind: 'reflection',
    date: addDaysIso(TODAY, -3 * i),
    title: `Reflection ${i}`,
    template: 'what-so-what-now-what',
    sections: {
      what: `Reflection ${i}: I learned how to recognise early signs of neglect and how to record them clearly and factually. `.repeat(3),
      soWhat: 'It matters because small signs add up; chronologies help the whole team see the pattern.',
      nowWhat: 'I will keep a running chronology and raise concerns with my designated lead the same day.',
    },
    text: '',
    peerReflection: i % 2 === 0,
    peerName: i % 2 === 0 ? 'A colleague' : undefined,
    ...over,
  };
}

export function certificate(i: number, trainingId: string, bytes: Uint8Array, mimeType: Certificate['mimeType']): Certificate {
  return {
    id: `c${i}`,
    createdAt: STAMP,
    updatedAt: STAMP,
    trainingId,
    fileName: `certificate-${i}.${mimeType === 'application/pdf' ? 'pdf' : 'jpg'}`,
    mimeType,
    size: bytes.byteLength,
    originalSize: bytes.byteLength,
    sha256: String(i),
    bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  };
}

export function snapshot(trainings: Training[], reflections: Reflection[] = [], certificates: Certificate[] = []): RecordSnapshot {
  return {
    trainings,
    reflections,
    plans: [],
    enrolments: [],
    certificates: certificates.map(({ bytes: _bytes, ...meta }) => meta),
  };
}

export function input(record: RecordSnapshot, over: Partial<PortfolioInput> = {}): PortfolioInput {
  return {
    profile: profile(),
    record,
    framework: null,
    suggestions: [
      {
        title: 'Book the Level 3 refresher',
        reason: 'Your Level 3 training is due for renewal within three months.',
        cite: 'Solihull strategy, section 5',
      },
    ],
    pathwayProgress: [],
    levels: [],
    today: TODAY,
    ...over,
  };
}
