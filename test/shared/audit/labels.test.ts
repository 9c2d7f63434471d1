import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit-entry.js';
import { newAuditEntry } from '../../../shared/audit/audit-entry.js';
import { auditDetailLines, auditTargetName, type DetailFormats } from '../../../shared/audit/labels.js';
import { withNames } from '../../../shared/audit/list-audit.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-/;
const formats: DetailFormats = {
  money: (money) => `${money.currency} ${(money.amount / 100).toFixed(2)}`,
  duration: (minutes) => `${minutes} min`,
  dateTime: (iso) => `at ${iso} (zone)`,
  term: (value) => (value === 'customer-admin' ? 'Admin' : value === 'suspended' ? 'Suspended' : null),
};

const entry = (overrides: Partial<AuditEntry>): AuditEntry => ({
  id: 'a-1',
  tenantId: '6396e644-1111-4222-8333-444455556666',
  at: '2026-12-06T10:00:00.000Z',
  actor: { userId: '0b7c9a9e-1111-4222-8333-444455556666', email: 'ada@verein.example', roles: ['customer-admin'] },
  action: 'booking.created',
  target: { type: 'booking', id: '5f0c2a3e-1111-4222-8333-444455556666' },
  details: {},
  ...overrides,
});

const text = (lines: { label: string; value: string }[]) => lines.map((l) => `${l.label}: ${l.value}`).join('\n');

describe('audit targets by name', () => {
  it('prefers the stored name and never falls back to an id', () => {
    expect(auditTargetName(entry({ target: { type: 'tenant', id: 't', name: 'Demo Verein' } }), 'UTC')).toBe(
      'Demo Verein',
    );
    const booking = entry({ details: { start: '2026-12-09T13:00:00.000Z', typeId: 'consultation' } });
    expect(auditTargetName(booking, 'Europe/Berlin')).toBe('Booking of Wed 9 Dec 2026');
    expect(auditTargetName(entry({ details: {} }), 'UTC')).toBe('A booking');
    expect(auditTargetName(entry({ target: { type: 'task', id: 'mj3k0a1b2-0123456789ab' } }), 'UTC')).toBe('A task');
    expect(auditTargetName(entry({ target: { type: 'period', id: '2026-11' } }), 'UTC')).toBe(
      'Billing period November 2026',
    );
    expect(auditTargetName(entry({ target: { type: 'balance', id: '2026-11#80' } }), 'UTC')).toBe(
      '80 % warning, November 2026',
    );
    const unknown = entry({ target: { type: 'gizmo', id: '5f0c2a3e-1111-4222-8333-444455556666' } });
    expect(auditTargetName(unknown, 'UTC')).toBe('Gizmo');
  });

  it('new entries take their name from what the writer put in the details', () => {
    const deps = { clock: { now: () => new Date('2026-12-06T10:00:00Z') }, ids: { newId: () => 'a-9' } };
    const host = newAuditEntry(deps, {
      actor: { userId: 'u', email: 'e@x', roles: [] },
      tenantId: 't',
      action: 'host.deregistered',
      target: { type: 'host', id: 'mi-0123456789abcdef0' },
      details: { name: 'web-01' },
    });
    expect(host.target).toEqual({ type: 'host', id: 'mi-0123456789abcdef0', name: 'web-01' });
  });
});

describe('audit details per kind of entry', () => {
  it('writes money as money, minutes as durations, type ids as names and people by name', () => {
    const staffId = '9a8b7c6d-1111-4222-8333-444455556666';
    const lines = auditDetailLines(
      entry({
        details: { typeId: 'hands-on', start: '2026-12-09T13:00:00.000Z', durationMinutes: 90, staffId },
        names: { [staffId]: 'Olivia Operator' },
      }),
      formats,
    );
    expect(lines).toEqual([
      { label: 'Duration', value: '90 min' },
      { label: 'Operator', value: 'Olivia Operator' },
      { label: 'Starts', value: 'at 2026-12-09T13:00:00.000Z (zone)' },
      { label: 'Type', value: 'Hands-on session' },
    ]);
    const invoice = auditDetailLines(
      entry({ action: 'invoice.finalized', details: { number: 'OD-2026-000001', periodId: '2026-11', gross: 141610 } }),
      formats,
    );
    expect(text(invoice)).toBe('Period: November 2026\nTotal (gross): EUR 1416.10');
    const task = auditDetailLines(entry({ action: 'incident.remediated', details: { typeId: 'custom' } }), formats);
    expect(text(task)).not.toContain('custom');
  });

  it('leaves out ids it cannot name and raw objects, so no UUID or bare cents is ever shown', () => {
    const lines = auditDetailLines(
      entry({
        action: 'status_page.updated',
        details: {
          staffId: '9a8b7c6d-1111-4222-8333-444455556666',
          monitorIds: ['9a8b7c6d-1111-4222-8333-444455556666'],
          hostId: 'mi-0123456789abcdef0',
          eventId: 'evt_1234567890abc',
          fee: { amount: 4000, currency: 'EUR' },
          nested: { anything: 1 },
          published: true,
        },
      }),
      formats,
    );
    expect(text(lines)).toBe('Fee: EUR 40.00\nPublished: Yes');
    expect(text(lines)).not.toMatch(UUID);
  });

  it('names statuses, roles and the suspension reason of tenant entries, what people wrote last', () => {
    const lines = auditDetailLines(
      entry({ action: 'tenant.suspended', details: { reason: 'Unpaid invoices', to: 'suspended' } }),
      formats,
    );
    expect(lines).toEqual([
      { label: 'Status now', value: 'Suspended' },
      { label: 'Reason', value: 'Unpaid invoices' },
    ]);
  });
});

describe('the log read with names', () => {
  it('fills in actor, target and detail names from the directory, reading each once', async () => {
    const reads: string[] = [];
    const directory = {
      getTenant: async (id: string) => {
        reads.push(`tenant ${id}`);
        return id === 't-1'
          ? {
              id,
              name: 'Demo Verein',
              status: 'active' as const,
              timeZone: 'Europe/Berlin',
              planId: null,
              createdAt: '2026-01-01T00:00:00.000Z',
              deletionDueAt: null,
            }
          : null;
      },
      getUser: async (tenantId: string | null, userId: string) => {
        reads.push(`user ${tenantId} ${userId}`);
        const names: Record<string, string> = { 'null u-staff': 'Olivia Operator', 't-1 u-ada': 'Ada Admin' };
        const name = names[`${tenantId} ${userId}`];
        return name
          ? { id: userId, tenantId, email: 'x@y.example', name, roles: [], createdAt: '2026-01-01T00:00:00.000Z' }
          : null;
      },
    };
    const base = entry({ tenantId: 't-1', actor: { userId: 'u-ada', email: 'ada@verein.example', roles: [] } });
    const [first, second, system] = await withNames(directory, [
      { ...base, target: { type: 'tenant', id: 't-1' } },
      { ...base, details: { staffId: 'u-staff' } },
      { ...base, actor: { userId: 'system', email: 'system@opsdesk', roles: [] } },
    ]);
    expect(first?.actor.name).toBe('Ada Admin');
    expect(first?.target.name).toBe('Demo Verein');
    expect(second?.names).toEqual({ 'u-staff': 'Olivia Operator' });
    expect(system?.actor.name).toBe('Opsdesk (scheduled job)');
    expect(reads.filter((read) => read === 'user t-1 u-ada')).toHaveLength(1);
  });
});
