import type { CommandDocument } from '../tasks/catalogue.js';
import type { DocumentParameter } from '../tasks/parameters.js';
import type { Monitor } from './model.js';
import type { ProbeResult } from './ports.js';

/**
 * Host checks (issue 13) run on a customer's server through SSM Run Command — no inbound port — as ONE command
 * document, `Opsdesk-HostCheck`, whose POSIX sh script checks a disk's usage, a systemd unit, or a PEM certificate
 * file, and prints a last line `OPSDESK-CHECK <up|down> <message>` that the checker reads back. CDK deploys the
 * document from `hostCheckDocument()`; the local host runner executes the same one.
 *
 * Parameters never reach the shell as code: SSM (and the local runner) refuses any value outside the parameter's
 * `allowedValues`/`allowedPattern`, none of the patterns admits a quote, space, `$` or backtick, and the script puts
 * each value into a single-quoted variable before using it, always double-quoted and after `--`.
 */

export type HostCheck = NonNullable<Monitor['hostCheck']>;

export const HOST_CHECK_DOCUMENT = 'Opsdesk-HostCheck';
/** The document's time limit: `df`, `systemctl is-active` and `openssl x509` answer in well under a second. */
export const HOST_CHECK_TIMEOUT_SECONDS = 60;
export const VERDICT_PREFIX = 'OPSDESK-CHECK';

/** The longest message a verdict keeps (the result's one line a person reads). */
const MAX_MESSAGE = 200;

export const HOST_CHECK_DEFAULTS = {
  path: '/',
  service: 'none',
  thresholdPercent: '90',
  warnDays: '14',
} as const;

/** The same alphabets as the monitor's request schema (shared/monitoring/model.ts): no quote, space or `$`. */
const PARAMETERS: Record<string, DocumentParameter> = {
  check: {
    type: 'String',
    description: 'What to check: disk usage, a systemd service, or a PEM certificate file',
    allowedValues: ['disk', 'service', 'certificate-file'],
  },
  path: {
    type: 'String',
    description: 'disk: the mount point; certificate-file: the PEM file',
    allowedPattern: '^/[A-Za-z0-9._/-]{0,255}$',
    default: HOST_CHECK_DEFAULTS.path,
  },
  service: {
    type: 'String',
    description: 'service: the systemd unit that must be active',
    allowedPattern: '^[A-Za-z0-9@._-]{1,100}$',
    default: HOST_CHECK_DEFAULTS.service,
  },
  thresholdPercent: {
    type: 'String',
    description: 'disk: the usage in % over which the check fails',
    allowedPattern: '^[0-9]{1,2}$',
    default: HOST_CHECK_DEFAULTS.thresholdPercent,
  },
  warnDays: {
    type: 'String',
    description: 'certificate-file: fail this many days before it expires',
    allowedPattern: '^[0-9]{1,2}$',
    default: HOST_CHECK_DEFAULTS.warnDays,
  },
};

/**
 * The script. Exit 0 with a verdict line whenever the check could be made; without one (exit 3: a tool is missing)
 * the checker reports `no_data` — Opsdesk could not tell, which is not the host's fault.
 */
