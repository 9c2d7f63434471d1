import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { keys, type TableKey } from '../../../functions/adapters/dynamodb/keys.js';
import { checkInvariants, INVARIANTS, type Violation } from '../../../scripts/invariants/check-invariants.js';
import type { Invoice } from '../../../shared/billing/invoices.js';
import type { Booking } from '../../../shared/booking/model.js';
import type { Host, Task } from '../../../shared/tasks/model.js';
import { createTestApi, type TestApi } from '../../support/api.js';
import { E2E_TODAY } from '../../support/local-stack-process.js';
import { setTestRateLimits } from '../../support/rate-limits.js';

setTestRateLimits({ taskRequests: { burst: 200 }, writes: { burst: 200 } });

/**
 * The invariant checker over data written the real way — the API's handlers and use cases, the repositories, the
 * task queue on fauxqs and the local host runner — first clean, then with one planted corruption per invariant
 * (each put back afterwards, so every test starts from clean data).
 */
let api: TestApi;
let host: Host;
const bookings: Booking[] = [];
let cancelledBooking: Booking;
let manualDone: Task;
let manualOpen: Task;
let awaitingApproval: Task;
let automated: Task;
const invoices: Invoice[] = [];
let voided: { invoice: Invoice; creditNote: Invoice };

/** The Monday after next, on the API's clock (which starts at E2E_TODAY, so the data is the same on any day). */
const monday = (() => {
  const d = new Date(E2E_TODAY.getTime() + 7 * 86_400_000);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + ((8 - d.getUTCDay()) % 7));
})();
const at = (hours: number, minutes = 0) => new Date(monday + (hours * 60 + minutes) * 60_000).toISOString();

const check = () => checkInvariants({ client: api.table.client, tableName: api.table.tableName });
const found = (violations: Violation[], invariant: keyof typeof INVARIANTS) =>
  violations.filter((v) => v.invariant === invariant).map((v) => v.key);

const getItem = async (key: TableKey) =>
  (await api.table.client.send(new GetCommand({ TableName: api.table.tableName, Key: key }))).Item;
const putItem = (item: Record<string, unknown>) =>
  api.table.client.send(new PutCommand({ TableName: api.table.tableName, Item: item }));
const deleteItem = (key: TableKey) =>
  api.table.client.send(new DeleteCommand({ TableName: api.table.tableName, Key: key }));

/**
 * Runs `plant` (which changes only the keys it names), returns the checker's violations, and puts every named key
 * back as it was.
 */
const corrupted = async (touched: TableKey[], plant: () => Promise<unknown>): Promise<Violation[]> => {
  const before = await Promise.all(touched.map(async (key) => ({ key, item: await getItem(key) })));
  try {
    await plant();
    return (await check()).violations;
  } finally {
    for (const { key, item } of before) await (item ? putItem(item) : deleteItem(key));
  }
};

const itemsWhere = async (predicate: (item: Record<string, unknown>) => boolean) =>
  (await api.table.items()).filter(predicate);
const keyOf = (item: Record<string, unknown>): TableKey => ({ pk: String(item.pk), sk: String(item.sk) });

