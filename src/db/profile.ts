import { db } from './db';
import { nowIso } from './ids';
import { checkTextLimits } from './errors';
import type { Profile } from '../domain/types';

export async function loadProfile(): Promise<Profile | null> {
  return (await db.profile.get('profile')) ?? null;
}

export async function saveProfile(p: Omit<Profile, 'id' | 'createdAt' | 'updatedAt'>): Promise<Profile> {
  checkTextLimits(p);
  return db.transaction('rw', db.profile, async () => {
    const existing = await db.profile.get('profile');
    const now = nowIso();
    const profile: Profile = { ...p, id: 'profile', createdAt: existing?.createdAt ?? now, updatedAt: now };
    await db.profile.put(profile);
    return profile;
  });
}
