import { type FormEvent, useRef, useState } from 'react';
import type { Plan } from '../../../shared/catalogue/plan.js';
import { api, type Host, isApiError, type Monitor, NetworkError, newIdempotencyKey } from '../lib/api.js';
import { fieldMessage } from '../lib/format.js';
import {
  DNS_RECORD_TYPES,
  HOST_CHECKS,
  HTTP_METHODS,
  initialMonitorForm,
  MONITOR_KIND_HINTS,
  MONITOR_KIND_LABELS,
  MONITOR_KINDS,
  type MonitorFormErrors,
  type MonitorFormValues,
  monitorRequestFrom,
  planLimitsText,
} from '../lib/monitoring.js';
import { Link } from '../lib/router.js';
import { CheckboxField } from './checkbox-field.js';
import { SubmitButton, SubmitFailure } from './save-footer.js';
import { SelectField } from './select-field.js';
import { TextField } from './text-field.js';
import { TimeZoneSelect } from './time-zone-select.js';

type Submit = { kind: 'editing' } | { kind: 'submitting' } | { kind: 'failed'; error: unknown };

const HOST_CHECK_LABELS: Record<(typeof HOST_CHECKS)[number], string> = {
  disk: 'Disk usage',
  service: 'A service is running',
  'certificate-file': 'A certificate file is valid',
};

/**
 * "Add monitor": name, kind, then the fields of that kind, interval and confirmations with the plan's limits in
 * words. The form checks what it can (required, whole numbers); the server checks the rest, and its 422 field
 * errors (`body.target`, `body.hostCheck.service`) show at the same fields.
 */