const waitForTask = async (taskId: string, until: (task: Task) => boolean) => {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const task = (await api.request('GET', `/api/tasks/${taskId}`, { persona: 'customer-admin-A' })).json() as Task;
    if (until(task)) return task;
    if (Date.now() > deadline) throw new Error(`task ${taskId} is still ${task.status}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

beforeAll(async () => {
  api = await createTestApi({ queues: true, clockStart: E2E_TODAY });
  host = await api.addHost({ tenantId: api.tenantA.id });
  const customer = { persona: 'customer-admin-A' as const };
  const hours = {
    timeZone: 'UTC',
    weekly: ['mon', 'tue', 'wed', 'thu', 'fri'].map((day) => ({ day, start: '09:00', end: '17:00' })),
  };
  expect((await api.request('PUT', '/api/ops/availability', { persona: 'operator', body: hours })).status).toBe(200);
  // Bookings: three made (one with an Idempotency-Key), one moved, one cancelled.
  for (const [index, start] of [at(9), at(10), at(11), at(13)].entries()) {
    const response = await api.request('POST', '/api/bookings', {
      ...customer,
      body: { typeId: 'consultation', start, durationMinutes: 30 },
      ...(index === 0 ? { headers: { 'idempotency-key': 'invariants-booking-0' } } : {}),
    });
    expect(response.status).toBe(201);
    bookings.push(response.json());
  }
  const moved = await api.request('POST', `/api/bookings/${bookings[1]!.id}/reschedule`, {
    ...customer,
    body: { start: at(14) },
  });
  expect(moved.status).toBe(200);
  bookings[1] = moved.json();
  const cancelled = await api.request('POST', `/api/bookings/${bookings[3]!.id}/cancel`, customer);
  expect(cancelled.status).toBe(200);
  cancelledBooking = cancelled.json();

  // Tasks: a manual one claimed and completed, one open, one awaiting approval, an automated one that ran.
  const request = async (persona: 'customer-admin-A' | 'customer-member-A', body: unknown, key?: string) => {
    const response = await api.request('POST', '/api/tasks', {
      persona,
      body,
      ...(key ? { headers: { 'idempotency-key': key } } : {}),
    });
    expect(response.status).toBe(202);
    return response.json() as Task;
  };
  const custom = { typeId: 'custom', params: { description: 'Renew the domain.' } };
  manualDone = await request('customer-admin-A', custom, 'invariants-task-0');
  manualOpen = await request('customer-admin-A', custom);
  awaitingApproval = await request('customer-member-A', custom);
  expect(awaitingApproval.status).toBe('awaiting_approval');
  expect((await api.request('POST', `/api/ops/tasks/${manualDone.id}/claim`, { persona: 'operator' })).status).toBe(
    200,
  );
  const done = await api.request('POST', `/api/ops/tasks/${manualDone.id}/complete`, {
    persona: 'operator',
    body: { minutesSpent: 10, note: 'Done.', outcome: 'succeeded' },
  });
  expect(done.status).toBe(200);
  manualDone = done.json();
  const requested = await request('customer-admin-A', { typeId: 'disk-report', hostId: host.id });
  automated = await waitForTask(requested.id, (task) => ['succeeded', 'failed', 'timed_out'].includes(task.status));
  expect(automated.commandId).toBeTruthy();

  // Invoices: three numbered by the repository; the second voided with a credit note through the API.
  for (let i = 0; i < 3; i++) invoices.push(await api.addInvoice());
  const voidResponse = await api.request('POST', `/api/finance/invoices/${invoices[1]!.id}/void`, {
    persona: 'finance',
    body: { reason: 'Billed twice' },
    headers: { 'idempotency-key': 'invariants-void-0' },
  });
  expect(voidResponse.status).toBe(200);
  voided = voidResponse.json();
}, 90_000);

describe('clean data', () => {
  it('data written through the API and the repositories breaks no invariant', async () => {
    const { violations, counts } = await check();
    expect(violations).toEqual([]);
    expect(counts).toMatchObject({
      booking: 4,
      booking_pointer: 4,
      task: 4,
      'task-pointer': 4,
      'command-pointer': 1,
      invoice: 4,
      invoice_pointer: 4,
      idempotency: 3,
    });
    expect(counts.slot_lock).toBe(3 * 3); // three live 45-minute holds; the cancelled booking holds none
  });

  it('a table with more than one Scan page is read whole', async () => {
    // 1 MB pages: 300 items of 4 KB make at least two.
    const filler = Array.from({ length: 300 }, (_, i) => ({
      pk: `P#TEST#FILLER`,
      sk: String(i).padStart(4, '0'),
      entity: 'filler',
      v: 1,
      data: 'x'.repeat(4000),
    }));
    const violations = await corrupted([...filler.map(keyOf), keys.bookingPointer(bookings[0]!.id)], async () => {
      for (const item of filler) await putItem(item);
      await deleteItem(keys.bookingPointer(bookings[0]!.id));
    });
    expect(found(violations, 'booking.pointer')).toEqual([keys.booking(api.tenantA.id, bookings[0]!.id)]);
  });
});

