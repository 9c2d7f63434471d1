import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DeleteMessageCommand, ReceiveMessageCommand, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoOnCallRotaRepository } from '../../../functions/adapters/dynamodb/dynamo-staff-availability-repository.js';
import { ENV } from '../../../functions/config/env.js';
import { clock } from '../../../functions/config/platform.js';
import { LOCAL_AWS, startLocalQueues } from '../../../scripts/local-stack/engines.js';
import type { Incident, Monitor, MonitorDetail } from '../../../shared/monitoring/model.js';
import { createTestApi, type Persona, type TestApi } from '../../support/api.js';
import { E2E_COVERED_HOURS } from '../../support/local-stack-process.js';
import { setTestRateLimits } from '../../support/rate-limits.js';

// Set before any handler is imported (they read them at cold start), as the local stack sets them.
process.env[ENV.ackLinkSecret] = 'test-ack-link-secret-of-at-least-32-characters';
process.env[ENV.monitorAllowLoopback] = 'true';
setTestRateLimits({ writes: { burst: 200 } });

/**
 * Monitoring through the local stack's API: the real monitoring handlers behind the dispatcher, DynamoDB Local, the
 * monitor-checks queue on fauxqs. The test plays EventBridge Scheduler and the SQS event source itself — it runs the
 * dispatch-monitors handler, takes its messages off the queue and hands them to the check-monitors handler — and
 * moves the handlers' clock (the process's one Clock) instead of waiting real minutes.
 */
let api: TestApi;
let sqs: SQSClient;
let checksUrl: string;
/** How far the handlers' clock is ahead of E2E_COVERED_HOURS plus the real time elapsed. */
let shiftMs = 0;
const realStart = Date.now();
const advance = (minutes: number) => {
  shiftMs += minutes * 60_000;
};

beforeAll(async () => {
  const queues = await startLocalQueues();
  Object.assign(process.env, queues.env, { AWS_ENDPOINT_URL_SQS: queues.endpoint });
  afterAll(() => queues.stop());
  sqs = new SQSClient({ ...LOCAL_AWS, endpoint: queues.endpoint });
  afterAll(() => sqs.destroy());
  checksUrl = queues.urls.get('monitor-checks')?.url ?? '';
  api = await createTestApi({ clockStart: E2E_COVERED_HOURS });
  // The operator persona is on call for the day: pages go to them.
  await new DynamoOnCallRotaRepository(api.table.client, api.table.tableName).put(
    {
      shifts: [
        {
          staffId: api.users.operator.id,
          start: new Date(E2E_COVERED_HOURS.getTime() - 3_600_000).toISOString(),
          end: new Date(E2E_COVERED_HOURS.getTime() + 86_400_000).toISOString(),
        },
      ],
    },
    {
      id: 'rota-audit',
      tenantId: null,
      at: E2E_COVERED_HOURS.toISOString(),
      actor: { userId: 'test', email: 'test@opsdesk.local', roles: ['provider-admin'] },
      action: 'staff.on_call_set',
      target: { type: 'rota', id: 'on-call' },
      details: {},
    },
  );
  // Inside the plan's covered hours (Mon–Fri in Berlin) whatever day E2E_TODAY is: pages go out at once.
  vi.spyOn(clock, 'now').mockImplementation(
    () => new Date(E2E_COVERED_HOURS.getTime() + (Date.now() - realStart) + shiftMs),
  );
  afterAll(() => vi.restoreAllMocks());
});

const request = (persona: Persona, method: string, url: string, body?: unknown) =>
  api.request(method, url, { persona, ...(body === undefined ? {} : { body }) });

/** An SQS event source's batch of the monitor-checks queue, as Lambda hands it to a consumer. */
const sqsEvent = (bodies: string[], receiveCount = 1): SQSEvent => ({
  Records: bodies.map((body, index) => ({
    messageId: `message-${index}`,
    receiptHandle: `receipt-${index}`,
    body,
    attributes: {
      ApproximateReceiveCount: String(receiveCount),
      SentTimestamp: '0',
      SenderId: 'test',
      ApproximateFirstReceiveTimestamp: '0',
    },
    messageAttributes: {},
    md5OfBody: '',
    eventSource: 'aws:sqs',
    eventSourceARN: 'arn:aws:sqs:local:000000000000:opsdesk-monitor-checks',
    awsRegion: LOCAL_AWS.region,
  })),
});

