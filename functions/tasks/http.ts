import { watchBalance } from '../../shared/billing/balance.js';
import { createActivation, deregisterHost, listHosts, syncHosts } from '../../shared/tasks/hosts.js';
import {
  approveTask,
  cancelTask,
  claimTask,
  completeTask,
  declineTask,
  getMaintenanceWindow,
  getOpsTask,
  getTask,
  listDeadLetters,
  listQueue,
  listTasks,
  listTaskTypes,
  redriveTask,
  requestTask,
  setMaintenanceWindow,
  unclaimTask,
} from '../../shared/tasks/tasks.js';
import { DynamoBalanceBookings, DynamoBalanceNotices } from '../adapters/dynamodb/dynamo-balance-notices.js';
import { DynamoIdempotencyStore } from '../adapters/dynamodb/dynamo-idempotency-store.js';
import { DynamoUsageLedger } from '../adapters/dynamodb/dynamo-usage-ledger.js';
import { callerDirectory } from '../config/callers.js';
import { createHttpHandler } from '../http/create-http-handler.js';
import { logger } from '../observability/logger.js';
import { createTaskDeps } from './wiring.js';

const taskDeps = createTaskDeps();
const { client, tableName } = taskDeps.table;
const deps = {
  ...taskDeps,
  // Completing a manual task records webmaster minutes: warn at 80 % and 95 % of the included ones (never fails it).
  balance: watchBalance(
    {
      subscriptions: taskDeps.subscriptions,
      ledger: new DynamoUsageLedger(client, tableName),
      bookings: new DynamoBalanceBookings(client, tableName),
      tenants: taskDeps.tenants,
      notices: new DynamoBalanceNotices(client, tableName),
      clock: taskDeps.clock,
      ids: taskDeps.ids,
    },
    (message, details) => logger.warn(message, details),
  ),
};

export const handler = createHttpHandler(
  'tasks',
  {
    listTaskTypes: async () => listTaskTypes(),
    requestTask: ({ actor, body }) => requestTask(deps, actor, body),
    listTasks: ({ actor, query }) => listTasks(deps, actor, query),
    getTask: ({ actor, params }) => getTask(deps, actor, params.taskId),
    approveTask: ({ actor, params }) => approveTask(deps, actor, params.taskId),
    declineTask: ({ actor, params, body }) => declineTask(deps, actor, params.taskId, body),
    cancelTask: ({ actor, params }) => cancelTask(deps, actor, params.taskId),
    getMaintenanceWindow: ({ actor }) => getMaintenanceWindow(deps, actor),
    setMaintenanceWindow: ({ actor, body }) => setMaintenanceWindow(deps, actor, body),
    listHosts: ({ actor }) => listHosts(deps, actor),
    createActivation: ({ actor, body }) => createActivation(deps, actor, body),
    syncHosts: ({ actor }) => syncHosts(deps, actor),
    deregisterHost: ({ actor, params }) => deregisterHost(deps, actor, params.hostId),
    listTaskQueue: ({ query }) => listQueue(deps, query),
    getOpsTask: ({ params }) => getOpsTask(deps, params.taskId),
    claimTask: ({ actor, params }) => claimTask(deps, actor, params.taskId),
    unclaimTask: ({ actor, params }) => unclaimTask(deps, actor, params.taskId),
    completeTask: ({ actor, params, body }) => completeTask(deps, actor, params.taskId, body),
    listDeadLetters: ({ query }) => listDeadLetters(deps, query),
    redriveTask: ({ actor, params }) => redriveTask(deps, actor, params.taskId),
  },
  {
    idempotency: { store: new DynamoIdempotencyStore(deps.table.client, deps.table.tableName), clock: deps.clock },
    callers: callerDirectory(),
  },
);
