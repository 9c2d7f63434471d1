import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { countingFinishedRuns } from '../../../functions/observability/finished-task-runs.js';
import { logger } from '../../../functions/observability/logger.js';
import { createMetrics, recordBusinessEvent } from '../../../functions/observability/metrics.js';
import { countingOpenedIncidents } from '../../../functions/observability/opened-incidents.js';
import { runInRequestContext } from '../../../functions/observability/request-context.js';
import { BUSINESS_METRICS } from '../../../shared/contracts/metrics.js';
import type { Incident, Monitor } from '../../../shared/monitoring/model.js';
import type { MonitorChange, MonitorRepository } from '../../../shared/monitoring/ports.js';
import type { Task } from '../../../shared/tasks/model.js';
import type { TaskRepository } from '../../../shared/tasks/ports.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { E2E_TODAY } from '../../support/local-stack-process.js';
import { captureOutput } from './capture.js';

// The suite may silence EMF for other files; these assert it. STAGE unset: the local stack's stage.
process.env.POWERTOOLS_METRICS_DISABLED = 'false';
delete process.env.STAGE;

const emf = (lines: Record<string, unknown>[]) => lines.filter((line) => '_aws' in line);

/** What the dashboard and alarms rely on (shared/contracts/metrics.ts): namespace, exactly two dimensions. */
const expectOpsdeskRecord = (record: Record<string, unknown> | undefined, metric: string, stage = 'local') => {
  expect(record).toMatchObject({
    _aws: {
      CloudWatchMetrics: [
        { Namespace: 'Opsdesk', Dimensions: [['service', 'stage']], Metrics: [{ Name: metric, Unit: 'Count' }] },
      ],
    },
    service: 'opsdesk',
    stage,
    [metric]: 1,
  });
};

describe('business metrics (EMF)', () => {
  it('writes one record per event: namespace Opsdesk, dimensions service and stage, the tenant as a property', async () => {
    const lines = await captureOutput(() =>
      runInRequestContext({ requestId: 'r-1', correlationId: 'c-1', tenantId: 't-1', userId: 'u-1' }, () => {
        recordBusinessEvent(BUSINESS_METRICS.invoicesIssued, 't-1', { periodId: '2026-03' });
        recordBusinessEvent(BUSINESS_METRICS.invoicesIssued, 't-2', { periodId: '2026-03' });
      }),
    );
    const records = emf(lines);
    expect(records).toHaveLength(2);
    expectOpsdeskRecord(records[0], 'InvoicesIssued');
    expect(records.map((record) => [record.tenantId, record.correlationId, record.periodId])).toEqual([
      ['t-1', 'c-1', '2026-03'],
      ['t-2', 'c-1', '2026-03'],
    ]);
    // Never a dimension: a tenant per series would be a metric per tenant.
    expect(JSON.stringify(records[0]?._aws)).not.toContain('tenantId');
  });

  it('takes the stage from STAGE', async () => {
    process.env.STAGE = 'prod';
    try {
      const metrics = createMetrics();
      const lines = await captureOutput(() => {
        metrics.addMetric('BookingsCreated', 'Count', 1);
        metrics.publishStoredMetrics();
      });
      expectOpsdeskRecord(emf(lines)[0], 'BookingsCreated', 'prod');
    } finally {
      delete process.env.STAGE;
    }
  });
});

describe('TaskRunsFinished', () => {
  const task = (status: Task['status']) => ({ id: 'task-1', tenantId: 't-5', status }) as Task;
  const repository = (fail = false) =>
    ({
      update: async () => {
        if (fail) throw new Error('STATE.CONFLICT');
      },
    }) as unknown as TaskRepository;

  it('counts a task that reaches a terminal status, once, with its status; not a move between open ones', async () => {
    const tasks = countingFinishedRuns(countingFinishedRuns(repository()));
    const lines = await captureOutput(async () => {
      await tasks.update(task('queued'), task('running'), {});
      await tasks.update(task('running'), task('succeeded'), {});
      await tasks.update(task('succeeded'), task('succeeded'), {});
      await tasks.update(task('queued'), task('failed'), {});
    });
    const records = emf(lines);
    expect(records).toHaveLength(2);
    expectOpsdeskRecord(records[0], 'TaskRunsFinished');
    expect(records.map((record) => [record.tenantId, record.status])).toEqual([
      ['t-5', 'succeeded'],
      ['t-5', 'failed'],
    ]);
  });

  it('counts nothing when the write is refused', async () => {
    const tasks = countingFinishedRuns(repository(true));
    const lines = await captureOutput(() =>
      tasks.update(task('running'), task('succeeded'), {}).catch(() => undefined),
    );
    expect(emf(lines)).toEqual([]);
  });
});

