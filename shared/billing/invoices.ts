import * as z from 'zod';
import type { AuditEntry } from '../audit/audit-entry.js';
import { auditActorOf, newAuditEntry, SYSTEM_ACTOR } from '../audit/audit-entry.js';
import { findPlan } from '../catalogue/plans.js';
import { IsoInstantSchema } from '../contracts/common.js';
import { DomainError } from '../errors.js';
import type { Actor } from '../platform/actor.js';
import type { Page, PageQuery } from '../platform/pagination.js';
import type { Clock, IdGenerator } from '../platform/ports.js';
import type { Tenant } from '../tenancy/model.js';
import type { TenantRepository } from '../tenancy/ports.js';
import type { HostDays, UsageLedger } from '../usage/ledger.js';
import type { BillingProfile, BillingProfileRepository } from './billing-profile.js';
import { periodNamed, periodOf } from './periods.js';
import type { SubscriptionRepository } from './ports.js';
import { type RatedInvoice, rate } from './rating.js';
import type { Period } from './subscription.js';

/** ../shared/API.md: invoice statuses. */
export const INVOICE_STATUSES = ['draft', 'finalized', 'paid', 'void', 'uncollectible'] as const;

/** ISO 13616 IBAN check: the country, two check digits and the account, whose mod-97 remainder is 1. */
export const isValidIban = (iban: string): boolean => {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const digits = [...`${iban.slice(4)}${iban.slice(0, 4)}`]
    .map((char) => (/\d/.test(char) ? char : String(char.charCodeAt(0) - 55)))
    .join('');
  let remainder = 0;
  for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  return remainder === 1;
};

/** German VAT ids (USt-IdNr.) carry a check digit (ISO 7064 MOD 11,10) over their first eight digits. */
const germanVatIdChecks = (digits: string): boolean => {
  let product = 10;
  for (const digit of digits.slice(0, 8)) {
    const sum = (Number(digit) + product) % 10 || 10;
    product = (2 * sum) % 11;
  }
  return (11 - product) % 10 === Number(digits[8]);
};

/** The VAT id of a seller in `country`: its country prefix (Greece's is EL), and for Germany the check digit. */
export const vatIdProblem = (vatId: string, country: string): string | null => {
  const prefix = country === 'GR' ? 'EL' : country;
  if (!/^[A-Z]{2}[0-9A-Z+*.]{2,13}$/.test(vatId)) return 'a VAT id: the country prefix, then 2 to 13 letters or digits';
  if (!vatId.startsWith(prefix)) return `a VAT id of the seller’s country, starting with ${prefix}`;
  if (prefix === 'DE' && !(/^DE\d{9}$/.test(vatId) && germanVatIdChecks(vatId.slice(2)))) {
    return 'a German VAT id: DE and nine digits whose last is the check digit';
  }
  return null;
};

