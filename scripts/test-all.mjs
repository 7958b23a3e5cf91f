#!/usr/bin/env node
// The one test command (npm test): type check, lint, format check, framework sources check, unit and component
// tests, production build, then browser tests of the built app in Debian Chromium, then the
// cross-engine user flows in Chromium, Firefox ESR and WebKitGTK (under xvfb-run when there is no
// display). Ends with one plain line "N passed, N failed" that sums every stage.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

function run(label, cmd, args) {
  console.log(`\n=== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
  return r.status === 0;
}

function step(label, cmd, args) {
  const ok = run(label, cmd, args);
  if (ok) passed++;
  else failed++;
  return ok;
}

function vitestSuite(label, args, out, wrap = []) {
  rmSync(out, { force: true });
  const vitest = ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile=${out}`];
  const ok = wrap.length ? run(label, wrap[0], [...wrap.slice(1), 'npx', ...vitest]) : run(label, 'npx', vitest);
  if (!existsSync(out)) {
    console.log(`${label}: no results were written (the runner failed to start)`);
    failed++;
    return;
  }
  const json = JSON.parse(readFileSync(out, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  // A suite file that fails to load has no tests but still fails the run.
  const broken = (json.testResults ?? []).filter((t) => t.status === 'failed' && (t.assertionResults ?? []).length === 0);
  failed += broken.length;
  if (!ok && json.numFailedTests === 0 && broken.length === 0) failed++;
}

// One project per runtime (app, worker, node tooling, tests), all referenced from tsconfig.json.
step('typecheck', 'npm', ['run', '--silent', 'typecheck']);
step('lint (eslint: rules, layers, import cycles)', 'npm', ['run', '--silent', 'lint']);
step('format (prettier)', 'npx', ['prettier', '--check', '--log-level', 'warn', '.']);
step('framework sources', 'npm', ['run', '--silent', 'frameworks:check-sources']);
vitestSuite('unit and component tests', [], 'test-results/unit.json');
if (step('build', 'npx', ['vite', 'build'])) {
  vitestSuite('browser tests (Chromium)', ['--config', 'vitest.e2e.config.ts'], 'test-results/e2e.json');
  // WebKitGTK needs a display: a virtual one from xvfb-run when there is none (as in CI).
  const xvfb = !process.env.DISPLAY && existsSync('/usr/bin/xvfb-run') ? ['xvfb-run', '-a', '-s', '-screen 0 1280x1024x24'] : [];
  vitestSuite(
    'user flows in three engines (Chromium, Firefox ESR, WebKitGTK)',
    ['--config', 'vitest.engines.config.ts'],
    'test-results/engines.json',
    xvfb,
  );
} else {
  console.log('browser tests not run: the build failed');
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
