/** npm run suggestions:table: every framework x group/role/pathway, with an empty and a typical
 * record: the number of suggestions and the first three titles; ends "largest: N suggestions". */
import { loadAllFrameworks } from '../src/frameworks/registry';
import { formatTable, suggestionTable } from './suggestion-table';

loadAllFrameworks().then(
  (frameworks) => {
    console.log(formatTable(suggestionTable(frameworks, process.argv[2] ?? '2026-11-30')));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
