import { useCallback } from 'react';
import { api, type Booking, type Incident, type OnCallRotaView, type Task } from '../../lib/api.js';
import { BOOKING_STATUS_LABELS, dayRange, formatTime, todayIn } from '../../lib/booking.js';
import { nowMs } from '../../lib/clock.js';
import { useDisplayZone } from '../../lib/display-zone.js';
import { count, formatDuration } from '../../lib/format.js';
import { byQueueOrder, countdown, incidentPath } from '../../lib/monitoring.js';
import { Link } from '../../lib/router.js';
import { hostLabel, opsTaskPath, personName, TASK_STATUS_LABELS } from '../../lib/tasks.js';
import { useNow } from '../../lib/use-polled.js';
import { useResource } from '../../lib/use-resource.js';
import { SeverityPill } from '../incident-parts.js';
import {
  collectPages,
  DASHBOARD_ROWS,
  DashboardSection,
  DashList,
  DashRow,
  MoreCount,
  shortWhen,
  timesIn,
} from './dashboard-section.js';

/** An operator's "what now?": today's sessions, the queue against its deadlines, incidents, who is on call. */
export function OperatorSections({ level }: { level: 2 | 3 }) {
  return (
    <div className="card-grid dash-grid">
      <TodaysBookings level={level} />
      <TaskQueue level={level} />
      <IncidentQueue level={level} />
      <OnCallNow level={level} />
    </div>
  );
}

/** The provider's staff who answer incidents (provider-admins are the escalation) see the queues too. */
export function ProviderQueueSections({ level }: { level: 2 | 3 }) {
  return (
    <div className="card-grid dash-grid">
      <TaskQueue level={level} />
      <IncidentQueue level={level} />
      <OnCallNow level={level} />
    </div>
  );
}

