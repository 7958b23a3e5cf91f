// Stand-in for jsPDF's optional html2canvas / DOMPurify / canvg: this app draws user text only as
// text and never renders HTML or SVG into a PDF, so these must never load.
export default function unused(): never {
  throw new Error('HTML and SVG rendering into PDFs is not used by Safeguarding Passport.');
}