/** Where customers pay by bank transfer: printed on every invoice that is not paid at once. */
export const SellerBankSchema = z.strictObject({
  /** The bank's name, e.g. "Berliner Sparkasse". */
  name: z.string().min(1).max(100),
  iban: z.string().refine(isValidIban, 'an IBAN without spaces whose check digits are right'),
  bic: z.string().regex(/^[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?$/, 'a BIC of 8 or 11 characters'),
});

/**
 * Who sells: the provider, in every invoice's header, and its country and VAT rate for rating. Each stage
 * configures its own (`seller` in infra/stages/<stage>.json); functions get it in their environment and
 * validate it at cold start (functions/config/stage.ts): an invoice never goes out with a part missing.
 */
export const SellerSchema = z
  .strictObject({
    /** The legal name, e.g. "Opsdesk Managed Services GmbH". */
    name: z.string().min(1).max(200),
    /** Street, postal code and town, country: as printed, one line each. */
    address: z.array(z.string().min(1).max(200)).min(2).max(6),
    country: z.string().regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 country code'),
    vatId: z.string().min(4).max(20),
    /** VAT in basis points (1900 = 19 %). */
    vatRate: z.number().int().min(0).max(10_000),
    /** Where customers write about invoices: printed in the invoice's header. */
    email: z.email(),
    bank: SellerBankSchema,
    /** Days from the issue date to the due date. */
    paymentTermsDays: z.number().int().min(0).max(90),
  })
  .superRefine((seller, context) => {
    const problem = vatIdProblem(seller.vatId, seller.country);
    if (problem) context.addIssue({ code: 'custom', path: ['vatId'], message: problem });
  });
export type Seller = z.infer<typeof SellerSchema>;

const PartySchema = z.object({
  name: z.string(),
  address: z.array(z.string()),
  country: z.string(),
  vatId: z.string().nullable(),
});

/** The seller as the invoice names it; invoices issued before e-mail addresses were configured have none. */
const SellerPartySchema = PartySchema.extend({ email: z.string().nullable().optional() });

/**
 * How an invoice is paid, fixed when it is issued: the due date (the issue date plus the seller's payment terms)
 * and the seller's bank account for a transfer. null on credit notes, on invoices of nothing (paid at once) and on
 * invoices issued before payment terms were configured.
 */
export const InvoicePaymentSchema = z.object({
  termsDays: z.number().int(),
  dueAt: IsoInstantSchema,
  bank: z.object({ accountHolder: z.string(), name: z.string(), iban: z.string(), bic: z.string() }),
});
export type InvoicePayment = z.infer<typeof InvoicePaymentSchema>;

/**
 * What the plan covered, listed on the invoice at no charge so the customer sees it: the allowance used (up to the
 * allowance) of webmaster time, call-outs and task runs. Priced lines beyond it are in `lines`.
 */
export const IncludedLineSchema = z.object({
  kind: z.enum(['included_webmaster_minutes', 'included_call_outs', 'included_task_runs']),
  description: z.string(),
  /** Used of the allowance (never more than `allowance`). */
  quantity: z.number(),
  allowance: z.number(),
  unit: z.enum(['minutes', 'call-outs', 'runs']),
});
export type IncludedLine = z.infer<typeof IncludedLineSchema>;

export const InvoiceLineSchema = z.object({
  kind: z.string(),
  description: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPrice: z.number().int(),
  amount: z.number().int(),
  vatRate: z.number().int(),
});

/** A reference from an invoice to its credit note, or from a credit note to the invoice it cancels. */
export const InvoiceRefSchema = z.object({ id: z.string(), number: z.string() });

/**
 * The invoice as Stripe has it (Stripe mode): Stripe collects, Opsdesk's invoice stays the legal
 * document. `sync` is the outbox's state: `queued` until the Stripe invoice is made, finalized and
 * charged; `failed` when the billing-sync queue gave up (finance can send it again).
 */
export const StripeCollectionSchema = z.object({
  sync: z.enum(['queued', 'synced', 'failed']),
  invoiceId: z.string().nullable(),
  /** Stripe's own status of its invoice (`draft`, `open`, `paid`, `void`, `uncollectible`). */
  status: z.string().nullable(),
  amountDue: z.number().int().nullable(),
  amountPaid: z.number().int().nullable(),
  /** Why the last Stripe call or payment failed (Stripe's message). */
  lastError: z.string().nullable(),
  updatedAt: IsoInstantSchema,
  /** When Stripe created the last webhook event applied (its clock): an older one arriving later is stale. */
  eventAt: IsoInstantSchema.nullable(),
  /** Stripe's page where the customer can pay the invoice (once Stripe has finalized it). */
  hostedInvoiceUrl: z.string().nullable().optional(),
});
export type StripeCollection = z.infer<typeof StripeCollectionSchema>;

export const InvoiceSchema = z
  .object({
    id: z.string(),
    tenantId: z.string(),
    /** `invoice`, or `credit_note`: a voided invoice's negative mirror, with its own number series. */
    kind: z.enum(['invoice', 'credit_note']),
    /** Invoices: `OD-2026-000001`; credit notes: `OD-CN-2026-000001`; consecutive per calendar year of issue. */
    number: z.string(),
    periodId: z.string(),
    servicePeriod: z.object({ start: IsoInstantSchema, end: IsoInstantSchema }),
    status: z.enum(INVOICE_STATUSES),
    issuedAt: IsoInstantSchema,
    seller: SellerPartySchema,
    buyer: PartySchema,
    currency: z.string(),
    /** Credit notes carry the original's lines with negated amounts. */
    lines: z.array(InvoiceLineSchema),
    /** The plan's allowances used, at no charge (none on credit notes and older invoices). */
    included: z.array(IncludedLineSchema),
    payment: InvoicePaymentSchema.nullable(),
    net: z.number().int(),
    vat: z.array(z.object({ rate: z.number().int(), base: z.number().int(), amount: z.number().int() })),
    gross: z.number().int(),
    vatTreatment: z.enum(['domestic', 'reverse_charge', 'outside_eu']),
    /** On a credit note: the invoice it cancels. */
    creditNoteOf: InvoiceRefSchema.nullable(),
    /** On a voided invoice: its credit note. */
    creditNote: InvoiceRefSchema.nullable(),
    statusChangedAt: IsoInstantSchema,
    paidAt: IsoInstantSchema.nullable(),
    /** Why it was voided or written off, or the reference of a payment recorded by hand. */
    statusNote: z.string().nullable(),
    /** null in ledger mode (no Stripe): payments are recorded by finance. */
    stripe: StripeCollectionSchema.nullable(),
    /** Optimistic concurrency: every change checks the version it read. */
    version: z.number().int(),
  })
  .meta({ id: 'Invoice' });
export type Invoice = z.infer<typeof InvoiceSchema>;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type InvoiceRef = z.infer<typeof InvoiceRefSchema>;

export const PeriodCloseSchema = z
  .object({
    periodId: z.string(),
    /** `done` once every tenant is invoiced, skipped or failed. */
    status: z.enum(['running', 'done']),
    startedAt: IsoInstantSchema,
    tenants: z.number().int(),
    invoiced: z.number().int(),
    /** Tenants with nothing to invoice (no plan in force and no usage). */
    skipped: z.number().int(),
    /** Tenants whose invoice failed three times (the dead-letter queue); closing again retries them. */
    failed: z.number().int(),
  })
  .meta({ id: 'PeriodClose' });
export type PeriodClose = z.infer<typeof PeriodCloseSchema>;

export interface InvoiceRepository {
  /** The tenant's invoice of a period, if one was finalized. */
  forPeriod(tenantId: string, periodId: string): Promise<Invoice | null>;
  /**
   * An invoice or credit note by its id; with `tenantId`, only if it is that tenant's (another tenant's is
   * null, and its item is never read: a customer's request may not touch another tenant's partition).
   */
  get(invoiceId: string, tenantId?: string): Promise<Invoice | null>;
  /**
   * Finalizes `invoice` with the next consecutive number of its year, in one transaction with the
   * counter and the close's progress: no gaps, no duplicates. Returns the stored invoice — the
   * existing one if the tenant's period was invoiced already (a retried close changes nothing).
   */
  finalize(invoice: Omit<Invoice, 'number'>, audit: AuditEntry): Promise<{ invoice: Invoice; created: boolean }>;
  /** Stores a changed invoice whose `version` is one more than the stored one; `STATE.CONFLICT` otherwise. */
  update(invoice: Invoice, audit: AuditEntry[]): Promise<void>;
  /**
   * Voids `invoice` (already changed, version one more) and issues `creditNote` with the next
   * credit-note number of its year, in one transaction. Returns the credit note.
   */
  voidWithCreditNote(invoice: Invoice, creditNote: Omit<Invoice, 'number'>, audit: AuditEntry): Promise<Invoice>;
  /** A period's invoices and credit notes in number order, optionally of one status. */
  listForPeriod(periodId: string, page: PageQuery & { status?: InvoiceStatus | undefined }): Promise<Page<Invoice>>;
  /** A tenant's invoices and credit notes, newest period first. */
  listForTenant(tenantId: string, page: PageQuery): Promise<Page<Invoice>>;
}

/**
 * A message of the billing-sync queue (the outbox of Stripe calls): "bring Stripe in line with this
 * invoice". The consumer decides what to do from the invoice as stored, never from the message, so a
 * late, repeated or reordered message cannot act on an old state. FIFO, one group per invoice.
 */
export interface BillingSyncMessage {
  invoiceId: string;
}

export interface BillingSyncQueue {
  /** Queues the invoice (deduplicated by its version: the same state is sent once). */
  send(invoice: Pick<Invoice, 'id' | 'version'>): Promise<void>;
}

export interface PeriodCloseRepository {
  /** Starts a close; returns the existing one if the period was closed (or is closing) already. */
  start(close: PeriodClose, audit: AuditEntry): Promise<{ started: boolean; close: PeriodClose }>;
  get(periodId: string): Promise<PeriodClose | null>;
  /** Records that a tenant has nothing to invoice for the period (once, however often it is retried). */
  markSkipped(periodId: string, tenantId: string): Promise<void>;
  /** Records that a tenant's invoice could not be made (dead-lettered); once. */
  markFailed(periodId: string, tenantId: string): Promise<void>;
  /** Tenants recorded as failed, to try again. */
  failedTenants(periodId: string): Promise<string[]>;
  /** Forgets a failure before it is tried again. */
  clearFailure(periodId: string, tenantId: string): Promise<void>;
}

/** One message per tenant of a close: the period-close queue. */
export interface PeriodCloseQueue {
  fanOut(periodId: string, tenantIds: string[]): Promise<void>;
}

export interface CloseDeps {
  tenants: Pick<TenantRepository, 'getTenant' | 'listTenants'>;
  profiles: Pick<BillingProfileRepository, 'get'>;
  subscriptions: Pick<SubscriptionRepository, 'get'>;
  ledger: UsageLedger;
  hosts: HostDays;
  invoices: InvoiceRepository;
  closes: PeriodCloseRepository;
  queue: PeriodCloseQueue;
  /** Stripe mode: finalized invoices are collected through this queue; null in ledger mode. */
  billingSync: BillingSyncQueue | null;
  /** The provider: the invoice header, and the country and VAT rate invoices are rated with. */
  seller: Seller;
  clock: Clock;
  ids: IdGenerator;
}

/**
 * `POST /api/finance/periods/{period}/close`: only a period that has ended; closing it again changes
 * nothing. Fans out one message per tenant, so a close scales with tenants instead of looping in
 * one function; each tenant's invoice is made by `closeTenantPeriod`.
 */
export const closePeriod = async (
  deps: CloseDeps,
  actor: Actor | 'schedule',
  periodId: string,
): Promise<PeriodClose> => {
  const period = periodNamed(periodId);
  const now = deps.clock.now();
  if (now.toISOString() < period.end) {
    throw new DomainError('STATE.CONFLICT', `${periodId} has not ended yet; it can be closed from ${period.end}.`);
  }
  const tenantIds: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.tenants.listTenants({ limit: 200, ...(cursor ? { cursor } : {}) });
    for (const tenant of page.items) if (tenant.createdAt < period.end) tenantIds.push(tenant.id);
    cursor = page.nextCursor;
  } while (cursor);
  const { started, close } = await deps.closes.start(
    {
      periodId,
      // Nothing to wait for without tenants: no message will come back to finish the close.
      status: tenantIds.length === 0 ? 'done' : 'running',
      startedAt: now.toISOString(),
      tenants: tenantIds.length,
      invoiced: 0,
      skipped: 0,
      failed: 0,
    },
    newAuditEntry(deps, {
      actor: actor === 'schedule' ? SYSTEM_ACTOR : auditActorOf(actor),
      tenantId: null,
      action: 'period.close_started',
      target: { type: 'period', id: periodId },
      details: { tenants: tenantIds.length },
    }),
  );
  if (started) {
    await fanOut(deps, periodId, tenantIds);
    return close;
  }
  // Closing again: tenants whose invoice failed are tried again; a close still running is sent again
  // (each tenant's invoice is made once, so a repeated message changes nothing).
  if (close.failed > 0) {
    const failed = await deps.closes.failedTenants(periodId);
    for (const tenantId of failed) await deps.closes.clearFailure(periodId, tenantId);
    await fanOut(deps, periodId, failed);
  } else if (close.status === 'running') {
    await fanOut(deps, periodId, tenantIds);
  }
  return (await deps.closes.get(periodId)) ?? close;
};

