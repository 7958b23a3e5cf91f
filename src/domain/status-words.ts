/**
 * Where a level or a pathway item stands, in the user's words: one set of labels for the Pathway
 * screen, Home and the portfolio PDF, so that the same state never reads "To do" in one place
 * and "Not done" in another.
 */
import type { ItemStatus, LadderStatus } from './pathway';

/** A level of the ladder (refresh states included). */
export const LEVEL_STATUS_WORDS: Record<LadderStatus, string> = {
  done: 'Done',
  planned: 'Planned',
  'to-do': 'To do',
  current: 'Up to date',
  'due-soon': 'Refresh due soon',
  overdue: 'Refresh overdue',
  never: 'To do',
  below: 'Below your level',
  above: 'Above your level',
};

/** A pathway item. */
export const ITEM_STATUS_WORDS: Record<ItemStatus, string> = {
  done: 'Done',
  planned: 'Planned',
  'to-do': 'To do',
};
