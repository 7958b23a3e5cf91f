/** The photo reader's download size, as shown before the first use, matches what is installed. */
import { statSync } from 'node:fs';
import { expect, test } from 'vitest';
import { OCR_DOWNLOAD_BYTES, ocrDownloadSize } from '../../src/reader/ocr-assets';

const size = (path: string) => statSync(`node_modules/${path}`).size;

test('the download size is the worker, the SIMD core and the English model', () => {
  const actual =
    size('tesseract.js/dist/worker.min.js') +
    size('tesseract.js-core/tesseract-core-simd-lstm.wasm.js') +
    size('@tesseract.js-data/eng/4.0.0_best_int/eng.traineddata.gz');
  expect(Math.abs(actual - OCR_DOWNLOAD_BYTES) / actual).toBeLessThan(0.05);
  expect(ocrDownloadSize()).toBe('about 7 MB');
});
