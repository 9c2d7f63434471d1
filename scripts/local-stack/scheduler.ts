import { SCHEDULES } from '../../shared/contracts/resources.js';

type ScheduleId = (typeof SCHEDULES)[number]['id'];

/** The scheduled handlers — the modules CDK bundles for EventBridge Scheduler (`scheduleEntry`). */
export const SCHEDULED_HANDLERS: Record<ScheduleId, () => Promise<{ handler: () => Promise<unknown> }>> = {
  'purge-deleted-tenants': () => import('../../functions/tenancy/purge-deleted-tenants.js'),
  'suspend-overdue-tenants': () => import('../../functions/billing/suspend-overdue-tenants.js'),
  'send-notifications': () => import('../../functions/booking/send-notifications.js'),
  'release-tasks': () => import('../../functions/tasks/release-tasks.js'),
  'close-previous-period': () => import('../../functions/billing/close-previous-period.js'),
  'sync-hosts': () => import('../../functions/tasks/sync-hosts.js'),
  'dispatch-monitors': () => import('../../functions/monitoring/dispatch-monitors.js'),
  'page-incidents': () => import('../../functions/monitoring/page-incidents.js'),
  'publish-operations-metrics': () => import('../../functions/platform/publish-operations-metrics.js'),
};

/**
 * The local stack's EventBridge Scheduler: runs every job once at start-up (so a restart with a
 * later `CLOCK_START` catches up at once) and then at its rate. A failing run is logged, not fatal.
 */
export const startLocalScheduler = (log: (message: string) => void = console.error, minuteMs = 60_000) => {
  const run = async (id: ScheduleId) => {
    try {
      const { handler } = await SCHEDULED_HANDLERS[id]();
      await handler();
    } catch (error) {
      log(`local scheduler: ${id} failed: ${(error as Error).message}`);
    }
  };
  const timers = SCHEDULES.map((schedule) => {
    void run(schedule.id);
    return setInterval(() => void run(schedule.id), schedule.rateMinutes * minuteMs);
  });
  return { stop: () => timers.forEach(clearInterval), run };
};
