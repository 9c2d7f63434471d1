import { useCallback } from 'react';
import type { MeResponse } from '../../../../shared/tenancy/model.js';
import { api, type Booking, type Incident, type Task } from '../../lib/api.js';
import { formatMonth } from '../../lib/billing.js';
import { isUpcoming } from '../../lib/booking.js';
import { nowMs } from '../../lib/clock.js';
import { useDisplayZone } from '../../lib/display-zone.js';
import { formatDuration, formatMoney } from '../../lib/format.js';
import { byQueueOrder, incidentPath } from '../../lib/monitoring.js';
import { Link } from '../../lib/router.js';
import { hostLabel, isTerminalStatus, personName, TASK_STATUS_LABELS, taskPath } from '../../lib/tasks.js';
import { useResource } from '../../lib/use-resource.js';
import { IncidentStatusPill, SeverityPill } from '../incident-parts.js';
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

/** A customer's "what now?": what is booked, what waits for them, what is broken, how much of the month is used. */
/** "Today, 10:30" inside a sentence: "today, 10:30". */
const inSentence = (when: string): string =>
  when.replace(/^(Today|Tomorrow|Yesterday)\b/, (word) => word.toLowerCase());

export function CustomerSections({ me, level }: { me: MeResponse; level: 2 | 3 }) {
  const admin = me.roles.includes('customer-admin');
  return (
    <div className="card-grid dash-grid">
      <NextBookings level={level} />
      {admin ? <AwaitingApproval level={level} /> : <OpenTasks level={level} />}
      <OpenIncidents level={level} />
      {admin && <HoursThisMonth level={level} />}
      <QuickActions level={level} admin={admin} />
    </div>
  );
}

const byStart = (a: Booking, b: Booking) => Date.parse(a.start) - Date.parse(b.start);

const loadUpcoming = async (signal: AbortSignal): Promise<Booking[]> => {
  const bookings = await collectPages((cursor) => api.listBookings({ cursor, limit: 200 }, signal));
  const now = nowMs();
  return bookings.filter((booking) => isUpcoming(booking, now)).sort(byStart);
};

