import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { DynamoBookingRepository } from '../../functions/adapters/dynamodb/dynamo-booking-repository.js';
import { DynamoHostRepository } from '../../functions/adapters/dynamodb/dynamo-host-repository.js';
import {
  DynamoInvoiceRepository,
  DynamoPeriodCloseRepository,
} from '../../functions/adapters/dynamodb/dynamo-invoice-repository.js';
import { DynamoMonitorRepository } from '../../functions/adapters/dynamodb/dynamo-monitor-repository.js';
import { DynamoTaskRepository } from '../../functions/adapters/dynamodb/dynamo-task-repository.js';
import { DynamoTenantRepository } from '../../functions/adapters/dynamodb/dynamo-tenant-repository.js';
import { signDevToken, verifyDevToken } from '../../functions/adapters/local/dev-tokens.js';
import { setLocalEventTarget } from '../../functions/adapters/local/local-event-bus.js';
import { LocalHostRegistry } from '../../functions/adapters/local/local-host-registry.js';
import { RandomIds } from '../../functions/adapters/system/random-ids.js';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';
import { ENV } from '../../functions/config/env.js';
import { stageEnvironment } from '../../functions/config/stage.js';
import { authorizeRequest, dynamoApiKeyLookup, sha256Hex } from '../../functions/identity/authorize-request.js';
import { loadStageConfig } from '../../infra/stage-config.js';
import { createDispatcher, type LocalResponse } from '../../scripts/local-stack/dispatcher.js';
import { startLocalQueues } from '../../scripts/local-stack/engines.js';
import { deliverCommandStatus } from '../../scripts/local-stack/local-events.js';
import { startQueuePoller } from '../../scripts/local-stack/queue-poller.js';
import type { Invoice } from '../../shared/billing/invoices.js';
import type { Booking } from '../../shared/booking/model.js';
import type { Role } from '../../shared/contracts/roles.js';
import type { Incident, Monitor } from '../../shared/monitoring/model.js';
import { findTaskType, type TaskType } from '../../shared/tasks/catalogue.js';
import type { Host, Task } from '../../shared/tasks/model.js';
import { taskDraft } from '../../shared/tasks/tasks.js';
import type { Tenant, User } from '../../shared/tenancy/model.js';
import { createTestTable, type TestTable } from './dynamo.js';
import { sampleInvoice } from './invoices.js';
import { newTestMonitor } from './monitoring-fakes.js';
import { seedAudit, testTenant, testUser } from './seed.js';

export const PERSONAS = [
  'anonymous',
  'customer-admin-A',
  'customer-member-A',
  'customer-admin-B',
  'operator',
  'finance',
  'provider-admin',
  // Stale tokens: signed while the user was a customer-admin of A (now a member), or a member of A (now removed).
  'demoted-admin-A',
  'removed-member-A',
] as const;
export type Persona = (typeof PERSONAS)[number];

export const PERSONA_ROLE: Record<Persona, Role | null> = {
  anonymous: null,
  'customer-admin-A': 'customer-admin',
  'customer-member-A': 'customer-member',
  'customer-admin-B': 'customer-admin',
  operator: 'operator',
  finance: 'finance',
  'provider-admin': 'provider-admin',
  // The role the table gives them now, which is what the API must go by — not the token's.
  'demoted-admin-A': 'customer-member',
  'removed-member-A': null,
};

