import { useEffect, useId, useState } from 'react';
import { useAuth } from '../auth/auth-context.js';
import { EmptyState, ErrorAlert, Loading } from '../components/status.js';
import { api, type MailboxMessage } from '../lib/api.js';
import { formatMonth } from '../lib/billing.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { formatDateTime } from '../lib/format.js';
import { useIdentityConfig } from '../lib/identity-config.js';
import { downloadReportFile, reportFilename, reportPath } from '../lib/reports.js';
import { Link, loginPath } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { useResource } from '../lib/use-resource.js';

const KIND_LABELS: Record<MailboxMessage['kind'], string> = {
  confirmation: 'Confirmation',
  change: 'Change',
  cancellation: 'Cancellation',
  reminder_24h: 'Reminder, 24 hours',
  reminder_1h: 'Reminder, 1 hour',
  incident_page: 'Page',
  incident_escalation: 'Escalation',
  incident_customer: 'Incident',
  service_report: 'Service report',
  balance_80: 'Hours at 80 %',
  balance_95: 'Hours at 95 %',
  balance_over: 'Hours exceeded',
};

/** The booking status colours: confirmed green, cancelled red, the rest plain. */
const KIND_CLASSES: Record<MailboxMessage['kind'], string> = {
  confirmation: 'status-confirmed',
  change: '',
  cancellation: 'status-cancelled',
  reminder_24h: '',
  reminder_1h: '',
  incident_page: 'status-cancelled',
  incident_escalation: 'status-cancelled',
  incident_customer: '',
  service_report: 'status-confirmed',
  balance_80: '',
  balance_95: '',
  balance_over: 'status-cancelled',
};

const loadMailbox = (signal: AbortSignal) => api.devMailbox(signal).then((mailbox) => mailbox.items);

/**
 * The local stack only: the booking e-mails it has "sent" instead of handing them to SES. Like every API route it
 * needs a signed-in user: provider staff see every organisation's e-mails, a customer their own organisation's.
 */
export function MailboxPage() {
  const config = useIdentityConfig();
  const auth = useAuth();
  const isDev = config.status === 'ready' && config.data.identity === 'dev';
  const signedIn = auth.status === 'signed-in';
  const messages = useResource(isDev && signedIn ? loadMailbox : null);
  const isStaff = signedIn && auth.me.tenant === null;

  return (
    <>
      <h1>Mailbox (local)</h1>
      {config.status === 'loading' && <Loading>Loading…</Loading>}
      {config.status === 'error' && (
        <ErrorAlert
          error={config.error}
          title="Could not load this deployment’s configuration"
          onRetry={config.reload}
        />
      )}
      {config.status === 'ready' && !isDev && (
        <p className="lead">
          The mailbox exists only in the local stack. Here, booking e-mails are delivered to the customers’ real
          inboxes.
        </p>
      )}
      {isDev && auth.status === 'loading' && <Loading>Loading…</Loading>}
      {isDev && auth.status === 'error' && (
        <ErrorAlert error={auth.error} title="Could not load your account" onRetry={auth.retry} />
      )}
      {isDev && auth.status === 'signed-out' && (
        <div className="alert alert-info" role="status">
          <p className="alert-title">Sign in to read the mailbox</p>
          <p>
            The mailbox follows the same rules as the rest of Opsdesk:{' '}
            <Link to={loginPath('/dev/mailbox')}>sign in</Link> to see your organisation’s e-mails, or — as provider
            staff — every organisation’s.
          </p>
        </div>
      )}
      {isDev && signedIn && (
        <>
          <p className="lead">
            The booking e-mails the local stack has sent
            {isStaff ? ' to every organisation' : ` for ${auth.me.tenant?.name ?? 'your organisation'}`}, newest first.
            It sends due ones every minute instead of delivering them.
          </p>
          <div className="form-actions">
            <button
              type="button"
              className="button button-secondary"
              onClick={messages.reload}
              disabled={messages.status === 'loading'}
            >
              Refresh
            </button>
          </div>
          {messages.status === 'loading' && <Loading>Loading e-mails…</Loading>}
          {messages.status === 'error' && (
            <ErrorAlert error={messages.error} title="Could not load the mailbox" onRetry={messages.reload} />
          )}
          {messages.status === 'ready' &&
            (messages.data.length === 0 ? (
              <EmptyState>No e-mails yet. Book a session and they appear here within a minute.</EmptyState>
            ) : (
              <ul className="booking-list mailbox">
                {messages.data.map((message) => (
                  <MessageItem key={message.id} message={message} />
                ))}
              </ul>
            ))}
        </>
      )}
    </>
  );
}

