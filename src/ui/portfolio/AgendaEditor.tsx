import { useEffect, useRef, useState } from 'preact/hooks';
import { AGENDA_POINT_LIMIT, mergeAgenda } from '../../pdf/agenda';
import type { AgendaItem } from '../../pdf/model';
import { useDraft } from '../hooks/useDraft';

/** The agenda as stored (a form draft: it survives a reload, a crash and an app update). */
type AgendaDraft = {
  /** false until the user changes anything: the suggested points are shown as they are. */
  edited: boolean;
  /** The points as the user kept them, in their order. */
  items: AgendaItem[];
  /** Suggested points the user has seen (kept, edited or removed): not offered again. */
  seen: string[];
};

const EMPTY: AgendaDraft = { edited: false, items: [], seen: [] };
export const AGENDA_DRAFT_KEY = 'portfolio:agenda';

/** The supervision agenda: the suggested points until the user edits them, then theirs (with
 * points suggested since appended). */
export function useAgenda(suggested: AgendaItem[]) {
  const draft = useDraft<AgendaDraft>(AGENDA_DRAFT_KEY, EMPTY);
  const { edited, items, seen } = draft.values;
  const agenda = edited ? mergeAgenda(items, seen, suggested) : suggested;
  const set = (next: AgendaItem[]) =>
    draft.update({ edited: true, items: next, seen: [...new Set([...seen, ...suggested.map((s) => s.id)])] });
  const startAgain = () => draft.update({ ...EMPTY });
  return { agenda, ready: draft.ready, edited, unsaved: draft.unsaved, set, startAgain };
}

let counter = 0;
function ownId(): string {
  return `own:${Date.now().toString(36)}-${(counter++).toString(36)}`;
}

/** "Points to discuss", the user's to edit: add, edit, remove, move up and down (buttons, so that
 * keyboard and screen reader users can reorder). Focus stays with the point moved. */
export function AgendaEditor({ agenda: a }: { agenda: ReturnType<typeof useAgenda> }) {
  const { agenda, set, edited, startAgain, unsaved } = a;
  const [newPoint, setNewPoint] = useState('');
  const [message, setMessage] = useState('');
  const focusNext = useRef<{ id: string; action: string } | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const addInput = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    const f = focusNext.current;
    if (!f) return;
    focusNext.current = null;
    const item = [...(list.current?.children ?? [])].find((li) => (li as HTMLElement).dataset.point === f.id);
    const button = item?.querySelector<HTMLButtonElement>(`[data-action="${f.action}"]`);
    (button && !button.disabled ? button : item?.querySelector('textarea'))?.focus();
  });

  const move = (i: number, by: -1 | 1) => {
    const j = i + by;
    if (j < 0 || j >= agenda.length) return;
    const next = [...agenda];
    [next[i], next[j]] = [next[j], next[i]];
    focusNext.current = { id: next[j].id, action: by < 0 ? 'up' : 'down' };
    set(next);
    setMessage(`Point moved to ${j + 1} of ${next.length}.`);
  };
  const remove = (i: number) => {
    const next = agenda.filter((_, k) => k !== i);
    const after = next[Math.min(i, next.length - 1)];
    if (after) focusNext.current = { id: after.id, action: 'remove' };
    else addInput.current?.focus();
    set(next);
    setMessage(`Point ${i + 1} removed.`);
  };
  const add = (e: Event) => {
    e.preventDefault();
    const text = newPoint.trim();
    if (!text) {
      setMessage('Type the point first.');
      addInput.current?.focus();
      return;
    }
    set([...agenda, { id: ownId(), text: text.slice(0, AGENDA_POINT_LIMIT) }]);
    setNewPoint('');
    setMessage(`Point added: ${agenda.length + 1} of ${agenda.length + 1}.`);
    addInput.current?.focus();
  };

  return (
    <fieldset class="fieldset agenda">
      <legend>Points to discuss</legend>
      <p class="hint" id="agenda-hint">
        Your agenda for supervision, suggested from your reflections’ next steps, impact notes due, overdue training and pathway steps past
        their time. Change it as you like: it is kept on this device until you change it again.
      </p>
      {agenda.length ? (
        <ol class="agenda-list" ref={list}>
          {agenda.map((p, i) => (
            <li key={p.id} data-point={p.id}>
              <label for={`point-${i}`} class="visually-hidden">
                Point {i + 1} of {agenda.length}
              </label>
              <textarea
                id={`point-${i}`}
                rows={2}
                maxLength={AGENDA_POINT_LIMIT}
                value={p.text}
                onInput={(e) => set(agenda.map((q, k) => (k === i ? { ...q, text: e.currentTarget.value } : q)))}
              />
              <div class="agenda-actions">
                <button
                  type="button"
                  class="secondary"
                  data-action="up"
                  disabled={i === 0}
                  aria-label={`Move up: point ${i + 1}`}
                  onClick={() => move(i, -1)}
                >
                  Move up
                </button>
                <button
                  type="button"
                  class="secondary"
                  data-action="down"
                  disabled={i === agenda.length - 1}
                  aria-label={`Move down: point ${i + 1}`}
                  onClick={() => move(i, 1)}
                >
                  Move down
                </button>
                <button
                  type="button"
                  class="secondary"
                  data-action="remove"
                  aria-label={`Remove: point ${i + 1}`}
                  onClick={() => remove(i)}
                >
                  Remove
                </button>
              </div>
            </li>
          ))}
        </ol>
      ) : (
        <p class="hint">No points yet.</p>
      )}
      <form class="agenda-add" onSubmit={add}>
        <label for="agenda-new">Add a point</label>
        <textarea
          id="agenda-new"
          ref={addInput}
          rows={2}
          maxLength={AGENDA_POINT_LIMIT}
          value={newPoint}
          onInput={(e) => setNewPoint(e.currentTarget.value)}
        />
        <button type="submit" class="secondary">
          Add point
        </button>
      </form>
      {edited && (
        <button type="button" class="secondary" onClick={() => (startAgain(), setMessage('The suggested points are back.'))}>
          Start again from the suggested points
        </button>
      )}
      <p role="status" class="visually-hidden">
        {message}
      </p>
      {unsaved && (
        <p role="alert" class="field-error">
          Not saved on this device yet: it is full. Your points stay on screen.
        </p>
      )}
    </fieldset>
  );
}