/** One minute tick: the dispatcher sends what is due, the checker runs every batch it sent. */
const tick = async (): Promise<number> => {
  const { handler: dispatch } = await import('../../../functions/monitoring/dispatch-monitors.js');
  const { handler: check } = await import('../../../functions/monitoring/check-monitors.js');
  await dispatch();
  let batches = 0;
  for (;;) {
    const { Messages = [] } = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: checksUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    if (!Messages.length) return batches;
    const response = await check(sqsEvent(Messages.map((message) => message.Body ?? '')));
    expect(response.batchItemFailures).toEqual([]);
    for (const message of Messages) {
      await sqs.send(new DeleteMessageCommand({ QueueUrl: checksUrl, ReceiptHandle: message.ReceiptHandle ?? '' }));
    }
    batches += Messages.length;
  }
};

/** A small HTTP server on loopback the test starts, breaks and stops: the customer's site. */
const startSite = async (state: { healthy: boolean }): Promise<{ server: Server; url: string }> => {
  const server = createServer((_, response) => {
    response.writeHead(state.healthy ? 200 : 503, { 'content-type': 'application/json' });
    response.end(state.healthy ? '{"status":"ok"}' : '{"status":"broken"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/health` };
};
const stop = (server: Server) => new Promise<void>((resolve) => server.close(() => resolve()));

const httpMonitor = (target: string, name = 'Shop') => ({
  name,
  kind: 'http',
  target,
  intervalMinutes: 5,
  confirmations: 2,
  keyword: '"status":"ok"',
});

describe('monitors', () => {
  it('creates, lists, reads, changes and deletes a monitor; refuses invalid ones naming the field', async () => {
    const site = await startSite({ healthy: true });
    try {
      const created = await request('customer-admin-A', 'POST', '/api/monitors', httpMonitor(site.url, 'Alpha'));
      expect(created.status).toBe(201);
      const monitor: Monitor = created.json();
      expect(monitor).toMatchObject({ name: 'Alpha', kind: 'http', state: 'pending', tenantId: api.tenantA.id });

      const listed = await request('customer-member-A', 'GET', '/api/monitors');
      expect(listed.status).toBe(200);
      expect(listed.json().items.map((m: Monitor) => m.id)).toContain(monitor.id);

      const patched = await request('customer-admin-A', 'PATCH', `/api/monitors/${monitor.id}`, {
        intervalMinutes: 10,
        paused: true,
      });
      expect(patched.status).toBe(200);
      expect(patched.json()).toMatchObject({ intervalMinutes: 10, paused: true, version: monitor.version + 1 });

      const read = await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`);
      expect(read.status).toBe(200);
      expect(read.json()).toMatchObject({ id: monitor.id, paused: true, recentResults: [] });

      // A member reads but does not change.
      expect((await request('customer-member-A', 'DELETE', `/api/monitors/${monitor.id}`)).status).toBe(403);
      expect((await request('customer-admin-A', 'DELETE', `/api/monitors/${monitor.id}`)).status).toBe(204);
      expect((await request('customer-admin-A', 'GET', `/api/monitors/${monitor.id}`)).status).toBe(404);
    } finally {
      await stop(site.server);
    }
  });

  it('answers 422 naming the field for an invalid interval, a missing target and an unreachable address', async () => {
    const tooOften = await request('customer-admin-A', 'POST', '/api/monitors', {
      ...httpMonitor('http://127.0.0.1:9/'),
      intervalMinutes: 0,
    });
    expect(tooOften.status).toBe(422);
    expect(tooOften.json().errors).toContainEqual(expect.objectContaining({ path: 'body.intervalMinutes' }));

    const noTarget = await request('customer-admin-A', 'POST', '/api/monitors', {
      name: 'No target',
      kind: 'http',
      intervalMinutes: 5,
    });
    expect(noTarget.status).toBe(422);
    expect(noTarget.json().errors).toContainEqual(expect.objectContaining({ path: 'body.target' }));

    // The cloud's metadata address is never checked, loopback allowed or not.
    const metadata = await request('customer-admin-A', 'POST', '/api/monitors', httpMonitor('http://169.254.169.254/'));
    expect(metadata.status).toBe(422);
    expect(metadata.json().errors).toContainEqual(expect.objectContaining({ path: 'body.target' }));
  });

  it('hides another organisation’s monitors and incidents behind 404', async () => {
    const created = await request(
      'customer-admin-A',
      'POST',
      '/api/monitors',
      httpMonitor('http://127.0.0.1:9/', 'A only'),
    );
    const monitor: Monitor = created.json();
    expect((await request('customer-admin-B', 'GET', `/api/monitors/${monitor.id}`)).status).toBe(404);
    expect((await request('customer-admin-B', 'PATCH', `/api/monitors/${monitor.id}`, { name: 'x' })).status).toBe(404);
    expect((await request('customer-admin-B', 'DELETE', `/api/monitors/${monitor.id}`)).status).toBe(404);
    expect((await request('customer-admin-B', 'GET', `/api/monitors/${monitor.id}/history?range=24h`)).status).toBe(
      404,
    );
    const listed = await request('customer-admin-B', 'GET', '/api/monitors');
    expect(listed.json().items.map((m: Monitor) => m.id)).not.toContain(monitor.id);
    await request('customer-admin-A', 'DELETE', `/api/monitors/${monitor.id}`);
  });
});

describe('heartbeats', () => {
  it('takes pings on the secret URL (GET and POST, /start and /fail) and answers 404 to an unknown token', async () => {
    const created = await request('customer-admin-A', 'POST', '/api/monitors', {
      name: 'Backup',
      kind: 'heartbeat',
      intervalMinutes: 5,
      periodMinutes: 60,
      graceMinutes: 10,
    });
    expect(created.status).toBe(201);
    const monitor: Monitor = created.json();
    expect(monitor.heartbeatUrl).toMatch(/\/api\/heartbeats\/[A-Za-z0-9_-]{20,}$/);
    const path = new URL(monitor.heartbeatUrl ?? '').pathname;

    const start = await api.request('POST', `${path}/start`);
    expect(start.status).toBe(200);
    expect(start.json()).toEqual({ ok: true });
    expect((await api.request('GET', path)).status).toBe(200);
    const afterSuccess: MonitorDetail = (
      await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`)
    ).json();
    expect(afterSuccess.state).toBe('up');
    expect(afterSuccess.runningSince).toBeNull();

    expect((await api.request('GET', `${path}/fail`)).status).toBe(200);
    const afterFail: MonitorDetail = (await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`)).json();
    expect(afterFail.recentResults[0]).toMatchObject({ outcome: 'down' });

    const unknown = await api.request('POST', `/api/heartbeats/${'x'.repeat(32)}`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');

    await request('customer-admin-A', 'DELETE', `/api/monitors/${monitor.id}`);
    expect((await api.request('POST', path)).status).toBe(404);
  });
});

describe('an incident from a site that goes down', () => {
  it('opens once when the failure is confirmed, pages, and is acknowledged and resolved by an operator', async () => {
    const state = { healthy: true };
    const site = await startSite(state);
    try {
      const monitor: Monitor = (
        await request('customer-admin-A', 'POST', '/api/monitors', httpMonitor(site.url, 'Shop front'))
      ).json();

      expect(await tick()).toBeGreaterThan(0);
      const up: MonitorDetail = (await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`)).json();
      expect(up.state).toBe('up');
      expect(up.recentResults[0]).toMatchObject({ outcome: 'up', message: expect.any(String) });

      // The site breaks: the next check fails and is re-checked at once — one observation of the two confirmations
      // needed, so nothing opens yet (a restart shorter than the interval pages nobody).
      state.healthy = false;
      advance(5);
      await tick();
      const suspect: MonitorDetail = (await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`)).json();
      expect(suspect).toMatchObject({ state: 'up', incidentId: null });
      expect(suspect.recentResults.slice(0, 2)).toMatchObject([
        { outcome: 'down', recheck: true },
        { outcome: 'down', recheck: false },
      ]);

      // The next scheduled check fails too: the failure is confirmed and the incident opens.
      advance(5);
      await tick();
      const down: MonitorDetail = (await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`)).json();
      expect(down.state).toBe('down');
      expect(down.incidentId).not.toBeNull();

      // Still down a tick later: the same incident, no second one, no second page.
      advance(5);
      await tick();
      const incidents: Incident[] = (await request('customer-member-A', 'GET', '/api/incidents')).json().items;
      const ofMonitor = incidents.filter((incident) => incident.monitorId === monitor.id);
      expect(ofMonitor).toHaveLength(1);
      const incident = ofMonitor[0] as Incident;
      expect(incident).toMatchObject({ status: 'open', tenantId: api.tenantA.id, coverage: 'covered' });
      const pages = (await api.table.items()).filter(
        (item) => item.entity === 'notification' && item.incidentId === incident.id && item.kind === 'incident_page',
      );
      expect(pages).toHaveLength(1);
      expect(pages[0]).toMatchObject({ to: api.users.operator.email });
      const link = /\/incidents\/ack\?token=([A-Za-z0-9._~%-]+)/.exec(String(pages[0]?.text))?.[1];
      expect(link).toBeDefined();

      // Another organisation neither sees nor reads it.
      expect((await request('customer-admin-B', 'GET', `/api/incidents/${incident.id}`)).status).toBe(404);
      const listedForB: Incident[] = (await request('customer-admin-B', 'GET', '/api/incidents')).json().items;
      expect(listedForB.map((i) => i.id)).not.toContain(incident.id);
      // Customers do not acknowledge.
      expect((await request('customer-admin-A', 'POST', `/api/incidents/${incident.id}/acknowledge`)).status).toBe(403);

      const queue: Incident[] = (await request('operator', 'GET', '/api/ops/incidents')).json().items;
      expect(queue.map((i) => i.id)).toContain(incident.id);

      // The one-click link of the page's e-mail acknowledges it, signed out; a forged one is refused.
      const forged = await api.request('POST', '/api/incident-acks', { body: { token: `${link}x` } });
      expect(forged.status).toBeGreaterThanOrEqual(400);
      expect(forged.status).toBeLessThan(500);
      const byLink = await api.request('POST', '/api/incident-acks', {
        body: { token: decodeURIComponent(link ?? '') },
      });
      expect(byLink.status).toBe(200);
      expect(byLink.json()).toMatchObject({ incidentId: incident.id, status: 'acknowledged' });

      // Acknowledging again changes nothing.
      const acknowledged = await request('operator', 'POST', `/api/incidents/${incident.id}/acknowledge`);
      expect(acknowledged.status).toBe(200);
      expect(acknowledged.json()).toMatchObject({ status: 'acknowledged', acknowledgedBy: api.users.operator.email });

      const noted = await request('operator', 'POST', `/api/incidents/${incident.id}/notes`, {
        text: 'Looking at the web server.',
      });
      expect(noted.status).toBe(201);

      const resolved = await request('operator', 'POST', `/api/incidents/${incident.id}/resolve`, {
        note: 'Restarted the site.',
      });
      expect(resolved.status).toBe(200);
      expect(resolved.json().status).toBe('resolved');
      expect(resolved.json().timeline.map((entry: { kind: string }) => entry.kind)).toEqual(
        expect.arrayContaining(['detected', 'confirmed', 'paged', 'acknowledged', 'note', 'resolved']),
      );
      const customerView = await request('customer-member-A', 'GET', `/api/incidents/${incident.id}`);
      expect(customerView.status).toBe(200);
      expect(customerView.json().status).toBe('resolved');
      const queueAfter: Incident[] = (await request('operator', 'GET', '/api/ops/incidents')).json().items;
      expect(queueAfter.map((i) => i.id)).not.toContain(incident.id);

      // The site comes back: checks go on, the monitor recovers.
      state.healthy = true;
      advance(5);
      await tick();
      advance(5);
      await tick();
      const history = await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}/history?range=24h`);
      expect(history.status).toBe(200);
      const buckets = history.json().buckets as { up: number; down: number }[];
      expect(buckets.reduce((sum, bucket) => sum + bucket.up, 0)).toBeGreaterThanOrEqual(2);
      expect(buckets.reduce((sum, bucket) => sum + bucket.down, 0)).toBeGreaterThanOrEqual(2);
    } finally {
      await stop(site.server);
    }
  });
});

describe('checks the checker could not run', () => {
  it('records no data from the dead-letter queue: its own state, counted neither up nor down', async () => {
    const site = await startSite({ healthy: true });
    try {
      const monitor: Monitor = (
        await request('customer-admin-A', 'POST', '/api/monitors', httpMonitor(site.url, 'Dead letters'))
      ).json();
      await tick();
      advance(5);
      const { handler } = await import('../../../functions/monitoring/check-monitors-dead-letters.js');
      const scheduledAt = new Date(clock.now().getTime() - 1000).toISOString();
      const job = { tenantId: api.tenantA.id, monitorId: monitor.id, scheduledAt };
      const response = await handler(sqsEvent([JSON.stringify({ jobs: [job] })], 3));
      expect(response.batchItemFailures).toEqual([]);
      const detail: MonitorDetail = (await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`)).json();
      expect(detail.state).toBe('no_data');
      expect(detail.incidentId).toBeNull();
      expect(detail.recentResults[0]).toMatchObject({ outcome: 'no_data' });
      const history = (
        await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}/history?range=24h`)
      ).json();
      expect(history.buckets.reduce((sum: number, bucket: { noData: number }) => sum + bucket.noData, 0)).toBe(1);
      expect(history.uptime).toBe(1);
      await request('customer-admin-A', 'DELETE', `/api/monitors/${monitor.id}`);
    } finally {
      await stop(site.server);
    }
  });
});

describe('deleting a monitor that is down', () => {
  it('resolves its open incident in the customer’s own request (within the tenant’s keys)', async () => {
    const state = { healthy: false };
    const site = await startSite(state);
    try {
      // Confirmation 1: the failing check and its failing re-check open the incident in one run.
      const monitor: Monitor = (
        await request('customer-admin-A', 'POST', '/api/monitors', {
          ...httpMonitor(site.url, 'Doomed'),
          confirmations: 1,
        })
      ).json();
      await tick();
      const down: MonitorDetail = (await request('customer-member-A', 'GET', `/api/monitors/${monitor.id}`)).json();
      expect(down.incidentId).not.toBeNull();

      // A maintenance planned and cancelled on the way: the slot appears and goes.
      const start = new Date(clock.now().getTime() + 3_600_000).toISOString();
      const end = new Date(clock.now().getTime() + 7_200_000).toISOString();
      const planned = await request('customer-admin-A', 'POST', `/api/monitors/${monitor.id}/maintenance`, {
        start,
        end,
        reason: 'Upgrade',
      });
      expect(planned.status).toBe(201);
      const slot = (planned.json() as Monitor).maintenance[0];
      expect(slot).toMatchObject({ reason: 'Upgrade', taskId: null });
      const cancelled = await request(
        'customer-admin-A',
        'DELETE',
        `/api/monitors/${monitor.id}/maintenance/${slot?.id}`,
      );
      expect(cancelled.status).toBe(204);

      expect((await request('customer-admin-A', 'DELETE', `/api/monitors/${monitor.id}`)).status).toBe(204);
      const incident = await request('operator', 'GET', `/api/incidents/${down.incidentId}`);
      expect(incident.status).toBe(200);
      expect(incident.json()).toMatchObject({ status: 'resolved', nextPageAt: null });
      const queue: Incident[] = (await request('operator', 'GET', '/api/ops/incidents')).json().items;
      expect(queue.map((i) => i.id)).not.toContain(down.incidentId);
    } finally {
      await stop(site.server);
    }
  });
});