function MessageItem({ message }: { message: MailboxMessage }) {
  const timeZone = useDisplayZone();
  const headingId = useId();
  return (
    <li>
      <article className="card booking-card" aria-labelledby={headingId}>
        <div className="booking-card-header">
          <h2 id={headingId} className="mailbox-subject">
            {message.subject}
          </h2>
          <span className={`status-pill ${KIND_CLASSES[message.kind]}`}>{KIND_LABELS[message.kind]}</span>
        </div>
        <p className="muted">
          To {message.to}, sent {formatDateTime(message.sentAt, timeZone)}
        </p>
        <details>
          <summary>Show the e-mail</summary>
          <pre className="mailbox-text">
            <LinkedText text={message.text} />
          </pre>
          {message.ics ? <IcsLink ics={message.ics} /> : null}
          {message.attachment ? <ReportAttachment attachment={message.attachment} tenantId={message.tenantId} /> : null}
        </details>
      </article>
    </li>
  );
}

/** The calendar attachment, as a download made in the browser. */
function IcsLink({ ics }: { ics: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([ics], { type: 'text/calendar' }));
    setUrl(objectUrl);
    return () => URL.revokeObjectURL(objectUrl);
  }, [ics]);
  if (!url) return null;
  return (
    <p>
      <a href={url} download="booking.ics">
        Download booking.ics
      </a>
    </p>
  );
}

/**
 * The service report attached to the e-mail (the sender renders it as a PDF): here a link to the report's page, and
 * its PDF fetched with the session's token. Staff read every organisation's mail, so they name the organisation.
 */
function ReportAttachment({
  attachment,
  tenantId,
}: {
  attachment: NonNullable<MailboxMessage['attachment']>;
  tenantId: string;
}) {
  const auth = useAuth();
  const pdf = useAction();
  const staffTenant = auth.status === 'signed-in' && auth.me.tenant === null ? tenantId : null;
  const filename = reportFilename(attachment.periodId, 'pdf');
  return (
    <>
      <p>
        Attached: {filename} —{' '}
        <Link to={reportPath(attachment.periodId, staffTenant)}>
          open the service report of {formatMonth(attachment.periodId)}
        </Link>{' '}
        or{' '}
        <button
          type="button"
          className="button-link"
          aria-disabled={pdf.busy || undefined}
          onClick={() =>
            void pdf.run(
              () => downloadReportFile(attachment.periodId, staffTenant, 'pdf'),
              () => undefined,
            )
          }
        >
          download {filename}
        </button>
      </p>
      {pdf.state.kind === 'failed' && (
        <ErrorAlert error={pdf.state.error} title={`Could not download ${filename}`}>
          <p>
            <button type="button" className="button-link" onClick={pdf.dismiss}>
              Dismiss
            </button>
          </p>
        </ErrorAlert>
      )}
    </>
  );
}

const URL_IN_TEXT = /https?:\/\/[^\s<>"]+/g;

/** The e-mail's text with its web addresses as links (an incident page's acknowledge link, say), the rest as text. */
function LinkedText({ text }: { text: string }) {
  const parts: (string | { url: string })[] = [];
  let last = 0;
  for (const match of text.matchAll(URL_IN_TEXT)) {
    const url = match[0].replace(/[.,;:)]+$/, '');
    parts.push(text.slice(last, match.index), { url });
    last = match.index + url.length;
  }
  parts.push(text.slice(last));
  return (
    <>
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          part
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text, in order.
          <a key={index} href={part.url}>
            {part.url}
          </a>
        ),
      )}
    </>
  );
}
