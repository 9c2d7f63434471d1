import type { InvoiceCollector, StripeInvoiceView } from '../../../shared/billing/invoice-actions.js';
import type { Invoice } from '../../../shared/billing/invoices.js';
import type { StripeSettings } from '../../config/stripe.js';
import { type StripeClient, type StripeInvoice, segment, stripeClientOf } from './stripe-client.js';
import { StripeCardError } from './stripe-errors.js';

const percent = (basisPoints: number) => `${basisPoints / 100}%`;

export const viewOf = (invoice: StripeInvoice, paymentError: string | null = null): StripeInvoiceView => ({
  invoiceId: invoice.id ?? '',
  status: invoice.status ?? null,
  amountDue: invoice.amount_due,
  amountPaid: invoice.amount_paid,
  paymentError,
  // Stripe's page where the customer pays the invoice (once finalized); shown to them while it is open.
  hostedInvoiceUrl: invoice.hosted_invoice_url ?? null,
});

/**
 * Opsdesk's invoices collected by Stripe. Opsdesk's invoice stays the legal document (its number,
 * VAT per rate); Stripe's invoice carries the same lines and VAT as lines of their own, so its total
 * is the gross, and names the Opsdesk invoice in metadata and description. Every POST has an
 * idempotency key made of the Opsdesk invoice id and the step: a retried message (or a retry inside
 * the client) never makes a second invoice, line set or charge. Errors are thrown as they come: the
 * billing-sync queue retries, then dead-letters.
 */
export class StripeInvoiceCollector implements InvoiceCollector {
  constructor(private readonly stripe: StripeClient) {}

  private key(invoice: Invoice, step: string) {
    return { idempotencyKey: `opsdesk-invoice-${invoice.id}-${step}` };
  }

  async create(invoice: Invoice, customerId: string): Promise<StripeInvoiceView> {
    const metadata = { opsdeskInvoiceId: invoice.id, opsdeskNumber: invoice.number, tenantId: invoice.tenantId };
    const draft = await this.stripe.post<StripeInvoice>(
      '/v1/invoices',
      {
        customer: customerId,
        currency: invoice.currency.toLowerCase(),
        collection_method: 'charge_automatically',
        auto_advance: false,
        pending_invoice_items_behavior: 'exclude',
        description: `Opsdesk invoice ${invoice.number}, service period ${invoice.periodId}`,
        metadata,
      },
      this.key(invoice, 'create'),
    );
    const lines = [
      ...invoice.lines.map((line, index) => ({
        amount: line.amount,
        description: `${line.description} (${line.quantity} ${line.unit})`,
        metadata: { ...metadata, line: String(index) },
      })),
      ...invoice.vat
        .filter((rate) => rate.amount !== 0)
        .map((rate) => ({
          amount: rate.amount,
          description: `VAT ${percent(rate.rate)}`,
          metadata: { ...metadata, vatRate: String(rate.rate) },
        })),
    ];
    const withLines =
      lines.length > 0
        ? await this.stripe.post<StripeInvoice>(
            `/v1/invoices/${segment(draft.id)}/add_lines`,
            { lines },
            this.key(invoice, 'lines'),
          )
        : draft;
    return viewOf(withLines);
  }

  async charge(stripeInvoiceId: string, invoice: Invoice): Promise<StripeInvoiceView> {
    // Stripe's state first: a retry after the keys expired (24 h) must not finalize twice.
    const current = await this.stripe.get<StripeInvoice>(`/v1/invoices/${segment(stripeInvoiceId)}`);
    const open =
      current.status === 'draft'
        ? await this.stripe.post<StripeInvoice>(
            `/v1/invoices/${segment(stripeInvoiceId)}/finalize`,
            { auto_advance: true },
            this.key(invoice, 'finalize'),
          )
        : current;
    if (open.status !== 'open') return viewOf(open);
    try {
      return viewOf(
        await this.stripe.post<StripeInvoice>(
          `/v1/invoices/${segment(stripeInvoiceId)}/pay`,
          {},
          this.key(invoice, 'pay'),
        ),
      );
    } catch (error) {
      // A declined card is an answer, not an outage: the invoice stays open, Stripe retries the
      // charge on its own schedule and reports through invoice.paid / invoice.payment_failed.
      if (error instanceof StripeCardError) return viewOf(open, error.message);
      throw error;
    }
  }

  async void(stripeInvoiceId: string, invoice: Invoice): Promise<StripeInvoiceView> {
    const current = await this.stripe.get<StripeInvoice>(`/v1/invoices/${segment(stripeInvoiceId)}`);
    if (current.status === 'draft') {
      // A draft was never sent: it is deleted, not voided.
      await this.stripe.delete(`/v1/invoices/${segment(stripeInvoiceId)}`);
      return { ...viewOf(current), status: 'void', amountDue: 0 };
    }
    if (current.status !== 'open' && current.status !== 'uncollectible') return viewOf(current);
    return viewOf(
      await this.stripe.post<StripeInvoice>(
        `/v1/invoices/${segment(stripeInvoiceId)}/void`,
        {},
        this.key(invoice, 'void'),
      ),
    );
  }

  async markUncollectible(stripeInvoiceId: string, invoice: Invoice): Promise<StripeInvoiceView> {
    return viewOf(
      await this.stripe.post<StripeInvoice>(
        `/v1/invoices/${segment(stripeInvoiceId)}/mark_uncollectible`,
        {},
        this.key(invoice, 'uncollectible'),
      ),
    );
  }
}

/** The InvoiceCollector of the billing-sync consumer (passed to the billing wiring by its entry point). */
export const stripeInvoiceCollector = (settings: StripeSettings): InvoiceCollector =>
  new StripeInvoiceCollector(stripeClientOf(settings));
