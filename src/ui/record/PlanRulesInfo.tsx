import type { PlanRules } from '../../domain/plan-rules';
import { formatGbp } from '../../domain/plan-rules';

/** The framework's words on approval and charges for a planned course, as information. */
export function PlanRulesInfo({ rules }: { rules: PlanRules }) {
  if (!rules.approval.length && !rules.charging.length) return null;
  return (
    <div class="rec-rules">
      {rules.approval.map((r) => (
        <p key={r.id} class="rec-rule">
          <strong>Manager approval{r.force === 'requirement' ? ' required' : ''}:</strong> {r.text}
        </p>
      ))}
      {rules.charging.map(({ rule, charges }) => (
        <div key={rule.id} class="rec-rule">
          <p>
            <strong>Charges:</strong> {rule.text}
          </p>
          {charges.length > 0 && (
            <ul>
              {charges.map((c, i) => (
                <li key={i}>
                  {formatGbp(c.amountGbp)}: {c.when}
                </li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
