/** pdf.js's worker module has no type declarations; the reader only hands it to pdf.js. */
declare module 'pdfjs-dist/build/pdf.worker.min.mjs';
