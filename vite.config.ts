import { defineConfig, type Plugin } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The Content-Security-Policy in index.html's meta tag (which must match this). */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
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
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: false,
      strategies: 'generateSW',
      workbox: {
        globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2,ttf,json}'],
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
  },
  worker: { format: 'es' },
  preview: { headers: securityHeaders },
  server: { headers: securityHeaders },
});
