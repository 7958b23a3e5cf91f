import { useEffect, useRef, useState } from 'preact/hooks';
import type SignaturePad from 'signature_pad';

/** A pad to sign on with a finger, pen or mouse (signature_pad, a well-kept library that smooths
 * strokes on touch and mouse; loaded with this screen only, never in the first load). Calls
 * `onChange` with the signature as a PNG data URL, or null when the pad is empty. */
export function SignaturePadField(props: { onChange: (png: string | null) => void; describedBy?: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [ready, setReady] = useState(false);
  const [unavailable, setUnavailable] = useState(false);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;

  useEffect(() => {
    let live = true;
    void import('signature_pad').then(({ default: Pad }) => {
      const c = canvas.current;
      if (!live || !c) return;
      // No 2D canvas (some locked-down browsers): the typed signature remains.
      if (!c.getContext('2d')) {
        setUnavailable(true);
        return;
      }
      // Sharp lines on high-density screens: the canvas's pixels at the device's ratio.
      const ratio = Math.max(window.devicePixelRatio || 1, 1);
      const width = c.offsetWidth || 320;
      const height = c.offsetHeight || 160;
      c.width = width * ratio;
      c.height = height * ratio;
      c.getContext('2d')?.scale(ratio, ratio);
      const p = new Pad(c, { penColor: '#0b0c0c', backgroundColor: 'rgb(255, 255, 255)', minWidth: 0.8, maxWidth: 2.4 });
      p.addEventListener('endStroke', () => onChange.current(p.isEmpty() ? null : p.toDataURL('image/png')));
      pad.current = p;
      setReady(true);
    });
    return () => {
      live = false;
      pad.current?.off();
      pad.current = null;
    };
  }, []);

  const clear = () => {
    pad.current?.clear();
    onChange.current(null);
  };
  if (unavailable) return <p class="hint">Signing by drawing is not available in this browser: choose to type your name instead.</p>;
  return (
    <div class="signature-pad">
      <canvas
        ref={canvas}
        class="signature-pad__canvas"
        role="img"
        aria-label="Signature pad: sign with your finger or mouse"
        aria-describedby={props.describedBy}
        data-ready={ready ? 'true' : undefined}
      />
      <button type="button" class="secondary" onClick={clear}>
        Clear the signature
      </button>
    </div>
  );
}
