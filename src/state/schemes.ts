/** Professional schemes per entry: which schemes an entry does not count towards
 * (src/db/schemes.ts). */
export { setCountsTowards, setExcludedSchemes } from '../db/schemes';
