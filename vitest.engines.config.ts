import { defineConfig } from 'vitest/config';

// The cross-engine suite (test/engines): the built app in Chromium, Firefox ESR and WebKitGTK,
// served by the same global setup as the Chromium browser tests. Run through
// scripts/test-engines.mjs, which provides a display (xvfb-run) for WebKitGTK.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/engines/**/*.engine.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 240_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
});