export function MonitorForm({
  hosts,
  plan,
  used,
  timeZone,
  onCreated,
}: {
  hosts: readonly Host[];
  /** The organisation's plan; null without one (the server then refuses with 409, which is shown). */
  plan: Plan | null;
  used: number;
  timeZone: string;
  onCreated: (monitor: Monitor) => void;
}) {
  const minInterval = plan?.monitoring.minIntervalMinutes ?? 1;
  const [values, setValues] = useState<MonitorFormValues>(() => initialMonitorForm(timeZone, minInterval));
  const [checks, setChecks] = useState<MonitorFormErrors>({});
  const [submit, setSubmit] = useState<Submit>({ kind: 'editing' });
  const retry = useRef<{ body: string; key: string } | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const set = <K extends keyof MonitorFormValues>(name: K, value: MonitorFormValues[K]) => {
    setValues((current) => ({ ...current, [name]: value }));
    if (submit.kind === 'failed') setSubmit({ kind: 'editing' });
    if (Object.keys(checks).length > 0) setChecks({});
  };
  const text = (name: keyof MonitorFormValues) => ({
    value: String(values[name]),
    onChange: (event: { target: { value: string } }) => set(name, event.target.value as never),
  });

  async function send(event: FormEvent) {
    event.preventDefault();
    if (submit.kind === 'submitting') return;
    const mapped = monitorRequestFrom(values);
    if (!mapped.ok) {
      setChecks(mapped.errors);
      focusFirstInvalid(formRef.current);
      return;
    }
    setSubmit({ kind: 'submitting' });
    const body = JSON.stringify(mapped.request);
    const key = retry.current?.body === body ? retry.current.key : newIdempotencyKey();
    retry.current = { body, key };
    try {
      const monitor = await api.createMonitor(mapped.request, key);
      retry.current = null;
      setValues(initialMonitorForm(timeZone, minInterval));
      setSubmit({ kind: 'editing' });
      onCreated(monitor);
    } catch (error) {
      if (!(error instanceof NetworkError)) retry.current = null;
      setSubmit({ kind: 'failed', error });
      focusFirstInvalid(formRef.current);
    }
  }

  const failed = submit.kind === 'failed' ? submit.error : null;
  const serverErrors = isApiError(failed, 422) ? failed.fieldErrors() : {};
  const placed = new Set<string>();
  const errorAt = (...paths: string[]): string | undefined => {
    for (const path of paths) {
      if (checks[path]) return checks[path];
      const message = serverErrors[path];
      if (message) {
        placed.add(path);
        return fieldMessage(message);
      }
    }
    return undefined;
  };

  const kind = values.kind;
  const fields = (
    <>
      <TextField
        label="Name"
        hint="How the monitor is called in lists, e-mails and incidents."
        maxLength={80}
        required
        autoComplete="off"
        {...text('name')}
        error={errorAt('name')}
      />
      <SelectField
        label="Kind"
        hint={MONITOR_KIND_HINTS[kind]}
        value={kind}
        onChange={(event) => set('kind', event.target.value as MonitorFormValues['kind'])}
        error={errorAt('kind')}
      >
        {MONITOR_KINDS.map((option) => (
          <option key={option} value={option}>
            {MONITOR_KIND_LABELS[option]}
          </option>
        ))}
      </SelectField>

      {(kind === 'http' || kind === 'tls') && (
        <TextField
          label="URL"
          type="url"
          inputMode="url"
          hint={kind === 'tls' ? 'An https:// address; its certificate is checked.' : 'The address to request.'}
          required
          spellCheck={false}
          autoComplete="off"
          {...text('url')}
          error={errorAt('target')}
        />
      )}
      {kind === 'http' && (
        <>
          <SelectField label="Method" {...text('method')} error={errorAt('method')}>
            {HTTP_METHODS.map((method) => (
              <option key={method}>{method}</option>
            ))}
          </SelectField>
          <TextField
            label="Keyword (optional)"
            hint="Text the page must contain, such as “Add to cart”."
            maxLength={200}
            autoComplete="off"
            {...text('keyword')}
            error={errorAt('keyword')}
          />
          {values.keyword.trim() !== '' && (
            <CheckboxField
              label="Fail when the keyword is present (an error page’s text)"
              checked={values.keywordAbsent}
              onChange={(event) => set('keywordAbsent', event.target.checked)}
              error={errorAt('keywordAbsent')}
            />
          )}
          <TextField
            label="Maximum response time in ms (optional)"
            hint="Slower answers count as down. Between 100 and 30000."
            inputMode="numeric"
            {...text('maxResponseMs')}
            error={errorAt('maxResponseMs')}
          />
          <TextField
            label="Expected status"
            hint="One code (200) or a range (200-399)."
            autoComplete="off"
            {...text('expectedStatus')}
            error={errorAt('expectedStatus', 'expectedStatus.0', 'expectedStatus.1')}
          />
          <CheckboxField
            label="Follow redirects"
            checked={values.followRedirects}
            onChange={(event) => set('followRedirects', event.target.checked)}
            error={errorAt('followRedirects')}
          />
        </>
      )}
      {kind === 'tls' && (
        <TextField
          label="Warn days"
          hint="The check fails this many days before the certificate expires (1–90)."
          inputMode="numeric"
          required
          {...text('warnDays')}
          error={errorAt('warnDays')}
        />
      )}
      {kind === 'dns' && (
        <>
          <TextField
            label="Host name"
            hint="The name to resolve, such as www.example.org."
            required
            spellCheck={false}
            autoComplete="off"
            {...text('hostName')}
            error={errorAt('target')}
          />
          <SelectField label="Record type" {...text('recordType')} error={errorAt('recordType')}>
            {DNS_RECORD_TYPES.map((type) => (
              <option key={type}>{type}</option>
            ))}
          </SelectField>
          <TextField
            label="Expected value"
            hint="An address, a name or a TXT value the record must contain."
            required
            spellCheck={false}
            autoComplete="off"
            {...text('expected')}
            error={errorAt('expected')}
          />
        </>
      )}
      {kind === 'tcp' && (
        <TextField
          label="Host and port"
          hint="host:port, such as mail.example.org:25."
          required
          spellCheck={false}
          autoComplete="off"
          {...text('hostPort')}
          error={errorAt('target')}
        />
      )}
      {kind === 'heartbeat' && (
        <>
          <SelectField
            label="Schedule"
            hint="How often your job runs: a fixed period, or a cron expression."
            {...text('schedule')}
          >
            <option value="period">Every N minutes</option>
            <option value="cron">Cron expression</option>
          </SelectField>
          {values.schedule === 'period' ? (
            <TextField
              label="Period in minutes"
              inputMode="numeric"
              required
              {...text('periodMinutes')}
              error={errorAt('periodMinutes')}
            />
          ) : (
            <>
              <TextField
                label="Cron expression"
                hint="Five fields: minute hour day month weekday, such as 0 3 * * *."
                required
                spellCheck={false}
                autoComplete="off"
                {...text('cron')}
                error={errorAt('cron')}
              />
              <TimeZoneSelect
                value={values.timeZone}
                onChange={(zone) => set('timeZone', zone)}
                hint="The zone the cron expression is read in."
                error={errorAt('timeZone')}
              />
            </>
          )}
          <TextField
            label="Grace in minutes"
            hint="How late a ping may be before it counts as missed."
            inputMode="numeric"
            required
            {...text('graceMinutes')}
            error={errorAt('graceMinutes')}
          />
        </>
      )}
      {kind === 'host' &&
        (hosts.length === 0 ? (
          <div className="alert alert-warning" role="status">
            <p className="alert-title">No host to check</p>
            <p>
              Host checks run on one of your registered servers, and none is registered yet. See{' '}
              <Link to="/hosts">Hosts</Link>.
            </p>
          </div>
        ) : (
          <>
            <SelectField label="Host" required {...text('hostId')} error={errorAt('hostId')}>
              <option value="">Choose a host</option>
              {hosts.map((host) => (
                <option key={host.id} value={host.id}>
                  {host.name} ({host.id})
                </option>
              ))}
            </SelectField>
            <SelectField label="Check" {...text('hostCheck')} error={errorAt('hostCheck.check', 'hostCheck')}>
              {HOST_CHECKS.map((check) => (
                <option key={check} value={check}>
                  {HOST_CHECK_LABELS[check]}
                </option>
              ))}
            </SelectField>
            {values.hostCheck === 'disk' && (
              <>
                <TextField
                  label="Threshold in %"
                  hint="The check fails when the disk is fuller than this (1–99)."
                  inputMode="numeric"
                  required
                  {...text('thresholdPercent')}
                  error={errorAt('hostCheck.thresholdPercent')}
                />
                <TextField
                  label="Mount point (optional)"
                  hint="Default /."
                  spellCheck={false}
                  autoComplete="off"
                  {...text('path')}
                  error={errorAt('hostCheck.path')}
                />
              </>
            )}
            {values.hostCheck === 'service' && (
              <TextField
                label="Service"
                hint="The systemd unit that must be running, such as nginx."
                required
                spellCheck={false}
                autoComplete="off"
                {...text('service')}
                error={errorAt('hostCheck.service')}
              />
            )}
            {values.hostCheck === 'certificate-file' && (
              <>
                <TextField
                  label="Certificate file"
                  hint="The PEM file's absolute path, such as /etc/ssl/certs/shop.pem."
                  required
                  spellCheck={false}
                  autoComplete="off"
                  {...text('path')}
                  error={errorAt('hostCheck.path')}
                />
                <TextField
                  label="Warn days"
                  hint="The check fails this many days before it expires (1–90)."
                  inputMode="numeric"
                  required
                  {...text('certWarnDays')}
                  error={errorAt('hostCheck.warnDays')}
                />
              </>
            )}
          </>
        ))}

      {kind !== 'host' && kind !== 'heartbeat' && hosts.length > 0 && (
        <SelectField
          label="Runs on (optional)"
          hint="The server behind it: when an incident opens, a diagnostic task runs there, and its disruptive tasks (patching with reboot) silence pages while they run."
          {...text('hostId')}
          error={errorAt('hostId')}
        >
          <option value="">No server of ours</option>
          {hosts.map((host) => (
            <option key={host.id} value={host.id}>
              {host.name} ({host.id})
            </option>
          ))}
        </SelectField>
      )}
      <TextField
        label="Check interval in minutes"
        hint={`Between ${minInterval} (your plan’s shortest) and 60.`}
        inputMode="numeric"
        required
        {...text('intervalMinutes')}
        error={errorAt('intervalMinutes')}
      />
      <TextField
        label="Confirmations"
        hint="Consecutive failures (after an immediate re-check) before an incident opens, and successes before it closes (1–5)."
        inputMode="numeric"
        required
        {...text('confirmations')}
        error={errorAt('confirmations')}
      />
    </>
  );
  const unplaced = Object.keys(serverErrors).some((path) => !placed.has(path));

  return (
    <form ref={formRef} className="form form-compact monitor-form" onSubmit={send} noValidate>
      {plan ? (
        <ul className="plan-limits muted">
          {planLimitsText(plan.monitoring, used).map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">
          Monitors come with a plan: <Link to="/subscription">choose one</Link> first.
        </p>
      )}
      {fields}
      <SubmitFailure
        failed={failed}
        unplaced={unplaced}
        invalid={Object.keys(checks).length > 0}
        title="The monitor was not added"
      />
      <SubmitButton busy={submit.kind === 'submitting'} busyLabel="Adding…">
        Add monitor
      </SubmitButton>
    </form>
  );
}

function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
}