const fanOut = async (deps: Pick<CloseDeps, 'queue'>, periodId: string, tenantIds: string[]) => {
  try {
    await deps.queue.fanOut(periodId, tenantIds);
  } catch (error) {
    throw new DomainError(
      'DEPENDENCY.UNAVAILABLE',
      `The close of ${periodId} has started, but not every tenant could be queued; close it again to continue.`,
      undefined,
      { cause: error },
    );
  }
};

/** The period-close dead-letter consumer: the tenant is counted as failed; closing again retries it. */
export const failTenantPeriod = async (
  deps: Pick<CloseDeps, 'closes'>,
  message: { periodId: string; tenantId: string },
): Promise<void> => {
  await deps.closes.markFailed(message.periodId, message.tenantId);
};

/** Progress of a close (finance): tenants done of all. */
export const getPeriodClose = async (deps: Pick<CloseDeps, 'closes'>, periodId: string): Promise<PeriodClose> => {
  const close = await deps.closes.get(periodId);
  if (!close) throw new DomainError('RESOURCE.NOT_FOUND', `${periodId} has not been closed.`);
  return close;
};

/** The country's English name for the address block ("Austria"); the code itself if Intl has none. */
const countryName = (code: string): string => new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;

/** The buyer on the invoice: the billing profile, or — until one is set — the organisation's name in the provider's country. */
const buyerOf = (tenant: Tenant, profile: BillingProfile | null, seller: Seller) =>
  profile
    ? {
        name: profile.legalName,
        address: [...profile.addressLines, `${profile.postalCode} ${profile.city}`, countryName(profile.country)],
        country: profile.country,
        vatId: profile.vatId,
      }
    : { name: tenant.name, address: [] as string[], country: seller.country, vatId: null };

