import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

// Unit and component tests. Two projects: the pure layers (src/domain, src/frameworks) need no
// DOM, so their tests run in Node without building a jsdom window per file (about 0.7 s each on
// this 2-core machine); everything else gets jsdom. Both cores run test files: vitest's default
// on 2 cores is one worker, which left the second core idle while the main process waits.
const shared = {
  // zustand's hook imports 'react': point it at preact/compat (as the preset does in builds),
  // and inline it so the alias applies inside node_modules too.
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
};
const pure = ['test/domain/**/*.test.{ts,tsx}', 'test/frameworks/**/*.test.{ts,tsx}'];

export default defineConfig({
  plugins: [preact()],
  ...shared,
  test: {
    maxWorkers: 2,
    projects: [
      {
        plugins: [preact()],
        ...shared,
        test: {
          name: 'pure',
          environment: 'node',
          include: pure,
          setupFiles: ['test/setup.ts'],
          testTimeout: 20000,
          pool: 'threads',
        },
      },
      {
        plugins: [preact()],
        ...shared,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**', ...pure],
          setupFiles: ['test/setup.ts'],
          testTimeout: 20000,
          pool: 'threads',
          server: { deps: { inline: ['zustand'] } },
        },
      },
    ],
  },
});
