import { defineConfig } from 'vitest/config';

// Browser tests: the built app (dist/) served by `vite preview`, driven in Debian's Chromium
// through playwright-core. One file at a time: the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['test/e2e/**/*.e2e.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    // Upper bounds, not waits: on a busy 2-core machine a heavy test (a camera-sized photo, axe on
    // a large framework page) can take minutes; nothing waits this long unless it is stuck.
    testTimeout: 240000,
    hookTimeout: 60000,
    fileParallelism: false,
  },
});
