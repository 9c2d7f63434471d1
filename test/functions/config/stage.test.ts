import { afterEach, describe, expect, it } from 'vitest';
import { loadSeller } from '../../../functions/config/stage.js';
import { loadStageConfig, STAGE_NAMES } from '../../../infra/stage-config.js';

const before = process.env.SELLER;
afterEach(() => {
  if (before === undefined) delete process.env.SELLER;
  else process.env.SELLER = before;
});

const dev = loadStageConfig('dev').seller;

describe('loadSeller: the seller, validated at cold start', () => {
  it('loads the dev stage’s complete seller: legal name, address, VAT id, e-mail, bank account and terms', () => {
    process.env.SELLER = JSON.stringify(dev);
    const seller = loadSeller();
    expect(seller).toEqual(dev);
    expect(seller.address.join(', ')).not.toMatch(/Muster/);
    expect(seller.vatId).not.toBe('DE000000000');
    expect(seller.email).toMatch(/@/);
    expect(seller.bank.iban).toMatch(/^DE\d{20}$/);
    expect(seller.paymentTermsDays).toBeGreaterThan(0);
  });

  it('refuses to start with a seller whose IBAN does not check, naming the field', () => {
    process.env.SELLER = JSON.stringify({ ...dev, bank: { ...dev.bank, iban: 'DE00100500000612345678' } });
    expect(() => loadSeller()).toThrow(/SELLER is not a valid seller: bank\.iban/);
  });

  it('refuses to start with a seller without payment terms', () => {
    const { paymentTermsDays: _terms, ...rest } = dev;
    process.env.SELLER = JSON.stringify(rest);
    expect(() => loadSeller()).toThrow(/paymentTermsDays/);
  });

  it.each(STAGE_NAMES)('accepts the %s stage’s seller', (stage) => {
    process.env.SELLER = JSON.stringify(loadStageConfig(stage).seller);
    expect(() => loadSeller()).not.toThrow();
  });
});
