/** What bench/engine.bench.mjs loads in Node (one static graph: the module runner closes after
 * importing, so no dynamic imports). */
export { suggest } from '../src/domain/progress';
import { coventry } from '../src/frameworks/coventry';
import { london } from '../src/frameworks/london';
import { sandwell } from '../src/frameworks/sandwell';
import { solihull } from '../src/frameworks/solihull';
import { worcestershire } from '../src/frameworks/worcestershire';

export const frameworks = [solihull, sandwell, coventry, london, worcestershire];
