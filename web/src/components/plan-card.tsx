import type { ReactNode } from 'react';
import type { Plan } from '../../../shared/catalogue/plan.js';
import { count, formatDuration, formatMoney } from '../lib/format.js';

const KIND_LABELS: Record<Plan['kind'], string> = {
  'webmaster-share': 'Webmaster share',
  'on-demand': 'On demand',
  'managed-host': 'Managed host',
};

/** The headline price of a plan: "€1,190" "per month", or per host, or no monthly fee. */
export function planPrice(plan: Plan): { amount: string; per: string } {
  const base = plan.monthlyFee.amount > 0 ? formatMoney(plan.monthlyFee) : null;
  if (plan.perHost) {
    const perHost = formatMoney(plan.perHost.monthlyFee);
    return base
      ? { amount: base, per: `per month + ${perHost} per host` }
      : { amount: perHost, per: 'per host per month' };
  }
  return base ? { amount: base, per: 'per month' } : { amount: 'No monthly fee', per: 'pay only for what you use' };
}

function included(plan: Plan): string[] {
  const { webmasterHours, hosts, taskRuns, callOuts } = plan.included;
  return [
    webmasterHours > 0 ? `${formatDuration(webmasterHours * 60)} of webmaster time` : null,
    hosts > 0 ? count(hosts, 'managed host') : null,
    taskRuns > 0 ? count(taskRuns, 'task run') : null,
    plan.perHost ? `${count(plan.perHost.includedTaskRuns, 'task run')} per host` : null,
    callOuts > 0 ? count(callOuts, 'emergency call-out') : null,
  ].filter((line): line is string => line !== null);
}

export function PlanCard({ plan, badge, action }: { plan: Plan; badge?: string; action?: ReactNode }) {
  const { amount, per } = planPrice(plan);
  const includedLines = included(plan);
  const headingId = `plan-${plan.id}`;
  return (
    <article className="card plan-card" aria-labelledby={headingId}>
      <header className="plan-card-header">
        <p className="plan-kind">{KIND_LABELS[plan.kind]}</p>
        {badge && <p className="badge">{badge}</p>}
      </header>
      <h2 id={headingId}>{plan.name}</h2>
      <p className="plan-price">
        <span className="plan-amount">{amount}</span> <span className="plan-per">{per}</span>
      </p>
      <p>{plan.description}</p>

      <h3>Included each month</h3>
      {includedLines.length > 0 ? (
        <ul className="plan-included">
          {includedLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">Nothing bundled: every engagement is billed as used.</p>
      )}

      <h3>Beyond that</h3>
      <dl className="plan-overage">
        <div>
          <dt>Webmaster hour</dt>
          <dd>{formatMoney(plan.overage.webmasterHour)}</dd>
        </div>
        <div>
          <dt>Task run</dt>
          <dd>{formatMoney(plan.overage.taskRun)}</dd>
        </div>
        <div>
          <dt>Emergency call-out</dt>
          <dd>{plan.callOutsAllowed && plan.overage.callOut ? formatMoney(plan.overage.callOut) : 'Not available'}</dd>
        </div>
      </dl>
      {action && <div className="plan-action">{action}</div>}
    </article>
  );
}
