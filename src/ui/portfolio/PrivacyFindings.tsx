import { PRIVACY_KIND_LABELS, type PrivacyFinding } from '../../domain/privacy';
import type { TextSource } from '../../pdf/model';

/** Where to edit the entry a finding came from. */
export function sourceLink(source: TextSource): string {
  if (source.kind === 'profile') return '#/settings';
  if (source.kind === 'signoff') return '#/signoff';
  return `#/record/${source.kind}/${encodeURIComponent(source.id)}`;
}

/** What the privacy check found, each with a link to the entry to edit it. */
export function PrivacyFindings({ findings }: { findings: Array<PrivacyFinding<TextSource>> }) {
  if (!findings.length)
    return (
      <p class="notice" id="privacy-check">
        Privacy check: nothing that looks like a child's or family's identifying details was found. Read it through before you share it all
        the same.
      </p>
    );
  return (
    <div class="notice notice--warn" id="privacy-check" role="region" aria-labelledby="privacy-title">
      <h2 id="privacy-title">
        Check before you share:{' '}
        {findings.length === 1 ? '1 possible identifying detail' : `${findings.length} possible identifying details`}
      </h2>
      <p>
        Portfolios should not name or identify children or families. Edit the entry to remove the detail, or generate anyway if it is not
        about a child or family.
      </p>
      <ul class="findings">
        {findings.map((f, i) => (
          <li key={i}>
            <strong>{PRIVACY_KIND_LABELS[f.kind]}</strong>: “{f.excerpt}”{' '}
            {f.source.kind === 'agenda' ? (
              <span>(in Points to discuss: edit it there)</span>
            ) : f.source.kind === 'signoff' ? (
              <a href={sourceLink(f.source)}>
                In the supervisor’s {f.field === 'notes' ? 'notes' : 'agreed actions'} ({f.source.label}): a sign-off cannot be edited, only
                deleted
              </a>
            ) : (
              <a href={sourceLink(f.source)}>
                Edit {f.source.kind === 'reflection' ? 'reflection' : f.source.kind === 'plan' ? 'plan' : 'entry'}: {f.source.label}
              </a>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
