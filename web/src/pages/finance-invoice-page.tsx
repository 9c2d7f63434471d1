import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { zonedParts, zonedToUtc } from '../../../shared/platform/zoned-time.js';
import { ConfirmButton } from '../components/confirm-button.js';
import {
  CreditNoteBadge,
  InvoiceBreakdown,
  InvoicePaymentCard,
  InvoiceStatusBadge,
  PdfButton,
  usePdfDownload,
} from '../components/invoice-parts.js';
import { SubmitFailure } from '../components/save-footer.js';
import { ErrorAlert, Loading, Notice } from '../components/status.js';
import { TextAreaField } from '../components/text-area-field.js';
import { TextField } from '../components/text-field.js';
import { api, type Invoice, isApiError, NetworkError, newIdempotencyKey } from '../lib/api.js';
import { countryName, formatMonth, formatPeriod } from '../lib/billing.js';
import { nowMs } from '../lib/clock.js';
import { useDisplayZone } from '../lib/display-zone.js';
import { fieldMessage, formatDate, formatDateTime, formatMoney, zoneLabel } from '../lib/format.js';
import {
  financeInvoicePath,
  INVOICE_KIND_LABELS,
  invoiceActions,
  invoiceTitle,
  REASON_MAX,
  reasonProblem,
  STRIPE_SYNC_LABELS,
} from '../lib/invoices.js';
import { Link } from '../lib/router.js';
import { useAction } from '../lib/use-action.js';
import { useResource } from '../lib/use-resource.js';

const periodsPath = (periodId: string) => `/finance/periods?period=${encodeURIComponent(periodId)}`;

/**
 * Finance: one invoice or credit note in full — parties, dates, lines, VAT, status and Stripe's collection — and
 * what can be done with it while its status allows: void it (a credit note cancels it), write it off, record a
 * payment (ledger billing), send it to Stripe again, download its PDF.
 */
export function FinanceInvoicePage({ params }: { params: Record<string, string> }) {
  const invoiceId = params.invoiceId ?? '';
  // Another invoice (a credit note's link, say) starts over: its load, its notice, its open forms.
  return <InvoiceView key={invoiceId} invoiceId={invoiceId} />;
}

function InvoiceView({ invoiceId }: { invoiceId: string }) {
  const load = useCallback((signal: AbortSignal) => api.getFinanceInvoice(invoiceId, signal), [invoiceId]);
  const resource = useResource(load);
  const base = resource.status === 'ready' ? resource.data : null;
  // What a write answered with, tied to the load it followed (a reload shows the server's again).
  const [changed, setChanged] = useState<{ base: Invoice; invoice: Invoice } | null>(null);
  const [notice, setNotice] = useState<ReactNode>(null);

  if (resource.status === 'loading') return <Loading>Loading the invoice…</Loading>;
  if (resource.status === 'error' || !base) {
    return (
      <>
        <p className="eyebrow">
          <Link to="/finance/periods">Billing periods</Link>
        </p>
        <h1>Invoice</h1>
        {resource.status === 'error' && isApiError(resource.error, 404) ? (
          <ErrorAlert error={resource.error} title="There is no such invoice" />
        ) : (
          <ErrorAlert
            error={resource.status === 'error' ? resource.error : null}
            title="Could not load the invoice"
            onRetry={resource.reload}
          />
        )}
      </>
    );
  }

  const invoice = changed?.base === base ? changed.invoice : base;
  const onChanged = (next: Invoice, message: ReactNode) => {
    setChanged({ base, invoice: next });
    setNotice(message);
  };
  const money = (amount: number) => formatMoney({ amount, currency: invoice.currency });

  return (
    <>
      <p className="eyebrow">
        <Link to={periodsPath(invoice.periodId)}>Billing periods: {formatMonth(invoice.periodId)}</Link>
      </p>
      <h1>{invoiceTitle(invoice)}</h1>
      <div className="task-header">
        <p className="task-state" role="status">
          Status: <InvoiceStatusBadge status={invoice.status} />
        </p>
        <p className="muted">
          {invoice.buyer.name} · {formatMonth(invoice.periodId)} · {money(invoice.gross)}
        </p>
        {invoice.kind === 'credit_note' && <CreditNoteBadge />}
      </div>
      <InvoiceLinks invoice={invoice} />
      {notice !== null && <Notice>{notice}</Notice>}
      <InvoiceActions
        invoice={invoice}
        onChanged={onChanged}
        onStart={() => setNotice(null)}
        onReload={() => {
          setNotice(null);
          resource.reload();
        }}
      />
      <div className="card-grid">
        <InvoiceFacts invoice={invoice} />
        <InvoiceStatusCard invoice={invoice} />
        <CollectionCard invoice={invoice} />
      </div>
      <div className="card-grid">
        <PartyCard id="seller-heading" title="Seller" party={invoice.seller} />
        <PartyCard id="buyer-heading" title="Buyer" party={invoice.buyer} />
        <InvoicePaymentCard invoice={invoice} />
      </div>
      <section className="section" aria-labelledby="lines-heading">
        <h2 id="lines-heading">Lines and totals</h2>
        <InvoiceBreakdown invoice={invoice} />
      </section>
    </>
  );
}

