import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import type { OnCallRotaRepository } from '../../shared/booking/ports.js';
import type { Role } from '../../shared/contracts/roles.js';
import type { IncidentContacts } from '../../shared/monitoring/incidents.js';
import type { AckLinkSigner, DiagnosticsRunner, HostActivity, StaffDirectory } from '../../shared/monitoring/ports.js';
import type { Actor } from '../../shared/platform/actor.js';
import type { Clock } from '../../shared/platform/ports.js';
import type { TaskRequest } from '../../shared/tasks/model.js';
import type { TaskRepository } from '../../shared/tasks/ports.js';
import { requestTask, type TaskDeps } from '../../shared/tasks/tasks.js';
import type { StaffZones } from '../../shared/tenancy/get-me.js';
import type { User } from '../../shared/tenancy/model.js';
import { keys } from '../adapters/dynamodb/keys.js';
import { queryAll } from '../adapters/dynamodb/pagination.js';
import { sha256Hex } from '../adapters/system/sha256.js';

/** Heartbeat secrets: 24 random bytes (192 bits) as base64url, looked up by their SHA-256 (hex). */
export const heartbeatTokens = {
  newToken: (): string => randomBytes(24).toString('base64url'),
  hash: sha256Hex,
};

/**
 * One-click acknowledgement links: `<claims as base64url JSON>.<HMAC-SHA256 of that, base64url>` with the stage's
 * secret. Verification compares in constant time and refuses anything expired, malformed or signed otherwise.
 */
export class HmacAckLinkSigner implements AckLinkSigner {
  constructor(private readonly secret: string) {
    if (secret.length < 32) throw new Error('ACK_LINK_SECRET must be at least 32 characters');
  }

  private mac(payload: string): Buffer {
    return createHmac('sha256', this.secret).update(`opsdesk-ack-link.${payload}`).digest();
  }

  sign(claims: { incidentId: string; staffId: string; expiresAt: string }): string {
    const payload = Buffer.from(
      JSON.stringify({ incidentId: claims.incidentId, staffId: claims.staffId, expiresAt: claims.expiresAt }),
    ).toString('base64url');
    return `${payload}.${this.mac(payload).toString('base64url')}`;
  }

  verify(token: string, now: Date): { incidentId: string; staffId: string; expiresAt: string } | null {
    const [payload, signature, ...rest] = token.split('.');
    if (!payload || !signature || rest.length) return null;
    const given = Buffer.from(signature, 'base64url');
    const expected = this.mac(payload);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    try {
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
      const { incidentId, staffId, expiresAt } = claims;
      if (typeof incidentId !== 'string' || typeof staffId !== 'string' || typeof expiresAt !== 'string') return null;
      const expires = Date.parse(expiresAt);
      if (Number.isNaN(expires) || expires <= now.getTime()) return null;
      return { incidentId, staffId, expiresAt };
    } catch {
      return null;
    }
  }
}

type StaffMember = { staffId: string; email: string; name: string };
const memberOf = (user: Pick<User, 'id' | 'email' | 'name'>): StaffMember => ({
  staffId: user.id,
  email: user.email,
  name: user.name,
});

/**
 * Who is paged: the on-call rota's shift at the instant (its staff member must still be a staff user: a removed
 * operator is a gap, and the incident goes to the provider-admins), and the provider-admins among the staff users;
 * and who a staff id is now (an acknowledgement link works only while its holder may acknowledge).
 */
export class TableStaffDirectory implements StaffDirectory {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly rota: Pick<OnCallRotaRepository, 'get'>,
    private readonly users: { getUser(tenantId: string | null, userId: string): Promise<User | null> },
    /** The zone of each person's own working hours, which their pages are written in (none: the default zone). */
    private readonly zones: StaffZones = { zoneOf: async () => null },
  ) {}

  private async withZone(member: StaffMember): Promise<StaffMember & { timeZone: string | null }> {
    // The zone only shapes how the page's times read: a failed read must not stop the page (default zone, then).
    return { ...member, timeZone: await this.zones.zoneOf(member.staffId).catch(() => null) };
  }

  async onCallAt(at: Date): Promise<(StaffMember & { timeZone: string | null }) | null> {
    const { shifts } = await this.rota.get();
    const time = at.getTime();
    const shift = shifts.find((s) => Date.parse(s.start) <= time && time < Date.parse(s.end));
    if (!shift) return null;
    const user = await this.users.getUser(null, shift.staffId);
    return user ? this.withZone(memberOf(user)) : null;
  }

  async providerAdmins(): Promise<(StaffMember & { timeZone: string | null })[]> {
    const items = await queryAll(this.client, {
      TableName: this.tableName,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
      ExpressionAttributeValues: { ':pk': keys.staffPartition, ':prefix': keys.userPrefix },
    });
    const admins = items
      .filter((item) => Array.isArray(item.roles) && item.roles.includes('provider-admin'))
      .map((item) => memberOf({ id: String(item.id), email: String(item.email), name: String(item.name ?? '') }))
      .sort((a, b) => a.email.localeCompare(b.email));
    return Promise.all(admins.map((admin) => this.withZone(admin)));
  }

  /** The staff user as stored now (a removed one is null; a demoted one has their new roles). */
  async get(staffId: string): Promise<(StaffMember & { roles: Role[] }) | null> {
    const user = await this.users.getUser(null, staffId);
    return user && user.tenantId === null ? { ...memberOf(user), roles: [...user.roles] } : null;
  }
}

