import { useEffect, useRef, useState } from 'preact/hooks';
import type { PortfolioModel } from '../../pdf/model';
import { readCertificateFiles } from '../../state/portfolio';

type BuildState =
  | { status: 'idle' }
  | { status: 'building'; stage: string; fraction: number }
  | { status: 'done'; url: string; file: File; pages: number; unreadable: Array<{ label: string; reason: string }> }
  | { status: 'error'; message: string };

export function fileNameFor(model: PortfolioModel): string {
  return `${model.title.split(':')[0].toLowerCase().replace(/\s+/g, '-')}-${model.generatedOn}.pdf`;
}

/** Generate, with progress; then download or share. The PDF code loads when the panel is shown
 * (the Portfolio screen), and its worker warms up then. */
export function BuildPanel({ model, onBuilt }: { model: PortfolioModel; onBuilt?: () => void }) {
  const [state, setState] = useState<BuildState>({ status: 'idle' });
  const urlRef = useRef<string | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const revoke = () => {
    if (urlRef.current) URL.revokeObjectURL(urlRef.current);
    urlRef.current = null;
  };
  useEffect(() => {
    // Start the PDF worker now and let it warm up on a sample, so the first Generate is as fast as
    // a second one (the chunk comes from the service worker's precache).
    import('../../pdf/client').then((m) => m.warmPdfWorker()).catch(() => undefined);
    return () => {
      abortRef.current?.abort();
      revoke();
    };
  }, []);
  // A changed choice makes the last PDF stale. (Run on a new model only, so the status is read
  // from a ref rather than being a dependency.)
  const statusRef = useRef(state.status);
  statusRef.current = state.status;
  useEffect(() => {
    if (statusRef.current === 'done' || statusRef.current === 'error') {
      revoke();
      setState({ status: 'idle' });
    }
  }, [model]);

  const generate = async () => {
    revoke();
    abortRef.current?.abort();
    const abort = new AbortController();
    abortRef.current = abort;
    setState({ status: 'building', stage: 'Starting', fraction: 0 });
    try {
      const [{ buildPortfolioPdf }, files] = await Promise.all([
        import('../../pdf/client'),
        readCertificateFiles(model.certificates.map((c) => c.certificateId)),
      ]);
      const built = await buildPortfolioPdf(
        model,
        files,
        (p) => setState({ status: 'building', stage: p.stage, fraction: p.fraction }),
        abort.signal,
      );
      const file = new File([built.blob], fileNameFor(model), { type: 'application/pdf' });
      const url = URL.createObjectURL(file);
      urlRef.current = url;
      setState({ status: 'done', url, file, pages: built.pages, unreadable: built.unreadable });
      onBuilt?.();
      requestAnimationFrame(() => resultRef.current?.focus());
    } catch (e) {
      if ((e as DOMException)?.name === 'AbortError') return;
      setState({ status: 'error', message: `The PDF could not be made: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const canShare = state.status === 'done' && typeof navigator.canShare === 'function' && navigator.canShare({ files: [state.file] });
  const share = async () => {
    if (state.status !== 'done') return;
    try {
      await navigator.share({ files: [state.file], title: model.title });
    } catch {
      // Cancelled by the user, or refused: the download link is still there.
    }
  };

  return (
    <div class="build">
      <button type="button" onClick={generate} disabled={state.status === 'building'}>
        {state.status === 'building' ? 'Generating…' : 'Generate PDF'}
      </button>
      <div aria-live="polite">
        {state.status === 'building' && (
          <p class="build-progress">
            <label for="build-progress">{state.stage}</label>
            <progress id="build-progress" max={1} value={state.fraction} />
          </p>
        )}
        {state.status === 'error' && (
          <p class="error" role="alert">
            {state.message}
          </p>
        )}
      </div>
      {state.status === 'done' && (
        <div class="card build-result" ref={resultRef} tabIndex={-1}>
          <p>
            Your PDF is ready: {state.pages} {state.pages === 1 ? 'page' : 'pages'}, {Math.max(1, Math.round(state.file.size / 1024))} KB.
          </p>
          {state.unreadable.length > 0 && (
            <div class="notice notice--warn">
              <p>
                {state.unreadable.length === 1
                  ? 'One certificate could not be included'
                  : `${state.unreadable.length} certificates could not be included`}{' '}
                (the PDF lists them too):
              </p>
              <ul>
                {state.unreadable.map((u) => (
                  <li key={u.label}>
                    {u.label}: {u.reason}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div class="form-actions">
            <a class="button" href={state.url} download={state.file.name}>
              Download PDF
            </a>
            {canShare && (
              <button type="button" class="secondary" onClick={share}>
                Share
              </button>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
