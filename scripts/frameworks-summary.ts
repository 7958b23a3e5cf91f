/** npm run frameworks:summary: prints, as JSON, the counts of every bundled framework. */
import { loadAllFrameworks } from '../src/frameworks/registry';
import { summariseFramework } from '../src/frameworks/summary';

loadAllFrameworks().then(
  (frameworks) => {
    console.log(JSON.stringify(frameworks.map(summariseFramework), null, 2));
    process.exit(0);
  },
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