/** A credit note names the invoice it cancels; a voided invoice its credit note. */
function InvoiceLinks({ invoice }: { invoice: Invoice }) {
  if (invoice.creditNoteOf) {
    return (
      <p className="invoice-link">
        Cancels invoice <Link to={financeInvoicePath(invoice.creditNoteOf.id)}>{invoice.creditNoteOf.number}</Link>.
      </p>
    );
  }
  if (invoice.creditNote) {
    return (
      <p className="invoice-link">
        Cancelled by credit note <Link to={financeInvoicePath(invoice.creditNote.id)}>{invoice.creditNote.number}</Link>
        .
      </p>
    );
  }
  return null;
}

function InvoiceFacts({ invoice }: { invoice: Invoice }) {
  // Days in the staff member's zone; the service period is the billing period, a calendar month in UTC.
  const zone = useDisplayZone();
  return (
    <section className="card" aria-labelledby="invoice-details-heading">
      <h2 id="invoice-details-heading">Details</h2>
      <dl className="facts">
        <div>
          <dt>Number</dt>
          <dd>{invoice.number}</dd>
        </div>
        <div>
          <dt>Kind</dt>
          <dd>{INVOICE_KIND_LABELS[invoice.kind]}</dd>
        </div>
        <div>
          <dt>Issued</dt>
          <dd>
            <time dateTime={invoice.issuedAt}>{formatDate(invoice.issuedAt, zone)}</time>
          </dd>
        </div>
        {invoice.payment && (
          <div>
            <dt>Due</dt>
            <dd>
              <time dateTime={invoice.payment.dueAt}>{formatDate(invoice.payment.dueAt, zone)}</time>
            </dd>
          </div>
        )}
        <div>
          <dt>Billing period</dt>
          <dd>{formatMonth(invoice.periodId)}</dd>
        </div>
        <div>
          <dt>Service period</dt>
          <dd>{formatPeriod(invoice.servicePeriod)} (UTC)</dd>
        </div>
      </dl>
    </section>
  );
}

/** What the note of a status is: why it was voided or written off, or the payment's reference. */
const noteLabel = (invoice: Invoice): string => {
  if (invoice.status === 'paid') return 'Payment reference';
  if (invoice.status === 'void' || invoice.status === 'uncollectible' || invoice.kind === 'credit_note') {
    return 'Reason';
  }
  return 'Note';
};

