// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isValidNhsNumber, scanForIdentifyingDetails, scanText } from '../../src/domain/privacy';

const kinds = (text: string) => scanText(text).map((f) => f.kind);

describe('privacy check', () => {
  it('checks NHS numbers with the modulus 11 rule', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true);
    expect(isValidNhsNumber('9434765918')).toBe(false);
    expect(isValidNhsNumber('123456789')).toBe(false);
    expect(kinds('NHS no. 943 476 5919 seen')).toEqual(['nhs-number']);
    expect(kinds('ref 943-476-5919')).toEqual(['nhs-number']);
    expect(kinds('9434765919')).toEqual(['nhs-number']);
  });

  it('does not flag ten digits that fail the check, nor longer numbers', () => {
    expect(kinds('Call 943 476 5918 for bookings')).toEqual([]);
    expect(kinds('Order 94347659190')).toEqual([]);
    expect(kinds('Phone 0121 704 6000')).toEqual([]);
  });

  it('finds dates of birth beside DOB words, not ordinary dates', () => {
    expect(kinds('DOB 12/03/2015')).toEqual(['date-of-birth']);
    expect(kinds('d.o.b: 2015-03-12')).toEqual(['date-of-birth']);
    expect(kinds('she was born on 3rd March 2019')).toEqual(['date-of-birth']);
    expect(kinds('Date of birth 7 Jan 2020')).toEqual(['date-of-birth']);
    expect(kinds('The course ran on 12/03/2025 and 3 March 2025.')).toEqual([]);
  });

  it('finds UK postcodes', () => {
    expect(kinds('lives at 10 High St, B91 3QB')).toEqual(['postcode']);
    expect(kinds('near SW1A 1AA')).toEqual(['postcode']);
    expect(kinds('cv1 2gt')).toEqual(['postcode']);
    expect(kinds('EC1A1BB')).toEqual(['postcode']);
  });

  it('does not take ordinary words and levels for postcodes', () => {
    expect(kinds('Level 3 training, room B12, 2 hours, met 3 times')).toEqual([]);
    expect(kinds('Working Together 2023 and KCSIE 2024')).toEqual([]);
  });

  it('finds a child named with an age', () => {
    expect(kinds('child X aged 7 disclosed')).toEqual(['child-age']);
    expect(kinds('I worked with Jayden, aged 9, at school')).toEqual(['child-age']);
    expect(kinds('Amelia (aged 4) was')).toEqual(['child-age']);
    expect(kinds('Tom 6 years old')).toEqual(['child-age']);
  });

  it('does not flag ages of groups of children', () => {
    expect(kinds('Children aged 5 to 11 attend the club')).toEqual([]);
    expect(kinds('Young people aged 16 and over')).toEqual([]);
    expect(kinds('Pupils aged 11-16')).toEqual([]);
  });

  it('finds full names beside family words', () => {
    expect(kinds('the mother, Jane Smith, said')).toEqual(['named-relative']);
    expect(kinds("Jane Smith's son was absent")).toEqual(['named-relative']);
    expect(kinds('Her daughter Lily Rose Jones')).toEqual(['named-relative']);
    expect(kinds('Mark Evans (father) attended')).toEqual(['named-relative']);
  });

  it('does not take safeguarding terms for names', () => {
    expect(kinds('attended a Child Protection Conference')).toEqual([]);
    expect(kinds('child Sexual Exploitation and Child Criminal Exploitation')).toEqual([]);
    expect(kinds('the Mother and Baby Unit')).toEqual([]);
    expect(kinds('Child Death Overview Panel')).toEqual([]);
    expect(kinds('Working Together to Safeguard Children')).toEqual([]);
  });

  it('keeps each finding with its source and an excerpt', () => {
    const found = scanForIdentifyingDetails([
      { text: 'Nothing here.', source: { id: 'a' } },
      { text: 'We discussed the family at B91 3QB last week in detail.', source: { id: 'b' }, field: 'notes' },
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'postcode', match: 'B91 3QB', source: { id: 'b' }, field: 'notes' });
    expect(found[0].excerpt).toContain('family at B91 3QB last week');
  });
});
