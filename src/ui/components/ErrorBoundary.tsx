import { Component, type ComponentChildren } from 'preact';
import { RecoveryActions } from './Recovery';

interface State {
  error: Error | null;
}

/**
 * Catches a rendering error anywhere below it and shows what happened instead of a blank page.
 * The record itself is in IndexedDB and untouched by a rendering error. `resetKey` (the route)
 * clears the error when the user goes to another screen.
 */
export class ErrorBoundary extends Component<{ children: ComponentChildren; resetKey?: string }, State> {
  override state: State = { error: null };

  static override getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown) {
    console.error(error);
  }

  override componentDidUpdate(prev: { resetKey?: string }) {
    if (this.state.error && prev.resetKey !== this.props.resetKey) this.setState({ error: null });
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div class="fault" role="alert">
        <h1 id="screen-title" tabIndex={-1}>
          Something went wrong on this screen
        </h1>
        <p>The app hit a problem showing this screen. Your record is stored separately and has not been changed.</p>
        <p>Go to Home, or reload the page. If it keeps happening, make a backup now, and keep it safe.</p>
        <p class="hint">Details: {error.message}</p>
        <div class="form-actions">
          <a class="button" href="#/">
            Go to Home
          </a>
          <button type="button" class="secondary" onClick={() => location.reload()}>
            Reload the page
          </button>
        </div>
        <RecoveryActions />
      </div>
    );
  }
}
