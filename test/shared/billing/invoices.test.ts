import { describe, expect, it } from 'vitest';
import {
  includedLinesOf,
  invoiceOfRating,
  isValidIban,
  paymentUrlOf,
  type Seller,
  SellerSchema,
  vatIdProblem,
} from '../../../shared/billing/invoices.js';
import { periodNamed } from '../../../shared/billing/periods.js';
import type { RatedInvoice } from '../../../shared/billing/rating.js';
import { sampleInvoice } from '../../support/invoices.js';

const SELLER: Seller = {
  name: 'Opsdesk Managed Services GmbH',
  address: ['Friedrichstraße 123', '10117 Berlin', 'Germany'],
  country: 'DE',
  vatId: 'DE293815472',
  vatRate: 1900,
  email: 'billing@opsdesk.example',
  bank: { name: 'Berliner Sparkasse', iban: 'DE89100500000612345678', bic: 'BELADEBEXXX' },
  paymentTermsDays: 14,
};

const usage = (overrides: Partial<RatedInvoice['usage']> = {}): RatedInvoice['usage'] => ({
  engagementMinutes: 70,
  roundedMinutes: 75,
  billedMinutes: 0,
  includedMinutes: 120,
  callOuts: 0,
  includedCallOuts: 1,
  taskRuns: 0,
  includedTaskRuns: 0,
  ...overrides,
});

const rated = (overrides: Partial<RatedInvoice> = {}): RatedInvoice => ({
  periodId: '2026-10',
  currency: 'EUR',
  lines: [
    {
      kind: 'base_fee',
      description: 'Business, monthly fee',
      quantity: 31,
      unit: 'days',
      unitPrice: 119_000,
      amount: 119_000,
      vatRate: 1900,
    },
  ],
  net: 119_000,
  vat: [{ rate: 1900, base: 119_000, amount: 22_610 }],
  gross: 141_610,
  vatTreatment: 'domestic',
  usage: usage(),
  ...overrides,
});

const issue = (rating: RatedInvoice, seller: Seller = SELLER, collectedByStripe = false) =>
  invoiceOfRating({
    id: 'inv-1',
    tenantId: 't-1',
    period: periodNamed('2026-10'),
    buyer: { name: 'Demo Verein', address: [], country: 'DE', vatId: null },
    rated: rating,
    at: '2026-11-01T02:00:00.000Z',
    collectedByStripe,
    seller,
  });

describe('invoiceOfRating: payment terms and due date', () => {
  it('is due the seller’s payment terms after it is issued, payable to the seller’s account', () => {
    const invoice = issue(rated());
    expect(invoice.payment).toEqual({
      termsDays: 14,
      dueAt: '2026-11-15T02:00:00.000Z',
      bank: {
        accountHolder: 'Opsdesk Managed Services GmbH',
        name: 'Berliner Sparkasse',
        iban: 'DE89100500000612345678',
        bic: 'BELADEBEXXX',
      },
    });
    expect(invoice.seller).toEqual({
      name: SELLER.name,
      address: SELLER.address,
      country: 'DE',
      vatId: 'DE293815472',
      email: 'billing@opsdesk.example',
    });
  });

  it('follows the configured terms: 30 days, or due on receipt', () => {
    expect(issue(rated(), { ...SELLER, paymentTermsDays: 30 }).payment?.dueAt).toBe('2026-12-01T02:00:00.000Z');
    expect(issue(rated(), { ...SELLER, paymentTermsDays: 0 }).payment?.dueAt).toBe('2026-11-01T02:00:00.000Z');
  });

  it('asks for no bank transfer when Stripe charges the card on file (the customer would pay twice)', () => {
    const invoice = issue(rated(), SELLER, true);
    expect(invoice.payment).toBeNull();
    expect(invoice.stripe?.sync).toBe('queued');
  });

  it('has no due date when there is nothing to pay (settled at once)', () => {
    const invoice = issue(rated({ lines: [], net: 0, vat: [], gross: 0 }));
    expect(invoice.status).toBe('paid');
    expect(invoice.payment).toBeNull();
  });
});

