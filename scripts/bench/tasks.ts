import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LocalHostRegistry } from '../../functions/adapters/local/local-host-registry.js';
import { DEMO_HOST } from '../local-stack/seed.js';
import { fmt, percentile } from './measure.js';

const TERMINAL = new Set(['succeeded', 'failed', 'timed_out', 'cancelled', 'declined']);

/**
 * Tasks through a running local stack (HTTP, SQS FIFO on fauxqs, the local poller, the local host
 * runner, status events): request → succeeded latency for disk reports one at a time, and a burst
 * of 20 on one host (FIFO: one at a time) against 20 spread over four hosts, in the same run.
 */
export const benchTasks = async (url: string, dataDir: string, token: string): Promise<string> => {
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const registry = new LocalHostRegistry(join(dataDir, 'hosts'));
  const demo = registry.host(DEMO_HOST.id);
  if (!demo) throw new Error('bench: the demo host is not registered');
  const extra = ['mi-0000000000000b001', 'mi-0000000000000b002', 'mi-0000000000000b003'];
  registry.update((state) => {
    for (const id of extra) {
      if (!state.hosts.some((host) => host.id === id)) {
        state.hosts.push({
          id,
          tenantId: demo.tenantId,
          name: `bench-${id.slice(-3)}`,
          registeredAt: demo.registeredAt,
        });
      }
    }
  });
  await fetch(`${url}/api/hosts/sync`, { method: 'POST', headers });

  const request = async (hostId: string): Promise<string> => {
    const response = await fetch(`${url}/api/tasks`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ typeId: 'disk-report', hostId }),
    });
    if (response.status !== 202) throw new Error(`bench: POST /api/tasks → ${response.status}`);
    return ((await response.json()) as { id: string }).id;
  };
  const finished = async (id: string) => {
    for (;;) {
      const task = (await (await fetch(`${url}/api/tasks/${id}`, { headers })).json()) as { status: string };
      if (TERMINAL.has(task.status)) {
        if (task.status !== 'succeeded') throw new Error(`bench: task ${id} ended ${task.status}`);
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };

  const single: number[] = [];
  for (let i = 0; i < 20; i++) {
    const started = performance.now();
    await finished(await request(DEMO_HOST.id));
    single.push(performance.now() - started);
  }
  const burst = async (hosts: string[]) => {
    const started = performance.now();
    const ids = await Promise.all(Array.from({ length: 20 }, (_, i) => request(hosts[i % hosts.length] as string)));
    await Promise.all(ids.map(finished));
    return performance.now() - started;
  };
  const oneHost = await burst([DEMO_HOST.id]);
  const fourHosts = await burst([DEMO_HOST.id, ...extra]);
  return `## Tasks (local stack: SQS FIFO on fauxqs, local poller, local host runner running the real disk report)

| measure | value |
|---|---|
| disk report, request → succeeded (202, queue, dispatch, /bin/sh run, two status events), 20 one after another | p50 ${fmt(percentile(single, 50))} ms, p95 ${fmt(percentile(single, 95))} ms |
| 20 disk reports at once on one host (one FIFO group and the host lock: one command at a time, in order) | ${fmt(oneHost)} ms |
| 20 disk reports at once over four hosts (four groups in parallel) | ${fmt(fourHosts)} ms — ${fmt(oneHost / fourHosts)}× faster than one host |
`;
};
