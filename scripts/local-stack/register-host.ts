import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { redeemActivation } from '../../functions/adapters/local/local-host-directory.js';
import { LocalHostRegistry } from '../../functions/adapters/local/local-host-registry.js';
import { SystemClock } from '../../functions/adapters/system/system-clock.js';

/**
 * `npm run host:register -- --id <activationId> --code <activationCode>`: what the SSM agent's
 * `-register` does, for the local stack. Registers this machine (again) as a managed host of the
 * activation's tenant, in the registry under `DATA_DIR` (default `.data`). The host appears in the
 * inventory at the next sync (every 15 minutes, or "Refresh" on the hosts page).
 */
const { values } = parseArgs({ options: { id: { type: 'string' }, code: { type: 'string' } } });
if (!values.id || !values.code) {
  console.error('Usage: npm run host:register -- --id <activationId> --code <activationCode>');
  process.exit(1);
}
const dataDir = resolve(process.env.DATA_DIR ?? '.data');
try {
  const start = process.env.CLOCK_START ? new Date(process.env.CLOCK_START) : null;
  const clock = new SystemClock(start && !Number.isNaN(start.getTime()) ? SystemClock.offsetTo(start) : 0);
  const host = redeemActivation(new LocalHostRegistry(join(dataDir, 'hosts')), {
    activationId: values.id,
    activationCode: values.code,
    now: clock.now(),
  });
  console.log(`Registered ${host.name} as ${host.hostId}. Refresh the hosts page to see it.`);
} catch (error) {
  console.error(`host:register: ${(error as Error).message}`);
  process.exit(1);
}
