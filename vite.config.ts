import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { OCR_CACHE } from './src/reader/ocr-assets';

/** The Content-Security-Policy in index.html's meta tag (which must match this). */
export const CSP = [
  "default-src 'self'",
  // 'wasm-unsafe-eval' lets the photo reader (tesseract.js) compile its WebAssembly; it allows no
  // eval() of text ('unsafe-eval' stays forbidden).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' blob: data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self' blob:",
].join('; ');

/**
 * The policy as an HTTP header: the meta tag's, plus `frame-ancestors 'none'` so that no other
 * site can show the app in a frame and trick a tap onto "Restore" or "Delete" (clickjacking).
 * Browsers ignore frame-ancestors in a meta tag, so it can only be sent as a header: a host that
 * serves the app must send these headers (the preview and dev servers do).
 */
export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;

export const securityHeaders = {
  'Content-Security-Policy': CSP_HEADER,
  // The same for browsers that predate frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'geolocation=(), microphone=(), interest-cohort=()',
};

/** manifest.webmanifest at the top level is the one source of the manifest: emit it as it is. */
function topLevelManifest(): Plugin {
  const path = fileURLToPath(new URL('./manifest.webmanifest', import.meta.url));
  return {
    name: 'top-level-manifest',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'manifest.webmanifest', source: readFileSync(path, 'utf8') });
    },
    // Injected after Vite's asset handling, so the link is not rewritten to a hashed copy
    // (start_url and scope are relative to the manifest's own URL).
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'manifest', href: './manifest.webmanifest' }, injectTo: 'head' }];
    },
    configureServer(server) {
      server.middlewares.use('/manifest.webmanifest', (_req, res) => {
        res.setHeader('Content-Type', 'application/manifest+json');
        res.end(readFileSync(path, 'utf8'));
      });
    },
  };
}

/**
 * The photo reader's English model (npm package @tesseract.js-data/eng), served from the app's own
 * origin. tesseract.js fetches it as `<folder>/eng.traineddata.gz`, so the file keeps its name, in a
 * folder named after its content (a new model gets a new URL). `virtual:ocr-model` gives the folder.
 */
export function ocrModel(): Plugin {
  const bytes = readFileSync(
    fileURLToPath(new URL('./node_modules/@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz', import.meta.url)),
  );
  const folder = `ocr-model-${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}`;
  let serve = false;
  return {
    name: 'ocr-model',
    configResolved(config) {
      serve = config.command === 'serve';
    },
    resolveId: (id) => (id === 'virtual:ocr-model' ? '\0virtual:ocr-model' : undefined),
    load(id) {
      if (id !== '\0virtual:ocr-model') return;
      // Built, the reader's chunks sit in assets/ beside the folder.
      return serve
        ? `export default new URL('/${folder}/', self.location.href).href;`
        : `const here = import.meta.url;\nexport default new URL('./${folder}/', here).href;`;
    },
    generateBundle(_, bundle) {
      if (Object.keys(bundle).some((f) => f.includes('ocr-model'))) return;
      this.emitFile({ type: 'asset', fileName: `assets/${folder}/eng.traineddata.gz`, source: bytes });
    },
    configureServer(server) {
      server.middlewares.use(`/${folder}/eng.traineddata.gz`, (_req, res) => {
        res.setHeader('Content-Type', 'application/gzip');
        res.end(bytes);
      });
    },
  };
}

// jsPDF imports these optional HTML-rendering helpers dynamically; the app never renders HTML into
// a PDF, so they are replaced by an empty module and never reach the build or the precache.
const jspdfOptional = fileURLToPath(new URL('./src/pdf/unused-optional.ts', import.meta.url));

const pkg = JSON.parse(readFileSync(fileURLToPath(new URL('./package.json', import.meta.url)), 'utf8')) as { version: string };

export default defineConfig({
  base: './',
  // Shown in Settings. SP_BUILD_ID lets a deployment (and the update test) mark a new build.
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    __BUILD_ID__: JSON.stringify(process.env.SP_BUILD_ID ?? 'local'),
  },
  resolve: {
    alias: {
      html2canvas: jspdfOptional,
      dompurify: jspdfOptional,
      canvg: jspdfOptional,
    },
  },
  plugins: [
    preact(),
    topLevelManifest(),
    ocrModel(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      strategies: 'generateSW',
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2,ttf,json}'],
        // The photo reader's download (about 7 MB: tesseract.js's worker, its WebAssembly core and
        // the English model) is not precached for everyone: it is cached the first time a photo is
        // read, and served from that cache afterwards (offline too).
        globIgnores: ['**/worker.min-*.js', '**/tesseract-core-*.js', '**/ocr-model-*/**'],
        runtimeCaching: [
          {
            urlPattern: ({ url }) =>
              /\/((worker\.min|tesseract-core-[a-z-]+\.wasm)-[\w-]+\.js|ocr-model-\w+\/eng\.traineddata\.gz)$/.test(url.pathname),
            handler: 'CacheFirst',
            options: { cacheName: OCR_CACHE, expiration: { maxEntries: 8 } },
          },
        ],
        maximumFileSizeToCacheInBytes: 6 * 1024 * 1024,
        navigateFallback: 'index.html',
        cleanupOutdatedCaches: true,
        clientsClaim: false,
        skipWaiting: false,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // Every browser that runs an es2022 build preloads modules natively (older ones just skip the
    // hint), so the polyfill would be dead weight in the first load.
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        // What every start-up loads anyway (Preact, the stores, Dexie, the database's core and the
        // app lock's start-up check) in one chunk: left to itself the bundler splits it into
        // several small files shared with lazy screens, which gzip worse than one (46.7 KB against
        // the 45 KB budget). Only modules already in the first load match, so nothing lazy is
        // pulled forward.
        codeSplitting: {
          groups: [
            {
              name: 'core',
              test: /node_modules[\\/](preact[\\/](dist|hooks[\\/]dist)|zustand[\\/]esm[\\/]vanilla|dexie)[\\/]|src[\\/](state[\\/](store|lock-store)|db[\\/](db|ids|errors|seal|lifecycle|lock-settings|lock-rows)|domain[\\/]limits|lock[\\/]backoff)\.ts$/,
            },
          ],
        },
      },
    },
  },
  worker: { format: 'es', plugins: () => [ocrModel()] },
  preview: { headers: securityHeaders },
  server: { headers: securityHeaders },
});
