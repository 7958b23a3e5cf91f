import '../state/user-frameworks-source';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from './router';
import { useProfileStore } from '../state/profile';
import { HomeScreen } from './screens/Home';
import { NavBar } from './components/NavBar';
import { UpdatePrompt } from './components/UpdatePrompt';
import { ReloadNotice } from './components/ReloadNotice';
import { ErrorBoundary } from './components/ErrorBoundary';
import { lazyScreen } from './lazyScreen';
import { focusScreenHeading } from './focus';
import { loadLock } from '../state/lock';
import { LockGate, useAutoLock, useLockScreenShown } from './lockGate';
import { LockProgress } from './lockParts';

/**
 * Top-level screens by the first part of the hash path. Home is in the first load; the others
 * load on first visit (precached, so offline too). Add a screen as
 * `name: lazyScreen(() => import('./screens/Name').then((m) => m.NameScreen)),`.
 */
const SCREENS: Record<string, preact.ComponentType> = {
  '': HomeScreen,
  record: lazyScreen(() => import('./screens/Record').then((m) => m.RecordScreen)),
  pathway: lazyScreen(() => import('./screens/Pathway').then((m) => m.PathwayScreen)),
  hours: lazyScreen(() => import('./screens/Hours').then((m) => m.HoursScreen)),
  portfolio: lazyScreen(() => import('./screens/Portfolio').then((m) => m.PortfolioScreen)),
  settings: lazyScreen(() => import('./screens/Settings').then((m) => m.SettingsScreen)),
  frameworks: lazyScreen(() => import('./screens/Frameworks').then((m) => m.FrameworksScreen)),
  schemes: lazyScreen(() => import('./screens/Schemes').then((m) => m.SchemesScreen)),
  crosswalk: lazyScreen(() => import('./screens/Crosswalk').then((m) => m.CrosswalkScreen)),
  courses: lazyScreen(() => import('./screens/Courses').then((m) => m.CoursesScreen)),
  signoff: lazyScreen(() => import('./screens/SignOff').then((m) => m.SignOffScreen)),
};

/** First run only, so not in the first load of every later visit. */
const SetupScreen = lazyScreen(() => import('./screens/Setup').then((m) => m.SetupScreen));

/** Moves focus to the screen's heading after a route change, so screen readers announce it. */
function useFocusHeadingOnRouteChange(path: string) {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    focusScreenHeading();
    window.scrollTo(0, 0);
  }, [path]);
}

function SkipLink() {
  // Not a plain #main link: the hash is the router's.
  return (
    <a
      class="skip-link"
      href="#main"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('main')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}

/** IndexedDB could not be opened: say what happened and what to do, never a blank page. */
function StorageFault({ message }: { message: string | null }) {
  return (
    <main id="main" class="main fault" role="alert">
      <h1 id="screen-title" tabIndex={-1}>
        Your record cannot be opened
      </h1>
      <p>{message}</p>
      <p>Nothing stored on this device has been deleted.</p>
      <div class="form-actions">
        <button type="button" onClick={() => location.reload()}>
          Try again
        </button>
      </div>
    </main>
  );
}

/** Whether the app lock is on is known before anything of the record is rendered. */
function useLockLoaded(): 'loading' | 'ready' | string {
  const [state, setState] = useState<'loading' | 'ready' | string>('loading');
  useEffect(() => {
    loadLock().then(
      () => setState('ready'),
      (e: unknown) => setState(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return state;
}

export function App() {
  const { status, profile, error, load } = useProfileStore();
  const route = useRoute();
  const lockLoaded = useLockLoaded();
  const lockShown = useLockScreenShown();
  useEffect(() => {
    void load();
  }, [load]);
  useFocusHeadingOnRouteChange(route.path);
  useAutoLock();

  // Nothing of the record is in the page until the lock is known to be open.
  if (status === 'error') return <StorageFault message={error} />;
  if (lockLoaded !== 'loading' && lockLoaded !== 'ready') return <StorageFault message={lockLoaded} />;
  if (lockLoaded === 'loading' || (status === 'loading' && !lockShown))
    return (
      <p class="loading" role="status">
        Loading your record…
      </p>
    );
  if (lockShown) return <LockGate />;
  if (!profile)
    return (
      <ErrorBoundary>
        <UpdatePrompt />
        <ReloadNotice />
        <SetupScreen />
      </ErrorBoundary>
    );
  const name = route.parts[0] ?? '';
  const Screen = Object.hasOwn(SCREENS, name) ? SCREENS[name] : HomeScreen;
  return (
    <div class="shell">
      <SkipLink />
      <UpdatePrompt />
      <ReloadNotice />
      <LockProgress />
      <main id="main" class="main" tabIndex={-1}>
        <ErrorBoundary resetKey={route.path}>
          <Screen />
        </ErrorBoundary>
      </main>
      <NavBar active={route.parts[0] ?? ''} />
    </div>
  );
}
