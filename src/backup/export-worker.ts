/**
 * Makes a backup off the main thread (./export-build.ts: reading the records, hashing the
 * certificates, serialising backup.json and zipping). The certificates it asks of the page, which
 * reads each and transfers its bytes here; only progress and the finished file (a Blob) go back. Started for each export by ./export.ts and ended after it.
 */
import type { Certificate } from '../domain/types';
import { errorFromReply } from './errors';
import { serveExport, type ExportReply, type ExportRequest } from './export-build';

declare const self: DedicatedWorkerGlobalScope;

/** Reads asked of the page, by number. */
const reads = new Map<number, { resolve: (c: Certificate[]) => void; reject: (e: Error) => void }>();
let nextRead = 1;

self.onmessage = (e: MessageEvent<ExportRequest>) => {
  const m = e.data;
  if (m.type === 'export') {
    const post = (reply: ExportReply) => self.postMessage(reply);
    // The certificates are read by the page, which hands their bytes over without copying them:
    // Chromium keeps every IndexedDB read's value until a garbage collection, which a worker
    // seldom has, so reading here held about twice the backup's size (bench: npm run bench --
    // import); the page collects as it idles, and its reads take well under a millisecond each.
    const readSome = (ids: string[]) =>
      new Promise<Certificate[]>((resolve, reject) => {
        const read = nextRead++;
        reads.set(read, { resolve, reject });
        post({ id: m.id, type: 'read', read, ids });
      });
    void serveExport(m, post, readSome);
    return;
  }
  const pending = reads.get(m.read);
  reads.delete(m.read);
  if (m.type === 'certificates') pending?.resolve(m.certificates);
  else pending?.reject(errorFromReply(m));
};
