import { create } from './store';
import type { Profile } from '../domain/types';
import { loadProfile, saveProfile } from '../db/profile';
import { describeStorageError } from '../db/errors';

interface ProfileState {
  status: 'loading' | 'ready' | 'error';
  profile: Profile | null;
  error: string | null;
  load: () => Promise<void>;
  save: (p: Omit<Profile, 'id' | 'createdAt' | 'updatedAt'>) => Promise<void>;
}

export const useProfileStore = create<ProfileState>((set) => ({
  status: 'loading',
  profile: null,
  error: null,
  load: async () => {
    try {
      const profile = await loadProfile();
      set({ status: 'ready', profile, error: null });
    } catch (e) {
      set({ status: 'error', error: describeStorageError(e).message });
    }
  },
  save: async (p) => {
    const profile = await saveProfile(p);
    set({ profile, status: 'ready' });
  },
}));
