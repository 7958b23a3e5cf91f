import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, freePort } from './harness';

let server: ChildProcess | undefined;

export async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${CHROMIUM_PATH}, which is missing. Install it with: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  if (!existsSync('dist/index.html')) throw new Error('Browser tests need the built app: run `npm run build` first.');
  // A free port unless one is given, handed to the test workers (started after this) through
  // the environment: a fixed port would meet another run's server.
  const port = process.env.E2E_PORT ? Number(process.env.E2E_PORT) : await freePort();
  process.env.E2E_PORT = String(port);
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const started = server;
  const deadline = Date.now() + 30000;
  while (Date.now() < deadline) {
    if (started.exitCode !== null) throw new Error(`The preview server exited (is port ${port} in use?).`);
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('The preview server did not start within 30 s.');
}

export async function teardown(): Promise<void> {
  // The preview server runs in its own process group: end the whole group.
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
}
