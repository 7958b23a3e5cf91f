/**
 * The privacy check before an export: finds likely identifying details of children or families
 * in the text about to leave the device (dates of birth, NHS numbers, UK postcodes, "child X
 * aged N", full names beside words such as son or mother). Pure. It is a prompt to look again,
 * not a guarantee: it errs towards flagging, and the user can still proceed.
 */

export type PrivacyFindingKind = 'date-of-birth' | 'nhs-number' | 'postcode' | 'child-age' | 'named-relative';

export const PRIVACY_KIND_LABELS: Record<PrivacyFindingKind, string> = {
  'date-of-birth': 'A date of birth',
  'nhs-number': 'An NHS number',
  postcode: 'A postcode',
  'child-age': 'A child named with their age',
  'named-relative': 'A full name beside a family word',
};

export interface ScanText<S> {
  text: string;
  source: S;
  /** Which part of the entry (title, notes, a reflection's section). */
  field?: string;
}

export interface PrivacyFinding<S> {
  kind: PrivacyFindingKind;
  /** The text that matched, as written. */
  match: string;
  /** The match with a few words either side. */
  excerpt: string;
  source: S;
  field?: string;
}

/** True for ten digits that pass the NHS number's modulus 11 check. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const MONTHS =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DATE = `(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS})\\.?,?\\s+\\d{2,4}|(?:${MONTHS})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})`;
const DATE_OF_BIRTH = new RegExp(`\\b(?:d\\.?o\\.?b\\.?|date\\s+of\\s+birth|birth\\s*date|born(?:\\s+on)?)\\s*[:\\-–]?\\s*${DATE}`, 'gi');

// Ten digits, alone or spaced 3-3-4 / dashed, not part of a longer number.
const NHS = /(?<![\d])(\d{3})[\s-]?(\d{3})[\s-]?(\d{4})(?![\d])/g;

// The official shape of a UK postcode (outward code, space optional, inward code).
const POSTCODE = /\b(?:GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRVWXY]?) ?[0-9][ABD-HJLNP-UW-Z]{2})\b/gi;

/** Words for a child or family member. Case-insensitive on the first letter only, so that a
 * following name can be told apart by its capital. */
const PEOPLE_WORDS = [
  'child',
  'boy',
  'girl',
  'baby',
  'infant',
  'toddler',
  'teenager',
  'young person',
  'pupil',
  'student',
  'son',
  'daughter',
  'stepson',
  'stepdaughter',
  'mother',
  'father',
  'mum',
  'mom',
  'dad',
  'parent',
  'stepmother',
  'stepfather',
  'stepmum',
  'stepdad',
  'brother',
  'sister',
  'sibling',
  'grandmother',
  'grandfather',
  'grandma',
  'grandad',
  'granddad',
  'nan',
  'aunt',
  'auntie',
  'uncle',
  'cousin',
  'nephew',
  'niece',
  'carer',
  'partner',
  'boyfriend',
  'girlfriend',
  'husband',
  'wife',
  'guardian',
  'foster carer',
];
const CHILD_WORDS = [
  'child',
  'boy',
  'girl',
  'baby',
  'infant',
  'toddler',
  'teenager',
  'young person',
  'pupil',
  'student',
  'son',
  'daughter',
  'sibling',
  'brother',
  'sister',
  'nephew',
  'niece',
  'cousin',
  'stepson',
  'stepdaughter',
];

function anyCase(words: string[]): string {
  return words
    .sort((a, b) => b.length - a.length)
    .map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join('|');
}

const NAME_WORD = "[A-Z][a-zà-öø-ÿ'’-]+";
// Capitalised words that follow family words in ordinary safeguarding language and are not names.
const NOT_NAMES = new Set(
  (
    'Protection Protective Sexual Exploitation Criminal Death Deaths Safeguarding Practice Practices Review Reviews Abuse In Need Looked After Care Services Service ' +
    'Development Health Mental Online Trafficking Neglect Plan Plans Conference Conferences Panel Panels Team Teams Court Courts Law Act Acts And The Of A An To For With ' +
    'Missing Exploited Sexually Domestic Violence Centre Centres Support Social Work Worker Workers Early Help Hub Unit Units Board Boards Partnership Partnerships ' +
    'Trust Trusts Council Councils School Schools Nursery College University Hospital NHS Police Trauma Adolescent Adverse Experiences Experience Centred Friendly Led ' +
    'Focused First Voice Voices Rights Policy Procedure Procedures Guidance Standards Level Levels Training Course Courses Awareness Module Modules Behaviour Behaviours ' +
    'Mother Father Baby Babies Child Children Young People Person Parents Parent Family Families Carers Carer Infant Toddler Pupil Student Son Daughter Sibling Siblings ' +
    'Unborn Disabled Disability Disabilities Special Educational Needs Care Leavers Leaving Placement Placements Contact Contacts Assessment Assessments Referral Referrals ' +
    'Case Cases Study Studies Group Groups Home Homes Day Days Week Weeks Month Months Year Years Monday Tuesday Wednesday Thursday Friday Saturday Sunday ' +
    'January February March April May June July August September October November December Mental Wellbeing Signs Safety Solihull Sandwell Coventry London Worcestershire ' +
    'Pupils Students Boys Girls Teenagers Toddlers Infants Learners Adults Men Women Sons Daughters Brothers Sisters Kids Those Individuals Everyone Anyone Staff Attendees ' +
    'Working Together Keeping Children Safe Education English Welsh Scottish British Muslim Christian Jewish Sikh Hindu Polish Romanian Asian Black White Mixed'
  ).split(/\s+/),
);

