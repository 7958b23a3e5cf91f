/** The folder (an absolute URL ending in "/") holding the OCR model eng.traineddata.gz on the app's own origin (vite.config.ts, ocrModel). */
declare module 'virtual:ocr-model' {
  const folder: string;
  export default folder;
}
