import { afterEach, expect, test, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { App } from '../../src/ui/App';
import { ErrorBoundary } from '../../src/ui/components/ErrorBoundary';
import { useProfileStore } from '../../src/state/profile';
import { db } from '../../src/db/db';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  db.close({ disableAutoOpen: false });
  useProfileStore.setState({ status: 'loading', profile: null, error: null });
});

// Opening IndexedDB throws InvalidStateError in Firefox private windows, and SecurityError where
// the browser blocks storage for the site. Dexie opens on first use (loading the profile).
test.each(['InvalidStateError', 'SecurityError'])(
  'IndexedDB cannot be opened (%s): a clear message and what to do, not a blank page',
  async (name) => {
    const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', name);
    });
    render(<App />);
    await screen.findByRole('heading', { name: 'Your record cannot be opened' });
    expect(open).toHaveBeenCalled();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('This browser is not letting the app store data');
    expect(alert.textContent).toContain('Open the app in a normal window to keep your record');
    expect(alert.textContent).toContain('Nothing stored on this device has been deleted');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  },
);

function Broken(): never {
  throw new Error('render failed');
}

test('a rendering error shows a message with a way out instead of a blank page', async () => {
  const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  render(
    <ErrorBoundary resetKey="/record">
      <Broken />
    </ErrorBoundary>,
  );
  expect(await screen.findByRole('heading', { name: 'Something went wrong on this screen' })).toBeTruthy();
  expect(screen.getByRole('alert').textContent).toContain('Your record is stored separately and has not been changed');
  expect(screen.getByRole('link', { name: 'Go to Home' }).getAttribute('href')).toBe('#/');
  expect(screen.getByRole('button', { name: 'Reload the page' })).toBeTruthy();
  expect(quiet).toHaveBeenCalled();
});
