#!/usr/bin/env node
// The cross-engine suite (test/engines) alone: the built app in Chromium, Firefox ESR and
// WebKitGTK. Builds the app if dist/ is missing, gives WebKitGTK a display (xvfb-run) when there
// is none, and ends with one plain line "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
if (!existsSync('dist/index.html') && spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' }).status !== 0) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}
const out = 'test-results/engines.json';
rmSync(out, { force: true });
const vitest = ['vitest', 'run', '--config', 'vitest.engines.config.ts', '--reporter=default', '--reporter=json', `--outputFile=${out}`];
const display = process.env.DISPLAY || !existsSync('/usr/bin/xvfb-run');
const [cmd, args] = display ? ['npx', vitest] : ['xvfb-run', ['-a', '-s', '-screen 0 1280x1024x24', 'npx', ...vitest]];
const r = spawnSync(cmd, args, { stdio: 'inherit', env: process.env });
let passed = 0;
let failed;
if (existsSync(out)) {
  const json = JSON.parse(readFileSync(out, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (json.testResults ?? []).filter((t) => t.status === 'failed' && !(t.assertionResults ?? []).length).length;
  if (r.status !== 0 && failed === 0) failed = 1;
} else failed = 1;
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
