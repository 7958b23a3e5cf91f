/**
 * Logging training from a certificate: the file is stored (unlinked) once it has been read, the
 * fields read from it wait here for the training form, and saving the entry links the file to it.
 * Reading itself is in src/reader (a lazy worker).
 */
import { create } from './store';
import type { CertificateFields } from '../domain/certificate-text';
import type { Certificate } from '../domain/types';
import { addCertificates, getCertificate, linkCertificate, type CertificateFile } from '../db/certificates';

export interface CertificateReading {
  certificateId: string;
  /** What was read; null when nothing could be read (the form opens empty, the file attached). */
  fields: CertificateFields | null;
  /** Why nothing was read, in the user's words. */
  problem: string | null;
}

interface ReadingState {
  reading: CertificateReading | null;
  setReading: (r: CertificateReading | null) => void;
}

export const useCertificateReading = create<ReadingState>((set) => ({
  reading: null,
  setReading: (reading) => set({ reading }),
}));

/** Stores a picked file on its own (it is linked when the entry is saved). */
export async function storeCertificateFile(file: CertificateFile): Promise<Certificate> {
  const [cert] = await addCertificates(null, [file]);
  return cert!;
}

export function loadCertificate(id: string): Promise<Certificate | undefined> {
  return getCertificate(id);
}

/** Links the certificate the entry was read from to the saved entry. */
export function attachCertificate(certificateId: string, trainingId: string): Promise<void> {
  return linkCertificate(certificateId, trainingId);
}