export interface TestApi {
  /** The handlers' clock (from `clockStart`, running on in real time). */
  now(): Date;
  table: TestTable;
  tenants: DynamoTenantRepository;
  tenantA: Tenant;
  tenantB: Tenant;
  /** Each persona's user as its token names it (the stale personas' as they were when it was signed). */
  users: Record<Exclude<Persona, 'anonymous'>, User>;
  tokens: Record<Exclude<Persona, 'anonymous'>, string>;
  /** A new customer-member of tenant A (for tests that change or remove users). */
  addMemberOfTenantA(): Promise<User>;
  /** A new confirmed 30-minute consultation with the operator persona, written straight to the table. */
  addBooking(input: { tenantId: string; bookedBy: string; start: number }): Promise<Booking>;
  /** A new confirmed booking of tenant A with the operator persona, at a time no other has. */
  addBookingOfTenantA(): Promise<Booking>;
  /** The local host registry the handlers use (LOCAL_HOSTS_DIR of this file). */
  hostRegistry: LocalHostRegistry;
  /** A managed host of `tenantId`: in the inventory and, unless `registered: false`, in the local registry. */
  addHost(input: { tenantId: string; registered?: boolean }): Promise<Host>;
  /** A queued custom (manual) task of tenant A, written straight to the table. */
  addTaskOfTenantA(): Promise<Task>;
  /**
   * A monitor of tenant A written straight to the table (past the plan's limit: the matrix needs many): an http monitor
   * with one planned maintenance, or a heartbeat monitor with its token (returned, the table holding its hash).
   */
  addMonitorOfTenantA(kind?: 'http' | 'heartbeat'): Promise<{ monitor: Monitor; token: string | null }>;
  /** An open incident of a fresh monitor of tenant A, opened in the monitor's write as the checker opens one. */
  addIncidentOfTenantA(): Promise<Incident>;
  /** A finalized invoice (of tenant A unless `tenantId` is given) for a period of its own (2020-01, 2020-02, …), numbered by the repository. */
  addInvoice(overrides?: Partial<Invoice>): Promise<Invoice>;
  /** A signed token for any user (e.g. a second operator created by the test). */
  tokenFor(user: User): Promise<string>;
  request(
    method: string,
    url: string,
    options?: {
      persona?: Persona;
      token?: string;
      body?: unknown;
      rawBody?: string | Buffer;
      headers?: Record<string, string>;
    },
  ): Promise<LocalResponse & { json: () => any }>;
}

/**
 * The API as the local stack serves it — the dispatcher playing API Gateway in front of the real
 * Lambda handlers — on a fresh table holding two tenants and one user per persona.
 */
