/** Messages between the app and the certificate reader worker (src/reader/worker.ts). */
import type { CertificateFields } from '../domain/certificate-text';

export type ReaderKind = 'pdf' | 'image';

export interface ReadRequest {
  type: 'read';
  id: number;
  kind: ReaderKind;
  bytes: ArrayBuffer;
}

/** loading: starting the reader; downloading: the photo reader's one-off download (or its cached
 * copy); preparing: a photo made ready for OCR; reading: text being read. */
export type ReaderStage = 'loading' | 'downloading' | 'preparing' | 'reading';

export type ReaderMessage =
  | { type: 'progress'; id: number; stage: ReaderStage; fraction: number }
  | { type: 'done'; id: number; text: string; fields: CertificateFields; ms: number }
  | { type: 'failed'; id: number; reason: 'no-text' | 'unreadable' | 'unsupported'; message: string };
