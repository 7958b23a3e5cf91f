/** Certificate files for the screens: add, replace, link, remove and restore, and the overview
 * of unlinked ones (src/db/certificates.ts). The UI imports these from here, never from src/db.
 * Logging an entry from a certificate's text is in ./certificate-reading.ts. */
export {
  addCertificates,
  certificateOverview,
  certificatesOf,
  linkCertificate,
  removeCertificate,
  replaceCertificate,
  restoreCertificates,
  type CertificateFile,
} from '../db/certificates';
