// ESLint (flat config). `npm run lint` runs it with --max-warnings 0 and `npm test` runs that.
//
// Besides typescript-eslint's recommended rules and the hooks rules (Preact's hooks follow
// React's rules), this file is where the architecture is enforced: one `no-restricted-imports`
// block per layer says what that layer may not import, and `import-x/no-cycle` forbids import
// cycles anywhere in src. README.md (Architecture) lists the same layers.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/** An import of one of the app's own folders, by name: `../db/trainings`, `../../ui/App`. */
const app = (...folders) => folders.map((f) => `(^|/)(src/)?${f}(/|$)`);

/** One layer's rule: the message says which arrow the import would add. */
function layer(files, message, { folders = [], packages = [], paths = [] }) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: packages.map((name) => ({ name, message })),
          patterns: [
            ...(folders.length ? [{ regex: app(...folders).join('|'), message }] : []),
            ...paths.map((p) => ({ regex: `(^|/)(src/)?${p}$`, message })),
            ...packages.map((p) => ({ group: [`${p}/*`], message })),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['dist', 'dev-dist', 'node_modules', 'test-results', 'coverage', 'public', 'src/pdf/fonts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // no-cycle parses each imported file: it needs the TypeScript parser for .ts/.tsx.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      // Preact's hooks (preact/hooks) obey the same rules as React's.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Cycles make load order matter and layers meaningless; src only (tests may import anything).
    files: ['src/**/*.{ts,tsx}'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },

  // ---- Layers (README.md, Architecture). Data flows ui -> state -> db/domain -> frameworks. ----
  layer(['src/domain/**'], 'src/domain is pure: it imports only src/frameworks and itself (no UI, state, storage, PDF or backup).', {
    folders: ['ui', 'state', 'db', 'pdf', 'backup', 'pwa'],
    packages: ['dexie', 'preact', 'zustand', 'jspdf', 'jspdf-autotable', 'pdf-lib'],
  }),
  layer(['src/frameworks/**'], 'src/frameworks is data: it imports nothing of the app.', {
    folders: ['ui', 'state', 'db', 'pdf', 'backup', 'pwa', 'domain'],
    packages: ['dexie', 'preact', 'zustand'],
  }),
  layer(['src/pdf/**'], 'src/pdf never imports src/ui (nor the database): it is handed a model.', {
    folders: ['ui', 'db'],
    packages: ['dexie', 'preact'],
  }),
  layer(['src/ui/**'], 'src/ui never touches the database (dexie, src/db/db): read and write through src/state.', {
    packages: ['dexie'],
    paths: ['db/db'],
  }),
  layer(['src/lock/**'], "src/lock is the app lock's crypto core: WebCrypto and pure helpers only (no UI, state, storage).", {
    folders: ['ui', 'state', 'db', 'pdf', 'backup', 'pwa'],
    packages: ['dexie', 'preact', 'zustand'],
  }),
  layer(['src/db/**'], 'src/db never imports src/backup or src/ui: the backup code drives the database functions, not the other way.', {
    folders: ['backup', 'ui'],
  }),
  layer(['src/state/**'], 'src/state never imports src/ui: arrows run ui -> state, never back up.', {
    folders: ['ui'],
  }),
  {
    // Stores are made with src/state/store.ts, which binds zustand to Preact's hooks: zustand's
    // React binding would pull preact/compat into the first load (the 45 KB budget).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/state/store.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'ImportDeclaration[source.value=/^(zustand|react|preact\\u002Fcompat)(\\u002F|$)/]',
          message:
            'Make stores with src/state/store.ts (zustand bound to preact/hooks); zustand/react would add preact/compat to the first load.',
        },
      ],
    },
  },
);
