import type { Clock, IdGenerator } from '../platform/ports.js';
import type { Tenant } from '../tenancy/model.js';
import type {
  AckLinkSigner,
  CheckResultStore,
  DiagnosticsRunner,
  HostActivity,
  IncidentRepository,
  MonitorRepository,
  StaffDirectory,
  TargetGuard,
} from './ports.js';

/** Everything the monitoring use cases reach, as ports; functions/monitoring/wiring.ts builds it once per process. */
export interface MonitoringDeps {
  clock: Clock;
  ids: IdGenerator;
  monitors: MonitorRepository;
  results: CheckResultStore;
  incidents: IncidentRepository;
  tenants: { getTenant(tenantId: string): Promise<Tenant | null> };
  hosts: { get(tenantId: string, hostId: string): Promise<{ id: string; name: string } | null> };
  targets: TargetGuard;
  staff: StaffDirectory;
  ackLinks: AckLinkSigner;
  diagnostics: DiagnosticsRunner;
  hostActivity: HostActivity;
  /** Heartbeat secrets: a new URL-safe token (≥ 128 bits of randomness) and its SHA-256 (hex), the lookup key. */
  tokens: { newToken(): string; hash(token: string): string };
  /**
   * Where people and machines reach Opsdesk: `web` for links in e-mails (the acknowledgement page), `api` for the
   * heartbeat URLs a customer's cron job calls (`<api>/api/heartbeats/<token>`).
   */
  links: { web: string; api: string };
}
