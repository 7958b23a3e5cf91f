/** Whether this tab must reload because another tab upgraded the database (src/db/lifecycle.ts),
 * for the notice that says so. */
export { isReloadNeeded, onReloadNeeded } from '../db/lifecycle';
