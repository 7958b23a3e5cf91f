/**
 * The training form's values (strings, as typed; saved as a draft) and their conversion to and
 * from a stored entry, with validation in plain words. Pure.
 */
import { isIsoDate, formatDate } from '../../domain/dates';
import { roundHours } from '../../domain/hours';
import type { Course, DeliveryMode, Framework, PathwayItem } from '../../frameworks/types';
import type { Agency, ISODate, ProviderKind, Training, TrainingMode } from '../../domain/types';
import type { TrainingInput } from '../../state/trainings';
import type { Errors } from './fields';
import { matchCatalogue, type CertificateFields } from '../../domain/certificate-text';

export const PROVIDER_KINDS: Array<[ProviderKind, string]> = [
  ['partnership', 'Safeguarding partnership'],
  ['employer', 'My employer'],
  ['e-learning', 'E-learning provider'],
  ['other', 'Other'],
];

export const MODES: Array<[TrainingMode, string]> = [
  ['face-to-face', 'Face to face'],
  ['virtual', 'Virtual (live online)'],
  ['e-learning', 'E-learning'],
  ['self-directed', 'Self-directed'],
  ['supervision', 'Supervision'],
  ['peer-discussion', 'Peer discussion'],
];

export const MAX_HOURS = 100;
/** Years before this are taken to be a typing mistake. */
const EARLIEST_YEAR = 1960;

export interface TrainingValues extends Record<string, unknown> {
  source: 'framework' | 'external';
  courseId: string;
  /** 'pathwayId/itemId' of a pathway item without a catalogue course, or ''. */
  pathwayItem: string;
  title: string;
  providerKind: ProviderKind;
  providerName: string;
  multiDay: boolean;
  startDate: string;
  endDate: string;
  hours: string;
  mode: TrainingMode;
  /** A framework level id, '' (not stated) or 'other' (free text in levelText). */
  levelId: string;
  levelText: string;
  agency: Agency;
  participatory: boolean;
  notes: string;
  /** The certificate the form was read from (linked to the entry when it is saved). */
  fromCertificate?: string;
  /** Fields read from the certificate that the user has not yet confirmed. */
  unconfirmed?: string[];
  /** The participant's name as the certificate gives it. */
  nameOnCertificate?: string;
}

export type TrainingField = keyof TrainingValues & string;

export const TRAINING_LABELS: Record<string, string> = {
  courseId: 'Course',
  title: 'Title',
  providerName: 'Provider name',
  startDate: 'Date',
  endDate: 'End date',
  hours: 'Hours',
  levelText: 'Level',
};

export function emptyTrainingValues(today: ISODate): TrainingValues {
  return {
    source: 'framework',
    courseId: '',
    pathwayItem: '',
    title: '',
    providerKind: 'partnership',
    providerName: '',
    multiDay: false,
    startDate: today,
    endDate: today,
    hours: '',
    mode: 'face-to-face',
    levelId: '',
    levelText: '',
    agency: 'single',
    participatory: false,
    notes: '',
  };
}

export function trainingToValues(t: Training, framework: Framework | null): TrainingValues {
  const levelId = t.link?.levelId && framework?.levels.some((l) => l.id === t.link?.levelId) ? t.link.levelId : t.level ? 'other' : '';
  const linked = !!(t.link?.courseId || t.link?.pathwayItemId);
  return {
    source: linked ? 'framework' : 'external',
    courseId: t.link?.courseId ?? '',
    pathwayItem: t.link?.pathwayItemId && t.link.pathwayId ? `${t.link.pathwayId}/${t.link.pathwayItemId}` : '',
    title: t.title,
    providerKind: t.providerKind,
    providerName: t.providerName,
    multiDay: t.startDate !== t.endDate,
    startDate: t.startDate,
    endDate: t.endDate,
    hours: String(t.hours),
    mode: t.mode,
    levelId,
    levelText: levelId === 'other' ? t.level : '',
    agency: t.agency,
    participatory: t.participatory,
    notes: t.notes,
  };
}