/**
 * Rates a tenant's period from the ledger as it is now: what the invoice of that period says (at the
 * close) or should say (reconciliation). null when there is nothing to invoice (no plan in force and
 * no usage).
 */
export const rateTenantPeriod = async (
  deps: Pick<CloseDeps, 'tenants' | 'subscriptions' | 'ledger' | 'hosts' | 'profiles' | 'seller'>,
  tenantId: string,
  periodId: string,
): Promise<{ tenant: Tenant; buyer: Invoice['buyer']; rated: RatedInvoice } | null> => {
  const period = periodNamed(periodId);
  const [tenant, subscription, usage, hosts, profile] = await Promise.all([
    deps.tenants.getTenant(tenantId),
    deps.subscriptions.get(tenantId),
    deps.ledger.list(tenantId, periodId),
    deps.hosts.list(tenantId),
    deps.profiles.get(tenantId),
  ]);
  const history = (subscription?.planHistory ?? []).filter((entry) => entry.effectiveFrom < period.end);
  if (!tenant || (history.length === 0 && usage.length === 0)) return null;
  const buyer = buyerOf(tenant, profile, deps.seller);
  const rated = rate({
    period,
    planHistory: history,
    cancelledAt: subscription?.status === 'cancelled' ? subscription.updatedAt : null,
    plans: findPlan,
    usage,
    hosts: hosts.map((host) => ({ hostId: host.id, from: host.registeredAt ?? period.start, to: null })),
    seller: { country: deps.seller.country, vatRate: deps.seller.vatRate },
    buyer: { country: buyer.country, vatId: buyer.vatId },
  });
  return { tenant, buyer, rated };
};

