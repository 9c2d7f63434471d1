import { beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../../shared/tasks/model.js';
import { createTestApi, type Persona, type TestApi } from '../../support/api.js';

/**
 * POST /api/tasks/{taskId}/decline through the local stack's API (the real tasks handler on DynamoDB Local): a
 * customer-admin says no to a task awaiting approval, with a reason the requester reads.
 */
let api: TestApi;

beforeAll(async () => {
  api = await createTestApi();
});

const post = (persona: Persona, url: string, body?: unknown) => api.request('POST', url, { persona, body });

/** A member’s custom work: it waits for a customer-admin’s approval. */
const awaitingApproval = async (): Promise<Task> => {
  const response = await post('customer-member-A', '/api/tasks', {
    typeId: 'custom',
    params: { description: 'Please move the blog to a subdomain.' },
  });
  expect(response.status).toBe(202);
  expect(response.json().status).toBe('awaiting_approval');
  return response.json();
};

const decline = (persona: Persona, task: Pick<Task, 'id'>, body: unknown) =>
  post(persona, `/api/tasks/${task.id}/decline`, body);

const auditOf = async (taskId: string) =>
  (await api.table.items()).filter(
    (item) => item.entity === 'audit' && (item.target as { id?: string } | undefined)?.id === taskId,
  );

describe('declining a task awaiting approval', () => {
  it('declines it with the reason in its history and the audit log; the requester reads it', async () => {
    const task = await awaitingApproval();
    const response = await decline('customer-admin-A', task, { reason: '  Not before the sale ends on Friday.  ' });
    expect(response.status).toBe(200);
    const declined: Task = response.json();
    expect(declined.status).toBe('declined');
    expect(declined.approvedBy).toBeNull();
    expect(declined.history.at(-1)).toMatchObject({
      status: 'declined',
      by: api.users['customer-admin-A'].email,
      reason: 'Not before the sale ends on Friday.',
    });

    const seen: Task = (await api.request('GET', `/api/tasks/${task.id}`, { persona: 'customer-member-A' })).json();
    expect(seen.status).toBe('declined');
    expect(seen.history.at(-1)?.reason).toBe('Not before the sale ends on Friday.');
    // Named, not only by e-mail: the requester as the user directory knows them.
    expect(seen.requestedBy.name).toBe(api.users['customer-member-A'].name);

    const audit = (await auditOf(task.id)).filter((item) => item.action === 'task.declined');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      details: { reason: 'Not before the sale ends on Friday.' },
      actor: expect.objectContaining({ userId: api.users['customer-admin-A'].id }),
    });
    // A declined task never runs, and cannot be approved or cancelled afterwards.
    expect((await post('customer-admin-A', `/api/tasks/${task.id}/approve`)).status).toBe(409);
    expect((await post('customer-admin-A', `/api/tasks/${task.id}/cancel`)).status).toBe(409);
  });

  it('needs a reason: 422 naming body.reason', async () => {
    const task = await awaitingApproval();
    for (const body of [{}, { reason: '   ' }, { reason: 'x'.repeat(501) }]) {
      const response = await decline('customer-admin-A', task, body);
      expect(response.status).toBe(422);
      expect(response.json().errors).toContainEqual(expect.objectContaining({ path: 'body.reason' }));
    }
    const unchanged: Task = (await api.request('GET', `/api/tasks/${task.id}`, { persona: 'customer-admin-A' })).json();
    expect(unchanged.status).toBe('awaiting_approval');
  });

  it('declines only a task awaiting approval: 409 for one already approved', async () => {
    const task = await awaitingApproval();
    expect((await post('customer-admin-A', `/api/tasks/${task.id}/approve`)).status).toBe(200);
    const response = await decline('customer-admin-A', task, { reason: 'Changed my mind.' });
    expect(response.status).toBe(409);
    const current: Task = (await api.request('GET', `/api/tasks/${task.id}`, { persona: 'customer-admin-A' })).json();
    expect(current.status).toBe('queued');
  });

  it('is for customer-admins: a member gets 403, staff too', async () => {
    const task = await awaitingApproval();
    for (const persona of ['customer-member-A', 'operator'] as const) {
      expect((await decline(persona, task, { reason: 'No.' })).status).toBe(403);
    }
    expect((await auditOf(task.id)).filter((item) => item.action === 'task.declined')).toHaveLength(0);
  });

  it('another organisation’s task is 404', async () => {
    const task = await awaitingApproval();
    expect((await decline('customer-admin-B', task, { reason: 'Not ours.' })).status).toBe(404);
    const current: Task = (await api.request('GET', `/api/tasks/${task.id}`, { persona: 'customer-admin-A' })).json();
    expect(current.status).toBe('awaiting_approval');
  });

  it('answers a retried decline with the declined task, recording it once', async () => {
    const task = await awaitingApproval();
    const first = await decline('customer-admin-A', task, { reason: 'Too risky this week.' });
    const retry = await decline('customer-admin-A', task, { reason: 'Too risky this week.' });
    expect(retry.status).toBe(200);
    expect(retry.json()).toEqual(first.json());
    expect((await auditOf(task.id)).filter((item) => item.action === 'task.declined')).toHaveLength(1);
  });
});
