/** The app's version and build id, set at build time by vite.config.ts (`define`). A new build id
 * changes the app's code, so the service worker sees a new version. Tests run without the
 * defines, hence the `typeof` checks. */
declare const __APP_VERSION__: string;
declare const __BUILD_ID__: string;

export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'dev';
export const BUILD_ID: string = typeof __BUILD_ID__ === 'string' ? __BUILD_ID__ : 'dev';