function NextBookings({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const state = useResource(loadUpcoming);
  return (
    <DashboardSection
      title="Next bookings"
      level={level}
      more={{ to: '/bookings', label: 'All bookings' }}
      note={timesIn(zone)}
      state={state}
      empty={(bookings) =>
        bookings.length === 0 ? (
          <>
            Nothing booked. <Link to="/book">Book webmaster hours</Link>
          </>
        ) : null
      }
    >
      {(bookings) => (
        <>
          <DashList>
            {bookings.slice(0, DASHBOARD_ROWS).map((booking) => (
              <DashRow
                key={booking.id}
                main={shortWhen(booking.start, zone)}
                sub={`${booking.typeName} with ${booking.staffName}, ${formatDuration(booking.durationMinutes)}`}
              />
            ))}
          </DashList>
          <MoreCount total={bookings.length} shown={DASHBOARD_ROWS} />
        </>
      )}
    </DashboardSection>
  );
}

const loadTasks = (signal: AbortSignal): Promise<Task[]> =>
  collectPages((cursor) => api.listTasks({ cursor, limit: 200 }, signal), 3);

function AwaitingApproval({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const load = useCallback(
    async (signal: AbortSignal) =>
      (await loadTasks(signal))
        .filter((task) => task.status === 'awaiting_approval')
        .sort((a, b) => Date.parse(a.requestedAt) - Date.parse(b.requestedAt)),
    [],
  );
  const state = useResource(load);
  return (
    <DashboardSection
      title="Awaiting approval"
      level={level}
      more={{ to: '/tasks', label: 'All tasks' }}
      note={timesIn(zone)}
      state={state}
      empty={(tasks) => (tasks.length === 0 ? 'No task is waiting for your approval.' : null)}
    >
      {(tasks) => (
        <>
          <DashList>
            {tasks.slice(0, DASHBOARD_ROWS).map((task) => (
              <TaskRow key={task.id} task={task} zone={zone} />
            ))}
          </DashList>
          <MoreCount total={tasks.length} shown={DASHBOARD_ROWS} />
        </>
      )}
    </DashboardSection>
  );
}

function OpenTasks({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const load = useCallback(
    async (signal: AbortSignal) => (await loadTasks(signal)).filter((task) => !isTerminalStatus(task.status)),
    [],
  );
  const state = useResource(load);
  return (
    <DashboardSection
      title="Open tasks"
      level={level}
      more={{ to: '/tasks', label: 'All tasks' }}
      note={timesIn(zone)}
      state={state}
      empty={(tasks) =>
        tasks.length === 0 ? (
          <>
            No open tasks. <Link to="/tasks">Request a task</Link>
          </>
        ) : null
      }
    >
      {(tasks) => (
        <>
          <DashList>
            {tasks.slice(0, DASHBOARD_ROWS).map((task) => (
              <TaskRow key={task.id} task={task} zone={zone} showStatus />
            ))}
          </DashList>
          <MoreCount total={tasks.length} shown={DASHBOARD_ROWS} />
        </>
      )}
    </DashboardSection>
  );
}

function TaskRow({ task, zone, showStatus = false }: { task: Task; zone: string; showStatus?: boolean }) {
  const host = hostLabel(task);
  return (
    <DashRow
      main={<Link to={taskPath(task)}>{host ? `${task.typeName} on ${host}` : task.typeName}</Link>}
      sub={`Requested ${inSentence(shortWhen(task.requestedAt, zone))} by ${personName(task.requestedBy)}`}
      aside={
        showStatus ? (
          <span className={`status-pill status-${task.status}`}>{TASK_STATUS_LABELS[task.status]}</span>
        ) : null
      }
    />
  );
}

/** Unresolved incidents: open and acknowledged, most severe first, then oldest. */
const loadOpenIncidents = async (signal: AbortSignal): Promise<Incident[]> => {
  const [open, acknowledged] = await Promise.all([
    api.listIncidents({ status: 'open', limit: 50 }, signal),
    api.listIncidents({ status: 'acknowledged', limit: 50 }, signal),
  ]);
  return [...open.items, ...acknowledged.items].sort(byQueueOrder);
};

function OpenIncidents({ level }: { level: 2 | 3 }) {
  const zone = useDisplayZone();
  const state = useResource(loadOpenIncidents);
  return (
    <DashboardSection
      title="Open incidents"
      level={level}
      more={{ to: '/incidents', label: 'All incidents' }}
      note={timesIn(zone)}
      state={state}
      empty={(incidents) => (incidents.length === 0 ? 'No open incidents: every monitor is fine.' : null)}
    >
      {(incidents) => (
        <>
          <DashList>
            {incidents.slice(0, DASHBOARD_ROWS).map((incident) => (
              <DashRow
                key={incident.id}
                warning={incident.status === 'open'}
                main={<Link to={incidentPath(incident)}>{incident.monitorName}</Link>}
                sub={`Opened ${inSentence(shortWhen(incident.openedAt, zone))}`}
                aside={
                  <span className="dash-pills">
                    <SeverityPill severity={incident.severity} />
                    <IncidentStatusPill status={incident.status} />
                  </span>
                }
              />
            ))}
          </DashList>
          <MoreCount total={incidents.length} shown={DASHBOARD_ROWS} />
        </>
      )}
    </DashboardSection>
  );
}

const loadUsage = (signal: AbortSignal) => api.getUsage(undefined, signal);

function HoursThisMonth({ level }: { level: 2 | 3 }) {
  const state = useResource(loadUsage);
  return (
    <DashboardSection
      title="Hours this month"
      level={level}
      more={{ to: '/usage', label: 'Usage' }}
      state={state}
      empty={(usage) => {
        const { webmasterMinutes, callOuts, taskRuns } = usage.allowances;
        const nothing = [webmasterMinutes, callOuts, taskRuns].every((a) => a.included === 0 && a.used === 0);
        return nothing ? (
          <>
            No hours included and none used this month. <Link to="/plans">Compare the plans</Link>
          </>
        ) : null;
      }}
    >
      {(usage) => {
        const { webmasterMinutes: minutes, callOuts, taskRuns } = usage.allowances;
        return (
          <>
            <p className="dash-note">{formatMonth(usage.period.id)}</p>
            <p className="dash-figure">
              {formatDuration(minutes.used)} <span className="muted">of {formatDuration(minutes.included)} used</span>
            </p>
            {minutes.included > 0 && (
              <meter
                className="usage-meter"
                min={0}
                max={minutes.included}
                value={Math.min(minutes.used, minutes.included)}
                aria-label="Webmaster hours used"
              />
            )}
            <ul className="dash-facts">
              {minutes.over > 0 && <li className="sla-overdue">{formatDuration(minutes.over)} beyond the plan</li>}
              {/* An allowance the plan does not have, and nothing used of it, is not news. */}
              {(callOuts.included > 0 || callOuts.used > 0) && (
                <li>
                  Call-outs: {callOuts.used} of {callOuts.included}
                </li>
              )}
              {(taskRuns.included > 0 || taskRuns.used > 0) && (
                <li>
                  Task runs: {taskRuns.used} of {taskRuns.included}
                </li>
              )}
              <li>
                Estimate so far: {formatMoney({ amount: usage.estimate.net, currency: usage.estimate.currency })}{' '}
                <span className="muted">before VAT</span>
              </li>
            </ul>
          </>
        );
      }}
    </DashboardSection>
  );
}

function QuickActions({ level, admin }: { level: 2 | 3; admin: boolean }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card dash-card" aria-labelledby="quick-actions-heading">
      <div className="dash-card-header">
        <Heading id="quick-actions-heading">Quick actions</Heading>
      </div>
      <div className="dash-actions">
        <Link className="button" to="/book">
          Book webmaster hours
        </Link>
        <Link className="button button-secondary" to="/tasks">
          Request a task
        </Link>
        <Link className="button button-secondary" to="/monitors">
          Watch a website
        </Link>
        {admin && (
          <Link className="button button-secondary" to="/users">
            Invite a colleague
          </Link>
        )}
      </div>
    </section>
  );
}
