import { ProfileFields, PROFILE_FIELD_IDS } from '../components/ProfileFields';
import { ErrorSummary } from '../components/ErrorSummary';
import { useProfileForm } from '../hooks/useProfileForm';
import { EMPTY_PROFILE_FORM } from '../profileForm';
import { requestPersistentStorage } from '../../state/storage';
import { navigate } from '../router';

/** The draft key of the first-run form (kept if the page reloads half-way). */
export const SETUP_DRAFT_KEY = 'profile:setup';

/** First run: who the user is and which framework they follow. */
export function SetupScreen() {
  const form = useProfileForm(SETUP_DRAFT_KEY, EMPTY_PROFILE_FORM);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    if (await form.submit()) {
      // Asked once the user has something worth keeping; the answer shows in Settings.
      void requestPersistentStorage();
      navigate('/');
    }
  };

  return (
    <main id="main" class="main setup" tabIndex={-1}>
      <h1 id="screen-title" tabIndex={-1}>
        Welcome to Safeguarding Passport
      </h1>
      <p>
        Keep your own safeguarding training record and take it from job to job. It stays on this device: nothing is sent anywhere unless you
        export it.
      </p>
      <p class="hint">A few details to start. You can change any of them later in Settings.</p>
      {!form.ready ? (
        <p role="status">Loading…</p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={form.errors} fieldIds={PROFILE_FIELD_IDS} attempt={form.attempt} />
          {form.restored && (
            <p class="notice" role="status">
              We kept what you typed last time.
            </p>
          )}
          <ProfileFields values={form.values} update={form.update} errors={form.errors} />
          {form.saveError && (
            <p class="field-error" role="alert">
              {form.saveError}
            </p>
          )}
          <div class="form-actions">
            <button type="submit" disabled={form.saving}>
              Start using Safeguarding Passport
            </button>
          </div>
        </form>
      )}
    </main>
  );
}
