/**
 * Reads a training certificate's text (from a PDF's text layer or from OCR of a photo) into the
 * fields of a training entry: course title, provider, date or dates, hours, participant's name.
 * Pure: no DOM, no clock. A field the text does not settle is left null for the user to fill in;
 * a date is never guessed (two different course dates, or a date that is not a real calendar
 * date, give null).
 */
import { isIsoDate } from './dates';
import type { ISODate } from './types';

export interface CertificateFields {
  title: string | null;
  provider: string | null;
  startDate: ISODate | null;
  endDate: ISODate | null;
  /** Hours in quarter hours. */
  hours: number | null;
  /** The certificate's own wording of the length ("½ day", "09:30-16:30, 1 hour lunch"). */
  hoursText: string | null;
  participant: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_RE =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY_RE = '(\\d{1,2})\\s?(?:st|nd|rd|th)?';
const YEAR_RE = '(\\d{4})';
const WEEKDAY_RE = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?,?\\s+)?';

/** A date found in the text: where, and its ISO form. */
interface FoundDate {
  iso: ISODate;
  index: number;
  end: number;
}

function iso(y: number, m: number, d: number): ISODate | null {
  if (y < 1990 || y > 2100) return null;
  const s = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

/** OCR reads 0 as O and 1 as l or I inside numbers; put them back where digits surround them. */
export function normaliseOcrDigits(text: string): string {
  return text.replace(/\b[0-9OoIl|]{1,4}([/.\-:])[0-9OoIl|]{1,2}(?:\1[0-9OoIl|]{2,4})?\b/g, (m) =>
    /\d/.test(m) ? m.replace(/[Oo]/g, '0').replace(/[Il|]/g, '1') : m,
  );
}

/**
 * Every date in a line: "12th January 2027", "12 Jan 2027", "Monday, 12 January 2027",
 * "January 12, 2027", "12/01/2027", "12.01.2027", "12-01-2027" (day first, as in the UK),
 * "2027-01-12"; and ranges "12-13 January 2027", "12 January - 13 January 2027".
 * Returns ranges as two dates.
 */
export function findDates(line: string): FoundDate[] {
  const found: FoundDate[] = [];
  const taken: [number, number][] = [];
  const add = (d: ISODate | null, index: number, end: number) => {
    if (!d || taken.some(([a, b]) => index < b && end > a)) return;
    found.push({ iso: d, index, end });
  };
  const claim = (index: number, end: number) => taken.push([index, end]);
  const month = (s: string) => MONTHS[s.toLowerCase().replace('.', '')] ?? 0;
  let m: RegExpExecArray | null;

  // Ranges within one month or across months: "12-13 January 2027", "12 Jan - 3 Feb 2027".
  const range = new RegExp(
    `\\b${DAY_RE}(?:\\s+${MONTH_RE}\\.?)?\\s*(?:-|–|—|to|and|&)\\s*${WEEKDAY_RE}${DAY_RE}\\s+${MONTH_RE}\\.?,?\\s+${YEAR_RE}\\b`,
    'gi',
  );
  while ((m = range.exec(line))) {
    const y = Number(m[5]);
    const m2 = month(m[4]!);
    const m1 = m[2] ? month(m[2]) : m2;
    const a = iso(y, m1, Number(m[1]));
    const b = iso(y, m2, Number(m[3]));
    if (a && b && a < b) {
      add(a, m.index, m.index + m[0].length);
      add(b, m.index, m.index + m[0].length);
      claim(m.index, m.index + m[0].length);
    }
  }
  const dayMonth = new RegExp(`\\b${WEEKDAY_RE}${DAY_RE}(?:\\s+of)?\\s+${MONTH_RE}\\.?,?\\s+${YEAR_RE}\\b`, 'gi');
  while ((m = dayMonth.exec(line))) add(iso(Number(m[3]), month(m[2]!), Number(m[1])), m.index, m.index + m[0].length);
  const monthDay = new RegExp(`\\b${MONTH_RE}\\.?\\s+${DAY_RE},?\\s+${YEAR_RE}\\b`, 'gi');
  while ((m = monthDay.exec(line))) add(iso(Number(m[3]), month(m[1]!), Number(m[2])), m.index, m.index + m[0].length);
  const isoRe = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
  while ((m = isoRe.exec(line))) add(iso(Number(m[1]), Number(m[2]), Number(m[3])), m.index, m.index + m[0].length);
  // Numeric dates are day first (UK). Two-digit years are not read: "12/01/27" could be 1927.
  const numeric = /\b(\d{1,2})\s?([/.-])\s?(\d{1,2})\s?\2\s?(\d{4})\b/g;
  while ((m = numeric.exec(line))) add(iso(Number(m[4]), Number(m[3]), Number(m[1])), m.index, m.index + m[0].length);
  return found.sort((a, b) => a.index - b.index);
}

// Lines whose dates are not the training's date.
const NOT_COURSE_DATE =
  /expir|valid (?:until|to|for)|renew|refresh|review|due|next|birth|d\.?o\.?b|printed|generated|downloaded|registered|enrol|booked|issued?|date of issue/i;
const COURSE_DATE =
  /\b(?:attended|completed|held|took place|delivered|course date|date of (?:course|training|attendance|completion|event)|dates?|on)\b/i;

function findCourseDates(lines: string[]): { start: ISODate; end: ISODate } | null {
  const labelled: FoundDate[][] = [];
  const other: FoundDate[][] = [];
  for (const line of lines) {
    const dates = findDates(line);
    if (!dates.length) continue;
    if (NOT_COURSE_DATE.test(line.slice(0, dates[0]!.index)) || (NOT_COURSE_DATE.test(line) && !COURSE_DATE.test(line))) continue;
    (COURSE_DATE.test(line) ? labelled : other).push(dates);
  }
  const pick = (groups: FoundDate[][]) => {
    const all = [...new Set(groups.flat().map((d) => d.iso))].sort();
    if (!all.length) return undefined;
    if (all.length === 1) return { start: all[0]!, end: all[0]! };
    // Two dates are a range only when the text says so on one line (a range, "from .. to ..").
    const line = groups.find((g) => g.length >= 2);
    if (groups.length === 1 && line && all.length === 2) return { start: all[0]!, end: all[1]! };
    return null;
  };
  const fromLabelled = pick(labelled);
  if (fromLabelled !== undefined) return fromLabelled;
  return pick(other) ?? null;
}

// ---- Hours --------------------------------------------------------------------------------

const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
};

