import { create } from './store';
import { DEFAULT_OPTIONS, type PortfolioOptions, type PortfolioPeriod, type PortfolioPreset } from '../pdf/model';

/** The record as the Portfolio reads it (certificate details without their bytes) and the bytes of
 * the chosen certificates when the PDF is built (src/db/portfolio.ts). */
export { readCertificateFiles, readPortfolioRecord } from '../db/portfolio';

/** The Portfolio screen's choices, kept while the user goes to edit an entry and comes back. */
interface PortfolioChoices {
  preset: PortfolioPreset;
  /** null = the preset's default period. */
  period: PortfolioPeriod | null;
  options: PortfolioOptions;
  setPreset: (preset: PortfolioPreset) => void;
  setPeriod: (period: PortfolioPeriod | null) => void;
  setOptions: (patch: Partial<PortfolioOptions>) => void;
}

export const usePortfolioChoices = create<PortfolioChoices>((set) => ({
  preset: 'supervision',
  period: null,
  options: DEFAULT_OPTIONS,
  setPreset: (preset) => set({ preset, period: null }),
  setPeriod: (period) => set({ period }),
  setOptions: (patch) => set((s) => ({ options: { ...s.options, ...patch } })),
}));
