/**
 * Moving focus to the screen heading (#screen-title) after a route change, so screen readers
 * announce the new screen. A lazily loaded screen has no heading until its code arrives, so the
 * request stays pending until a heading exists.
 */
let pending = false;

export function focusScreenHeading(): void {
  pending = true;
  focusPendingHeading();
}

/** Called again once a lazily loaded screen has rendered. */
export function focusPendingHeading(): void {
  if (!pending) return;
  const heading = document.getElementById('screen-title');
  if (!heading) return;
  pending = false;
  heading.focus();
}