function quarter(h: number): number {
  return Math.round(h * 4) / 4;
}

function num(s: string): number {
  const t = s.toLowerCase().trim();
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t]!;
  const frac = t.match(/^(\d*)\s?(½|¼|¾|1\/2|1\/4|3\/4)$/);
  if (frac) {
    const f = { '½': 0.5, '1/2': 0.5, '¼': 0.25, '1/4': 0.25, '¾': 0.75, '3/4': 0.75 }[frac[2]!]!;
    return Number(frac[1] || 0) + f;
  }
  return Number(t.replace(',', '.'));
}

const NUM = '(\\d+(?:[.,]\\d+)?\\s?(?:½|¼|¾)?|½|¼|¾|\\d+\\s(?:1/2|1/4|3/4)|one|two|three|four|five|six|seven|eight|nine|ten|twelve)';

interface HoursFound {
  hours: number;
  text: string;
}

function minutesOf(h: string, m: string | undefined, ampm: string | undefined): number {
  let hh = Number(h);
  if (ampm) {
    const pm = ampm.toLowerCase().startsWith('p');
    if (pm && hh < 12) hh += 12;
    if (!pm && hh === 12) hh = 0;
  }
  return hh * 60 + Number(m ?? 0);
}

/** "09:30-16:30", "9.30am to 4.30pm", with breaks stated on the certificate taken off. */
function timeSpan(text: string): HoursFound | null {
  const re =
    /\b(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)?\s*(?:-|–|—|to|until)\s*(\d{1,2})(?:[:.](\d{2}))?\s?(am|pm|a\.m\.|p\.m\.)?/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    // Needs minutes or am/pm on both sides, so that "12-13 January" is not a time.
    if (!(m[2] || m[3]) || !(m[5] || m[6])) continue;
    const ampmEnd = m[6];
    const ampmStart = m[3] ?? (ampmEnd && Number(m[1]) <= Number(m[4]) && Number(m[4]) !== 12 ? ampmEnd : undefined);
    const start = minutesOf(m[1]!, m[2], ampmStart);
    let end = minutesOf(m[4]!, m[5], ampmEnd);
    if (!ampmEnd && !ampmStart && end <= start && end < 13 * 60) end += 12 * 60; // "9.30 - 4.30"
    if (end <= start || start < 6 * 60 || end > 22 * 60) continue;
    let minutes = end - start;
    const rest = text.slice(m.index + m[0].length);
    const breakRe = new RegExp(
      `${NUM}\\s*(minutes?|mins?|hours?|hrs?)\\s*(?:\\w+\\s){0,2}?(?:lunch|break)|(?:lunch|break)[^.\\d]{0,20}?${NUM}\\s*(minutes?|mins?|hours?|hrs?)`,
      'gi',
    );
    let b: RegExpExecArray | null;
    const breaks: string[] = [];
    while ((b = breakRe.exec(rest))) {
      const n = num((b[1] ?? b[3])!);
      const unit = (b[2] ?? b[4])!.toLowerCase();
      minutes -= unit.startsWith('h') ? n * 60 : n;
      breaks.push(b[0]);
    }
    if (minutes <= 0) continue;
    const shown = [m[0].trim(), ...breaks].join(', ');
    return { hours: quarter(minutes / 60), text: shown };
  }
  return null;
}

