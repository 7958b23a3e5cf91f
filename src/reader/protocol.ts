/** Messages between the app and the certificate reader worker (src/reader/worker.ts). */
import type { CertificateFields } from '../domain/certificate-text';

export type ReaderKind = 'pdf' | 'image';

export interface ReadRequest {
  type: 'read';
  id: number;
  kind: ReaderKind;
  bytes: ArrayBuffer;
}

export type ReaderStage = 'loading' | 'reading';

export type ReaderMessage =
  | { type: 'progress'; id: number; stage: ReaderStage; fraction: number }
  | { type: 'done'; id: number; text: string; fields: CertificateFields; ms: number }
  | { type: 'failed'; id: number; reason: 'no-text' | 'unreadable' | 'unsupported'; message: string };
