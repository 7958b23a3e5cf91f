import { create } from './store';

interface PwaState {
  registered: boolean | null;
  /** Set when a new version is waiting; calling it activates the new version and reloads. */
  applyUpdate: (() => void) | null;
  setRegistered: (v: boolean) => void;
  setUpdate: (apply: () => void) => void;
}

export const usePwaStore = create<PwaState>((set) => ({
  registered: null,
  applyUpdate: null,
  setRegistered: (registered) => set({ registered }),
  setUpdate: (applyUpdate) => set({ applyUpdate }),
}));
