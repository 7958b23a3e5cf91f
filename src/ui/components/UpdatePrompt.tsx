import { usePwaStore } from '../../state/pwa';

export function UpdatePrompt() {
  const apply = usePwaStore((s) => s.applyUpdate);
  if (!apply) return null;
  return (
    <div class="update-prompt" role="status">
      <span>Update available. Anything you are typing is kept.</span>
      <button type="button" onClick={apply}>Update now</button>
    </div>
  );
}
