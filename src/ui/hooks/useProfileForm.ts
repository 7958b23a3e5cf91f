import { useState } from 'preact/hooks';
import { useDraft } from './useDraft';
import { useProfileStore } from '../../state/profile';
import { loadFramework } from '../../frameworks/registry';
import { describeStorageError } from '../../state/errors';
import { profileFromForm, validateProfileForm, type ProfileFormErrors, type ProfileFormValues } from '../profileForm';

/**
 * The profile form of Setup and Settings: values kept as a draft while the user types, checks on
 * submit, and the save. A failed save (e.g. storage full) keeps what was typed and says why.
 */
export function useProfileForm(draftKey: string, initial: ProfileFormValues) {
  const draft = useDraft<ProfileFormValues>(draftKey, initial);
  const existing = useProfileStore((s) => s.profile);
  const saveProfile = useProfileStore((s) => s.save);
  const [errors, setErrors] = useState<ProfileFormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);

  const update = (patch: Partial<ProfileFormValues>) => {
    draft.update(patch);
    setSaveError(null);
  };

  /** Returns true when the profile was saved. */
  const submit = async (): Promise<boolean> => {
    const values = draft.values;
    const found = validateProfileForm(values);
    setErrors(found);
    setAttempt((a) => a + 1);
    if (Object.keys(found).length > 0) return false;
    setSaving(true);
    setSaveError(null);
    // The draft goes first, so that a pending draft write cannot land after the save; a failed
    // save puts it back below.
    await draft.discard().catch(() => undefined);
    try {
      const framework = await loadFramework(values.frameworkId).catch(() => null);
      await saveProfile(profileFromForm(values, existing, (roleId) => framework?.roles.find((r) => r.id === roleId)?.title));
      return true;
    } catch (e) {
      draft.update({});
      setSaveError(describeStorageError(e).message);
      return false;
    } finally {
      setSaving(false);
    }
  };

  return { ...draft, update, errors, attempt, saving, saveError, submit };
}
