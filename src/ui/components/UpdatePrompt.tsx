import { useState } from 'preact/hooks';
import { usePwaStore } from '../../state/pwa';

/** Shown when a new version is waiting. What the user is typing is kept as a draft. */
export function UpdatePrompt() {
  const apply = usePwaStore((s) => s.applyUpdate);
  const [updating, setUpdating] = useState(false);
  if (!apply) return null;
  return (
    <div class="update-prompt" role="status">
      <span>{updating ? 'Updating…' : 'Update available. Anything you are typing is kept.'}</span>
      <button
        type="button"
        disabled={updating}
        onClick={() => {
          setUpdating(true);
          apply();
        }}
      >
        Update now
      </button>
    </div>
  );
}
