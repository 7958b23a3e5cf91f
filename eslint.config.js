// ESLint (flat config). `npm run lint` runs it with --max-warnings 0 and `npm test` runs that.
//
// Besides typescript-eslint's recommended rules and the hooks rules (Preact's hooks follow
// React's rules), this file is where the architecture is enforced: one named rule per layer
// (`layers/ui`, `layers/db`, ...) says which of the app's folders and which packages that layer
// may not import, and `import-x/no-cycle` forbids import cycles anywhere in src. README.md
// (Architecture) has the same table.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import globals from 'globals';

/**
 * One layer's rule, named `layers/<name>` in its message (the message also says which arrow the
 * import would add). Folders of the app are checked by `import-x/no-restricted-paths` on the
 * resolved file, so `../../db/x`, `export ... from` and `import()` are all caught; packages by
 * `no-restricted-imports` (the package and its subpaths).
 */
function layer(name, message, { folders = [], packages = [] }) {
  const text = `layers/${name}: ${message}`;
  const rules = {};
  if (folders.length)
    rules['import-x/no-restricted-paths'] = [
      'error',
      { basePath: import.meta.dirname, zones: [{ target: `./src/${name}`, from: folders.map((f) => `./src/${f}`), message: text }] },
    ];
  if (packages.length)
    rules['no-restricted-imports'] = [
      'error',
      {
        paths: packages.map((p) => ({ name: p, message: text })),
        patterns: packages.map((p) => ({ group: [`${p}/*`], message: text })),
      },
    ];
  return { files: [`src/${name}/**`], rules };
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
  layer('domain', 'src/domain is pure: it imports only src/frameworks and itself (no UI, state, storage, PDF or backup).', {
    folders: ['ui', 'state', 'db', 'pdf', 'backup', 'pwa', 'reader', 'lock'],
    packages: ['dexie', 'preact', 'zustand', 'jspdf', 'jspdf-autotable', 'pdf-lib'],
  }),
  layer('frameworks', 'src/frameworks is data: it imports nothing of the app.', {
    folders: ['ui', 'state', 'db', 'pdf', 'backup', 'pwa', 'reader', 'lock', 'domain'],
    packages: ['dexie', 'preact', 'zustand'],
  }),
  layer(
    'db',
    'src/db is storage: it never imports src/backup, src/ui or src/state (the backup code and the screens drive it, not the other way).',
    {
      // src/lock (the lock's crypto, a leaf like src/domain) is allowed: sealed records are
      // opened and sealed where they are read and written.
      folders: ['backup', 'ui', 'state', 'pdf', 'pwa', 'reader'],
    },
  ),
  layer('state', 'src/state never imports src/ui (arrows run ui -> state, never back up).', {
    folders: ['ui', 'pwa'],
  }),
  layer('ui', 'src/ui reads and writes only through src/state: it never imports src/db or dexie.', {
    folders: ['db'],
    packages: ['dexie'],
  }),
  layer('pdf', 'src/pdf never imports src/ui nor storage (src/db, src/state, dexie): it is handed a model.', {
    folders: ['ui', 'db', 'state', 'backup', 'pwa', 'reader', 'lock'],
    packages: ['dexie', 'preact', 'zustand'],
  }),
  layer('backup', 'src/backup drives the database (src/db) and never imports the screens or their state (src/ui, src/state).', {
    folders: ['ui', 'state', 'pdf', 'pwa', 'reader'],
    packages: ['preact', 'zustand'],
  }),
  layer('pwa', 'src/pwa registers the service worker and talks to the screens through src/state, never src/ui or src/db.', {
    folders: ['ui', 'db', 'pdf', 'backup', 'reader', 'lock'],
    packages: ['dexie'],
  }),
  layer('reader', 'src/reader reads certificate text (a worker and its client): it imports only src/domain.', {
    folders: ['ui', 'state', 'db', 'pdf', 'backup', 'pwa', 'lock', 'frameworks'],
    packages: ['dexie', 'preact', 'zustand'],
  }),
  layer('lock', "src/lock is the app lock's crypto core: WebCrypto and pure helpers only (no UI, state, storage).", {
    folders: ['ui', 'state', 'db', 'pdf', 'backup', 'pwa', 'reader'],
    packages: ['dexie', 'preact', 'zustand'],
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
