/** Messages between the Portfolio screen and the PDF worker (src/pdf/worker.ts). */
import type { PortfolioModel } from './types';
import type { RenderProgress } from './types';

export interface BuildRequest {
  type: 'build';
  /** Echoed in every reply, so replies are matched to their build. */
  id: number;
  model: PortfolioModel;
  /** Certificate files of the model's certificates; buffers are transferred, not copied. */
  certificates: Array<{ id: string; bytes: ArrayBuffer; mimeType: string }>;
}

/** Lay out a throwaway sample (src/pdf/warm.ts), so that the first real build runs warm. */
export interface WarmRequest {
  type: 'warm';
  id: number;
}

export type BuildMessage = { id: number } & (
  | { type: 'warmed' }
  | ({ type: 'progress' } & RenderProgress)
  | {
      type: 'done';
      /** Made in the worker, so the main thread never copies the bytes. */ pdf: Blob;
      pages: number;
      unreadable: Array<{ label: string; reason: string }>;
      imageBytes: number;
    }
  | { type: 'error'; message: string }
);
