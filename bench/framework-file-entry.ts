/** What bench/framework-file.bench.mjs loads in Node: the file reader, the generator of a large
 * framework file and the engine (one static graph, bundled as the app ships it). */
export { readFrameworkFile } from '../src/frameworks/file-read';
export { suggest } from '../src/domain/progress';
export { largeFrameworkFile } from '../test/fixtures/large-framework';
