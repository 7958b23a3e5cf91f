/**
 * The presets a user can choose: their names and titles, the default options and the period each
 * starts with. Pure (today is passed in).
 */
import { addDaysIso, addMonthsIso, formatDate } from '../../domain/dates';
import { schemeWindow } from '../../domain/schemes';
import type { ISODate, Profile } from '../../domain/types';
import { schemeById, type Scheme } from '../../frameworks/schemes';
import type { BasePreset, PortfolioOptions, PortfolioPeriod, PortfolioPreset, SchemePreset } from '../types';

export const PRESET_TITLES: Record<BasePreset, string> = {
  supervision: 'Supervision portfolio',
  appraisal: 'Appraisal portfolio',
  full: 'Full training record',
};

export const BASE_PRESETS = Object.keys(PRESET_TITLES) as BasePreset[];

export function schemePreset(schemeId: string): SchemePreset {
  return `scheme:${schemeId}`;
}

/** The scheme a preset lays out, if it is a scheme preset of a known scheme. */
export function schemeOfPreset(preset: PortfolioPreset): Scheme | undefined {
  return preset.startsWith('scheme:') ? schemeById(preset.slice('scheme:'.length)) : undefined;
}

export function presetTitle(preset: PortfolioPreset): string {
  const scheme = schemeOfPreset(preset);
  if (scheme) return `${scheme.title} portfolio`;
  return PRESET_TITLES[preset as BasePreset] ?? 'Portfolio';
}

/** The presets offered to this user: the three general ones, then one per scheme they follow. */
export function availablePresets(profile: Pick<Profile, 'schemes'>): PortfolioPreset[] {
  const schemes = profile.schemes.map((e) => e.schemeId).filter((id) => schemeById(id));
  return [...BASE_PRESETS, ...[...new Set(schemes)].map(schemePreset)];
}

export const DEFAULT_OPTIONS: PortfolioOptions = {
  reflections: true,
  reflectionsFullText: false,
  certificates: true,
  notes: true,
};

/** The default period of a preset. */
export function defaultPeriod(preset: PortfolioPreset, profile: Profile, today: ISODate): PortfolioPeriod {
  if (preset === 'full') return { start: null, end: null };
  const scheme = schemeOfPreset(preset);
  if (scheme) {
    // The scheme's current cycle; a scheme without cycles (KCSIE) looks back 12 months.
    const { window } = schemeWindow(
      scheme,
      profile.schemes.find((e) => e.schemeId === scheme.id),
      today,
    );
    return window ?? { start: addDaysIso(addMonthsIso(today, -12), 1), end: today };
  }
  if (preset === 'supervision') {
    const since = profile.lastSupervisionDate && profile.lastSupervisionDate <= today ? profile.lastSupervisionDate : null;
    return { start: since ?? addMonthsIso(today, -3), end: today };
  }
  const month = profile.appraisalYearStartMonth;
  if (month && month >= 1 && month <= 12) {
    // The appraisal year that contains today.
    const y = Number(today.slice(0, 4));
    const mm = String(month).padStart(2, '0');
    const startYear = today.slice(5, 7) >= mm ? y : y - 1;
    const start = `${startYear}-${mm}-01`;
    return { start, end: addDaysIso(addMonthsIso(start, 12), -1) };
  }
  return { start: addDaysIso(addMonthsIso(today, -12), 1), end: today };
}

export function periodLabel(p: PortfolioPeriod): string {
  if (!p.start && !p.end) return 'All records';
  if (!p.start) return `Up to ${formatDate(p.end)}`;
  if (!p.end) return `From ${formatDate(p.start)}`;
  return `${formatDate(p.start)} to ${formatDate(p.end)}`;
}
