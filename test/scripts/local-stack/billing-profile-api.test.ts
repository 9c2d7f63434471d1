import { beforeAll, describe, expect, it } from 'vitest';
import { routes } from '../../../shared/contracts/routes.js';
import { createTestApi, type TestApi } from '../../support/api.js';

let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});

// The manifest's own example: a valid German address without a VAT number.
const valid = routes.setBillingProfile.example;
const put = (body: unknown, persona: 'customer-admin-A' | 'customer-member-A' = 'customer-admin-A') =>
  api.request('PUT', '/api/billing/profile', { persona, body });

describe('billing profile', () => {
  it('is empty until set, then holds the normalised VAT number', async () => {
    expect((await api.request('GET', '/api/billing/profile', { persona: 'customer-admin-A' })).json()).toEqual({
      profile: null,
    });
    const saved = await put({ ...valid, vatId: ' de 123 456 789 ' });
    expect(saved.status).toBe(200);
    expect(saved.json().profile.vatId).toBe('DE123456789');
    expect((await api.request('GET', '/api/billing/profile', { persona: 'customer-admin-A' })).json().profile).toEqual({
      ...valid,
      vatId: 'DE123456789',
    });
    expect((await api.request('GET', '/api/billing/profile', { persona: 'customer-admin-B' })).json()).toEqual({
      profile: null,
    });
  });

  it.each([
    [{ ...valid, vatId: 'ATU12345678' }, 'body.vatId', /starting with DE/],
    [{ ...valid, country: 'CH', vatId: 'CHE123456789' }, 'body.vatId', /outside the EU/],
    [{ ...valid, country: 'Germany' }, 'body.country', /two-letter/],
    [{ ...valid, city: '' }, 'body.city', /city/],
    [{ ...valid, addressLines: [] }, 'body.addressLines', /address line/],
    [{ ...valid, vatId: 'DE12;rm' }, 'body.vatId', /VAT number/],
  ])('refuses %j with 422 naming the field', async (body, path, message) => {
    const response = await put(body);
    expect(response.status).toBe(422);
    const error = response.json().errors.find((entry: { path: string }) => entry.path === path);
    expect(error?.message).toMatch(message);
  });

  it('is for the customer-admin', async () => {
    expect((await put(valid, 'customer-member-A')).status).toBe(403);
  });
});
