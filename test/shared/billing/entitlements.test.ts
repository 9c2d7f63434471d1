import { describe, expect, it } from 'vitest';
import { entitlementsOf } from '../../../shared/billing/subscribe.js';
import type { Subscription } from '../../../shared/billing/subscription.js';

const on = (planId: string) => ({ planId }) as Subscription;

describe('entitlements', () => {
  it('scale task runs with the hosts of a managed-host plan, where every host is billed', () => {
    const entitlements = entitlementsOf(on('managed-host'), { hosts: 3, task_runs: 95 });
    expect(entitlements).toContainEqual({ kind: 'hosts', included: null, used: 3, unit: 'hosts' });
    expect(entitlements).toContainEqual({ kind: 'task_runs', included: 90, used: 95, unit: 'runs' });
    expect(entitlements).toContainEqual({ kind: 'call_outs', included: null, used: 0, unit: 'call-outs' });
  });

  it('show the webmaster share in minutes, and nothing included without a plan', () => {
    expect(entitlementsOf(on('webmaster-quarter'), {})[0]).toEqual({
      kind: 'webmaster_minutes',
      included: 2400,
      used: 0,
      unit: 'minutes',
    });
    expect(entitlementsOf(null, {}).map((e) => e.included)).toEqual([0, 0, 0, null]);
  });
});
