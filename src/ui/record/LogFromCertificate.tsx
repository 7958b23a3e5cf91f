/**
 * "Log from a certificate": pick a file or take a photo (or start from a stored certificate),
 * read it on the device in a worker (src/reader, loaded on first use), then open the training
 * form pre-filled, with the certificate attached. Progress is shown and reading can be cancelled.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CERTIFICATE_ACCEPT } from '../../domain/files';
import type { Certificate } from '../../domain/types';
import { loadCertificate, storeCertificateFile, useCertificateReading } from '../../state/certificate-reading';
import { navigate } from '../router';
import { prepareCertificateFile } from './certificate-files';
import { OCR_CACHE, ocrDownloadSize } from '../../reader/ocr-assets';

type Phase = { kind: 'choose' } | { kind: 'reading'; label: string; fraction: number } | { kind: 'problem'; message: string };

const STAGE_LABELS = {
  loading: 'Getting the reader ready…',
  downloading: 'Getting the photo reader (once)…',
  preparing: 'Preparing the photo…',
  reading: 'Reading the certificate…',
} as const;

/** Whether the photo reader's one-off download is already kept on this device (service worker cache). */
async function photoReaderCached(): Promise<boolean> {
  if (typeof caches === 'undefined' || !(await caches.has(OCR_CACHE))) return false;
  return (await (await caches.open(OCR_CACHE)).keys()).length >= 3;
}

export function LogFromCertificate({ certificateId }: { certificateId: string | null }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'choose' });
  const abort = useRef<AbortController | null>(null);
  const setReading = useCertificateReading((s) => s.setReading);
  const [ocrCached, setOcrCached] = useState<boolean | null>(null);

  useEffect(() => () => abort.current?.abort(), []);
  useEffect(() => {
    let live = true;
    photoReaderCached()
      .then((c) => live && setOcrCached(c))
      .catch(() => live && setOcrCached(false));
    return () => {
      live = false;
    };
  }, [phase.kind]);

  /** Reads the file, then opens the form. The file is stored only once the user goes on to the
   * form (cancelling leaves nothing behind). */
  const read = async (bytes: ArrayBuffer, mimeType: Certificate['mimeType'], store: () => Promise<string>) => {
    const controller = new AbortController();
    abort.current = controller;
    setPhase({ kind: 'reading', label: STAGE_LABELS.loading, fraction: 0 });
    let fields = null;
    let problem: string | null = null;
    try {
      const { readCertificate } = await import('../../reader/client');
      const result = await readCertificate(
        bytes,
        mimeType === 'application/pdf' ? 'pdf' : 'image',
        (p) => setPhase({ kind: 'reading', label: STAGE_LABELS[p.stage], fraction: p.fraction }),
        controller.signal,
      );
      fields = result.fields;
    } catch (e) {
      const reason = (e as { reason?: string }).reason;
      if (reason === 'cancelled') {
        setPhase({ kind: 'choose' });
        return;
      }
      problem =
        reason === 'no-text'
          ? 'No text could be read from this scanned PDF, so nothing was filled in.'
          : mimeType === 'application/pdf'
            ? 'The certificate could not be read, so nothing was filled in.'
            : 'No text could be read from the photo, so nothing was filled in.';
    }
    if (controller.signal.aborted) return;
    try {
      const id = await store();
      setReading({ certificateId: id, fields, problem });
      navigate(`/record/training/new?certificate=${encodeURIComponent(id)}`);
    } catch (e) {
      setPhase({ kind: 'problem', message: (e as Error).message });
    }
  };

  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setPhase({ kind: 'reading', label: 'Checking the file…', fraction: 0 });
    // The same checks as every certificate upload (type from the bytes, size, photos made smaller).
    const prepared = await prepareCertificateFile(file);
    if (!prepared.ok) {
      setPhase({ kind: 'problem', message: prepared.message });
      return;
    }
    await read(prepared.file.bytes, prepared.file.mimeType, async () => (await storeCertificateFile(prepared.file)).id);
  };

  // Started from a stored certificate (the Certificates tab): read it straight away.
  useEffect(() => {
    if (!certificateId) return;
    let live = true;
    loadCertificate(certificateId)
      .then((c) => {
        if (!live) return;
        if (!c) setPhase({ kind: 'problem', message: 'This certificate is no longer in your record.' });
        else void read(c.bytes, c.mimeType, async () => c.id);
      })
      .catch((e) => live && setPhase({ kind: 'problem', message: (e as Error).message }));
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [certificateId]);

  const reading = phase.kind === 'reading';
  return (
    <div class="rec-from-cert-start">
      <p>
        Choose the certificate (a PDF or a photo) and the app fills in the entry for you to check. It is read on this device: nothing is
        sent anywhere.
      </p>
      {!certificateId && (
        <div class="rec-attach-buttons">
          <input
            id="read-cert-file"
            class="rec-file-input"
            type="file"
            accept={CERTIFICATE_ACCEPT}
            disabled={reading}
            aria-describedby="read-cert-rules"
            onChange={(e) => void onFile(e.currentTarget)}
          />
          <label class="button" for="read-cert-file">
            Choose a certificate file
          </label>
          <input
            id="read-cert-camera"
            class="rec-file-input"
            type="file"
            accept="image/*,application/pdf"
            capture="environment"
            disabled={reading}
            aria-describedby="read-cert-rules"
            onChange={(e) => void onFile(e.currentTarget)}
          />
          <label class="button secondary" for="read-cert-camera">
            Take a photo
          </label>
        </div>
      )}
      <p id="read-cert-rules" class="hint">
        PDF, JPEG, PNG or WebP, up to 20 MB. Certificate PDFs with text are read straight away, also offline.
      </p>
      {ocrCached === false && (
        <p class="hint" data-testid="ocr-download">
          Reading a photo or a scanned PDF needs a one-off download of {ocrDownloadSize()} the first time. It is kept on this device, so
          photos are read offline after that.
        </p>
      )}
      <div class="rec-status" role="status" aria-live="polite">
        {reading && (
          <>
            <label for="read-cert-progress">{phase.label}</label>
            <progress id="read-cert-progress" max={1} value={phase.fraction} />
          </>
        )}
      </div>
      {reading && (
        <button type="button" class="secondary" onClick={() => abort.current?.abort()}>
          Cancel reading
        </button>
      )}
      {phase.kind === 'problem' && (
        <p class="error" role="alert">
          {phase.message}
        </p>
      )}
    </div>
  );
}