/** Stripe's part of an invoice before Stripe has it: queued on the billing-sync outbox. */
export const queuedStripeCollection = (at: string): StripeCollection => ({
  sync: 'queued',
  invoiceId: null,
  status: null,
  amountDue: null,
  amountPaid: null,
  lastError: null,
  updatedAt: at,
  eventAt: null,
  hostedInvoiceUrl: null,
});

const DAY_MS = 86_400_000;

/**
 * The allowances of the plan and what of them the period used, as lines at no charge: webmaster time (engagements
 * rounded up to quarter hours, as rated), call-outs and task runs, each listed when the plan includes any.
 */
export const includedLinesOf = (usage: RatedInvoice['usage']): IncludedLine[] => {
  const allowances: [IncludedLine['kind'], string, number, number, IncludedLine['unit']][] = [
    ['included_webmaster_minutes', 'Webmaster time', usage.roundedMinutes, usage.includedMinutes, 'minutes'],
    ['included_call_outs', 'Emergency call-outs', usage.callOuts, usage.includedCallOuts, 'call-outs'],
    ['included_task_runs', 'Task runs', usage.taskRuns, usage.includedTaskRuns, 'runs'],
  ];
  return allowances
    .filter(([, , , allowance]) => allowance > 0)
    .map(([kind, what, used, allowance, unit]) => ({
      kind,
      description: `${what} included in the plan`,
      quantity: Math.min(used, allowance),
      allowance,
      unit,
    }));
};

