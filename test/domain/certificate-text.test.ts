/** Reading a certificate's text into an entry's fields, and matching its title to the catalogue. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  extractCertificateFields,
  findDates,
  matchCatalogue,
  sameName,
  titleSimilarity,
  type CatalogueCourse,
} from '../../src/domain/certificate-text';
import { loadAllFrameworks } from '../../src/frameworks/registry';
import { corpusText, makeCorpus } from '../fixtures/certificates/corpus';
import { scoreCertificate } from '../fixtures/certificates/score';

describe('dates', () => {
  test.each([
    ['12th January 2027', '2027-01-12'],
    ['12 January 2027', '2027-01-12'],
    ['12 Jan 2027', '2027-01-12'],
    ['12 Jan. 2027', '2027-01-12'],
    ['1st Sept 2026', '2026-09-01'],
    ['Monday, 12 January 2027', '2027-01-12'],
    ['January 12, 2027', '2027-01-12'],
    ['12/01/2027', '2027-01-12'],
    ['12.01.2027', '2027-01-12'],
    ['12-01-2027', '2027-01-12'],
    ['2027-01-12', '2027-01-12'],
    ['22nd of March 2026', '2026-03-22'],
  ])('%s', (text, iso) => {
    expect(findDates(`Date: ${text}`).map((d) => d.iso)).toEqual([iso]);
  });

  test('day first: 03/04/2027 is 3 April, never 4 March', () => {
    expect(findDates('03/04/2027').map((d) => d.iso)).toEqual(['2027-04-03']);
  });

  test('impossible dates and two-digit years are not read', () => {
    expect(findDates('31/02/2027 30th February 2027 12/01/27 45/13/2027')).toEqual([]);
  });

  test('ranges', () => {
    expect(findDates('12-13 January 2027').map((d) => d.iso)).toEqual(['2027-01-12', '2027-01-13']);
    expect(findDates('30 Jan - 2 Feb 2027').map((d) => d.iso)).toEqual(['2027-01-30', '2027-02-02']);
  });

  test('the course date, not the expiry, issue or birth date', () => {
    const f = extractCertificateFields(
      [
        'Certificate of Completion',
        'Date of birth: 04/05/1990',
        'Course: Level 2 Safeguarding',
        'Date: 12/01/2027',
        'Valid until: 12/01/2030',
        'Date of issue: 14/01/2027',
      ].join('\n'),
    );
    expect([f.startDate, f.endDate]).toEqual(['2027-01-12', '2027-01-12']);
  });

  test('two different course dates that are not a range are left for the user', () => {
    const f = extractCertificateFields('Course: Neglect\nAttended on 12/01/2027\nCompleted on 19/02/2027');
    expect(f.startDate).toBeNull();
    expect(f.endDate).toBeNull();
  });

  test('a range on one line gives start and end', () => {
    const f = extractCertificateFields('Training: Neglect\nDates: 12 January 2027 to 13 January 2027');
    expect([f.startDate, f.endDate]).toEqual(['2027-01-12', '2027-01-13']);
  });

  test('OCR letters in numeric dates are read as digits', () => {
    expect(extractCertificateFields('Date: l2/O1/2027').startDate).toBe('2027-01-12');
  });
});

describe('hours', () => {
  test.each([
    ['Duration: 3 hours', 3],
    ['Duration: 2.5 hours', 2.5],
    ['Duration: 3½ hours', 3.5],
    ['CPD hours: 6', 6],
    ['1 hour 30 minutes', 1.5],
    ['Length: 90 minutes', 1.5],
    ['Duration: ½ day', 3],
    ['Half day workshop', 3],
    ['Duration: 1 day', 6],
    ['Full day', 6],
    ['Duration: 2 days', 12],
    ['Time: 09:30 - 16:30', 7],
    ['Time: 09:30-16:30, including a 1 hour lunch break', 6],
    ['Time: 9.30am to 4pm with a 30 minute lunch break', 6],
    ['Time: 10:00 - 13:15', 3.25],
  ])('%s', (text, hours) => {
    expect(extractCertificateFields(`Course: Neglect\n${text}`).hours).toBe(hours);
  });

  test('OCR of a photo: "½ day" read as "% day", "%2 day", "¥2 day" is a half day; a percentage is not', () => {
    expect(extractCertificateFields('Course: Neglect\n(% day)').hours).toBe(3);
    expect(extractCertificateFields('Course: Neglect\nDuration: % day').hours).toBe(3);
    expect(extractCertificateFields('Course: Neglect\nDuration: %; day').hours).toBe(3);
    expect(extractCertificateFields('Course: Neglect\n(%2 day)').hours).toBe(3);
    expect(extractCertificateFields('Course: Neglect\nLength: ¥2 day').hours).toBe(3);
    expect(extractCertificateFields('Course: Neglect\nLength: Y2 day').hours).toBe(3);
    expect(extractCertificateFields('Course: Neglect\n100% day one attendance').hours).toBeNull();
  });

  test('stated hours win over the day wording', () => {
    expect(extractCertificateFields('Course: Neglect\nFull day workshop\nCPD hours: 5.5').hours).toBe(5.5);
  });

  test('conflicting stated hours are left for the user', () => {
    expect(extractCertificateFields('Course: Neglect\nDuration: 3 hours\nCPD hours: 6').hours).toBeNull();
  });

  test('a helpline open 24 hours is not the length', () => {
    expect(extractCertificateFields('Course: Neglect\nChildline is open 24 hours a day').hours).toBeNull();
  });
});

describe('title, provider, participant', () => {
  test('attendance layout', () => {
    const f = extractCertificateFields(
      [
        'Solihull Safeguarding Children Partnership',
        'Certificate of Attendance',
        'This is to certify that',
        "Siobhan O'Connor",
        'attended',
        'Module 2 Child Protection: An introduction to',
        'multi-agency working',
        'on 12th January 2027',
      ].join('\n'),
    );
    expect(f).toMatchObject({
      title: 'Module 2 Child Protection: An introduction to multi-agency working',
      provider: 'Solihull Safeguarding Children Partnership',
      participant: "Siobhan O'Connor",
      startDate: '2027-01-12',
    });
  });

  test('one sentence', () => {
    const f = extractCertificateFields(
      'This is to certify that Jo Bloggs\nhas attended Focus on neglect\non 3 Mar 2026, delivered by NSPCC Learning',
    );
    expect(f).toMatchObject({ title: 'Focus on neglect', provider: 'NSPCC Learning', participant: 'Jo Bloggs', startDate: '2026-03-03' });
  });

  test('OCR of a photo: specks at the paper edge and a label read with ";" or "." are tidied', () => {
    const f = extractCertificateFields(
      [
        'Se Solihull Metropolitan Borough Council',
        'iy Be Awarded to: Zoé Williams',
        'i fa Course: Introduction to physical abuse',
        'Date; Friday 14 March 2025',
        'CPD hours. 2',
      ].join('\n'),
    );
    expect(f.title).toBe('Introduction to physical abuse');
    expect(f.participant).toBe('Zoé Williams');
    expect(f.startDate).toBe('2025-03-14');
    expect(f.hours).toBe(2);
    expect(
      extractCertificateFields('London Safeguarding Children Board\nhas completed\ni INTRODUCTION TO SAFEGUARDING\n1 hour workshop').title,
    ).toBe('INTRODUCTION TO SAFEGUARDING');
  });

  test('nothing recognisable gives empty fields, not guesses', () => {
    expect(extractCertificateFields('Lorem ipsum dolor sit amet\n12345')).toEqual({
      title: null,
      provider: null,
      startDate: null,
      endDate: null,
      hours: null,
      hoursText: null,
      participant: null,
    });
  });

  test('names compare on first and last name', () => {
    expect(sameName('Dr Amira Hussain', 'amira  hussain')).toBe(true);
    expect(sameName('Oliver James Hart', 'Oliver Hart')).toBe(true);
    expect(sameName('Zoë Williams', 'Zoe Williams')).toBe(true);
    expect(sameName('Amira Hussain', 'Amira Khan')).toBe(false);
  });
});

describe('catalogue match', () => {
  const courses: CatalogueCourse[] = [
    { frameworkId: 'c', courseId: 'l1', title: 'Level 1 (Introduction to Safeguarding Children)' },
    { frameworkId: 'c', courseId: 'l2', title: 'Level 2 Working Together to Safeguard Children' },
    { frameworkId: 's', courseId: 'm5', title: 'Module 5 All Age Exploitation Awareness' },
    { frameworkId: 's', courseId: 'm51', title: 'Module 5.1 Introduction to contextual safeguarding' },
    { frameworkId: 's', courseId: 'm6b', title: 'Module 6b Neglect- Domestic Abuse' },
  ];
  test.each([
    ['L2 Working Together to Safeguard Children', 'l2'],
    ['Working Together to Safeguard Children (Level 2)', 'l2'],
    ['WORKING TOGETHER TO SAFEGUARD CHILDREN - LEVEL TWO', 'l2'],
    ['Level 2 Working Togther to Safeguard Children', 'l2'],
    ['Module 5.1: Introduction to Contextual Safeguarding', 'm51'],
    ['Module 6b Neglect - Domestic Abuse', 'm6b'],
    ['Level 3 Working Together to Safeguard Children', null],
    ['Paediatric First Aid', null],
  ])('%s', (title, id) => {
    expect(matchCatalogue(title, courses)?.course.courseId ?? null).toBe(id);
  });

  test('similarity ignores order and punctuation', () => {
    expect(titleSimilarity('Neglect: Focus on', 'Focus on neglect')).toBe(1);
  });
});

describe('the certificate corpus (text as drawn)', async () => {
  const frameworks = await loadAllFrameworks();
  const corpus = makeCorpus(frameworks);

  test('the committed truth.json is what the generator makes', async () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../fixtures/certificates/truth.json'), 'utf8'));
    expect(committed).toEqual(corpus.map((c) => ({ id: c.id, layout: c.layout, font: c.font, text: corpusText(c), truth: c.truth })));
  });

  test('at least 60 certificates, seven layouts, three fonts, several lengths and date styles', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(60);
    expect(new Set(corpus.map((c) => c.layout)).size).toBe(7);
    expect(new Set(corpus.map((c) => c.font)).size).toBe(3);
    expect(new Set(corpus.map((c) => c.truth.hours)).size).toBeGreaterThanOrEqual(5);
    expect(corpus.filter((c) => c.truth.courseId === null).length).toBeGreaterThanOrEqual(8);
  });

  test('every field read right, and no date wrong', () => {
    const scores = corpus.map((c) => scoreCertificate(extractCertificateFields(corpusText(c)), c.truth, frameworks));
    const wrong = (k: keyof (typeof scores)[number]) => corpus.filter((_, i) => scores[i]![k] !== 'right').map((c) => c.id);
    expect(scores.filter((s) => s.date === 'wrong')).toEqual([]);
    expect(wrong('title')).toEqual([]);
    expect(wrong('date')).toEqual([]);
    expect(wrong('hours')).toEqual([]);
    expect(wrong('provider')).toEqual([]);
    expect(wrong('participant')).toEqual([]);
    expect(wrong('match')).toEqual([]);
  });
});
