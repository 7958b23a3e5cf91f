import { create } from './store';
import { EMPTY_FILTER, type TrainingFilter } from '../domain/record-filter';

/** A short message at the bottom of the record screens, with an optional Undo. */
export interface Toast {
  id: number;
  message: string;
  /** Shown as an "Undo" button; the toast closes when it has run. */
  undo?: () => Promise<void>;
  tone?: 'ok' | 'error';
}

interface RecordUiState {
  toast: Toast | null;
  showToast: (t: Omit<Toast, 'id'>) => void;
  closeToast: () => void;
  /** The list's search and filters, kept while the user opens an entry and comes back. */
  filter: TrainingFilter;
  setFilter: (patch: Partial<TrainingFilter>) => void;
  resetFilter: () => void;
  /** How many list rows are shown (the list grows by pages). */
  shown: number;
  showMore: () => void;
}

export const LIST_PAGE = 50;
let toastSeq = 0;

export const useRecordUi = create<RecordUiState>((set) => ({
  toast: null,
  showToast: (t) => set({ toast: { ...t, id: ++toastSeq } }),
  closeToast: () => set({ toast: null }),
  filter: EMPTY_FILTER,
  setFilter: (patch) => set((s) => ({ filter: { ...s.filter, ...patch }, shown: LIST_PAGE })),
  resetFilter: () => set({ filter: EMPTY_FILTER, shown: LIST_PAGE }),
  shown: LIST_PAGE,
  showMore: () => set((s) => ({ shown: s.shown + LIST_PAGE })),
}));
