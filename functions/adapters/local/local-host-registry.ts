import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RegisteredHost {
  id: string;
  tenantId: string;
  name: string;
  registeredAt: string;
  /** The activation it registered with (SSM's `ActivationId`); absent for hosts placed directly. */
  activationId?: string;
}

export interface LocalActivation {
  activationId: string;
  activationCode: string;
  tenantId: string;
  name: string;
  expiresAt: string;
  registrationLimit: number;
  registrations: number;
}

interface Registry {
  hosts: RegisteredHost[];
  activations: LocalActivation[];
}

/**
 * The local stack's stand-in for SSM's fleet: which hosts are registered to which tenant (each
 * carries its tenant like the `opsdesk:tenantId` tag) and the activations handed out. A JSON file
 * under `DATA_DIR`, written atomically.
 */
export class LocalHostRegistry {
  private readonly file: string;

  constructor(readonly dir: string) {
    this.file = join(dir, 'registry.json');
  }

  read(): Registry {
    if (!existsSync(this.file)) return { hosts: [], activations: [] };
    return JSON.parse(readFileSync(this.file, 'utf8')) as Registry;
  }

  update(change: (registry: Registry) => void): Registry {
    const registry = this.read();
    change(registry);
    mkdirSync(this.dir, { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(registry, null, 2));
    renameSync(temporary, this.file);
    return registry;
  }

  host(hostId: string): RegisteredHost | undefined {
    return this.read().hosts.find((host) => host.id === hostId);
  }
}
