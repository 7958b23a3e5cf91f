import { useEffect } from 'preact/hooks';
import { useRoute } from './router';
import { useProfileStore } from '../state/profile';
import { HomeScreen } from './screens/Home';
import { RecordScreen } from './screens/Record';
import { PathwayScreen } from './screens/Pathway';
import { PortfolioScreen } from './screens/Portfolio';
import { SettingsScreen } from './screens/Settings';
import { FrameworksScreen } from './screens/Frameworks';
import { SetupScreen } from './screens/Setup';
import { NavBar } from './components/NavBar';
import { UpdatePrompt } from './components/UpdatePrompt';

/** Top-level screens by the first part of the hash path. */
const SCREENS: Record<string, () => preact.JSX.Element> = {
  '': HomeScreen,
  record: RecordScreen,
  pathway: PathwayScreen,
  portfolio: PortfolioScreen,
  settings: SettingsScreen,
  frameworks: FrameworksScreen,
};

export function App() {
  const { status, profile, error, load } = useProfileStore();
  const route = useRoute();
  useEffect(() => {
    void load();
  }, [load]);

  if (status === 'loading') return <p class="loading" role="status">Loading your record…</p>;
  if (status === 'error')
    return (
      <main class="fatal" role="alert">
        <h1>Your record cannot be opened</h1>
        <p>{error}</p>
      </main>
    );
  if (!profile) return <SetupScreen />;
  const Screen = SCREENS[route.parts[0] ?? ''] ?? HomeScreen;
  return (
    <div class="shell">
      <UpdatePrompt />
      <main id="main" class="main">
        <Screen />
      </main>
      <NavBar active={route.parts[0] ?? ''} />
    </div>
  );
}