describe('IncidentsOpened', () => {
  const monitor = { id: 'm-1', tenantId: 't-7', kind: 'http' } as Monitor;
  const opened = { id: 'i-1', tenantId: 't-7', severity: 'critical' } as Incident;
  const repository = (fail = false) =>
    ({
      update: async () => {
        if (fail) throw new Error('MONITOR.DUPLICATE_RESULT');
      },
    }) as unknown as MonitorRepository;

  it('counts the write that opens an incident, once, with its severity; not a result that opens none', async () => {
    const monitors = countingOpenedIncidents(countingOpenedIncidents(repository()));
    const lines = await captureOutput(async () => {
      await monitors.update(monitor, monitor, {} satisfies MonitorChange);
      await monitors.update(monitor, monitor, { openIncident: opened });
      await monitors.update(monitor, monitor, { updateIncident: { before: opened, after: opened } });
    });
    const records = emf(lines);
    expect(records).toHaveLength(1);
    expectOpsdeskRecord(records[0], 'IncidentsOpened');
    expect([records[0]?.tenantId, records[0]?.severity, records[0]?.monitorKind]).toEqual(['t-7', 'critical', 'http']);
  });

  it('counts nothing when the write is refused (a result delivered twice)', async () => {
    const monitors = countingOpenedIncidents(repository(true));
    const lines = await captureOutput(() =>
      monitors.update(monitor, monitor, { openIncident: opened }).catch(() => undefined),
    );
    expect(emf(lines)).toEqual([]);
  });
});

describe('a booking, through the booking function, the outbox and the notification sender', () => {
  let api: TestApi;
  // On the suite's day (E2E_TODAY), on the stack's clock as well: slots are computed from it.
  const monday = (() => {
    const d = new Date(E2E_TODAY.getTime() + 7 * 86_400_000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
  })();

  beforeAll(async () => {
    api = await createTestApi({ clockStart: E2E_TODAY });
    process.env.NOTIFIER = 'local';
    const hours = {
      timeZone: 'UTC',
      weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' })),
    };
    expect((await api.request('PUT', '/api/ops/availability', { persona: 'operator', body: hours })).status).toBe(200);
  });
  afterEach(() => logger.setLogLevel('SILENT'));

  it('counts BookingsCreated for the tenant, and the confirmation is sent under the booking request’s correlation id', async () => {
    let status = 0;
    let answered: string | undefined;
    const lines = await captureOutput(async () => {
      const response = await api.request('POST', '/api/bookings', {
        persona: 'customer-admin-A',
        headers: { 'x-correlation-id': 'book-monday-10' },
        body: { typeId: 'consultation', start: new Date(monday + 10 * 3_600_000).toISOString(), durationMinutes: 30 },
      });
      status = response.status;
      answered = response.headers['x-correlation-id'];
    });
    expect(status).toBe(201);
    expect(answered).toBe('book-monday-10');
    const records = emf(lines);
    expect(records).toHaveLength(1);
    expectOpsdeskRecord(records[0], 'BookingsCreated');
    expect(records[0]).toMatchObject({ tenantId: api.tenantA.id, correlationId: 'book-monday-10' });

    // The outbox items (the confirmation, and the reminders for later) remember the request that queued them.
    const queued = (await api.table.items()).filter((item) => item.entity === 'notification');
    expect(queued.map((item) => item.kind).sort()).toEqual(['confirmation', 'reminder_1h', 'reminder_24h']);
    for (const item of queued) expect(item.correlationId).toBe('book-monday-10');

    const { handler } = await import('../../../functions/booking/send-notifications.js');
    let sent = 0;
    // The HTTP handler's middleware put the suite's level (SILENT) back at the end of its request.
    logger.setLogLevel('INFO');
    const sending = await captureOutput(async () => {
      sent = (await handler()).sent;
    });
    expect(sent).toBe(1);
    expect(sending).toContainEqual(
      expect.objectContaining({
        message: 'Sent booking notification',
        correlationId: 'book-monday-10',
        tenantId: api.tenantA.id,
        kind: 'confirmation',
      }),
    );
    // The mail went out as the domain knows it: the correlation id is the log's, not the recipient's.
    const mail = (await api.table.items()).filter((item) => item.entity === 'mail');
    expect(mail).toHaveLength(1);
    expect(mail[0]).not.toHaveProperty('correlationId');
  });
});