function TodaysBookings({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const today = todayIn(zone);
  const load = useCallback(
    async (signal: AbortSignal): Promise<Booking[]> => {
      const { items } = await api.listStaffBookings(dayRange(today, 1, zone), signal);
      return items
        .filter((booking) => booking.status !== 'cancelled')
        .sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
    },
    [today, zone],
  );
  const state = useResource(load);
  return (
    <DashboardSection
      title="Today’s bookings"
      level={level}
      more={{ to: '/ops/calendar', label: 'Calendar' }}
      note={timesIn(zone)}
      state={state}
      empty={(bookings) => (bookings.length === 0 ? 'Nothing booked today.' : null)}
    >
      {(bookings) => (
        <DashList>
          {bookings.map((booking) => (
            <DashRow
              key={booking.id}
              main={`${formatTime(booking.start, zone)}–${formatTime(booking.end, zone)} ${booking.tenantName}`}
              sub={`${booking.typeName}, ${formatDuration(booking.durationMinutes)}`}
              aside={
                booking.status === 'confirmed' ? null : (
                  <span className={`status-pill status-${booking.status}`}>
                    {BOOKING_STATUS_LABELS[booking.status]}
                  </span>
                )
              }
            />
          ))}
        </DashList>
      )}
    </DashboardSection>
  );
}

/** Deadline first: tasks without one (awaiting approval elsewhere, scheduled) after those with one. */
const bySlaDue = (a: Task, b: Task) =>
  (a.slaDueAt ? Date.parse(a.slaDueAt) : Number.POSITIVE_INFINITY) -
  (b.slaDueAt ? Date.parse(b.slaDueAt) : Number.POSITIVE_INFINITY);

const loadQueue = async (signal: AbortSignal): Promise<Task[]> =>
  (await collectPages((cursor) => api.listTaskQueue({ cursor, limit: 200 }, signal), 3)).sort(bySlaDue);

function TaskQueue({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const now = useNow();
  const state = useResource(loadQueue);
  return (
    <DashboardSection
      title="Task queue"
      level={level}
      more={{ to: '/ops/queue', label: 'Task queue' }}
      note={`Soonest response due first. ${timesIn(zone)}`}
      state={state}
      empty={(tasks) => (tasks.length === 0 ? 'The queue is empty.' : null)}
    >
      {(tasks) => {
        const overdue = tasks.filter((task) => task.slaDueAt && Date.parse(task.slaDueAt) < now).length;
        return (
          <>
            <p className="dash-figure">
              {count(tasks.length, 'open task')}
              {overdue > 0 && <span className="sla-overdue"> · {overdue} overdue</span>}
            </p>
            <DashList>
              {tasks.slice(0, DASHBOARD_ROWS).map((task) => {
                const due = task.slaDueAt ? countdown(task.slaDueAt, now) : null;
                const host = hostLabel(task);
                return (
                  <DashRow
                    key={task.id}
                    warning={due?.overdue ?? false}
                    main={<Link to={opsTaskPath(task)}>{`${task.typeName} for ${task.tenantName}`}</Link>}
                    sub={
                      <>
                        {host ? `${host} · ` : ''}
                        {task.claimedBy ? `Claimed by ${personName(task.claimedBy)} · ` : ''}
                        {task.slaDueAt && due ? (
                          <>
                            Response due {shortWhen(task.slaDueAt, zone, now)}{' '}
                            <strong className={due.overdue ? 'sla-overdue' : undefined}>({due.text})</strong>
                          </>
                        ) : (
                          TASK_STATUS_LABELS[task.status]
                        )}
                      </>
                    }
                  />
                );
              })}
            </DashList>
            <MoreCount total={tasks.length} shown={DASHBOARD_ROWS} />
          </>
        );
      }}
    </DashboardSection>
  );
}

const loadIncidentQueue = async (signal: AbortSignal): Promise<Incident[]> =>
  (await api.listIncidentQueue(signal)).items.sort(byQueueOrder);

function IncidentQueue({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const now = useNow();
  const state = useResource(loadIncidentQueue);
  return (
    <DashboardSection
      title="Open incidents"
      level={level}
      more={{ to: '/ops/incidents', label: 'Incident queue' }}
      note={timesIn(zone)}
      state={state}
      empty={(incidents) => (incidents.length === 0 ? 'No open incidents across the customers.' : null)}
    >
      {(incidents) => (
        <>
          <DashList>
            {incidents.slice(0, DASHBOARD_ROWS).map((incident) => {
              const ack = incident.acknowledgedAt ? null : countdown(incident.acknowledgeDueAt, now);
              return (
                <DashRow
                  key={incident.id}
                  warning={ack?.overdue ?? false}
                  main={<Link to={incidentPath(incident)}>{`${incident.monitorName} — ${incident.tenantName}`}</Link>}
                  sub={
                    ack ? (
                      <>
                        Acknowledge by {shortWhen(incident.acknowledgeDueAt, zone, now)}{' '}
                        <strong className={ack.overdue ? 'sla-overdue' : undefined}>({ack.text})</strong>
                      </>
                    ) : (
                      `Acknowledged by ${incident.acknowledgedBy ?? 'someone'}`
                    )
                  }
                  aside={<SeverityPill severity={incident.severity} />}
                />
              );
            })}
          </DashList>
          <MoreCount total={incidents.length} shown={DASHBOARD_ROWS} />
        </>
      )}
    </DashboardSection>
  );
}

const loadRota = (signal: AbortSignal) => api.getOnCallRota(signal);

/** The shift covering `now`, and the next one after it. */
export function onCallAt(rota: OnCallRotaView, now: number) {
  const shifts = [...rota.shifts].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const current = shifts.find((shift) => Date.parse(shift.start) <= now && now < Date.parse(shift.end)) ?? null;
  const next = shifts.find((shift) => Date.parse(shift.start) > now) ?? null;
  return { current, next };
}

function OnCallNow({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const now = useNow();
  const state = useResource(loadRota);
  const nameOf = (rota: OnCallRotaView, staffId: string) =>
    rota.staff.find((member) => member.id === staffId)?.name ?? 'A former operator';
  return (
    <DashboardSection
      title="On call now"
      level={level}
      more={{ to: '/ops/on-call', label: 'On-call rota' }}
      note={timesIn(zone)}
      state={state}
      empty={(rota) =>
        onCallAt(rota, nowMs()).current || onCallAt(rota, nowMs()).next
          ? null
          : 'Nobody is on call, and no shift is planned: incidents page the provider admins.'
      }
    >
      {(rota) => {
        const { current, next } = onCallAt(rota, now);
        return (
          <>
            {current ? (
              <p className="dash-figure">
                {nameOf(rota, current.staffId)} <span className="muted">until {shortWhen(current.end, zone, now)}</span>
              </p>
            ) : (
              <p className="dash-figure sla-overdue">Nobody is on call right now.</p>
            )}
            {next && (
              <p className="dash-note">
                Next: {nameOf(rota, next.staffId)} from {shortWhen(next.start, zone, now)}
              </p>
            )}
          </>
        );
      }}
    </DashboardSection>
  );
}
