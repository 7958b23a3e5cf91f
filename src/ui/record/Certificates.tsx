import { useEffect, useState } from 'preact/hooks';
import type { Certificate, Training } from '../../domain/types';
import { CERTIFICATE_ACCEPT, formatFileSize } from '../../domain/files';
import { formatDate } from '../../domain/dates';
import { addCertificates, linkCertificate, removeCertificate, replaceCertificate, restoreCertificates } from '../../state/certificates';
import { prepareCertificateFile, prepareCertificateFiles } from './certificate-files';
import { useRecordUi } from '../../state/record';

const TYPE_NAMES: Record<Certificate['mimeType'], string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG photo',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
};

function blobOf(c: Certificate): Blob {
  return new Blob([c.bytes], { type: c.mimeType });
}

/** Object URLs are revoked a minute later: long enough for a new tab or a download to read them. */
function withObjectUrl(c: Certificate, open: (url: string) => void): void {
  const url = URL.createObjectURL(blobOf(c));
  open(url);
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function downloadCertificate(c: Certificate): void {
  withObjectUrl(c, (url) => {
    const a = document.createElement('a');
    a.href = url;
    a.download = c.fileName;
    document.body.append(a);
    a.click();
    a.remove();
  });
}

/** Adding files: one input for files (PDF or images) and one that opens the camera on phones.
 * Every file is checked on its own; refused files are named with the reason, others are kept. */
export function CertificateAttach({ trainingId, idPrefix = 'cert' }: { trainingId: string | null; idPrefix?: string }) {
  const [status, setStatus] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  const onFiles = async (input: HTMLInputElement) => {
    const files = [...(input.files ?? [])];
    input.value = ''; // the same file can be picked again after a refusal
    if (!files.length) return;
    setBusy(true);
    setProblems([]);
    setStatus(files.length === 1 ? `Adding “${files[0].name}”…` : `Adding ${files.length} files…`);
    try {
      const { accepted, rejected } = await prepareCertificateFiles(files);
      if (accepted.length) await addCertificates(trainingId, accepted);
      setProblems(rejected);
      setStatus(
        accepted.length === 0
          ? 'No certificate was added.'
          : accepted.length === 1
            ? `Added “${accepted[0].fileName}”.`
            : `Added ${accepted.length} certificates.`,
      );
    } catch (e) {
      setStatus('');
      setProblems([(e as Error).message]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="rec-attach">
      <div class="rec-attach-buttons">
        {/* Each input comes before its label, so the label can show the input's keyboard focus. */}
        <input
          id={`${idPrefix}-files`}
          class="rec-file-input"
          type="file"
          multiple
          accept={CERTIFICATE_ACCEPT}
          disabled={busy}
          aria-describedby={`${idPrefix}-rules`}
          onChange={(e) => void onFiles(e.currentTarget)}
        />
        <label class="button" for={`${idPrefix}-files`}>
          Add certificate files
        </label>
        <input
          id={`${idPrefix}-camera`}
          class="rec-file-input"
          type="file"
          accept="image/*"
          capture="environment"
          disabled={busy}
          aria-describedby={`${idPrefix}-rules`}
          onChange={(e) => void onFiles(e.currentTarget)}
        />
        <label class="button secondary" for={`${idPrefix}-camera`}>
          Take a photo
        </label>
      </div>
      <p id={`${idPrefix}-rules`} class="hint">
        PDF, JPEG, PNG or WebP, up to 20 MB each. Large photos are made smaller (2,000 pixels on the longest side); PDFs are kept exactly as
        they are.
      </p>
      <p class="rec-status" role="status" aria-live="polite">
        {status}
      </p>
      {problems.length > 0 && (
        <div role="alert">
          <ul class="rec-problems">
            {problems.map((p, i) => (
              <li key={i} class="error">
                {p}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

interface ItemProps {
  cert: Certificate;
  /** For linking a free-standing certificate to an entry. */
  linkTargets?: Array<Pick<Training, 'id' | 'title' | 'endDate'>>;
}

export function CertificateItem({ cert, linkTargets }: ItemProps) {
  const [preview, setPreview] = useState<string | null>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const showToast = useRecordUi((s) => s.showToast);
  const isImage = cert.mimeType !== 'application/pdf';
  const replaceId = `replace-${cert.id}`;

  useEffect(() => () => void (preview && URL.revokeObjectURL(preview)), [preview]);

  const view = () => {
    if (isImage) {
      if (preview) {
        setPreview(null);
        return;
      }
      setPreview(URL.createObjectURL(blobOf(cert)));
    } else {
      // A link click rather than window.open: not treated as a pop-up, and no opener is kept.
      withObjectUrl(cert, (url) => {
        const a = document.createElement('a');
        a.href = url;
        a.target = '_blank';
        a.rel = 'noopener';
        document.body.append(a);
        a.click();
        a.remove();
      });
    }
  };

  const replace = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const r = await prepareCertificateFile(file);
    if (!r.ok) {
      setMessage({ text: r.message, error: true });
      return;
    }
    try {
      await replaceCertificate(cert.id, r.file);
      setPreview(null);
      setMessage({ text: `Replaced with “${r.file.fileName}”.`, error: false });
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  };

  const remove = async () => {
    try {
      const removed = await removeCertificate(cert.id);
      showToast({ message: `Certificate “${cert.fileName}” removed.`, undo: () => restoreCertificates(removed) });
    } catch (e) {
      setMessage({ text: (e as Error).message, error: true });
    }
  };

  const sizeText =
    cert.originalSize !== cert.size
      ? `${formatFileSize(cert.size)} (made smaller from ${formatFileSize(cert.originalSize)})`
      : formatFileSize(cert.size);

  return (
    <li class="rec-cert">
      <p class="rec-cert-name">{cert.fileName}</p>
      <p class="hint">
        {TYPE_NAMES[cert.mimeType]}, {sizeText}, added {formatDate(cert.createdAt)}
      </p>
      {preview && <img class="rec-cert-preview" src={preview} alt={`Certificate: ${cert.fileName}`} />}
      <div class="rec-cert-actions">
        {linkTargets && (
          <a class="button secondary" href={`#/record/training/from-certificate?certificate=${encodeURIComponent(cert.id)}`}>
            Log training from it<span class="visually-hidden"> ({cert.fileName})</span>
          </a>
        )}
        <button type="button" class="secondary" onClick={view} aria-expanded={isImage ? !!preview : undefined}>
          {isImage ? (preview ? 'Hide' : 'View') : 'Open PDF'}
          <span class="visually-hidden"> {cert.fileName}</span>
        </button>
        <button type="button" class="secondary" onClick={() => downloadCertificate(cert)}>
          Download<span class="visually-hidden"> {cert.fileName}</span>
        </button>
        <input
          id={replaceId}
          class="rec-file-input"
          type="file"
          accept={CERTIFICATE_ACCEPT}
          onChange={(e) => void replace(e.currentTarget)}
        />
        <label class="button secondary" for={replaceId}>
          Replace<span class="visually-hidden"> {cert.fileName}</span>
        </label>
        <button type="button" class="secondary rec-danger-text" onClick={() => void remove()}>
          Remove<span class="visually-hidden"> {cert.fileName}</span>
        </button>
      </div>
      {linkTargets && (
        <div class="rec-link">
          <label for={`link-${cert.id}`}>Linked to</label>
          <select
            id={`link-${cert.id}`}
            value={cert.trainingId ?? ''}
            onChange={async (e) => {
              const id = e.currentTarget.value || null;
              try {
                await linkCertificate(cert.id, id);
                setMessage({ text: id ? 'Linked.' : 'Unlinked.', error: false });
              } catch (err) {
                setMessage({ text: (err as Error).message, error: true });
              }
            }}
          >
            <option value="">Not linked to an entry</option>
            {linkTargets.map((t) => (
              <option key={t.id} value={t.id}>
                {t.title} ({formatDate(t.endDate)})
              </option>
            ))}
          </select>
        </div>
      )}
      {message && (
        <p class={message.error ? 'error' : 'hint'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </li>
  );
}