// OCR reads a printed "½" as "%", "%2", "¥2" or "Y2" (tesseract's English model has no ½), so
// "(% day)" and "Length: ¥2 day" are half days (and not 2 days).
const HALF_DAY = /(?:½|half|1\/2|0\.5|(?<![\w%¥])(?:[%¥]2?|Y2)[;:,.]?)[\s-]?days?\b/i;
const DAYS = new RegExp(`\\b${NUM}[\\s-]?(?:full[\\s-])?days?\\b|\\bfull[\\s-]day\\b`, 'i');
const HOURS_MINUTES = new RegExp(`${NUM}\\s*(?:cpd\\s*)?(?:hours?|hrs?|h)\\b(?:\\s*(?:and\\s*)?(\\d{1,2})\\s*(?:minutes?|mins?))?`, 'i');
const MINUTES_ONLY = /\b(\d{2,3})\s*(?:minutes?|mins?)\b/i;
const LENGTH_LABEL = /\b(?:duration|length|cpd|hours|time)\b/i;

function findHours(lines: string[]): HoursFound | null {
  const candidates: HoursFound[] = [];
  const spans: HoursFound[] = [];
  const days: HoursFound[] = [];
  for (const line of lines) {
    const span = timeSpan(line);
    if (span) {
      spans.push(span);
      continue;
    }
    const hm = line.match(HOURS_MINUTES);
    // "3 hours" / "CPD hours: 3" / "Duration: 2 hours 30 minutes"; not "24 hours" support lines.
    if (hm && !/24\s*hours|hours a day|helpline|open/i.test(line)) {
      const h = num(hm[1]!) + (hm[2] ? Number(hm[2]) / 60 : 0);
      if (h > 0 && h <= 40) candidates.push({ hours: quarter(h), text: hm[0].trim() });
      continue;
    }
    const labelled = line.match(new RegExp(`\\b(?:cpd\\s*hours|hours|cpd\\s*points|cpd)\\s*[:\\-]?\\s*${NUM}\\b`, 'i'));
    if (labelled && !/points/i.test(labelled[0])) {
      const h = num(labelled[1]!);
      if (h > 0 && h <= 40) candidates.push({ hours: quarter(h), text: labelled[0].trim() });
      continue;
    }
    if (LENGTH_LABEL.test(line) || /\b(?:course|training|workshop|session|programme|event)\b/i.test(line) || line.trim().length < 30) {
      const mins = line.match(MINUTES_ONLY);
      if (mins && LENGTH_LABEL.test(line)) {
        candidates.push({ hours: quarter(Number(mins[1]) / 60), text: mins[0] });
        continue;
      }
      const half = line.match(HALF_DAY);
      if (half) {
        days.push({ hours: 3, text: half[0] });
        continue;
      }
      const d = line.match(DAYS);
      if (d) {
        const n = d[1] ? num(d[1]) : 1;
        if (n > 0 && n <= 5) days.push({ hours: n * 6, text: d[0] });
      }
    }
  }
  const settle = (list: HoursFound[]) => {
    const values = new Set(list.map((c) => c.hours));
    return values.size === 1 ? list[0]! : values.size > 1 ? null : undefined;
  };
  // Stated hours win; then a time span; then ½ day = 3 hours, 1 day = 6 hours (the London
  // framework's own equivalence, used by the app for course lengths).
  for (const list of [candidates, spans, days]) {
    const r = settle(list);
    if (r !== undefined) return r;
  }
  return null;
}

