/**
 * Tells the framework registry where the user's added frameworks come from. Tiny and in the
 * first load; the checks and the database code load only when a framework that is not bundled
 * is asked for.
 */
import { setUserFrameworkSource } from '../frameworks/registry';

setUserFrameworkSource(() => import('./frameworks').then((m) => m.userFrameworks()));