function InvoiceStatusCard({ invoice }: { invoice: Invoice }) {
  const zone = useDisplayZone();
  return (
    <section className="card" aria-labelledby="invoice-status-heading">
      <h2 id="invoice-status-heading">Status</h2>
      <dl className="facts">
        <div>
          <dt>Status</dt>
          <dd>
            <InvoiceStatusBadge status={invoice.status} />
          </dd>
        </div>
        <div>
          <dt>Since</dt>
          <dd>
            <time dateTime={invoice.statusChangedAt}>{formatDateTime(invoice.statusChangedAt, zone)}</time>
          </dd>
        </div>
        {invoice.paidAt && (
          <div>
            <dt>Paid</dt>
            <dd>
              <time dateTime={invoice.paidAt}>{formatDateTime(invoice.paidAt, zone)}</time>
            </dd>
          </div>
        )}
        {invoice.statusNote && (
          <div>
            <dt>{noteLabel(invoice)}</dt>
            <dd className="pre-line cell-break">{invoice.statusNote}</dd>
          </div>
        )}
        {invoice.creditNote && (
          <div>
            <dt>Credit note</dt>
            <dd>
              <Link to={financeInvoicePath(invoice.creditNote.id)}>{invoice.creditNote.number}</Link>
            </dd>
          </div>
        )}
        {invoice.creditNoteOf && (
          <div>
            <dt>Cancels</dt>
            <dd>
              <Link to={financeInvoicePath(invoice.creditNoteOf.id)}>{invoice.creditNoteOf.number}</Link>
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** Stripe's side of the invoice (Stripe mode), or that payments are recorded here (ledger billing). */
function CollectionCard({ invoice }: { invoice: Invoice }) {
  const zone = useDisplayZone();
  const money = (amount: number | null) =>
    amount === null ? (
      <span className="muted">Not known yet</span>
    ) : (
      formatMoney({ amount, currency: invoice.currency })
    );
  const { stripe } = invoice;
  let body: ReactNode;
  if (invoice.kind === 'credit_note') {
    body = <p className="muted">A credit note is not collected: it cancels the invoice it names.</p>;
  } else if (!stripe) {
    body = (
      <>
        <p>Ledger billing: payments are recorded here.</p>
        <p className="muted">
          Nothing is collected through Stripe.
          {invoiceActions(invoice).recordPayment && ' When the money arrives, record the payment.'}
        </p>
      </>
    );
  } else {
    body = (
      <>
        <dl className="facts">
          <div>
            <dt>Sync</dt>
            <dd>
              <span className={`status-pill status-sync-${stripe.sync}`}>{STRIPE_SYNC_LABELS[stripe.sync]}</span>
            </dd>
          </div>
          <div>
            <dt>Stripe invoice</dt>
            <dd>{stripe.invoiceId ? <code className="id">{stripe.invoiceId}</code> : 'Not made yet'}</dd>
          </div>
          {stripe.hostedInvoiceUrl && (
            <div>
              <dt>Payment page</dt>
              <dd>
                <a href={stripe.hostedInvoiceUrl} target="_blank" rel="noopener noreferrer">
                  Stripe’s page of {invoice.number}
                </a>
              </dd>
            </div>
          )}
          <div>
            <dt>Stripe status</dt>
            <dd>{stripe.status ?? <span className="muted">Not known yet</span>}</dd>
          </div>
          <div>
            <dt>Amount due</dt>
            <dd>{money(stripe.amountDue)}</dd>
          </div>
          <div>
            <dt>Amount paid</dt>
            <dd>{money(stripe.amountPaid)}</dd>
          </div>
          <div>
            <dt>Last update</dt>
            <dd>
              <time dateTime={stripe.updatedAt}>{formatDateTime(stripe.updatedAt, zone)}</time>
            </dd>
          </div>
        </dl>
        {stripe.lastError && (
          <div className={stripe.sync === 'failed' ? 'alert alert-error' : 'alert alert-warning'}>
            <p className="alert-title">Last error</p>
            <p className="pre-line cell-break">{stripe.lastError}</p>
          </div>
        )}
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="collection-heading">
      <h2 id="collection-heading">{stripe ? 'Stripe collection' : 'Collection'}</h2>
      {body}
    </section>
  );
}

function PartyCard({ id, title, party }: { id: string; title: string; party: Invoice['buyer'] | Invoice['seller'] }) {
  const country = countryName(party.country);
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <address className="party">
        <strong>{party.name}</strong>
        {party.address.map((line) => (
          <span key={line}>{line}</span>
        ))}
        {/* The seller's address names its country already. */}
        {party.address.at(-1) !== country && <span>{country}</span>}
      </address>
      <p className="muted">{party.vatId ? `VAT ID ${party.vatId}` : 'No VAT ID'}</p>
      {'email' in party && party.email && (
        <p>
          <a href={`mailto:${party.email}`}>{party.email}</a>
        </p>
      )}
    </section>
  );
}

type OpenForm = 'void' | 'uncollectible' | 'payment' | null;

/** The writes the invoice's status allows, each confirmed; "Download PDF" always. */
function InvoiceActions({
  invoice,
  onChanged,
  onStart,
  onReload,
}: {
  invoice: Invoice;
  onChanged: (invoice: Invoice, message: ReactNode) => void;
  onStart: () => void;
  onReload: () => void;
}) {
  const allowed = invoiceActions(invoice);
  const pdf = usePdfDownload(invoice, api.downloadFinanceInvoicePdf);
  const retry = useAction();
  const [open, setOpen] = useState<OpenForm>(null);
  // Back to the button that opened a form when it closes without a change.
  const triggers = useRef<Partial<Record<Exclude<OpenForm, null>, HTMLButtonElement | null>>>({});
  const close = (form: Exclude<OpenForm, null>) => {
    setOpen(null);
    requestAnimationFrame(() => triggers.current[form]?.focus());
  };
  const opener = (form: Exclude<OpenForm, null>, label: string, className: string) => (
    <button
      ref={(element) => {
        triggers.current[form] = element;
      }}
      type="button"
      className={className}
      onClick={() => {
        onStart();
        setOpen(form);
      }}
    >
      {label}
    </button>
  );
  const done = (next: Invoice, message: ReactNode) => {
    setOpen(null);
    onChanged(next, message);
  };
  const { number } = invoice;
  const anyWrite = allowed.void || allowed.uncollectible || allowed.recordPayment || allowed.retryCollection;

  return (
    <section className="card invoice-actions" aria-labelledby="invoice-actions-heading">
      <h2 id="invoice-actions-heading">Actions</h2>
      {!anyWrite && <p className="muted">{unchangeableReason(invoice)}</p>}
      {pdf.action.state.kind === 'failed' && (
        <ErrorAlert error={pdf.action.state.error} title={`Could not download ${number}.pdf`}>
          <p>
            <button type="button" className="button-link" onClick={pdf.action.dismiss}>
              Dismiss
            </button>
          </p>
        </ErrorAlert>
      )}
      {retry.state.kind === 'failed' && (
        <ErrorAlert error={retry.state.error} title={`${number} was not sent to Stripe again`}>
          <p>
            <button type="button" className="button-link" onClick={retry.dismiss}>
              Dismiss
            </button>
          </p>
        </ErrorAlert>
      )}
      <div className="form-actions">
        <PdfButton number={number} pdf={pdf} className="button button-secondary" />
        {open === null && allowed.recordPayment && opener('payment', 'Record payment', 'button button-secondary')}
        {open === null &&
          allowed.uncollectible &&
          opener('uncollectible', 'Mark uncollectible', 'button button-secondary')}
        {open === null && allowed.void && opener('void', 'Void invoice', 'button button-danger')}
        {allowed.retryCollection && (
          <ConfirmButton
            className="button button-secondary"
            question={`Send ${number} to Stripe again? Stripe makes and charges its invoice as if for the first time.`}
            confirmLabel="Send to Stripe again"
            dismissLabel="Not now"
            busyLabel="Sending…"
            onConfirm={() => {
              onStart();
              return retry.run(
                () => api.retryInvoiceCollection(invoice.id),
                (queued) => onChanged(queued, <p>{number} is queued for Stripe again.</p>),
              );
            }}
          >
            Send to Stripe again
          </ConfirmButton>
        )}
      </div>
      {open === 'void' && (
        <ReasonForm
          name={`Void ${number}`}
          intro={
            <>
              Voiding cancels {number} for good: a credit note over{' '}
              {formatMoney({ amount: -invoice.gross, currency: invoice.currency })} is issued with the next credit-note
              number, and {invoice.buyer.name} owes nothing for {number} any more. The credit note is sent nowhere by
              itself.
              {invoice.stripe && ' Stripe’s invoice is voided too.'} This cannot be undone.
            </>
          }
          hint={`Kept with the invoice and its credit note (3 to ${REASON_MAX} characters).`}
          submitLabel={`Void ${number}`}
          busyLabel="Voiding…"
          cancelLabel="Keep the invoice"
          failedTitle={`${number} was not voided`}
          danger
          send={(reason, key) => api.voidInvoice(invoice.id, reason, key)}
          onDone={({ invoice: voided, creditNote }) =>
            done(
              voided,
              <p>
                {number} is void. Credit note <Link to={financeInvoicePath(creditNote.id)}>{creditNote.number}</Link>{' '}
                cancels it.
              </p>,
            )
          }
          onCancel={() => close('void')}
          onReload={onReload}
        />
      )}
      {open === 'uncollectible' && (
        <ReasonForm
          name={`Mark ${number} uncollectible`}
          intro={
            <>
              Writes {number} off: it stays unpaid, and can still be paid or voided later.
              {invoice.stripe && ' Stripe stops trying to collect it.'}
            </>
          }
          hint={`Why it cannot be collected (3 to ${REASON_MAX} characters).`}
          submitLabel="Mark uncollectible"
          busyLabel="Writing off…"
          cancelLabel="Keep it open"
          failedTitle={`${number} was not marked uncollectible`}
          send={(reason, key) => api.markInvoiceUncollectible(invoice.id, reason, key)}
          onDone={(next) =>
            done(next, <p>{number} is written off as uncollectible. It can still be paid or voided.</p>)
          }
          onCancel={() => close('uncollectible')}
          onReload={onReload}
        />
      )}
      {open === 'payment' && (
        <PaymentForm
          invoice={invoice}
          onDone={(next) => done(next, <p>Payment recorded: {number} is paid.</p>)}
          onCancel={() => close('payment')}
          onReload={onReload}
        />
      )}
    </section>
  );
}

function unchangeableReason(invoice: Invoice): string {
  if (invoice.kind === 'credit_note')
    return 'A credit note does not change: download it, or open the invoice it cancels.';
  if (invoice.status === 'paid') return 'Paid: nothing more to do. A refund is made outside Opsdesk.';
  if (invoice.status === 'void') return 'Void: a credit note cancels it. Nothing more to do.';
  if (invoice.stripe) return 'Stripe collects this invoice; its payment is recorded when Stripe reports it.';
  return 'Nothing can be done with this invoice in its status.';
}

/** One retry key per request body: a retry after a lost answer gets the first answer, an edited body is new. */
function useRetryKey() {
  const retry = useRef<{ body: string; key: string } | null>(null);
  return {
    keyFor: (body: unknown): string => {
      const text = JSON.stringify(body);
      const key = retry.current?.body === text ? retry.current.key : newIdempotencyKey();
      retry.current = { body: text, key };
      return key;
    },
    settled: (error?: unknown) => {
      // Only a request that may not have arrived is retried with its key.
      if (!(error instanceof NetworkError)) retry.current = null;
    },
  };
}

/** Focuses `ref`'s element once, when the form opens. */
function useFocusOnOpen<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.focus(), []);
  return ref;
}

type WriteState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'failed'; error: unknown };

/** A 409 means the invoice changed meanwhile (or cannot change so): offer to show it as it is now. */
function ConflictHelp({ error, onReload }: { error: unknown; onReload: () => void }) {
  if (!isApiError(error, 409)) return null;
  return (
    <p>
      <button type="button" className="button-link" onClick={onReload}>
        Reload the invoice
      </button>
    </p>
  );
}

/** A write that takes a reason (void, write-off): the form is the confirmation, its submit button does it. */
function ReasonForm<T>({
  name,
  intro,
  hint,
  submitLabel,
  busyLabel,
  cancelLabel,
  failedTitle,
  danger = false,
  send,
  onDone,
  onCancel,
  onReload,
}: {
  name: string;
  intro: ReactNode;
  hint: string;
  submitLabel: string;
  busyLabel: string;
  cancelLabel: string;
  failedTitle: string;
  danger?: boolean;
  send: (reason: string, idempotencyKey: string) => Promise<T>;
  onDone: (answer: T) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [state, setState] = useState<WriteState>({ kind: 'idle' });
  const retryKey = useRetryKey();
  const field = useFocusOnOpen<HTMLTextAreaElement>();
  const busy = state.kind === 'busy';

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const problem = reasonProblem(reason);
    setInvalid(problem);
    if (problem) {
      setState({ kind: 'idle' });
      field.current?.focus();
      return;
    }
    const trimmed = reason.trim();
    setState({ kind: 'busy' });
    try {
      const answer = await send(trimmed, retryKey.keyFor({ reason: trimmed }));
      retryKey.settled();
      onDone(answer);
    } catch (error) {
      retryKey.settled(error);
      setState({ kind: 'failed', error });
      if (isApiError(error, 422)) requestAnimationFrame(() => field.current?.focus());
    }
  }

  const failed = state.kind === 'failed' ? state.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const reasonError = invalid ?? (errors.reason ? fieldMessage(errors.reason) : undefined);
  const unplaced = Object.keys(errors).some((path) => path !== 'reason');

  return (
    <form className="form form-compact action-form" onSubmit={submit} noValidate aria-label={name}>
      <p>{intro}</p>
      <TextAreaField
        ref={field}
        label="Reason"
        hint={hint}
        rows={3}
        maxLength={REASON_MAX}
        required
        value={reason}
        onChange={(event) => {
          setReason(event.currentTarget.value);
          setInvalid(null);
        }}
        error={reasonError}
      />
      <SubmitFailure failed={failed} unplaced={unplaced} invalid={invalid !== null} title={failedTitle} />
      <ConflictHelp error={failed} onReload={onReload} />
      <div className="form-actions">
        <button type="submit" className={danger ? 'button button-danger' : 'button'} aria-disabled={busy || undefined}>
          {submitLabel}
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onCancel();
          }}
        >
          {cancelLabel}
        </button>
        {busy && <Loading>{busyLabel}</Loading>}
      </div>
    </form>
  );
}