/** How an invoice issued `at` is paid: due `paymentTermsDays` later, by transfer to the seller's account. */
export const paymentOf = (seller: Seller, at: string): InvoicePayment => ({
  termsDays: seller.paymentTermsDays,
  dueAt: new Date(Date.parse(at) + seller.paymentTermsDays * DAY_MS).toISOString(),
  bank: { accountHolder: seller.name, name: seller.bank.name, iban: seller.bank.iban, bic: seller.bank.bic },
});

/**
 * The invoice a rating makes, ready to be numbered: finalized, addressed to `buyer` from the
 * provider, due after the seller's payment terms, with the plan's allowances used listed at no charge;
 * an invoice of nothing (gross 0) is settled at once and never sent to Stripe.
 */
export const invoiceOfRating = (input: {
  id: string;
  tenantId: string;
  period: Period;
  buyer: Invoice['buyer'];
  rated: RatedInvoice;
  at: string;
  collectedByStripe: boolean;
  seller: Seller;
}): Omit<Invoice, 'number'> => {
  const { rated, at } = input;
  const settled = rated.gross === 0;
  return {
    id: input.id,
    tenantId: input.tenantId,
    kind: 'invoice',
    periodId: input.period.id,
    servicePeriod: { start: input.period.start, end: input.period.end },
    status: settled ? 'paid' : 'finalized',
    issuedAt: at,
    seller: {
      name: input.seller.name,
      address: [...input.seller.address],
      country: input.seller.country,
      vatId: input.seller.vatId,
      email: input.seller.email,
    },
    buyer: input.buyer,
    currency: rated.currency,
    lines: rated.lines,
    included: includedLinesOf(rated.usage),
    // An invoice of nothing is paid at once: no due date, no account to pay to.
    // Stripe charges the card on file: no bank-transfer instructions, or a customer would pay twice.
    payment: settled || input.collectedByStripe ? null : paymentOf(input.seller, at),
    net: rated.net,
    vat: rated.vat,
    gross: rated.gross,
    vatTreatment: rated.vatTreatment,
    creditNoteOf: null,
    creditNote: null,
    statusChangedAt: at,
    paidAt: settled ? at : null,
    statusNote: settled ? 'Nothing to pay.' : null,
    stripe: input.collectedByStripe && !settled ? queuedStripeCollection(at) : null,
    version: 1,
  };
};