/** A framework delivery mode as the record's mode ('blended' is recorded as face to face). */
export function modeFromCourse(modes: DeliveryMode[] | undefined): TrainingMode | null {
  const m = modes?.[0];
  if (!m) return null;
  return m === 'blended' ? 'face-to-face' : m;
}

/** What picking a course fills in: title, level, hours from its length, mode, agency, provider. */
export function valuesForCourse(course: Course, framework: Framework): Partial<TrainingValues> {
  const patch: Partial<TrainingValues> = {
    source: 'framework',
    courseId: course.id,
    pathwayItem: '',
    title: course.title,
    providerKind: 'partnership',
    providerName: framework.partnership || framework.shortName,
    levelId: course.levelId ?? '',
    levelText: '',
  };
  if (course.length) patch.hours = String(roundHours(course.length.hours));
  const mode = modeFromCourse(course.modes);
  if (mode) patch.mode = mode;
  if (course.multiAgency !== undefined) patch.agency = course.multiAgency ? 'multi' : 'single';
  return patch;
}

export function valuesForPathwayItem(pathwayId: string, item: PathwayItem): Partial<TrainingValues> {
  return { source: 'framework', courseId: '', pathwayItem: `${pathwayId}/${item.id}`, title: item.title };
}

/** Parses "1.5", "1,5" or "3" as hours; NaN when it is not a number. */
export function parseHours(s: string): number {
  const t = s.trim().replace(',', '.');
  return /^\d*\.?\d+$|^\d+\.$/.test(t) ? Number(t) : NaN;
}

function checkDate(s: string, today: ISODate, what: string): string | undefined {
  if (!s.trim()) return `Enter the ${what}.`;
  if (!isIsoDate(s)) return `The ${what} is not a real date. Check the day, month and year.`;
  if (Number(s.slice(0, 4)) < EARLIEST_YEAR) return `The ${what} is before ${EARLIEST_YEAR}. Check the year.`;
  if (s > today)
    return `The ${what} is in the future (after ${formatDate(today)}). To book a course you have not done yet, plan it instead.`;
  return undefined;
}

export function validateTraining(v: TrainingValues, today: ISODate): Errors<TrainingField> {
  const e: Errors<TrainingField> = {};
  if (!v.title.trim()) e.title = 'Enter the title of the training.';
  else if (v.title.length > 200) e.title = 'Shorten the title to 200 characters or fewer.';
  const start = checkDate(v.startDate, today, v.multiDay ? 'start date' : 'date');
  if (start) e.startDate = start;
  if (v.multiDay) {
    const end = checkDate(v.endDate, today, 'end date');
    if (end) e.endDate = end;
    else if (!start && v.endDate < v.startDate) e.endDate = 'The end date is before the start date.';
  }
  const hours = parseHours(v.hours);
  if (!v.hours.trim()) e.hours = 'Enter how many hours the training took, for example 3 or 1.5.';
  else if (Number.isNaN(hours)) e.hours = 'Enter the hours as a number, for example 3 or 1.5.';
  else if (hours <= 0) e.hours = 'The hours must be more than 0.';
  else if (hours > MAX_HOURS)
    e.hours = `That is more than ${MAX_HOURS} hours for one entry. Check the number, or log the parts separately.`;
  else if (roundHours(hours) !== hours) e.hours = 'Round the hours to the nearest quarter hour, for example 1.25 or 2.75.';
  if (v.levelId === 'other' && !v.levelText.trim()) e.levelText = 'Enter the level, or choose “Not stated”.';
  return e;
}