// ---- Title, provider, participant ----------------------------------------------------------

const LABEL = (words: string) => new RegExp(`^\\s*(?:${words})\\s*[:\\-–]\\s*(.*)$`, 'i');
const TITLE_LABEL = LABEL('course(?: title| name)?|title|training(?: course)?|programme|module|event|session|workshop|subject');
const PROVIDER_LABEL = LABEL(
  'provider|training provider|provided by|delivered by|facilitated by|organised by|awarded by|issued by|organisation|organization|trainer|presented by',
);
const NAME_LABEL = LABEL('name|participant|delegate|learner|attendee|candidate|awarded to|presented to|student|full name');
const INLINE_PROVIDER = /\b(?:delivered|provided|facilitated|organised|run|awarded|presented|issued|accredited)\s+by\s*:?\s+(.+)$/i;
const INTRO_NAME = /\b(?:certif(?:y|ies) that|certificate is awarded to|awarded to|presented to|confirm(?:s)? that)\s*:?\s*(.*)$/i;
const INTRO_TITLE =
  /\b(?:has|have)?\s*(?:successfully\s+)?(?:attended|completed|participated in|taken part in|undertaken|undertook|achieved|passed)(?:\s+and\s+(?:successfully\s+)?completed)?\s*(?:the\s+)?(?:following\s+)?(?:(?:e-?learning\s+|training\s+)?(?:course|training|programme)s?\b)?\s*(?:entitled|called)?\s*:?\s*(.*)$/i;
const FOR_TITLE =
  /^\s*for\s+(?:attending|completing|participating in|successfully completing)(?:\s+|$)(?:the\s+)?(?:course\s+|training\s+)?:?\s*(.*)$/i;

/** A line that is not part of a title: dates, lengths, signatures, providers. */
const STOP_LINE =
  /^\s*(?:on|dated?|held|date of|dates?\b|delivered|provided|facilitated|organised|run by|awarded by|issued|presented by|duration|length|time|cpd|hours?|signed|signature|trainer|tutor|facilitator|course leader|certificate (?:no|number|id)|ref|valid|expir\w*|renew\w*|this certificate|at\b|venue|location|from\b|total|with|by|name|participant|delegate|learner)\b/i;

