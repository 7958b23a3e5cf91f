import { useEffect, useState } from 'preact/hooks';
import { ProfileFields, PROFILE_FIELD_IDS } from '../components/ProfileFields';
import { ErrorSummary } from '../components/ErrorSummary';
import { BackupPanel } from '../components/BackupPanel';
import { WorkDetailsSection } from '../components/WorkDetailsSection';
import { CalendarSection } from '../components/CalendarSection';
import { useProfileForm } from '../hooks/useProfileForm';
import { formFromProfile } from '../profileForm';
import { useProfileStore } from '../../state/profile';
import type { Profile } from '../../domain/types';
import { APP_VERSION, BUILD_ID } from '../../pwa/buildInfo';
import { isIosNotInstalled } from '../../backup/reminder';
import { useLock } from '../../state/lock';
import { useRoute } from '../router';
import { lazyScreen } from '../lazyScreen';
import { formatMegabytes, requestPersistentStorage, storageStatus, type StorageStatus } from '../../state/storage';

export const SETTINGS_DRAFT_KEY = 'profile:edit';

function ProfileSection({ profile }: { profile: Profile }) {
  const form = useProfileForm(SETTINGS_DRAFT_KEY, formFromProfile(profile));
  const [saved, setSaved] = useState(false);

  const onSubmit = async (e: Event) => {
    e.preventDefault();
    setSaved(false);
    setSaved(await form.submit());
  };
  const cancel = async () => {
    await form.discard();
    form.reset(formFromProfile(profile));
    setSaved(false);
  };

  return (
    <section aria-labelledby="profile-title" class="settings-section">
      <h2 id="profile-title">Your details</h2>
      {!form.ready ? (
        <p role="status">Loading…</p>
      ) : (
        <form onSubmit={onSubmit} noValidate>
          <ErrorSummary errors={form.errors} fieldIds={PROFILE_FIELD_IDS} attempt={form.attempt} />
          {form.restored && (
            <p class="notice" role="status">
              These are changes you had not saved yet.
            </p>
          )}
          <ProfileFields
            values={form.values}
            update={(p) => {
              setSaved(false);
              form.update(p);
            }}
            errors={form.errors}
          />
          {form.saveError && (
            <p class="field-error" role="alert">
              {form.saveError}
            </p>
          )}
          <div class="form-actions">
            <button type="submit" disabled={form.saving}>
              Save your details
            </button>
            {form.restored && (
              <button type="button" class="secondary" onClick={cancel}>
                Discard changes
              </button>
            )}
          </div>
          <p role="status" class="saved-status">
            {saved ? 'Your details are saved.' : ''}
          </p>
        </form>
      )}
    </section>
  );
}

/** iPhone and iPad (found by feature): Safari installs only from Share, then Add to Home Screen. */
function InstallOnIosSection() {
  if (!isIosNotInstalled()) return null;
  return (
    <section aria-labelledby="install-title" class="settings-section" data-testid="install-ios">
      <h2 id="install-title">Add the app to your Home Screen</h2>
      <p>
        In Safari, tap Share, then Add to Home Screen, and open the app from its icon from then on. Safari deletes the data of websites that
        are not on the Home Screen after 7 days without use.
      </p>
      <p>Even then, make a backup often and keep it somewhere else, such as Files or iCloud Drive.</p>
    </section>
  );
}

