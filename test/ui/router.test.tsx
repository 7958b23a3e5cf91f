import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { useRoute } from '../../src/ui/router';

function Where() {
  return <p>{useRoute().path}</p>;
}

let host: HTMLElement | null = null;
afterEach(() => {
  if (host) render(null, host);
  host?.remove();
  history.replaceState(null, '', '#/');
});

// The start-up race behind the flaky browser tests: the app renders, then (before any effect
// after paint) the hash changes, e.g. a tap on the navigation while a slow phone starts the app.
// Rendered with Preact's own render (no act), so effects run as they do in the browser.
test('a hash change right after the first render is not lost', async () => {
  history.replaceState(null, '', '#/settings');
  host = document.createElement('div');
  document.body.append(host);
  render(<Where />, host);
  expect(host.textContent).toBe('/settings');
  history.replaceState(null, '', '#/record');
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  await expect.poll(() => host?.textContent).toBe('/record');
});
