/**
 * The way out when the app cannot show a screen (or anything at all) because of what is stored:
 * "Make a backup" and "Restore a backup". Depends on nothing that reads the profile or the
 * frameworks, and loads the backup code only when a button is pressed (not in the first load).
 */
import { Component, type ComponentChildren, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * The backup and restore buttons, loaded when a fault is shown rather than in the first load (the
 * chunk is precached, so this works offline). If even that load fails, the fault screen says so
 * and its Reload button stays.
 */
export function RecoveryActions() {
  const [Actions, setActions] = useState<ComponentType | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    import('./RecoveryActions').then(
      (m) => live && setActions(() => m.RecoveryActions),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);
  if (failed) return <p class="hint">The backup buttons could not be loaded. Reload the page to try again.</p>;
  return Actions ? <Actions /> : null;
}

/** The whole page, when nothing else can be shown. */
export function RecoveryScreen({ error }: { error: Error }) {
  return (
    <main id="main" class="main fault" role="alert">
      <h1 id="screen-title" tabIndex={-1}>
        The app cannot open your record
      </h1>
      <p>Something stored on this device stops the app from showing its screens. Nothing has been deleted.</p>
      <p>Make a backup now and keep it safe; then reload the page, or restore a backup you trust.</p>
      <RecoveryActions />
      <div class="form-actions">
        <button type="button" class="secondary" onClick={() => location.reload()}>
          Reload the page
        </button>
      </div>
      <p class="hint">Details: {error.message}</p>
    </main>
  );
}

/** At the root of the app: any error the screens' own boundary did not catch. */
export class RootBoundary extends Component<{ children: ComponentChildren }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static override getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override render() {
    return this.state.error ? <RecoveryScreen error={this.state.error} /> : this.props.children;
  }
}
