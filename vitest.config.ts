import { defineConfig } from 'vitest/config';
import preact from '@preact/preset-vite';

export default defineConfig({
  plugins: [preact()],
  // zustand's hook imports 'react': point it at preact/compat (as the preset does in builds),
  // and inline it so the alias applies inside node_modules too.
  resolve: {
    alias: { react: 'preact/compat', 'react-dom': 'preact/compat' },
  },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 20000,
    pool: 'threads',
    server: { deps: { inline: ['zustand'] } },
  },
});
