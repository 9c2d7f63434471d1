import {
  auditActorLabel,
  auditDetailLines,
  auditTargetName,
  type DetailFormats,
  targetTypeLabel,
} from '../../../../shared/audit/labels.js';
import { isRole } from '../../../../shared/contracts/roles.js';
import type { TenantStatus } from '../../../../shared/tenancy/model.js';
import type { AuditEntry } from '../../lib/api.js';
import { formatDateTime, formatDuration, formatMoney } from '../../lib/format.js';
import { ROLE_LABELS, roleList, TENANT_STATUS_LABELS } from '../../lib/roles.js';

/** What each recorded action is called here; an action not listed reads as its own words (`user.role_changed` → "Role changed"). */
const ACTION_LABELS: Record<string, string> = {
  'tenant.signed_up': 'Organisation signed up',
  'tenant.suspended': 'Organisation suspended',
  'tenant.reactivated': 'Organisation reactivated',
  'tenant.deletion_requested': 'Deletion requested',
  'tenant.deletion_cancelled': 'Deletion cancelled',
  'tenant.purged': 'Organisation deleted',
  'tenant.suspended_for_non_payment': 'Suspended for non-payment',
  'user.invited': 'User invited',
  'user.invitation_reverted': 'Invitation reverted',
  'user.role_changed': 'Role changed',
  'user.role_change_reverted': 'Role change reverted',
  'user.removed': 'User removed',
  'host.activation_created': 'Host activation created',
  'host.deregistered': 'Host deregistered',
  'invoice.finalized': 'Invoice finalised',
  'period.close_started': 'Period close started',
  'balance.warning_queued': 'Balance warning sent',
  'staff.availability_set': 'Working hours changed',
  'staff.on_call_set': 'On-call rota changed',
};

const words = (text: string): string => text.replace(/_/g, ' ').trim();
const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

export function actionLabel(action: string): string {
  const known = ACTION_LABELS[action];
  if (known) return known;
  const [subject = '', verb = ''] = action.split('.');
  // `host.registered` → "Host registered"; `booking.slot_moved` → "Slot moved".
  if (!verb) return sentenceCase(words(subject));
  return sentenceCase(verb.includes('_') ? words(verb) : `${words(subject)} ${words(verb)}`);
}

const isTenantStatus = (value: string): value is TenantStatus => Object.hasOwn(TENANT_STATUS_LABELS, value);

/** The web app's formats for the shared detail renderer: times in the page's display zone, named. */
const formatsIn = (zone: string): DetailFormats => ({
  money: formatMoney,
  duration: formatDuration,
  dateTime: (iso) => formatDateTime(iso, zone),
  term: (value) => (isRole(value) ? ROLE_LABELS[value] : isTenantStatus(value) ? TENANT_STATUS_LABELS[value] : null),
});

/** One audit entry: when (in `zone`), who by name, what, to what by name, and its details per kind of entry. */
export function AuditRow({ entry, zone }: { entry: AuditEntry; zone: string }) {
  const details = auditDetailLines(entry, formatsIn(zone));
  const actorName = auditActorLabel(entry.actor);
  const target = auditTargetName(entry, zone);
  const targetType = targetTypeLabel(entry.target.type);
  return (
    <tr>
      <td className="cell-nowrap" data-label="When">
        <time dateTime={entry.at}>{formatDateTime(entry.at, zone)}</time>
      </td>
      <td className="cell-break" data-label="Who">
        {actorName}
        {(entry.actor.apiKey || actorName !== entry.actor.email) &&
          entry.actor.userId !== 'system' &&
          entry.actor.userId !== 'stripe' && <span className="cell-sub">{entry.actor.email}</span>}
        {entry.actor.roles.length > 0 && <span className="cell-sub">{roleList(entry.actor.roles)}</span>}
      </td>
      <td data-label="What">{actionLabel(entry.action)}</td>
      <td className="cell-break" data-label="Target">
        {target}
        {!target.toLowerCase().includes(targetType.toLowerCase()) && <span className="cell-sub">{targetType}</span>}
      </td>
      <td data-label="Details">
        {details.length > 0 ? (
          <dl className="details">
            {details.map((line) => (
              <div key={line.label}>
                <dt>{line.label}</dt>
                <dd>{line.value}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