describe('bookings', () => {
  const bookingKey = (booking: Booking) => keys.booking(booking.tenantId, booking.id);
  const firstLock = (booking: Booking) =>
    keys.slotLock(booking.staffId, booking.holdStart.slice(0, 10), booking.holdStart.slice(11, 16));

  it('booking.pointer: a booking without its pointer', async () => {
    const pointer = keys.bookingPointer(bookings[0]!.id);
    const violations = await corrupted([pointer], () => deleteItem(pointer));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['booking.pointer', bookingKey(bookings[0]!)]]);
  });

  it('booking_pointer.target: a pointer to no booking', async () => {
    const pointer = keys.bookingPointer('ghost-booking');
    const violations = await corrupted([pointer], () =>
      putItem({ ...pointer, entity: 'booking_pointer', v: 1, tenantId: api.tenantA.id }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['booking_pointer.target', pointer]]);
  });

  it('booking.slot_locks: a live booking that lost a quarter-hour lock', async () => {
    const lock = firstLock(bookings[2]!);
    const violations = await corrupted([lock], () => deleteItem(lock));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['booking.slot_locks', bookingKey(bookings[2]!)]]);
  });

  it('slot_lock.owner: an orphan lock, and a lock left behind by a cancelled booking', async () => {
    const orphan = keys.slotLock(api.users.operator.id, at(15).slice(0, 10), '15:00');
    const leftBehind = firstLock(cancelledBooking);
    const violations = await corrupted([orphan, leftBehind], async () => {
      await putItem({ ...orphan, entity: 'slot_lock', v: 1, bookingId: 'ghost-booking', tenantId: api.tenantA.id });
      await putItem({
        ...leftBehind,
        entity: 'slot_lock',
        v: 1,
        bookingId: cancelledBooking.id,
        tenantId: cancelledBooking.tenantId,
      });
    });
    expect(violations.map((v) => [v.invariant, v.key])).toEqual(
      expect.arrayContaining([
        ['slot_lock.owner', orphan],
        ['slot_lock.owner', leftBehind],
      ]),
    );
    expect(violations).toHaveLength(2);
  });

  it('booking.overlap: two live bookings on one staff slot', async () => {
    const original = bookings[0]!;
    const twin: Booking = { ...original, id: 'twin-booking' };
    const twinKey = bookingKey(twin);
    const violations = await corrupted([twinKey, keys.bookingPointer(twin.id)], async () => {
      await putItem({
        ...twinKey,
        ...keys.staffCalendar(twin.staffId, twin.holdStart, twin.id),
        entity: 'booking',
        v: 1,
        ...twin,
      });
      await putItem({ ...keys.bookingPointer(twin.id), entity: 'booking_pointer', v: 1, tenantId: twin.tenantId });
    });
    // Reported at each of the three quarter hours both hold.
    const quarters = [0, 15, 30].map((minutes) => {
      const iso = new Date(Date.parse(original.holdStart) + minutes * 60_000).toISOString();
      return keys.slotLock(original.staffId, iso.slice(0, 10), iso.slice(11, 16));
    });
    expect(found(violations, 'booking.overlap')).toEqual(expect.arrayContaining(quarters));
    expect(found(violations, 'booking.overlap')).toHaveLength(3);
  });

  it('booking.audit: a booking whose creation was not audited', async () => {
    const [entry] = await itemsWhere(
      (item) =>
        item.action === 'booking.created' && (item.target as { id: string } | undefined)?.id === bookings[2]!.id,
    );
    const violations = await corrupted([keyOf(entry!)], () => deleteItem(keyOf(entry!)));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['booking.audit', bookingKey(bookings[2]!)]]);
  });

  it('booking.audit: a cancelled booking without the audit entry of its cancellation', async () => {
    const [entry] = await itemsWhere(
      (item) =>
        item.action === 'booking.cancelled' && (item.target as { id: string } | undefined)?.id === cancelledBooking.id,
    );
    const violations = await corrupted([keyOf(entry!)], () => deleteItem(keyOf(entry!)));
    expect(found(violations, 'booking.audit')).toEqual([bookingKey(cancelledBooking)]);
  });

  it('booking.confirmation: a booking whose confirmation never reached the outbox', async () => {
    const [confirmation] = await itemsWhere(
      (item) =>
        item.pk === keys.notificationPartition &&
        item.id === `confirmation-${bookings[2]!.id}-${Date.parse(bookings[2]!.createdAt)}`,
    );
    const violations = await corrupted([keyOf(confirmation!)], () => deleteItem(keyOf(confirmation!)));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['booking.confirmation', bookingKey(bookings[2]!)]]);
  });

  it('notification.booking: an e-mail about a booking that does not exist', async () => {
    const ghost = keys.notification({ dueAt: at(0), id: 'confirmation-ghost-booking-1', kind: 'confirmation' });
    const violations = await corrupted([ghost], () =>
      putItem({
        ...ghost,
        entity: 'notification',
        v: 1,
        id: 'confirmation-ghost-booking-1',
        kind: 'confirmation',
        bookingId: 'ghost-booking',
        tenantId: api.tenantA.id,
      }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['notification.booking', ghost]]);
  });

  it('notification.tenant: a service report e-mail (bulk partition) for an organisation that does not exist', async () => {
    const mail = (tenantId: string, id: string) => {
      const key = keys.notification({ dueAt: at(0), id, kind: 'service_report' });
      return {
        key,
        put: () =>
          putItem({
            ...key,
            entity: 'notification',
            v: 1,
            id,
            kind: 'service_report',
            bookingId: null,
            tenantId,
            attachment: { type: 'service_report', periodId: '2026-10' },
          }),
      };
    };
    const ghost = mail('ghost-tenant', 'service_report-ghost-tenant-2026-10-1');
    const real = mail(api.tenantA.id, `service_report-${api.tenantA.id}-2026-10-1`);
    expect(ghost.key.pk).toBe(keys.bulkNotificationPartition);
    const violations = await corrupted([ghost.key, real.key], async () => {
      await ghost.put();
      await real.put();
    });
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['notification.tenant', ghost.key]]);
  });

  it('notification.incident: a page about an incident that does not exist, and one about an incident that does', async () => {
    const incident = await api.addIncidentOfTenantA();
    const ghost = keys.notification({ dueAt: at(0), id: 'inc-ghost-incident_page-1-staff', kind: 'incident_page' });
    const real = keys.notification({ dueAt: at(0), id: `${incident.id}-incident_page-1-staff`, kind: 'incident_page' });
    const page = (key: typeof ghost, incidentId: string) =>
      putItem({
        ...key,
        entity: 'notification',
        v: 1,
        id: key.sk.slice(key.sk.indexOf('#') + 1),
        kind: 'incident_page',
        bookingId: null,
        incidentId,
        tenantId: api.tenantA.id,
      });
    const violations = await corrupted([ghost, real], async () => {
      await page(ghost, 'inc-ghost');
      await page(real, incident.id);
    });
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['notification.incident', ghost]]);
  });

  it('notification.stale_reminder: a reminder of the time before a booking was moved', async () => {
    const [reminder] = await itemsWhere(
      (item) =>
        item.pk === keys.notificationPartition && item.kind === 'reminder_1h' && item.bookingId === bookings[1]!.id,
    );
    expect(reminder).toBeDefined();
    const staleId = `reminder_1h-${bookings[1]!.id}-${Date.parse(bookings[1]!.createdAt)}`;
    const stale = keys.notification({ dueAt: String(reminder!.dueAt), id: staleId, kind: 'reminder_1h' });
    const violations = await corrupted([stale], () => putItem({ ...reminder!, ...stale, id: staleId }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['notification.stale_reminder', stale]]);
  });
});

