/**
 * Says, as the user types, that a field holds more than its limit (src/domain/limits.ts), in
 * plain words: how many characters it has, the most it can hold and how many to remove. Fields
 * have no maxlength, so nothing typed or pasted is ever cut off; saving is refused (by the state's
 * check) until the text is short enough. A polite live region, there from the start, so that a
 * screen reader hears the message when it appears.
 */
import { tooLongMessage } from '../../domain/limits';

export function TooLong({ id, label, value, max }: { id: string; label: string; value: string; max: number }) {
  const message = tooLongMessage(label, value, max);
  return (
    <span id={`${id}-length`} class={message ? 'error rec-field-error' : undefined} aria-live="polite">
      {message}
    </span>
  );
}