const FULL_NAME = `(${NAME_WORD}(?:\\s+${NAME_WORD})+)`;
const NAMED_AFTER = new RegExp(`\\b(?:${anyCase(PEOPLE_WORDS)})(?:'s|’s)?\\s*[,:]?\\s*(?:(?:called|named|is|was)\\s+)?${FULL_NAME}`, 'g');
const NAMED_BEFORE = new RegExp(
  `${FULL_NAME}\\s*(?:(?:'s|’s)\\s+|,\\s*(?:the\\s+|a\\s+|her\\s+|his\\s+|their\\s+)?|\\(\\s*(?:the\\s+)?)(?:${PEOPLE_WORDS.join('|')})\\b`,
  'g',
);
// "child X aged N", "X (aged 7)", "X, 7 years old", "X aged 7".
const CHILD_AGED = new RegExp(
  `(?:\\b(?:${anyCase(CHILD_WORDS)})\\s+)?\\b(${NAME_WORD}|[A-Z]\\.?)\\s*[,(]?\\s*(?:aged\\s+\\d{1,2}|age\\s*[:]?\\s*\\d{1,2}|\\d{1,2}\\s*(?:years?|yrs?|months?)\\s*old|\\d{1,2}\\s*(?:yo|y\\/o))\\b`,
  'g',
);

function isName(words: string): boolean {
  return words.split(/\s+/).every((w) => !NOT_NAMES.has(w.replace(/(?:'s|’s)$/, '')));
}

function excerptOf(text: string, index: number, length: number): string {
  const from = Math.max(0, index - 30);
  const to = Math.min(text.length, index + length + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).replace(/\s+/g, ' ').trim()}${to < text.length ? '…' : ''}`;
}

/** Finds likely identifying details in one text. */
export function scanText(text: string): Array<{ kind: PrivacyFindingKind; match: string; index: number }> {
  const out: Array<{ kind: PrivacyFindingKind; match: string; index: number }> = [];
  const taken: Array<[number, number]> = [];
  const add = (kind: PrivacyFindingKind, match: string, index: number) => {
    if (taken.some(([a, b]) => index < b && index + match.length > a)) return;
    taken.push([index, index + match.length]);
    out.push({ kind, match, index });
  };

  for (const m of text.matchAll(DATE_OF_BIRTH)) add('date-of-birth', m[0], m.index);
  for (const m of text.matchAll(NHS)) if (isValidNhsNumber(m[1] + m[2] + m[3])) add('nhs-number', m[0], m.index);
  for (const m of text.matchAll(POSTCODE)) {
    // Lower-case shapes are common in ordinary words ("me2"): demand the inward code's digit
    // and letters to stand apart, as written postcodes do.
    if (m[0] !== m[0].toUpperCase() && !/\s/.test(m[0])) continue;
    add('postcode', m[0], m.index);
  }
  for (const m of text.matchAll(CHILD_AGED)) {
    if (!isName(m[1]) && !/^[A-Z]\.?$/.test(m[1])) continue;
    // A lone initial only counts after a child word ("child X aged 7"), not "Level 3 age 5".
    if (/^[A-Z]\.?$/.test(m[1]) && m[0].trimStart().startsWith(m[1])) continue;
    add('child-age', m[0], m.index);
  }
  for (const re of [NAMED_AFTER, NAMED_BEFORE]) {
    for (const m of text.matchAll(re)) if (isName(m[1])) add('named-relative', m[0], m.index);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Scans every text to be exported; findings keep their source so the UI can link to it. */
export function scanForIdentifyingDetails<S>(texts: Array<ScanText<S>>): Array<PrivacyFinding<S>> {
  const findings: Array<PrivacyFinding<S>> = [];
  for (const t of texts) {
    for (const f of scanText(t.text)) {
      findings.push({
        kind: f.kind,
        match: f.match,
        excerpt: excerptOf(t.text, f.index, f.match.length),
        source: t.source,
        field: t.field,
      });
    }
  }
  return findings;
}