describe('tasks', () => {
  const taskKey = (task: Task) => keys.task(task.tenantId, task.id);
  const patchTask = async (task: Task, patch: Record<string, unknown>, remove: string[] = []) => {
    const item = (await getItem(taskKey(task)))!;
    for (const name of remove) delete item[name];
    await putItem({ ...item, ...patch });
  };

  it('task.pointer: a task without its pointer', async () => {
    const pointer = keys.taskPointer(manualOpen.id);
    const violations = await corrupted([pointer], () => deleteItem(pointer));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task.pointer', taskKey(manualOpen)]]);
  });

  it('task_pointer.target: a pointer to no task', async () => {
    const pointer = keys.taskPointer('ghost-task');
    const violations = await corrupted([pointer], () =>
      putItem({ ...pointer, entity: 'task-pointer', v: 1, tenantId: api.tenantA.id, taskId: 'ghost-task' }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task_pointer.target', pointer]]);
  });

  it('task.command_pointer: a dispatched task whose command pointer is gone', async () => {
    const pointer = keys.commandPointer(automated.commandId!);
    const violations = await corrupted([pointer], () => deleteItem(pointer));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task.command_pointer', taskKey(automated)]]);
  });

  it('command_pointer.target: a command pointer to no task', async () => {
    const pointer = keys.commandPointer('ghost-command');
    const violations = await corrupted([pointer], () =>
      putItem({ ...pointer, entity: 'command-pointer', v: 1, tenantId: api.tenantA.id, taskId: 'ghost-task' }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['command_pointer.target', pointer]]);
  });

  it('task.release_marker: a task due for a check without its release marker', async () => {
    const violations = await corrupted([taskKey(awaitingApproval)], () =>
      patchTask(awaitingApproval, { nextCheckAt: at(1) }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task.release_marker', taskKey(awaitingApproval)]]);
  });

  it('task_release.target: a release marker of a task that has no check due', async () => {
    const marker = keys.taskRelease(at(1), manualOpen.id);
    const violations = await corrupted([marker], () =>
      putItem({
        ...marker,
        entity: 'task-release',
        v: 1,
        dueAt: at(1),
        tenantId: api.tenantA.id,
        taskId: manualOpen.id,
      }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task_release.target', marker]]);
  });

  it('task.dead_letter_marker: a dead-lettered task missing from the operators’ view', async () => {
    const violations = await corrupted([taskKey(automated)], () => patchTask(automated, { deadLetteredAt: at(1) }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task.dead_letter_marker', taskKey(automated)]]);
  });

  it('task_dead_letter.target: a dead-letter marker of a task that is not dead-lettered', async () => {
    const marker = keys.deadTask(at(1), manualDone.id);
    const violations = await corrupted([marker], () =>
      putItem({ ...marker, entity: 'task-dead-letter', v: 1, tenantId: api.tenantA.id, taskId: manualDone.id }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task_dead_letter.target', marker]]);
  });

  it('task.open_index: an open task missing from the queue, a finished one still in it', async () => {
    const violations = await corrupted([taskKey(manualOpen), taskKey(manualDone)], async () => {
      await patchTask(manualOpen, {}, ['gsi1pk', 'gsi1sk']);
      await patchTask(manualDone, keys.openTask(manualDone.requestedAt, manualDone.id));
    });
    expect(found(violations, 'task.open_index')).toEqual(
      expect.arrayContaining([taskKey(manualOpen), taskKey(manualDone)]),
    );
    expect(violations).toHaveLength(2);
  });

  it('task.watched: an automated task left running with nothing to check on it', async () => {
    const violations = await corrupted([taskKey(automated)], () =>
      patchTask(automated, {
        status: 'running',
        nextCheckAt: null,
        ...keys.openTask(automated.requestedAt, automated.id),
      }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task.watched', taskKey(automated)]]);
  });

  it('task.audit: a task whose request was not audited', async () => {
    const [entry] = await itemsWhere(
      (item) => item.action === 'task.requested' && (item.target as { id: string } | undefined)?.id === manualOpen.id,
    );
    const violations = await corrupted([keyOf(entry!)], () => deleteItem(keyOf(entry!)));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['task.audit', taskKey(manualOpen)]]);
  });
});

describe('invoices', () => {
  const invoiceKey = (invoice: Invoice) =>
    invoice.kind === 'credit_note'
      ? keys.creditNote(invoice.tenantId, invoice.periodId)
      : keys.invoice(invoice.tenantId, invoice.periodId);
  const year = () => invoices[0]!.number.slice(3, 7);
  const patchItem = async (key: TableKey, patch: Record<string, unknown>) =>
    putItem({ ...(await getItem(key))!, ...patch });

  it('invoice.key: an invoice indexed under another number than its own', async () => {
    const key = invoiceKey(invoices[0]!);
    const violations = await corrupted([key], () => patchItem(key, { gsi1sk: 'OD-1999-000001' }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['invoice.key', key]]);
  });

  it('invoice.number_format: a number outside the series format', async () => {
    const key = invoiceKey(invoices[2]!);
    const violations = await corrupted([key], () => patchItem(key, { number: 'INV-3', gsi1sk: 'INV-3' }));
    expect(found(violations, 'invoice.number_format')).toEqual([key]);
  });

  it('invoice.number_unique: two invoices with one number', async () => {
    const copy: Invoice = { ...invoices[0]!, id: 'duplicate-invoice', periodId: '2019-12' };
    const key = invoiceKey(copy);
    const pointer = keys.invoicePointer(copy.id);
    const violations = await corrupted([key, pointer], async () => {
      await putItem({ ...key, ...keys.periodInvoices(copy.periodId, copy.number), entity: 'invoice', v: 2, ...copy });
      await putItem({
        ...pointer,
        entity: 'invoice_pointer',
        v: 1,
        tenantId: copy.tenantId,
        target_pk: key.pk,
        target_sk: key.sk,
      });
    });
    expect(found(violations, 'invoice.number_unique')).toEqual(expect.arrayContaining([key, invoiceKey(invoices[0]!)]));
    expect(violations).toHaveLength(2);
  });

  it('invoice.number_gap: a number of the series that no invoice carries', async () => {
    const key = invoiceKey(invoices[2]!);
    const number = invoices[2]!.number.replace(/\d{6}$/, (n) => String(Number(n) + 1).padStart(6, '0'));
    const counter = keys.invoiceCounter(year());
    const violations = await corrupted([key, counter], async () => {
      await patchItem(key, { number, gsi1sk: number });
      await patchItem(counter, { last: Number(number.slice(-6)) });
    });
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['invoice.number_gap', counter]]);
  });

  it('invoice_counter.last: a counter that does not match the numbers given out', async () => {
    const counter = keys.invoiceCounter(year());
    const violations = await corrupted([counter], () => patchItem(counter, { last: 7 }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['invoice_counter.last', counter]]);
  });

  it('invoice.pointer: an invoice without its pointer', async () => {
    const pointer = keys.invoicePointer(invoices[0]!.id);
    const violations = await corrupted([pointer], () => deleteItem(pointer));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['invoice.pointer', invoiceKey(invoices[0]!)]]);
  });

  it('invoice_pointer.target: a pointer to no invoice', async () => {
    const pointer = keys.invoicePointer('ghost-invoice');
    const violations = await corrupted([pointer], () =>
      putItem({
        ...pointer,
        entity: 'invoice_pointer',
        v: 1,
        tenantId: api.tenantA.id,
        target_pk: 'T#x',
        target_sk: 'INVOICE#2000-01',
      }),
    );
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['invoice_pointer.target', pointer]]);
  });

  it('invoice.credit_note: a credit note whose invoice does not name it', async () => {
    const key = invoiceKey(voided.invoice);
    const violations = await corrupted([key], () => patchItem(key, { creditNote: null }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([
      ['invoice.credit_note', invoiceKey(voided.creditNote)],
    ]);
  });

  it('period_close.counts: a close that counts an invoice it does not have', async () => {
    const close = keys.periodClose(invoices[0]!.periodId);
    const violations = await corrupted([close], async () => patchItem(close, { invoiced: 2 }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['period_close.counts', close]]);
  });
});

describe('idempotency records', () => {
  it('the records of the clean data are done', async () => {
    const records = await itemsWhere((item) => item.entity === 'idempotency');
    expect(records.map((item) => item.state)).toEqual(['done', 'done', 'done']);
  });

  it('idempotency.record: a record in no known state', async () => {
    const [record] = await itemsWhere((item) => item.entity === 'idempotency');
    const violations = await corrupted([keyOf(record!)], () => putItem({ ...record!, state: 'half-done' }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['idempotency.record', keyOf(record!)]]);
  });

  it('idempotency.response: a done record whose response cannot be replayed', async () => {
    const [record] = await itemsWhere((item) => item.entity === 'idempotency');
    const response = JSON.stringify({
      statusCode: 201,
      headers: { 'content-type': 'application/json' },
      body: '{"id":',
    });
    const violations = await corrupted([keyOf(record!)], () => putItem({ ...record!, response }));
    expect(violations.map((v) => [v.invariant, v.key])).toEqual([['idempotency.response', keyOf(record!)]]);
  });
});

describe('the checker covers every invariant it names', () => {
  it('each invariant has a test above', async () => {
    const { readFileSync } = await import('node:fs');
    const source = readFileSync(new URL(import.meta.url), 'utf8');
    const untested = Object.keys(INVARIANTS).filter((name) => !source.includes(`it('${name}:`));
    expect(untested).toEqual([]);
  });
});