/** Who Opsdesk acts as when it requests an incident's diagnostics itself (the task's history names it). */
export const MONITORING_ACTOR_EMAIL = 'monitoring@opsdesk';

/**
 * Diagnostics and remediation through the ordinary task lifecycle: `requestTask` as a customer-admin of the
 * incident's tenant (so approvals, maintenance windows and billing apply as to any task), named Opsdesk's monitoring
 * or the operator who asked; the task's notes name the incident.
 */
export class TaskDiagnosticsRunner implements DiagnosticsRunner {
  constructor(private readonly deps: TaskDeps & { tasks: Pick<TaskRepository, 'get'> }) {}

  async request(input: {
    tenantId: string;
    incidentId: string;
    typeId: string;
    hostId: string;
    params: Record<string, unknown>;
    requestedBy: { userId: string; email: string } | null;
  }): Promise<{ taskId: string }> {
    const actor: Actor = {
      userId: input.requestedBy?.userId ?? 'opsdesk-monitoring',
      email: input.requestedBy?.email ?? MONITORING_ACTOR_EMAIL,
      roles: ['customer-admin'],
      tenantId: input.tenantId,
    };
    const task = await requestTask(this.deps, actor, {
      typeId: input.typeId as TaskRequest['typeId'],
      hostId: input.hostId,
      params: input.params,
      notes: `Incident ${input.incidentId}`,
    });
    return { taskId: task.id };
  }

  async describe(tenantId: string, taskId: string) {
    const task = await this.deps.tasks.get(tenantId, taskId);
    if (!task) return null;
    return {
      id: task.id,
      typeId: task.typeId,
      status: task.status,
      output: task.output?.excerpt ?? null,
      updatedAt: task.updatedAt,
    };
  }
}

/**
 * The task holding a host (its lock item, `HOSTLOCK#<hostId>`, while a command runs there), if that task is
 * disruptive (the catalogue's flag, copied onto the task): its host's monitors are in maintenance meanwhile.
 */
export class LockHostActivity implements HostActivity {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly tableName: string,
    private readonly tasks: Pick<TaskRepository, 'get'>,
    private readonly clock: Clock,
  ) {}

  async disruptiveTaskOn(tenantId: string, hostId: string): Promise<{ taskId: string } | null> {
    const { Item } = await this.client.send(
      new GetCommand({ TableName: this.tableName, Key: keys.hostLock(tenantId, hostId), ConsistentRead: true }),
    );
    if (!Item || typeof Item.taskId !== 'string') return null;
    if (typeof Item.until === 'string' && Item.until < this.clock.now().toISOString()) return null;
    const task = await this.tasks.get(tenantId, Item.taskId);
    return task?.disruptive ? { taskId: task.id } : null;
  }
}

/** A tenant's customer-admins: who hears that an incident waits for covered hours. */
export class TenantAdminContacts implements IncidentContacts {
  constructor(
    private readonly users: {
      listUsers(
        tenantId: string,
        page: { limit: number; cursor?: string },
      ): Promise<{ items: User[]; nextCursor?: string }>;
    },
  ) {}

  async customerContacts(tenantId: string): Promise<{ email: string; name: string }[]> {
    const admins: { email: string; name: string }[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.users.listUsers(tenantId, { limit: 100, ...(cursor ? { cursor } : {}) });
      for (const user of page.items) {
        if (user.roles.includes('customer-admin')) admins.push({ email: user.email, name: user.name });
      }
      cursor = page.nextCursor;
    } while (cursor);
    return admins;
  }
}