export const HOST_CHECK_SCRIPT: readonly string[] = [
  'set -u',
  "CHECK='{{ check }}'",
  "TARGET='{{ path }}'",
  "SERVICE='{{ service }}'",
  "THRESHOLD='{{ thresholdPercent }}'",
  "WARN_DAYS='{{ warnDays }}'",
  `verdict() { printf '${VERDICT_PREFIX} %s %s\\n' "$1" "$2"; exit 0; }`,
  'cannot() { echo "$1" >&2; exit 3; }',
  'case "$CHECK" in',
  'disk)',
  '  command -v df >/dev/null 2>&1 || cannot "df is not available on this host"',
  // POSIX output (-P): one line per file system, the 5th column the capacity in % (rounded up by df).
  '  USED=$(df -P -- "$TARGET" 2>/dev/null | awk \'NR == 2 { sub(/%$/, "", $5); print $5 }\')',
  '  case "$USED" in ""|*[!0-9]*) verdict down "no file system at $TARGET" ;; esac',
  '  if [ "$USED" -gt "$THRESHOLD" ]; then verdict down "disk $TARGET at $USED % (over $THRESHOLD %)"; fi',
  '  verdict up "disk $TARGET at $USED % (limit $THRESHOLD %)"',
  '  ;;',
  'service)',
  '  command -v systemctl >/dev/null 2>&1 || cannot "systemctl is not available on this host"',
  '  STATE=$(systemctl is-active -- "$SERVICE" 2>/dev/null)',
  '  if [ "$STATE" = active ]; then verdict up "service $SERVICE active"; fi',
  '  [ -n "$STATE" ] || STATE="not active"',
  '  verdict down "service $SERVICE $STATE"',
  '  ;;',
  'certificate-file)',
  '  command -v openssl >/dev/null 2>&1 || cannot "openssl is not available on this host"',
  '  [ -r "$TARGET" ] || verdict down "certificate file $TARGET not readable"',
  '  END=$(openssl x509 -noout -enddate -in "$TARGET" 2>/dev/null | cut -d= -f2)',
  '  [ -n "$END" ] || verdict down "no PEM certificate in $TARGET"',
  // Days left, rounded up (a certificate valid 2.9 more days "expires in 3 days"), where `date -d` parses the date;
  // otherwise openssl alone decides (`-checkend`).
  '  EXPIRES=$(date -d "$END" +%s 2>/dev/null || true)',
  '  if [ -n "$EXPIRES" ]; then',
  '    LEFT=$((EXPIRES - $(date +%s)))',
  '    if [ "$LEFT" -le 0 ]; then verdict down "certificate $TARGET expired on $END"; fi',
  '    DAYS=$(((LEFT + 86399) / 86400))',
  '    if [ "$DAYS" -lt "$WARN_DAYS" ]; then verdict down "certificate $TARGET expires in $DAYS days ($END)"; fi',
  '    verdict up "certificate $TARGET expires in $DAYS days ($END)"',
  '  fi',
  '  if openssl x509 -noout -checkend "$((WARN_DAYS * 86400))" -in "$TARGET" >/dev/null 2>&1; then',
  '    verdict up "certificate $TARGET expires on $END"',
  '  fi',
  '  verdict down "certificate $TARGET expires within $WARN_DAYS days ($END)"',
  '  ;;',
  'esac',
  'cannot "unknown check $CHECK"',
];

/** The SSM Command document (schemaVersion 2.2) CDK deploys as `Opsdesk-HostCheck`. */
export const hostCheckDocument = (): CommandDocument => ({
  schemaVersion: '2.2',
  description: 'Opsdesk: a monitor’s host check (disk usage, a systemd service, a certificate file). Reads only.',
  parameters: PARAMETERS,
  mainSteps: [
    {
      action: 'aws:runShellScript',
      name: 'check',
      precondition: { StringEquals: ['platformType', 'Linux'] },
      inputs: { runCommand: [...HOST_CHECK_SCRIPT], timeoutSeconds: String(HOST_CHECK_TIMEOUT_SECONDS) },
    },
  ],
});

/** The document parameters of a monitor's host check (defaults filled in as in the request schema). */
export const hostCheckParameters = (check: HostCheck): Record<string, string> => {
  switch (check.check) {
    case 'disk':
      return {
        check: 'disk',
        path: check.path ?? HOST_CHECK_DEFAULTS.path,
        thresholdPercent: String(check.thresholdPercent ?? HOST_CHECK_DEFAULTS.thresholdPercent),
      };
    case 'service':
      return { check: 'service', service: check.service ?? HOST_CHECK_DEFAULTS.service };
    case 'certificate-file':
      return {
        check: 'certificate-file',
        path: check.path ?? HOST_CHECK_DEFAULTS.path,
        warnDays: String(check.warnDays ?? HOST_CHECK_DEFAULTS.warnDays),
      };
  }
};

const lastLine = (text: string): string =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .at(-1) ?? '';

const VERDICT_LINE = new RegExp(`^${VERDICT_PREFIX} (up|down) (.+)$`);

/**
 * The verdict of a finished host-check command from its output: the LAST verdict line counts (anything the host's
 * shell printed before it is ignored). No verdict line is `no_data` with the reason the command gave (its last
 * line of standard error, or its status): Opsdesk could not make the check.
 */
export const parseHostCheckOutput = (output: { stdout: string; stderr: string }, status: string): ProbeResult => {
  const verdicts = output.stdout
    .split('\n')
    .map((line) => VERDICT_LINE.exec(line.trim()))
    .filter((match): match is RegExpExecArray => match !== null);
  const last = verdicts.at(-1);
  if (last) {
    return { outcome: last[1] as 'up' | 'down', responseMs: null, message: (last[2] ?? '').slice(0, MAX_MESSAGE) };
  }
  const reason = lastLine(output.stderr) || lastLine(output.stdout) || `the command ended ${status}`;
  return {
    outcome: 'no_data',
    responseMs: null,
    message: `host check gave no verdict: ${reason}`.slice(0, MAX_MESSAGE),
  };
};

/** SSM statuses of a command that has not finished yet. */
export const PENDING_COMMAND_STATUSES = ['Pending', 'InProgress', 'Delayed'] as const;