function clean(s: string): string {
  return s
    .replace(/[“”"‘’']/g, (c) => (c === '’' || c === "'" ? "'" : ''))
    .replace(/\s+/g, ' ')
    .replace(/^[\s:;,.\-–—]+|[\s:;,\-–—]+$/g, '')
    .replace(/\.$/, '')
    .trim();
}

/** Cuts what follows a title on the same line: " on 12 January 2027", " delivered by X". */
function cutTitle(s: string): string {
  let t = s;
  const firstDate = findDates(t)[0];
  if (firstDate) t = t.slice(0, firstDate.index);
  t = t.replace(/\s+(?:on|dated|held on|which took place on|delivered by|provided by|facilitated by|run by|at|with)\s*$/i, '');
  t = t.replace(/\s+(?:delivered|provided|facilitated|organised|run|presented)\s+by\b.*$/i, '');
  t = t.replace(/\s*[(,]?\s*(?:\d+(?:\.\d+)?\s*(?:hours?|hrs?)|½ day|half day|full day|one day|1 day)\)?\s*$/i, '');
  return clean(t);
}

const ORG_NAME = /\b(?:partnership|board|council|trust|nhs|ltd|limited|cic|college|university|academy)\b/i;
const CONTINUATION_STOP =
  /^\s*(?:certificate|this\b|signed|signature|has\b|have\b|for (?:attending|completing)|presented|awarded|completed|attended|delivered|provided|facilitated|organised|held|on$|[\w ]{1,25}:)|\b(?:delivered|provided) by\b|(?:½|half|full|\d)[\s-]?days?\b|\d\s*(?:hours?|hrs?|minutes?|mins?)\b/i;

function isStopLine(line: string): boolean {
  return STOP_LINE.test(line) || findDates(line).length > 0 || line.trim().length === 0;
}

function looksLikeName(s: string): boolean {
  const t = clean(s).replace(/^(?:mr|mrs|ms|miss|mx|dr|prof)\.?\s+/i, '');
  if (!t || t.length > 60) return false;
  const words = t.split(' ');
  if (words.length < 2 || words.length > 5) return false;
  if (/\d|@|certif|safeguard|training|course|partnership|council|ltd|limited|attended|completed/i.test(t)) return false;
  return words.every((w) => /^[A-ZÀ-Ý][A-Za-zÀ-ÿ'’-]*\.?$/.test(w) || /^(?:de|van|von|der|la|le|da|di|bin|al)$/i.test(w));
}

function findParticipant(lines: string[]): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const labelled = line.match(NAME_LABEL);
    if (labelled) {
      const v = labelled[1]!.trim() || lines[i + 1] || '';
      if (looksLikeName(v)) return clean(v);
    }
    const intro = line.match(INTRO_NAME);
    if (intro) {
      const v = intro[1]!.replace(/\s+(?:has|have)\b.*$/i, '').trim();
      if (v && looksLikeName(v)) return clean(v);
      const next = (lines[i + 1] ?? '').replace(/\s+(?:has|have)\b.*$/i, '');
      if (!v && looksLikeName(next)) return clean(next);
    }
  }
  for (const line of lines) {
    const m = line.match(/^(.+?)\s+(?:has|have)\s+(?:successfully\s+)?(?:attended|completed|participated)/i);
    if (m && looksLikeName(m[1]!)) return clean(m[1]!);
  }
  // A layout with the name on its own line just before "has attended" / "for attending".
  for (let i = 1; i < lines.length; i++) {
    if (
      /^\s*(?:has|have)\s+(?:successfully\s+)?(?:attended|completed|participated)|^\s*for\s+(?:attending|completing)/i.test(lines[i]!) &&
      looksLikeName(lines[i - 1]!)
    ) {
      return clean(lines[i - 1]!);
    }
  }
  return null;
}

const ORG_WORDS =
  /\b(?:partnership|board|council|trust|nhs|academy|college|university|ltd|limited|cic|charity|foundation|association|services|training|learning|safeguarding board|institute|society|school|group|consultancy|solutions|academy)\b/i;

function findProvider(lines: string[], title: string | null): string | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const labelled = line.match(PROVIDER_LABEL);
    if (labelled) {
      const v = clean(labelled[1]! || lines[i + 1] || '');
      if (v && !findDates(v).length) return v;
    }
    const inline = line.match(INLINE_PROVIDER);
    if (inline) {
      const v = clean(inline[1]!.replace(/\s+(?:on|dated)\s+.*$/i, ''));
      if (v && ORG_WORDS.test(v)) return v;
      if (v && !findDates(v).length && v.split(' ').length <= 8) return v;
    }
    if (/^\s*(?:delivered|provided|facilitated|organised|awarded|presented|issued)\s+by\s*:?\s*$/i.test(line) && lines[i + 1])
      return clean(lines[i + 1]!);
    const behalf = line.match(/\bon behalf of\s+(?:the\s+)?(.+)$/i);
    if (behalf && ORG_WORDS.test(behalf[1]!)) return clean(behalf[1]!);
  }
  // A header line naming an organisation, above the certificate's title words.
  for (const line of lines.slice(0, 4)) {
    const t = clean(line);
    if (
      t &&
      t !== title &&
      ORG_WORDS.test(t) &&
      !/[:]|certificate|certify|this is|\b(?:has|have|attended|completed)\b/i.test(t) &&
      !findDates(t).length &&
      t.split(' ').length <= 10
    )
      return t;
  }
  return null;
}