/** `YYYY-MM-DD` of today in `zone` (the server's now), the latest day a payment can have arrived. */
const todayIn = (zone: string): string => zonedParts(nowMs(), zone).date;

/** The start of a day in `zone`, as an instant: the day the money arrived, as the staff member reads it. */
const startOfDayIn = (date: string, zone: string): string | null => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== date) return null;
  return new Date(zonedToUtc(date, '00:00', zone)).toISOString();
};

/** Ledger billing: a payment that arrived outside Stripe (a bank transfer), with its reference and day. */
function PaymentForm({
  invoice,
  onDone,
  onCancel,
  onReload,
}: {
  invoice: Invoice;
  onDone: (invoice: Invoice) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState('');
  const [invalid, setInvalid] = useState<{ reference?: string; paidAt?: string }>({});
  const [state, setState] = useState<WriteState>({ kind: 'idle' });
  const retryKey = useRetryKey();
  const field = useFocusOnOpen<HTMLInputElement>();
  const formRef = useRef<HTMLFormElement>(null);
  const busy = state.kind === 'busy';
  const zone = useDisplayZone();
  const today = todayIn(zone);
  const { number } = invoice;

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const found: { reference?: string; paidAt?: string } = {};
    const trimmed = reference.trim();
    if (!trimmed) found.reference = 'Enter the payment’s reference, e.g. the bank transfer’s.';
    else if (trimmed.length > 200) found.reference = 'Keep the reference to at most 200 characters.';
    const paidAt = paidOn ? startOfDayIn(paidOn, zone) : null;
    if (paidOn && !paidAt) found.paidAt = 'Enter a date, or leave it empty for today.';
    else if (paidOn && paidOn > today) found.paidAt = 'A payment cannot be recorded ahead of time.';
    setInvalid(found);
    if (Object.keys(found).length > 0) {
      setState({ kind: 'idle' });
      focusFirstInvalid();
      return;
    }
    const body = { reference: trimmed, ...(paidAt ? { paidAt } : {}) };
    setState({ kind: 'busy' });
    try {
      const paid = await api.recordInvoicePayment(invoice.id, body, retryKey.keyFor(body));
      retryKey.settled();
      onDone(paid);
    } catch (error) {
      retryKey.settled(error);
      setState({ kind: 'failed', error });
      if (isApiError(error, 422)) focusFirstInvalid();
    }
  }

  const failed = state.kind === 'failed' ? state.error : null;
  const errors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const message = (path: 'reference' | 'paidAt') =>
    invalid[path] ?? (errors[path] ? fieldMessage(errors[path]) : undefined);
  const unplaced = Object.keys(errors).some((path) => path !== 'reference' && path !== 'paidAt');

  return (
    <form
      ref={formRef}
      className="form form-compact action-form"
      onSubmit={submit}
      noValidate
      aria-label={`Record a payment of ${number}`}
    >
      <p>
        Marks {number} paid with the {formatMoney({ amount: invoice.gross, currency: invoice.currency })} that arrived
        outside Stripe, e.g. a bank transfer. This cannot be undone.
      </p>
      <TextField
        ref={field}
        label="Payment reference"
        hint="The bank transfer’s reference, or how it was paid."
        autoComplete="off"
        maxLength={200}
        required
        value={reference}
        onChange={(event) => {
          setReference(event.currentTarget.value);
          setInvalid((current) => ({ ...current, reference: undefined }));
        }}
        error={message('reference')}
      />
      <TextField
        label="Paid on (optional)"
        hint={`The day the money arrived, in ${zoneLabel(zone)}; today if left empty.`}
        type="date"
        max={today}
        value={paidOn}
        onChange={(event) => {
          setPaidOn(event.currentTarget.value);
          setInvalid((current) => ({ ...current, paidAt: undefined }));
        }}
        error={message('paidAt')}
      />
      <SubmitFailure
        failed={failed}
        unplaced={unplaced}
        invalid={Object.values(invalid).some(Boolean)}
        title="The payment was not recorded"
      />
      <ConflictHelp error={failed} onReload={onReload} />
      <div className="form-actions">
        <button type="submit" className="button" aria-disabled={busy || undefined}>
          Record payment
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={busy || undefined}
          onClick={() => {
            if (!busy) onCancel();
          }}
        >
          Cancel
        </button>
        {busy && <Loading>Recording…</Loading>}
      </div>
    </form>
  );
}