function StorageSection() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  const [asked, setAsked] = useState<boolean | null | undefined>(undefined);
  const refresh = () => void storageStatus().then(setStatus);
  useEffect(refresh, []);

  const ask = async () => {
    setAsked(await requestPersistentStorage());
    refresh();
  };

  return (
    <section aria-labelledby="storage-title" class="settings-section">
      <h2 id="storage-title">Storage on this device</h2>
      <p>Your record is kept only in this browser on this device. Export a backup to keep a copy somewhere else.</p>
      {!status ? (
        <p role="status">Checking storage…</p>
      ) : (
        <dl class="facts">
          <div>
            <dt>Protected from automatic clearing</dt>
            <dd data-testid="persisted">
              {status.persisted === true
                ? 'Yes: the browser will not clear your record to free space.'
                : status.persisted === false
                  ? 'Not yet: the browser may clear stored data if the device runs short of space.'
                  : 'This browser does not say, and the app cannot ask it. Keep a recent backup: it is your safety copy if the browser clears its data.'}
            </dd>
          </div>
          <div>
            <dt>Space used</dt>
            <dd data-testid="usage">{status.usageBytes === null ? 'Not known' : formatMegabytes(status.usageBytes)}</dd>
          </div>
          <div>
            <dt>Space available to the app</dt>
            <dd data-testid="quota">
              {status.quotaBytes === null
                ? 'Not known'
                : `About ${formatMegabytes(Math.max(0, status.quotaBytes - (status.usageBytes ?? 0)))}`}
            </dd>
          </div>
        </dl>
      )}
      {status && status.persisted !== true && status.canAsk && (
        <>
          <button type="button" class="secondary" onClick={ask} aria-describedby="storage-ask-hint">
            Ask the browser to keep my record
          </button>
          <p class="hint" id="storage-ask-hint">
            Some browsers, such as Firefox, ask you first: choose Allow.
          </p>
        </>
      )}
      <p role="status">
        {asked === false
          ? 'The browser said no for now. Browsers often agree once the app is installed or used more often.'
          : asked === null
            ? 'This browser cannot be asked.'
            : ''}
      </p>
    </section>
  );
}

/** Settings > App lock: a lazy chunk with the lock screen, loaded only when opened. */
const AppLockScreen = lazyScreen(() => import('../lock/AppLockSettings').then((m) => m.AppLockSettings));

function AppLockSection() {
  const enabled = useLock((s) => s.enabled);
  return (
    <section aria-labelledby="app-lock-title" class="settings-section">
      <h2 id="app-lock-title">App lock</h2>
      <p>
        {enabled
          ? 'On: the app locks with your passcode, and your reflections, notes and certificates are encrypted on this device.'
          : 'Off. Lock the app with a passcode, and encrypt your reflections, notes and certificates on this device.'}
      </p>
      <a class="button secondary" href="#/settings/lock">
        {enabled ? 'App lock settings' : 'Set up app lock'}
      </a>
    </section>
  );
}

export function SettingsScreen() {
  const profile = useProfileStore((s) => s.profile);
  const route = useRoute();
  if (route.parts[1] === 'lock') return <AppLockScreen />;
  return (
    <section aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1}>
        Settings
      </h1>
      {profile && <ProfileSection profile={profile} />}
      {profile && <WorkDetailsSection profile={profile} />}
      <CalendarSection />
      <section aria-labelledby="frameworks-title" class="settings-section">
        <h2 id="frameworks-title">Frameworks and schemes</h2>
        <ul class="link-list">
          <li>
            <a href="#/frameworks">Browse the partnership frameworks</a> and what each asks of your role.
          </li>
          <li>
            <a href="#/frameworks/add">Add a framework file</a>: your partnership's framework, if the app does not include it.
          </li>
          <li>
            <a href="#/schemes">Professional schemes</a> (NMC revalidation, Social Work England CPD, Keeping Children Safe in Education):
            see what your record already counts for.
          </li>
          <li>
            <a href="#/crosswalk">Moving to another partnership?</a> See what your training counts for there, or follow a second framework.
          </li>
        </ul>
      </section>
      <AppLockSection />
      <InstallOnIosSection />
      <StorageSection />
      <BackupPanel />
      <section aria-labelledby="about-title" class="settings-section">
        <h2 id="about-title">About</h2>
        <p>
          Safeguarding Passport version {APP_VERSION} (build {BUILD_ID}). It works offline and sends nothing to any server.
        </p>
      </section>
    </section>
  );
}