function findTitle(lines: string[]): string | null {
  const collect = (first: string, from: number) => {
    const parts = [first];
    if (!isStopLine(first) || findDates(first).length === 0) {
      // A wrapped title goes on while the next lines are neither a date, a length, a label, a
      // name, an organisation nor the certificate's own wording.
      for (let j = from; j < lines.length && j < from + 2; j++) {
        const next = lines[j]!;
        const midPhrase = /(?:\b(?:and|of|to|in|for|the|a|on|with|&|-|–|:|,))\s*$/i.test(parts[parts.length - 1]!) || /^[a-z&(]/.test(next);
        if (findDates(next).length || CONTINUATION_STOP.test(next) || ORG_NAME.test(next) || (!midPhrase && looksLikeName(next))) break;
        if (parts.join(' ').length + next.length > 130) break;
        parts.push(next);
      }
    }
    const t = cutTitle(parts.join(' '));
    return t.length >= 3 ? t : null;
  };
  for (let i = 0; i < lines.length; i++) {
    const labelled = lines[i]!.match(TITLE_LABEL);
    if (labelled) {
      const v = labelled[1]!.trim();
      const t = v ? collect(v, i + 1) : lines[i + 1] ? collect(lines[i + 1]!, i + 2) : null;
      if (t) return t;
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (/certificate of (?:attendance|completion|achievement|participation)\s*$/i.test(line)) continue;
    const m = line.match(FOR_TITLE) ?? line.match(INTRO_TITLE);
    if (!m) continue;
    const rest = m[1]!.trim();
    if (rest && !isStopLine(rest)) {
      const t = collect(rest, i + 1);
      if (t) return t;
    } else if (!rest || findDates(rest)[0]?.index === 0) {
      // "has attended" alone on a line: the title is on the next line(s).
      const next = lines[i + 1];
      if (next && !isStopLine(next)) {
        const t = collect(next, i + 2);
        if (t) return t;
      }
    }
  }
  return null;
}

/** Splits text into trimmed, non-empty lines with runs of spaces collapsed. */
// Labels as certificates print them, to tidy OCR's slips around them (below).
const LABEL_WORDS =
  'awarded to|presented to|course(?: title| name)?|title|training(?: course)?|name|date|dates|duration|length|time|cpd hours|hours|provider|delivered by|certificate no|valid until|participant|attendee|delegate';
// OCR of a photo reads specks at the paper's edge as short "words" before a line ("i fa Course: ..."),
const EDGE_SPECKS = new RegExp(`^(?:\\S{1,3}\\s+){1,3}(?=(?:${LABEL_WORDS})\\s?[:;.,](?:\\s|$))`, 'i');
// or as one stray letter or mark before a capital ("i INTRODUCTION TO ..."),
const EDGE_SPECK = /^(?:[b-z]|[^\w\s(“"'‘£$€]{1,2})\s+(?=[A-Z])/;
// and a label's colon as ";", "." or "," ("Date; Friday 14 March 2025", "CPD hours. 2").
const LABEL_SLIP = new RegExp(`^(${LABEL_WORDS})\\s?[;.,](?=\\s)`, 'i');

export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) =>
      l
        .replace(/[\t ]+/g, ' ')
        .trim()
        .replace(EDGE_SPECKS, '')
        .replace(EDGE_SPECK, '')
        .replace(LABEL_SLIP, '$1:'),
    )
    .filter((l) => l.length > 0);
}

/** Reads the fields of a training entry from a certificate's text. */
export function extractCertificateFields(text: string): CertificateFields {
  const lines = textLines(normaliseOcrDigits(text.normalize('NFC')));
  const dates = findCourseDates(lines);
  const hours = findHours(lines);
  const title = findTitle(lines);
  return {
    title,
    provider: findProvider(lines, title),
    startDate: dates?.start ?? null,
    endDate: dates?.end ?? null,
    hours: hours?.hours ?? null,
    hoursText: hours?.text ?? null,
    participant: findParticipant(lines),
  };
}

// ---- Catalogue match -------------------------------------------------------------------------

export interface CatalogueCourse {
  frameworkId: string;
  courseId: string;
  title: string;
}

export interface CatalogueMatch {
  course: CatalogueCourse;
  /** 0..1; only matches at or above MATCH_THRESHOLD are returned. */
  score: number;
}

const STOP_WORDS = new Set([
  'the',
  'a',
  'an',
  'of',
  'and',
  'to',
  'for',
  'in',
  'on',
  'with',
  'or',
  'course',
  'training',
  'equivalent',
  'certificate',
]);
const NUMBER_NAMES: Record<string, string> = {
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  i: '1',
  ii: '2',
  iii: '3',
  iv: '4',
};

/** Words of a title for matching: lower case, "&" as "and", "L2"/"Lvl 2"/"Level Two" as "level 2". */
export function titleTokens(title: string): string[] {
  const t = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/\b(?:l|lvl|lev|level)\s?\.?\s?(\d)\b/g, ' level $1 ')
    .replace(/\bmod(?:ule)?\s?\.?\s?(\d)/g, ' module $1')
    .replace(/\bgrp\b/g, 'group')
    .replace(/\be-?learning\b/g, 'elearning')
    .replace(/\bmulti[\s-]agency\b/g, 'multiagency')
    .replace(/\bsafeguard(?:ing)?\b/g, 'safeguarding')
    .replace(/[^a-z0-9.]+/g, ' ')
    .replace(/(\D)\.|\.(\D)|\.$/g, '$1 $2');
  const words = t.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    if ((words[i - 1] === 'level' || words[i - 1] === 'module' || words[i - 1] === 'group') && NUMBER_NAMES[w]) w = NUMBER_NAMES[w]!;
    if (!STOP_WORDS.has(w)) out.push(w);
  }
  return out;
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (/\d/.test(a) || /\d/.test(b)) return false; // "level 2" is not "level 3"
  return a.length >= 5 && b.length >= 5 && editDistanceAtMost1(a, b); // an OCR slip
}

