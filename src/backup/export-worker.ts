/**
 * Makes a backup off the main thread (./export-build.ts: reading the database, hashing the
 * certificates, serialising backup.json and zipping). Only progress and the finished file (a
 * Blob) go to the page. Started for each export by ./export.ts and ended after it.
 */
import { serveExport, type ExportReply, type ExportRequest } from './export-build';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (e: MessageEvent<ExportRequest>) => {
  void serveExport(e.data, (reply: ExportReply) => self.postMessage(reply));
};
