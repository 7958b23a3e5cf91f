// A framework file of 1,000 courses (issue 19.5): reading and checking it (JSON, schema, every
// cross-reference, cycles) at most 200 ms; suggestions for it at most 3 ms for 5,000 entries.
// Node, the code bundled and minified as the app ships it; medians after warm-up runs, with the
// machine's load average beside them (this is a shared 2-core machine).
import { loadavg } from 'node:os';
import { importBundled } from './app.mjs';
import { makeProfile, makeRecord } from './engine.bench.mjs';

const COURSES = 1000;
const READ_GOAL_MS = 200;
const SUGGEST_GOAL_MS = 3;
const TODAY = '2026-11-27';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(2)} ms`;
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');

export default async function main() {
  const m = await importBundled('bench/framework-file-entry.ts', 'framework-file');
  const text = JSON.stringify(m.largeFrameworkFile(COURSES), null, 2);
  console.log(`load average before: ${load()}`);
  let result = m.readFrameworkFile(text);
  if (!result.ok) throw new Error(`The generated file is refused: ${result.errors.join('; ')}`);
  const reads = [];
  for (let i = 0; i < 25; i++) {
    const t = performance.now();
    result = m.readFrameworkFile(text);
    reads.push(performance.now() - t);
  }
  const read = median(reads.slice(5));
  console.log(
    `  read and check a ${COURSES}-course file (${(text.length / 1024).toFixed(0)} KB, ${result.framework.rules.length} rules): median ${ms(read)} (first ${ms(reads[0])}), goal <= ${READ_GOAL_MS} ms: ${read <= READ_GOAL_MS ? 'MET' : 'NOT MET'}`,
  );

  const fw = result.framework;
  const record = makeRecord(fw);
  const profile = makeProfile(fw);
  let count = 0;
  for (let i = 0; i < 30; i++) count = m.suggest(fw, profile, record, TODAY).length;
  const runs = [];
  let cpu = 0;
  for (let i = 0; i < 200; i++) {
    const c = process.cpuUsage();
    const t = performance.now();
    m.suggest(fw, profile, record, TODAY);
    runs.push(performance.now() - t);
    const d = process.cpuUsage(c);
    cpu += (d.user + d.system) / 1000;
  }
  const s = median(runs);
  console.log(
    `  suggestions for it over ${record.trainings.length} entries: median ${ms(s)} (mean CPU ${ms(cpu / 200)}; ${count} suggestions), goal <= ${SUGGEST_GOAL_MS} ms: ${s <= SUGGEST_GOAL_MS ? 'MET' : 'NOT MET'}`,
  );
  console.log(`load average after: ${load()}`);
}