/** Qualifiers that tell courses apart: level, module and group numbers, letters after them. */
function qualifiers(tokens: string[]): string[] {
  const q: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (/^(?:level|module|group)$/.test(tokens[i]!) && tokens[i + 1]) q.push(`${tokens[i]} ${tokens[i + 1]}`);
  }
  return q;
}

/** How alike two titles are, 0..1: shared words (any order, OCR slips forgiven) over all words. */
export function titleSimilarity(a: string, b: string): number {
  const ta = titleTokens(a);
  const tb = titleTokens(b);
  if (!ta.length || !tb.length) return 0;
  const qa = qualifiers(ta);
  const qb = qualifiers(tb);
  // Different level/module/group numbers on both sides: different courses.
  for (const kind of ['level', 'module', 'group']) {
    const xa = qa.filter((q) => q.startsWith(kind));
    const xb = qb.filter((q) => q.startsWith(kind));
    if (xa.length && xb.length && !xa.some((x) => xb.includes(x))) return 0;
  }
  const used = new Set<number>();
  let shared = 0;
  for (const w of ta) {
    const k = tb.findIndex((v, idx) => !used.has(idx) && sameWord(w, v));
    if (k >= 0) {
      used.add(k);
      shared++;
    }
  }
  return (2 * shared) / (ta.length + tb.length);
}

export const MATCH_THRESHOLD = 0.75;

/**
 * The catalogue course the title names, or null when none is close enough or two are equally
 * close (the user then picks). Word order, punctuation and "Level 2"/"L2" do not matter.
 */
export function matchCatalogue(title: string | null, courses: readonly CatalogueCourse[]): CatalogueMatch | null {
  if (!title) return null;
  const scored = courses.map((course) => ({ course, score: titleSimilarity(title, course.title) })).sort((a, b) => b.score - a.score);
  const best = scored[0];
  if (!best || best.score < MATCH_THRESHOLD) return null;
  const second = scored[1];
  if (second && second.score > best.score - 0.05 && second.course.title !== best.course.title) return null;
  return best;
}

/** Text fields to compare a name on the certificate with the profile's name. */
export function sameName(a: string, b: string): boolean {
  const words = (s: string) =>
    s
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/\b(?:mr|mrs|ms|miss|mx|dr|prof)\b\.?/g, '')
      .replace(/[^a-z\s-]/g, ' ')
      .split(/[\s-]+/)
      .filter(Boolean);
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return false;
  // Same first and last name; a middle name present on one side only is fine.
  return wa[0] === wb[0] && wa[wa.length - 1] === wb[wb.length - 1];
}