/** Where the customer can pay an open invoice online: Stripe's hosted invoice page, if Stripe collects it. */
export const paymentUrlOf = (invoice: Pick<Invoice, 'kind' | 'status' | 'stripe'>): string | null =>
  invoice.kind === 'invoice' && (invoice.status === 'finalized' || invoice.status === 'uncollectible')
    ? (invoice.stripe?.hostedInvoiceUrl ?? null)
    : null;

/** Queues the Stripe collection of a finalized invoice (Stripe mode) until Stripe has it. */
const queueCollection = async (deps: Pick<CloseDeps, 'billingSync'>, invoice: Invoice) => {
  if (deps.billingSync && invoice.stripe?.sync === 'queued' && invoice.stripe.invoiceId === null) {
    await deps.billingSync.send(invoice);
  }
};

/**
 * The period-close consumer's use case, for one tenant: rates the period and finalizes the invoice
 * with the next consecutive number. A tenant already invoiced for the period is left as it is (its
 * collection is queued again if Stripe does not have it yet); one with nothing to invoice gets none.
 */
export const closeTenantPeriod = async (
  deps: CloseDeps,
  message: { periodId: string; tenantId: string },
): Promise<'invoiced' | 'skipped' | 'exists'> => {
  const existing = await deps.invoices.forPeriod(message.tenantId, message.periodId);
  if (existing) {
    await queueCollection(deps, existing);
    return 'exists';
  }
  const result = await rateTenantPeriod(deps, message.tenantId, message.periodId);
  if (!result) {
    await deps.closes.markSkipped(message.periodId, message.tenantId);
    return 'skipped';
  }
  const { tenant, buyer, rated } = result;
  const id = deps.ids.newId();
  const draft = invoiceOfRating({
    id,
    tenantId: tenant.id,
    period: periodNamed(message.periodId),
    buyer,
    rated,
    at: deps.clock.now().toISOString(),
    collectedByStripe: deps.billingSync !== null,
    seller: deps.seller,
  });
  const { invoice, created } = await deps.invoices.finalize(
    draft,
    newAuditEntry(deps, {
      actor: SYSTEM_ACTOR,
      tenantId: tenant.id,
      action: 'invoice.finalized',
      target: { type: 'invoice', id },
      details: { periodId: draft.periodId, gross: rated.gross },
    }),
  );
  await queueCollection(deps, invoice);
  return created ? 'invoiced' : 'exists';
};

export const listPeriodInvoices = (
  deps: Pick<CloseDeps, 'invoices'>,
  query: PageQuery & { period: string; status?: InvoiceStatus | undefined },
) => deps.invoices.listForPeriod(query.period, query);

/** Every invoice of a period, for finance's export (pages followed to the end). */
export const exportPeriodInvoices = async (
  deps: Pick<CloseDeps, 'invoices'>,
  query: { period: string; status?: InvoiceStatus | undefined },
): Promise<{ items: Invoice[] }> => {
  const periodId = query.period;
  const items: Invoice[] = [];
  let cursor: string | undefined;
  do {
    const page = await deps.invoices.listForPeriod(periodId, {
      limit: 200,
      status: query.status,
      ...(cursor ? { cursor } : {}),
    });
    items.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return { items };
};

/** The monthly job: closes the month before the one `now` is in. */
export const closePreviousPeriod = (deps: CloseDeps): Promise<PeriodClose> => {
  const current = periodOf(deps.clock.now());
  return closePeriod(deps, 'schedule', periodOf(new Date(Date.parse(current.start) - 1)).id);
};