describe('includedLinesOf: what the plan covered, at no charge', () => {
  it('lists each allowance the plan has with what of it was used, capped at the allowance', () => {
    expect(includedLinesOf(usage({ roundedMinutes: 75, callOuts: 3, includedTaskRuns: 50, taskRuns: 12 }))).toEqual([
      {
        kind: 'included_webmaster_minutes',
        description: 'Webmaster time included in the plan',
        quantity: 75,
        allowance: 120,
        unit: 'minutes',
      },
      {
        kind: 'included_call_outs',
        description: 'Emergency call-outs included in the plan',
        quantity: 1,
        allowance: 1,
        unit: 'call-outs',
      },
      {
        kind: 'included_task_runs',
        description: 'Task runs included in the plan',
        quantity: 12,
        allowance: 50,
        unit: 'runs',
      },
    ]);
  });

  it('caps webmaster time at the allowance when more was used (the rest is a priced line)', () => {
    const [webmaster] = includedLinesOf(usage({ roundedMinutes: 200, billedMinutes: 80 }));
    expect(webmaster).toMatchObject({ quantity: 120, allowance: 120 });
  });

  it('lists nothing the plan does not include', () => {
    expect(includedLinesOf(usage({ includedMinutes: 0, includedCallOuts: 0, includedTaskRuns: 0 }))).toEqual([]);
  });

  it('puts them on the invoice apart from the priced lines, leaving the totals as rated', () => {
    const invoice = issue(rated());
    expect(invoice.included.map((line) => [line.kind, line.quantity])).toEqual([
      ['included_webmaster_minutes', 75],
      ['included_call_outs', 0],
    ]);
    expect(invoice.lines.map((line) => line.kind)).toEqual(['base_fee']);
    expect(invoice.net).toBe(119_000);
    expect(invoice.gross).toBe(141_610);
  });
});

describe('paymentUrlOf', () => {
  const stripe = {
    sync: 'synced' as const,
    invoiceId: 'in_1',
    status: 'open',
    amountDue: 141_616,
    amountPaid: 0,
    lastError: null,
    updatedAt: '2026-11-01T02:00:00.000Z',
    eventAt: null,
    hostedInvoiceUrl: 'https://invoice.stripe.com/i/x',
  };

  it('is Stripe’s page while the invoice is open', () => {
    expect(paymentUrlOf(sampleInvoice({ stripe }))).toBe('https://invoice.stripe.com/i/x');
    expect(paymentUrlOf(sampleInvoice({ stripe, status: 'uncollectible' }))).toBe('https://invoice.stripe.com/i/x');
  });

  it('is null once paid or void, in ledger billing, and before Stripe has a page', () => {
    expect(paymentUrlOf(sampleInvoice({ stripe, status: 'paid' }))).toBeNull();
    expect(paymentUrlOf(sampleInvoice({ stripe, status: 'void' }))).toBeNull();
    expect(paymentUrlOf(sampleInvoice())).toBeNull();
    expect(paymentUrlOf(sampleInvoice({ stripe: { ...stripe, hostedInvoiceUrl: null } }))).toBeNull();
  });
});

describe('SellerSchema: the seller each stage configures', () => {
  it('accepts a complete seller', () => {
    expect(SellerSchema.parse(SELLER)).toEqual(SELLER);
  });

  it.each([
    ['e-mail', { email: 'billing' }, 'email'],
    ['IBAN check digits', { bank: { ...SELLER.bank, iban: 'DE88100500000612345678' } }, 'bank.iban'],
    ['IBAN with spaces', { bank: { ...SELLER.bank, iban: 'DE89 1005 0000 0612 3456 78' } }, 'bank.iban'],
    ['BIC', { bank: { ...SELLER.bank, bic: 'BELADE' } }, 'bank.bic'],
    ['VAT id of another country', { vatId: 'ATU12345678' }, 'vatId'],
    ['German VAT id check digit', { vatId: 'DE293815473' }, 'vatId'],
    ['VAT id placeholder', { vatId: 'DE000000000' }, 'vatId'],
    ['payment terms', { paymentTermsDays: -1 }, 'paymentTermsDays'],
    ['address', { address: ['Berlin'] }, 'address'],
  ])('refuses a wrong %s', (_name, change, path) => {
    const result = SellerSchema.safeParse({ ...SELLER, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path);
  });

  it.each(['email', 'bank', 'paymentTermsDays'])('refuses a seller without %s', (field) => {
    const { [field as keyof Seller]: _left, ...rest } = SELLER;
    expect(SellerSchema.safeParse(rest).success).toBe(false);
  });
});

describe('isValidIban and vatIdProblem', () => {
  it('checks IBANs by their mod-97 check digits', () => {
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('GB82WEST12345698765433')).toBe(false);
    expect(isValidIban('de89370400440532013000')).toBe(false);
  });

  it('knows Greece’s VAT prefix is EL', () => {
    expect(vatIdProblem('EL123456789', 'GR')).toBeNull();
    expect(vatIdProblem('GR123456789', 'GR')).not.toBeNull();
  });
});
