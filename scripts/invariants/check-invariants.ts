import { type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { keys, type TableKey } from '../../functions/adapters/dynamodb/keys.js';
import { quarterHoursOf } from '../../shared/booking/availability.js';
import { REPORT_NOTIFICATION_KINDS } from '../../shared/booking/notifications.js';
import { isTerminal, type TaskStatus } from '../../shared/tasks/model.js';

/**
 * The single table's cross-item invariants, checked over a full Scan: what the repositories keep true by
 * writing related items in one transaction (docs/data-model.md). Run it on a quiet table — the Scan is not a
 * snapshot, so a write racing it can show a violation that is not there. Production code never imports this.
 */
export interface Violation {
  invariant: string;
  key: TableKey;
  message: string;
}

export interface InvariantReport {
  violations: Violation[];
  /** Items per `entity` (and `(none)` for items without one), to show what was checked. */
  counts: Record<string, number>;
}

/** The outbox's two partitions: urgent e-mails, and the bulk ones (service reports). */
const OUTBOX_PARTITIONS: ReadonlySet<string> = new Set([keys.notificationPartition, keys.bulkNotificationPartition]);
/** E-mails about the organisation itself, not a booking or an incident. */
const ORGANISATION_MAIL: ReadonlySet<string> = new Set(REPORT_NOTIFICATION_KINDS);

/** Every invariant this checker knows, with what it protects (docs/reliability.md lists them). */
export const INVARIANTS = {
  'booking.pointer': 'a booking has its id pointer (P#BOOKING#<id>) naming its tenant',
  'booking_pointer.target': 'a booking pointer names a booking that exists in that tenant',
  'booking.slot_locks': 'a live booking (not cancelled) holds a slot lock for every quarter hour of its hold',
  'slot_lock.owner': 'a slot lock belongs to a live booking whose hold covers that quarter hour of that staff member',
  'booking.overlap': 'no two live bookings hold the same quarter hour of one staff member (reported at that slot)',
  'booking.audit': 'a booking has the audit entry of its creation (and of its cancellation, completion, no-show)',
  'booking.confirmation': 'a booking’s confirmation e-mail is queued in the outbox or was sent (local mailbox)',
  'notification.booking': 'an outbox e-mail names an existing booking of its tenant',
  'notification.incident': 'an outbox e-mail about an incident names an existing incident of its tenant',
  'notification.stale_reminder': 'an outbox reminder belongs to a confirmed booking at the version it was queued for',
  'notification.tenant':
    'an outbox e-mail about the organisation itself (a service report, a balance warning) names an existing tenant',
  'task.pointer': 'a task has its id pointer (P#TASK#<id>) naming its tenant',
  'task_pointer.target': 'a task pointer names a task that exists in that tenant',
  'task.command_pointer': 'a task with a command id has the command pointer naming the task',
  'command_pointer.target': 'a command pointer names an existing task of that tenant',
  'task.release_marker': 'a task with nextCheckAt has its release marker at that instant',
  'task_release.target': 'a release marker belongs to a task whose nextCheckAt is the marker’s instant',
  'task.dead_letter_marker': 'a dead-lettered task has its dead-letter marker',
  'task_dead_letter.target': 'a dead-letter marker belongs to a task dead-lettered at that instant',
  'task.open_index': 'a task is in the open queue index (gsi1) exactly while its status is not final',
  'task.watched': 'an automated task that is queued, scheduled or running has a nextCheckAt; a final task none',
  'task.audit': 'a task has the audit entry of its request',
  'invoice.key': 'an invoice sits at its tenant and period (credit note at #CN), indexed by its period and number',
  'invoice.number_format': 'an invoice number is OD-<year>-<nnnnnn>, a credit note’s OD-CN-<year>-<nnnnnn>',
  'invoice.number_unique': 'no two documents carry the same number (each one carrying it is reported)',
  'invoice.number_gap': 'the numbers of a series and year run from 1 without a gap',
  'invoice_counter.last': 'a series counter’s `last` is the highest number given out in that series and year',
  'invoice.pointer': 'an invoice or credit note has its id pointer naming its tenant and key',
  'invoice_pointer.target': 'an invoice pointer names a document with that id',
  'invoice.credit_note': 'a voided invoice and its credit note name each other',
  'period_close.counts': 'a period close counts as many invoices, skips and failures as there are',
  'idempotency.record': 'an idempotency record is in_progress, committed or done, with a SHA-256 fingerprint',
  'idempotency.response': 'a done idempotency record holds a well-formed response (status, headers, body)',
} as const;
export type InvariantName = keyof typeof INVARIANTS;

type Item = Record<string, unknown>;

const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const keyOf = (item: Item): TableKey => ({ pk: str(item.pk), sk: str(item.sk) });
const id = (key: TableKey) => `${key.pk}|${key.sk}`;

export const scanAll = async (client: DynamoDBDocumentClient, tableName: string): Promise<Item[]> => {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    items.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
};

const LIVE_BOOKING = new Set(['confirmed', 'completed', 'no_show']);
const STATUS_AUDIT: Record<string, string> = {
  cancelled: 'booking.cancelled',
  completed: 'booking.completed',
  no_show: 'booking.no_show',
};
const WATCHED_TASK: readonly TaskStatus[] = ['queued', 'scheduled', 'running'];
const INVOICE_NUMBER = /^(OD|OD-CN)-(\d{4})-(\d{6})$/;
const FINGERPRINT = /^[0-9a-f]{64}$/;
/** `committed`: the effect was written under the claim, the response not yet (functions/http/idempotency.ts). */
const IDEMPOTENCY_STATES = new Set(['in_progress', 'committed', 'done']);

const lockKeysOf = (booking: Item): TableKey[] =>
  quarterHoursOf({ start: Date.parse(str(booking.holdStart)), end: Date.parse(str(booking.holdEnd)) }).map((q) =>
    keys.slotLock(str(booking.staffId), q.date, q.time),
  );

/** The tenant of a `T#<tenantId>` partition key, or null. */
const tenantOfPartition = (pk: string): string | null =>
  pk.startsWith(keys.tenantPartitionPrefix) ? pk.slice(keys.tenantPartitionPrefix.length) : null;

/** Reads the whole table and reports every broken invariant (empty when the data is consistent). */
export const checkInvariants = async (options: {
  client: DynamoDBDocumentClient;
  tableName: string;
  /**
   * Where sent booking e-mails remain: `mailbox` (the local stack keeps them in P#MAILBOX, the default) or `none`
   * (AWS: sent by SES, nothing kept — the confirmation check is then skipped).
   */
  sentMail?: 'mailbox' | 'none';
}): Promise<InvariantReport> =>
  checkItems(await scanAll(options.client, options.tableName), { sentMail: options.sentMail ?? 'mailbox' });

/** The checks over items already read (the CLI and the tests use `checkInvariants`). */
export const checkItems = (items: Item[], options: { sentMail: 'mailbox' | 'none' }): InvariantReport => {
  const violations: Violation[] = [];
  const report = (invariant: InvariantName, key: TableKey, message: string) =>
    violations.push({ invariant, key, message });

  const counts: Record<string, number> = {};
  const byKey = new Map<string, Item>();
  for (const item of items) {
    const entity = typeof item.entity === 'string' ? item.entity : '(none)';
    counts[entity] = (counts[entity] ?? 0) + 1;
    byKey.set(id(keyOf(item)), item);
  }
  const get = (key: TableKey) => byKey.get(id(key));

  // Audit entries by target: `<type>#<id>` → actions.
  const audited = new Map<string, Set<string>>();
  for (const item of items) {
    if (!str(item.sk).startsWith(keys.auditPrefix)) continue;
    const target = item.target as { type?: string; id?: string } | undefined;
    const name = `${target?.type}#${target?.id}`;
    audited.set(name, (audited.get(name) ?? new Set()).add(str(item.action)));
  }
  const auditedActions = (type: string, targetId: string) => audited.get(`${type}#${targetId}`) ?? new Set<string>();

  const isBooking = (item: Item) =>
    item.entity === 'booking' && tenantOfPartition(str(item.pk)) !== null && str(item.sk).startsWith('BOOKING#');
  const isTask = (item: Item) =>
    item.entity === 'task' && tenantOfPartition(str(item.pk)) !== null && str(item.sk).startsWith(keys.taskPrefix);
  const isDocument = (item: Item) =>
    item.entity === 'invoice' && tenantOfPartition(str(item.pk)) !== null && str(item.sk).startsWith('INVOICE#');

  // ---- Bookings, slot locks, outbox ----
  const bookings = items.filter(isBooking);
  const bookingsById = new Map(bookings.map((b) => [str(b.id), b]));
  const holders = new Map<string, { key: TableKey; bookings: string[] }>(); // lock key → live bookings covering it
  const sentOrQueued = new Set<string>(); // notification ids in the outbox or the mailbox
  for (const item of items) {
    if (OUTBOX_PARTITIONS.has(str(item.pk)) || item.pk === keys.mailboxPartition) sentOrQueued.add(str(item.id));
  }
  const users = new Set(
    items.filter((item) => str(item.sk).startsWith(keys.userPrefix)).map((item) => `${item.tenantId}#${item.id}`),
  );
  for (const booking of bookings) {
    const key = keyOf(booking);
    const bookingId = str(booking.id);
    const tenantId = str(booking.tenantId);
    const pointer = get(keys.bookingPointer(bookingId));
    if (!pointer) report('booking.pointer', key, `booking ${bookingId} has no pointer P#BOOKING#${bookingId}`);
    else if (pointer.tenantId !== tenantId)
      report('booking.pointer', key, `the pointer of booking ${bookingId} names tenant ${str(pointer.tenantId)}`);

    const live = LIVE_BOOKING.has(str(booking.status));
    if (live) {
      const missing: string[] = [];
      for (const lockKey of lockKeysOf(booking)) {
        const lock = get(lockKey);
        if (lock?.bookingId !== bookingId || lock?.tenantId !== tenantId) missing.push(`${lockKey.pk}/${lockKey.sk}`);
        holders.set(id(lockKey), {
          key: lockKey,
          bookings: [...(holders.get(id(lockKey))?.bookings ?? []), bookingId],
        });
      }
      if (missing.length) {
        report(
          'booking.slot_locks',
          key,
          `booking ${bookingId} (${str(booking.status)}) lacks ${missing.length} slot lock(s): ${missing.join(', ')}`,
        );
      }
    }

    const actions = auditedActions('booking', bookingId);
    const expected = [
      'booking.created',
      ...(STATUS_AUDIT[str(booking.status)] ? [STATUS_AUDIT[str(booking.status)]!] : []),
    ];
    const unaudited = expected.filter((action) => !actions.has(action));
    if (unaudited.length)
      report('booking.audit', key, `booking ${bookingId} has no audit entry ${unaudited.join(', ')}`);

    // The confirmation is queued with the booking unless the person who booked it was gone (nobody to tell).
    if (options.sentMail === 'mailbox' && users.has(`${tenantId}#${str(booking.bookedBy)}`)) {
      const confirmation = `confirmation-${bookingId}-${Date.parse(str(booking.createdAt))}`;
      if (!sentOrQueued.has(confirmation))
        report('booking.confirmation', key, `${confirmation} is neither in the outbox nor in the mailbox`);
    }
  }
  for (const { key, bookings: holding } of holders.values()) {
    if (holding.length > 1)
      report('booking.overlap', key, `live bookings ${holding.sort().join(' and ')} all hold this quarter hour`);
  }
  for (const item of items) {
    const key = keyOf(item);
    if (key.pk.startsWith('P#BOOKING#') && key.sk === 'BOOKING') {
      const bookingId = key.pk.slice('P#BOOKING#'.length);
      if (!get(keys.booking(str(item.tenantId), bookingId)))
        report('booking_pointer.target', key, `no booking ${bookingId} in tenant ${str(item.tenantId)}`);
    } else if (/^P#STAFF#.+#\d{4}-\d{2}-\d{2}$/.test(key.pk) && key.sk.startsWith('SLOT#')) {
      const owner = bookingsById.get(str(item.bookingId));
      if (!owner || owner.tenantId !== item.tenantId)
        report('slot_lock.owner', key, `the lock names booking ${str(item.bookingId)}, which does not exist`);
      else if (!LIVE_BOOKING.has(str(owner.status)))
        report('slot_lock.owner', key, `the lock names booking ${str(item.bookingId)}, which is ${str(owner.status)}`);
      else if (!lockKeysOf(owner).some((lockKey) => id(lockKey) === id(key)))
        report('slot_lock.owner', key, `booking ${str(item.bookingId)} does not hold this quarter hour`);
    } else if (OUTBOX_PARTITIONS.has(key.pk) && ORGANISATION_MAIL.has(str(item.kind))) {
      // A service report or a balance warning is about the organisation: it names one that exists.
      if (!get(keys.tenant(str(item.tenantId))))
        report('notification.tenant', key, `${str(item.id)} names tenant ${str(item.tenantId)}, which does not exist`);
    } else if (key.pk === keys.notificationPartition && item.incidentId) {
      // An e-mail about an incident (a page, an escalation, the customer told) names an incident of its tenant.
      if (!get(keys.incident(str(item.tenantId), str(item.incidentId))))
        report(
          'notification.incident',
          key,
          `${str(item.id)} names incident ${str(item.incidentId)}, which does not exist in tenant ${str(item.tenantId)}`,
        );
    } else if (key.pk === keys.notificationPartition) {
      const booking = bookingsById.get(str(item.bookingId));
      if (!booking || booking.tenantId !== item.tenantId) {
        report(
          'notification.booking',
          key,
          `${str(item.id)} names booking ${str(item.bookingId)}, which does not exist`,
        );
        continue;
      }
      const kind = str(item.kind);
      if (!kind.startsWith('reminder_')) continue;
      const version = str(item.id).slice(str(item.id).lastIndexOf('-') + 1);
      if (booking.status === 'cancelled')
        report(
          'notification.stale_reminder',
          key,
          `${str(item.id)} would remind of cancelled booking ${str(booking.id)}`,
        );
      else if (booking.status === 'confirmed' && version !== String(Date.parse(str(booking.updatedAt))))
        report(
          'notification.stale_reminder',
          key,
          `${str(item.id)} is for an earlier version of booking ${str(booking.id)} (updated ${str(booking.updatedAt)})`,
        );
    }
  }

  // ---- Tasks and their index items ----
  const tasks = items.filter(isTask);
  const tasksById = new Map(tasks.map((t) => [str(t.id), t]));
  for (const task of tasks) {
    const key = keyOf(task);
    const taskId = str(task.id);
    const tenantId = str(task.tenantId);
    const status = str(task.status) as TaskStatus;
    const pointer = get(keys.taskPointer(taskId));
    if (!pointer) report('task.pointer', key, `task ${taskId} has no pointer P#TASK#${taskId}`);
    else if (pointer.tenantId !== tenantId || pointer.taskId !== taskId)
      report(
        'task.pointer',
        key,
        `the pointer of task ${taskId} names ${str(pointer.tenantId)}/${str(pointer.taskId)}`,
      );

    if (task.commandId) {
      const commandPointer = get(keys.commandPointer(str(task.commandId)));
      if (commandPointer?.taskId !== taskId || commandPointer?.tenantId !== tenantId)
        report('task.command_pointer', key, `task ${taskId} has no pointer for its command ${str(task.commandId)}`);
    }
    if (task.nextCheckAt) {
      const marker = get(keys.taskRelease(str(task.nextCheckAt), taskId));
      if (!marker || marker.tenantId !== tenantId)
        report('task.release_marker', key, `task ${taskId} is due ${str(task.nextCheckAt)} but has no release marker`);
    }
    if (task.deadLetteredAt) {
      const marker = get(keys.deadTask(str(task.deadLetteredAt), taskId));
      if (!marker || marker.tenantId !== tenantId)
        report('task.dead_letter_marker', key, `task ${taskId} was dead-lettered but has no dead-letter marker`);
    }
    const open = keys.openTask(str(task.requestedAt), taskId);
    if (isTerminal(status)) {
      if (task.gsi1pk !== undefined)
        report('task.open_index', key, `task ${taskId} is ${status} but still in the open queue (${str(task.gsi1pk)})`);
    } else if (task.gsi1pk !== open.gsi1pk || task.gsi1sk !== open.gsi1sk) {
      report('task.open_index', key, `task ${taskId} is ${status} but not in the open queue index`);
    }
    if (task.automated === true && WATCHED_TASK.includes(status) && !task.nextCheckAt)
      report('task.watched', key, `automated task ${taskId} is ${status} with no nextCheckAt: nothing will look at it`);
    if (isTerminal(status) && task.nextCheckAt)
      report('task.watched', key, `task ${taskId} is ${status} but still has nextCheckAt ${str(task.nextCheckAt)}`);
    if (!auditedActions('task', taskId).has('task.requested'))
      report('task.audit', key, `task ${taskId} has no audit entry task.requested`);
  }
  const taskOf = (item: Item) => {
    const task = tasksById.get(str(item.taskId));
    return task && task.tenantId === item.tenantId ? task : undefined;
  };
  for (const item of items) {
    const key = keyOf(item);
    if (key.pk.startsWith('P#TASK#') && key.sk === 'TASK') {
      if (!taskOf(item) || `P#TASK#${str(item.taskId)}` !== key.pk)
        report('task_pointer.target', key, `no task ${str(item.taskId)} in tenant ${str(item.tenantId)}`);
    } else if (key.pk.startsWith('P#COMMAND#') && key.sk === 'COMMAND') {
      if (!taskOf(item))
        report('command_pointer.target', key, `no task ${str(item.taskId)} in tenant ${str(item.tenantId)}`);
    } else if (key.pk === keys.taskReleasePartition) {
      const task = taskOf(item);
      if (!task) report('task_release.target', key, `the marker names task ${str(item.taskId)}, which does not exist`);
      else if (id(keys.taskRelease(str(task.nextCheckAt), str(task.id))) !== id(key))
        report(
          'task_release.target',
          key,
          `task ${str(task.id)} has nextCheckAt ${task.nextCheckAt ? str(task.nextCheckAt) : 'null'}, not this marker’s`,
        );
    } else if (key.pk === keys.deadTaskPartition) {
      const task = taskOf(item);
      if (!task || id(keys.deadTask(str(task.deadLetteredAt), str(task.id))) !== id(key))
        report(
          'task_dead_letter.target',
          key,
          `task ${str(item.taskId)} is not dead-lettered at this marker’s instant`,
        );
    }
  }

  // ---- Invoices, credit notes, numbers, counters ----
  const documents = items.filter(isDocument);
  const byNumber = new Map<string, Item[]>();
  const series = new Map<string, number[]>(); // `<prefix>-<year>` → numbers given out
  const documentsById = new Map(documents.map((d) => [str(d.id), d]));
  for (const document of documents) {
    const key = keyOf(document);
    const kind = str(document.kind || 'invoice');
    const tenantId = str(document.tenantId);
    const periodId = str(document.periodId);
    const number = str(document.number);
    const home = kind === 'credit_note' ? keys.creditNote(tenantId, periodId) : keys.invoice(tenantId, periodId);
    const index = keys.periodInvoices(periodId, number);
    if (id(home) !== id(key) || document.gsi1pk !== index.gsi1pk || document.gsi1sk !== index.gsi1sk)
      report(
        'invoice.key',
        key,
        `${kind} ${str(document.id)} of tenant ${tenantId}, period ${periodId} is stored at ${key.pk}/${key.sk} (expected ${home.pk}/${home.sk}, gsi1 ${index.gsi1pk}/${index.gsi1sk})`,
      );
    const parsed = INVOICE_NUMBER.exec(number);
    if (!parsed || (parsed[1] === 'OD-CN') !== (kind === 'credit_note')) {
      report('invoice.number_format', key, `${kind} ${str(document.id)} has the number "${number}"`);
    } else {
      const name = `${parsed[1]}-${parsed[2]}`;
      series.set(name, [...(series.get(name) ?? []), Number(parsed[3])]);
      byNumber.set(number, [...(byNumber.get(number) ?? []), document]);
    }
    const pointer = get(keys.invoicePointer(str(document.id)));
    if (!pointer || pointer.tenantId !== tenantId || pointer.target_pk !== key.pk || pointer.target_sk !== key.sk)
      report('invoice.pointer', key, `${kind} ${str(document.id)} has no pointer naming ${key.pk}/${key.sk}`);

    if (kind === 'invoice' && document.creditNote) {
      const link = document.creditNote as { id?: string; number?: string };
      const note = get(keys.creditNote(tenantId, periodId));
      const back = note?.creditNoteOf as { id?: string } | undefined;
      if (!note || note.id !== link.id || note.number !== link.number || back?.id !== document.id)
        report(
          'invoice.credit_note',
          key,
          `invoice ${str(document.id)} names credit note ${link.number}, which does not name it`,
        );
    }
    if (kind === 'credit_note') {
      const of = document.creditNoteOf as { id?: string } | undefined;
      const invoice = documentsById.get(str(of?.id));
      const forward = invoice?.creditNote as { id?: string } | undefined;
      if (!invoice || forward?.id !== document.id)
        report(
          'invoice.credit_note',
          key,
          `credit note ${str(document.id)} is not the credit note of invoice ${str(of?.id)}`,
        );
    }
  }
  for (const [number, carriers] of byNumber) {
    if (carriers.length < 2) continue;
    for (const carrier of carriers)
      report(
        'invoice.number_unique',
        keyOf(carrier),
        `${number} is the number of ${carriers.map((other) => str(other.id)).join(', ')}`,
      );
  }
  const counters = items.filter((item) => item.pk === 'P#INVOICE_NUMBER');
  for (const [name, numbers] of series) {
    const [prefix, year] = [name.slice(0, name.lastIndexOf('-')), name.slice(name.lastIndexOf('-') + 1)];
    const counterKey = prefix === 'OD' ? keys.invoiceCounter(year) : keys.creditNoteCounter(year);
    const distinct = new Set(numbers);
    const highest = Math.max(...numbers);
    const gaps: number[] = [];
    for (let n = 1; n <= highest; n++) if (!distinct.has(n)) gaps.push(n);
    if (gaps.length)
      report(
        'invoice.number_gap',
        counterKey,
        `${name}: ${gaps.length} number(s) missing: ${gaps
          .slice(0, 10)
          .map((n) => String(n).padStart(6, '0'))
          .join(', ')}`,
      );
    const counter = get(counterKey);
    if (Number(counter?.last ?? 0) !== highest)
      report(
        'invoice_counter.last',
        counterKey,
        `${name}: the counter says ${String(counter?.last)}, the highest number is ${highest}`,
      );
  }
  for (const counter of counters) {
    const sk = str(counter.sk);
    const name = sk.startsWith('CN-') ? `OD-CN-${sk.slice(3)}` : `OD-${sk}`;
    if (!series.has(name) && Number(counter.last ?? 0) !== 0)
      report(
        'invoice.number_gap',
        keyOf(counter),
        `${name}: the counter says ${String(counter.last)}, but no document has a number`,
      );
  }
  for (const item of items) {
    const key = keyOf(item);
    if (key.pk.startsWith('P#INVOICE#') && key.sk === 'INVOICE') {
      const target = get({ pk: str(item.target_pk), sk: str(item.target_sk) });
      if (!target || target.id !== key.pk.slice('P#INVOICE#'.length) || target.tenantId !== item.tenantId)
        report(
          'invoice_pointer.target',
          key,
          `no document ${key.pk.slice('P#INVOICE#'.length)} at ${str(item.target_pk)}/${str(item.target_sk)}`,
        );
    } else if (key.pk.startsWith('P#PERIOD_CLOSE#') && key.sk === 'CLOSE') {
      const periodId = key.pk.slice('P#PERIOD_CLOSE#'.length);
      const invoiced = documents.filter(
        (d) => d.periodId === periodId && str(d.kind || 'invoice') === 'invoice',
      ).length;
      const marked = (prefix: string) =>
        items.filter((other) => other.pk === key.pk && str(other.sk).startsWith(prefix)).length;
      const actual = { invoiced, skipped: marked('SKIP#'), failed: marked('FAILED#') };
      const recorded = {
        invoiced: Number(item.invoiced ?? 0),
        skipped: Number(item.skipped ?? 0),
        failed: Number(item.failed ?? 0),
      };
      if (JSON.stringify(actual) !== JSON.stringify(recorded))
        report(
          'period_close.counts',
          key,
          `the close counts ${JSON.stringify(recorded)}, the table holds ${JSON.stringify(actual)}`,
        );
    }
  }

  // ---- Idempotency records ----
  for (const item of items) {
    if (!str(item.sk).startsWith('IDEMPOTENCY#')) continue;
    const key = keyOf(item);
    if (!IDEMPOTENCY_STATES.has(str(item.state)) || !FINGERPRINT.test(str(item.fingerprint))) {
      report('idempotency.record', key, `state ${String(item.state)}, fingerprint ${String(item.fingerprint)}`);
      continue;
    }
    if (item.state !== 'done') continue;
    const problem = responseProblem(item.response);
    if (problem) report('idempotency.response', key, problem);
  }

  return { violations, counts };
};

/** Why a stored response could not be replayed, or null if it can. */
const responseProblem = (stored: unknown): string | null => {
  let response: unknown;
  try {
    response = typeof stored === 'string' ? JSON.parse(stored) : stored;
  } catch {
    return 'the response is not JSON';
  }
  if (!response || typeof response !== 'object') return 'the response is missing';
  const { statusCode, headers, body } = response as { statusCode?: unknown; headers?: unknown; body?: unknown };
  if (typeof statusCode !== 'number' || !Number.isInteger(statusCode) || statusCode < 100 || statusCode > 599)
    return `the response has the status ${String(statusCode)}`;
  if (!headers || typeof headers !== 'object' || Object.values(headers).some((value) => typeof value !== 'string'))
    return 'the response headers are not a map of strings';
  if (typeof body !== 'string') return 'the response body is not a string';
  const type = Object.entries(headers as Record<string, string>).find(
    ([name]) => name.toLowerCase() === 'content-type',
  )?.[1];
  if (type?.includes('json') && body !== '') {
    try {
      JSON.parse(body);
    } catch {
      return `the response body is not the JSON its content-type (${type}) says`;
    }
  }
  return null;
};