/** The stored entry for valid values; the existing entry's other fields (impact note) are kept. */
export function valuesToTraining(v: TrainingValues, framework: Framework | null, frameworkId: string, existing?: Training): TrainingInput {
  const level = framework?.levels.find((l) => l.id === v.levelId);
  const [pathwayId, pathwayItemId] = v.pathwayItem ? v.pathwayItem.split('/') : [null, null];
  const item = pathwayId ? framework?.pathways.find((p) => p.id === pathwayId)?.items.find((i) => i.id === pathwayItemId) : undefined;
  const courseId = v.source === 'framework' ? v.courseId || item?.courseId || null : null;
  const linked = v.source === 'framework' && (courseId || pathwayItemId);
  const link = linked
    ? {
        frameworkId,
        courseId,
        pathwayId: pathwayItemId ? pathwayId : null,
        pathwayItemId: pathwayItemId ?? null,
        levelId: level?.id ?? null,
      }
    : level
      ? { frameworkId, courseId: null, levelId: level.id }
      : null;
  return {
    ...(existing ? { id: existing.id } : {}),
    title: v.title.trim(),
    providerKind: v.providerKind,
    providerName: v.providerName.trim(),
    startDate: v.startDate,
    endDate: v.multiDay ? v.endDate : v.startDate,
    hours: parseHours(v.hours),
    mode: v.mode,
    level: level ? level.title : v.levelId === 'other' ? v.levelText.trim() : '',
    link,
    agency: v.agency,
    participatory: v.participatory,
    notes: v.notes,
    impact: existing?.impact ?? null,
    ...(existing?.excludedSchemes ? { excludedSchemes: existing.excludedSchemes } : {}),
    ...(existing?.countsTowards ? { countsTowards: existing.countsTowards } : {}),
  };
}

/** A form pre-filled from a link such as '#/record/training/new?course=x' or
 * '?pathway=p&pathwayItem=i' or '?level=l' (the suggestions' one-tap actions). */
export function presetFromQuery(query: URLSearchParams, framework: Framework | null): Partial<TrainingValues> | null {
  if (!framework) return null;
  const course = framework.courses.find((c) => c.id === query.get('course'));
  const pathwayId = query.get('pathway');
  const item = pathwayId
    ? framework.pathways.find((p) => p.id === pathwayId)?.items.find((i) => i.id === query.get('pathwayItem'))
    : undefined;
  if (course) return { ...valuesForCourse(course, framework), ...(item && pathwayId ? { pathwayItem: `${pathwayId}/${item.id}` } : {}) };
  if (item && pathwayId) return valuesForPathwayItem(pathwayId, item);
  const level = framework.levels.find((l) => l.id === query.get('level'));
  return level ? { levelId: level.id } : null;
}

/** Form fields that can be read from a certificate (each marked until the user confirms it). */
export type ReadField = 'courseId' | 'title' | 'providerName' | 'startDate' | 'endDate' | 'hours';

/** What a form pre-filled from a certificate starts with: the fields read, the catalogue course
 * the title matches (its level and mode come with it), and which fields are still to confirm. */
export function valuesFromCertificate(
  certificateId: string,
  fields: CertificateFields | null,
  framework: Framework | null,
  frameworkId: string,
): Partial<TrainingValues> {
  const values: Partial<TrainingValues> = { fromCertificate: certificateId, source: 'external' };
  if (!fields) return { ...values, unconfirmed: [] };
  const read: ReadField[] = [];
  const catalogue = framework ? framework.courses.map((c) => ({ frameworkId, courseId: c.id, title: c.title })) : [];
  const match = matchCatalogue(fields.title, catalogue);
  const course = match && framework?.courses.find((c) => c.id === match.course.courseId);
  if (course && framework) {
    Object.assign(values, valuesForCourse(course, framework));
    read.push('courseId', 'title');
    // The hours from the course length are a default, not something read: only marked if read.
    if (course.length && fields.hours === null) delete values.hours;
  } else if (fields.title) {
    values.title = fields.title;
    read.push('title');
  }
  if (fields.provider) {
    values.providerName = fields.provider;
    values.providerKind = /partnership|safeguarding children board/i.test(fields.provider) ? 'partnership' : 'other';
    read.push('providerName');
  }
  if (fields.startDate && fields.endDate) {
    values.startDate = fields.startDate;
    values.endDate = fields.endDate;
    values.multiDay = fields.endDate !== fields.startDate;
    read.push('startDate');
    if (values.multiDay) read.push('endDate');
  } else {
    // Not settled by the certificate: left empty for the user rather than today's date.
    values.startDate = '';
    values.endDate = '';
  }
  if (fields.hours !== null) {
    values.hours = String(roundHours(fields.hours));
    read.push('hours');
  }
  return { ...values, unconfirmed: read, nameOnCertificate: fields.participant ?? '' };
}
