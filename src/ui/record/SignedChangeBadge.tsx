import { changedSinceText } from '../../domain/signoff';
import type { SignedChange } from '../../domain/types';

/** "Changed since signed on 12 Jan 2027": an entry changed after the supervisor's sign-off that
 * covered it (a badge in a list row; `block`, a line of its own on the entry's page). */
export function SignedChangeBadge({ change, block = false }: { change: SignedChange | undefined; block?: boolean }) {
  if (!change) return null;
  const text = changedSinceText(change.signedOn, true);
  return block ? (
    <p class="rec-signed-change">
      <span class="rec-badge rec-badge-warn">{text}</span>
    </p>
  ) : (
    <span class="rec-badge rec-badge-warn">{text}</span>
  );
}