export const createTestApi = async (
  options: {
    stripeApiUrl?: string;
    webhookSecret?: string;
    /** Real queues (fauxqs), the local queue poller and the local EventBridge, as in the local stack. */
    queues?: boolean;
    /**
     * The instant the handlers' clock starts at (`CLOCK_START`, as in the local stack), and the seed's time: a test
     * that reads the clock sets it, so it passes on any day. Unset: the machine's clock.
     */
    clockStart?: Date;
  } = {},
): Promise<TestApi> => {
  // Before any handler is imported: they read their clock's offset at cold start.
  const clock = new SystemClock(options.clockStart ? SystemClock.offsetTo(options.clockStart) : 0);
  if (options.clockStart) process.env[ENV.clockOffsetMs] = String(SystemClock.offsetTo(options.clockStart));
  afterAll(() => {
    delete process.env[ENV.clockOffsetMs];
  });
  // STAGE, the metrics namespace and SELLER, as the local stack sets them (billing functions refuse to start without SELLER).
  Object.assign(process.env, stageEnvironment(loadStageConfig('dev')));
  const table = await createTestTable();
  const hostsDir = mkdtempSync(join(tmpdir(), 'opsdesk-hosts-'));
  process.env.HOST_RUNNER = 'local';
  process.env.LOCAL_HOSTS_DIR = hostsDir;
  afterAll(() => rmSync(hostsDir, { recursive: true, force: true }));
  if (options.queues) {
    const queues = await startLocalQueues();
    Object.assign(process.env, queues.env, { AWS_ENDPOINT_URL_SQS: queues.endpoint });
    const poller = startQueuePoller(queues.endpoint, queues.urls, () => undefined);
    setLocalEventTarget(deliverCommandStatus);
    afterAll(async () => {
      setLocalEventTarget(null);
      await poller.stop();
      await queues.stop();
    });
  }
  if (options.stripeApiUrl) {
    process.env.STRIPE_SECRET_KEY = 'sk_test_opsdesk';
    process.env.STRIPE_API_URL = options.stripeApiUrl;
  }
  if (options.webhookSecret) process.env.STRIPE_WEBHOOK_SECRET = options.webhookSecret;
  // Workers run several files one after another: leave no Stripe mode behind for the next one.
  afterAll(() => {
    delete process.env.STRIPE_SECRET_KEY;
    delete process.env.STRIPE_API_URL;
    delete process.env.STRIPE_WEBHOOK_SECRET;
  });
  const secret = randomBytes(16).toString('hex');
  // What the local stack gives the monitoring functions: a key for the acknowledgement links, loopback allowed.
  process.env[ENV.ackLinkSecret] = randomBytes(32).toString('hex');
  process.env[ENV.monitorAllowLoopback] = 'true';
  process.env.IDENTITY_PROVIDER = 'local';
  process.env.DEV_IDENTITY_SECRET = secret;
  const tenants = new DynamoTenantRepository(table.client, table.tableName);
  const ids = new RandomIds();
  const at = clock.now().toISOString();
  const tenant = (name: string) => testTenant(ids, name, at);
  const user = (tenantId: string | null, role: Role, email: string) => testUser(ids, { tenantId, role, email, at });
  const audit = (tenantId: string | null) => seedAudit(ids, tenantId, at);
  const tenantA = tenant('Tenant A');
  const tenantB = tenant('Tenant B');
  const users = {
    'customer-admin-A': user(tenantA.id, 'customer-admin', `admin-a-${tenantA.id}@example.com`),
    'customer-member-A': user(tenantA.id, 'customer-member', `member-a-${tenantA.id}@example.com`),
    'customer-admin-B': user(tenantB.id, 'customer-admin', `admin-b-${tenantB.id}@example.com`),
    operator: user(null, 'operator', `operator-${tenantA.id}@opsdesk.local`),
    finance: user(null, 'finance', `finance-${tenantA.id}@opsdesk.local`),
    'provider-admin': user(null, 'provider-admin', `admin-${tenantA.id}@opsdesk.local`),
    'demoted-admin-A': user(tenantA.id, 'customer-admin', `demoted-a-${tenantA.id}@example.com`),
    'removed-member-A': user(tenantA.id, 'customer-member', `removed-a-${tenantA.id}@example.com`),
  };
  await tenants.createTenantWithAdmin({ tenant: tenantA, admin: users['customer-admin-A'], audit: audit(tenantA.id) });
  await tenants.createTenantWithAdmin({ tenant: tenantB, admin: users['customer-admin-B'], audit: audit(tenantB.id) });
  await tenants.createUser(users['customer-member-A'], audit(tenantA.id));
  await tenants.createUser(users['demoted-admin-A'], audit(tenantA.id));
  await tenants.createUser(users['removed-member-A'], audit(tenantA.id));
  for (const staff of ['operator', 'finance', 'provider-admin'] as const) {
    await tenants.createUser(users[staff], audit(null));
  }
  const now = () => clock.now();
  const tokens = Object.fromEntries(
    await Promise.all(
      Object.entries(users).map(async ([persona, u]) => [persona, await signDevToken(u, secret, now())]),
    ),
  ) as TestApi['tokens'];
  // Their tokens were signed before the change, as a user's browser would still hold them.
  await tenants.changeUserRole({
    tenantId: tenantA.id,
    userId: users['demoted-admin-A'].id,
    from: 'customer-admin',
    to: 'customer-member',
    audit: audit(tenantA.id),
  });
  await tenants.removeUser({ user: users['removed-member-A'], audit: audit(tenantA.id) });
  // The API's authorizer, as the local stack builds it: dev tokens, and API keys by their hash's lookup item.
  const dispatch = createDispatcher(
    authorizeRequest({
      verifyToken: (token) => verifyDevToken(token, secret, now()),
      findApiKey: dynamoApiKeyLookup(table.client, table.tableName),
      hash: sha256Hex,
      clock,
    }),
    clock,
  );

  let members = 0;
  let bookingsMade = 0;
  let hostsMade = 0;
  const hostRegistry = new LocalHostRegistry(hostsDir);
  const hostRepository = new DynamoHostRepository(table.client, table.tableName);
  const monitorRepository = new DynamoMonitorRepository(table.client, table.tableName);
  let monitorsMade = 0;
  const newMonitor = (kind: 'http' | 'heartbeat', token: string | null): Monitor =>
    newTestMonitor({
      id: ids.newId(),
      tenantId: tenantA.id,
      name: `Matrix monitor ${++monitorsMade}`,
      kind,
      target: kind === 'http' ? 'http://127.0.0.1:9/' : null,
      intervalMinutes: 5,
      method: kind === 'http' ? 'GET' : null,
      periodMinutes: kind === 'heartbeat' ? 60 : null,
      graceMinutes: kind === 'heartbeat' ? 10 : null,
      nextCheckAt: new Date(clock.now().getTime() + 3_600_000).toISOString(),
      maintenance:
        kind === 'http'
          ? [
              {
                id: ids.newId(),
                start: new Date(clock.now().getTime() + 86_400_000).toISOString(),
                end: new Date(clock.now().getTime() + 90_000_000).toISOString(),
                reason: 'Matrix maintenance',
                taskId: null,
              },
            ]
          : [],
      heartbeatUrl: token ? `http://127.0.0.1:3000/api/heartbeats/${token}` : null,
      createdAt: at,
      updatedAt: at,
    });

  const addMonitorOfTenantA = async (kind: 'http' | 'heartbeat' = 'http') => {
    const token = kind === 'heartbeat' ? randomBytes(24).toString('base64url') : null;
    const monitor = newMonitor(kind, token);
    const hash = token ? createHash('sha256').update(token).digest('hex') : null;
    await monitorRepository.create(monitor, audit(tenantA.id), hash);
    return { monitor, token };
  };
  const taskRepository = new DynamoTaskRepository(table.client, table.tableName);
  const bookingRepository = new DynamoBookingRepository(table.client, table.tableName);
  const invoiceRepository = new DynamoInvoiceRepository(table.client, table.tableName);
  const closeRepository = new DynamoPeriodCloseRepository(table.client, table.tableName);
  let invoicesMade = 0;
  const api: TestApi = {
    addBookingOfTenantA: () =>
      api.addBooking({
        tenantId: tenantA.id,
        bookedBy: users['customer-admin-A'].id,
        start: Date.parse('2030-01-07T00:00:00Z') + ++bookingsMade * 3_600_000,
      }),
    addBooking: async ({ tenantId, bookedBy, start }) => {
      const iso = (ms: number) => new Date(ms).toISOString();
      const booking: Booking = {
        id: ids.newId(),
        tenantId,
        typeId: 'consultation',
        staffId: users.operator.id,
        bookedBy,
        start: iso(start),
        end: iso(start + 30 * 60_000),
        durationMinutes: 30,
        holdStart: iso(start),
        holdEnd: iso(start + 45 * 60_000),
        status: 'confirmed',
        notes: null,
        lateCancellationFee: null,
        minutesSpent: null,
        createdAt: at,
        updatedAt: at,
      };
      await bookingRepository.create(booking, audit(tenantId));
      return booking;
    },
    hostRegistry,
    addHost: async ({ tenantId, registered = true }) => {
      const id = `mi-${String(++hostsMade).padStart(17, '0')}`;
      const host: Host = {
        id,
        tenantId,
        name: `host-${hostsMade}`,
        platform: 'Debian GNU/Linux 12',
        agentVersion: 'test',
        pingStatus: 'Online',
        lastSeenAt: at,
        registeredAt: at,
        ipAddress: '127.0.0.1',
        syncedAt: at,
      };
      if (registered) {
        hostRegistry.update((registry) => {
          registry.hosts.push({ id, tenantId, name: host.name, registeredAt: at });
        });
      }
      await hostRepository.replaceAll(tenantId, [...(await hostRepository.list(tenantId)), host]);
      return host;
    },
    addMonitorOfTenantA,
    addIncidentOfTenantA: async () => {
      const { monitor } = await addMonitorOfTenantA('http');
      const now = clock.now().toISOString();
      const incident: Incident = {
        id: ids.newId(),
        tenantId: tenantA.id,
        tenantName: tenantA.name,
        monitorId: monitor.id,
        monitorName: monitor.name,
        monitorKind: monitor.kind,
        severity: 'critical',
        status: 'open',
        detectedAt: now,
        openedAt: now,
        acknowledgedAt: null,
        acknowledgedBy: null,
        resolvedAt: null,
        acknowledgeDueAt: new Date(clock.now().getTime() + 3_600_000).toISOString(),
        resolveDueAt: new Date(clock.now().getTime() + 8 * 3_600_000).toISOString(),
        coverage: 'covered',
        coverageStartsAt: null,
        pages: 0,
        escalationLevel: 0,
        nextPageAt: null,
        pagedStaffIds: [],
        timeline: [{ at: now, kind: 'detected', text: 'HTTP 503', by: null, taskId: null }],
        version: 1,
      };
      const down: Monitor = { ...monitor, state: 'down', incidentId: incident.id, version: monitor.version + 1 };
      await monitorRepository.update(monitor, down, { openIncident: incident });
      return incident;
    },
    addTaskOfTenantA: async () => {
      const draft = taskDraft({
        id: ids.newId(),
        tenant: tenantA,
        type: findTaskType('custom') as TaskType,
        host: null,
        params: { description: 'Renew the domain at the registrar.' },
        notes: null,
        requestedBy: { userId: users['customer-admin-A'].id, email: users['customer-admin-A'].email },
        at: new Date(at),
      });
      const task: Task = {
        ...draft,
        status: 'queued',
        slaDueAt: at,
        history: [{ status: 'queued', at, by: users['customer-admin-A'].email, reason: null }],
        version: 1,
      };
      await taskRepository.create(task, {});
      return task;
    },
    addInvoice: async (overrides = {}) => {
      const index = invoicesMade++;
      const periodId = `${2020 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
      await closeRepository.start(
        { periodId, status: 'running', startedAt: at, tenants: 1, invoiced: 0, skipped: 0, failed: 0 },
        audit(null),
      );
      const { number: _number, ...draft } = sampleInvoice({
        id: ids.newId(),
        tenantId: tenantA.id,
        periodId,
        buyer: {
          name: tenantA.name,
          address: ['Hauptstraße 1', '10115 Berlin', 'Germany'],
          country: 'DE',
          vatId: null,
        },
        lines: [
          {
            kind: 'base_fee',
            description: 'Eighth webmaster',
            quantity: 1,
            unit: 'month',
            unitPrice: 119_005,
            amount: 119_005,
            vatRate: 1900,
          },
        ],
        issuedAt: at,
        statusChangedAt: at,
        ...overrides,
      });
      return (await invoiceRepository.finalize(draft, audit(tenantA.id))).invoice;
    },
    now,
    tokenFor: (u) => signDevToken(u, secret, now()),
    addMemberOfTenantA: async () => {
      const member = user(tenantA.id, 'customer-member', `member-${++members}-${tenantA.id}@example.com`);
      await tenants.createUser(member, audit(tenantA.id));
      return member;
    },
    table,
    tenants,
    tenantA,
    tenantB,
    users,
    tokens,
    request: async (method, url, options = {}) => {
      const headers: Record<string, string> = { ...options.headers };
      const token =
        options.token ?? (options.persona && options.persona !== 'anonymous' ? tokens[options.persona] : undefined);
      if (token) headers.authorization = `Bearer ${token}`;
      let body: Buffer | undefined;
      if (options.rawBody !== undefined) body = Buffer.from(options.rawBody);
      else if (options.body !== undefined) body = Buffer.from(JSON.stringify(options.body));
      if (body) headers['content-type'] ??= 'application/json';
      const response = await dispatch({ method, url, headers, ...(body ? { body } : {}) });
      return { ...response, json: () => JSON.parse(response.body.toString('utf8')) };
    },
  };
  return api;
};
