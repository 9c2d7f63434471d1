import * as z from 'zod';
import {
  type DocumentParameter,
  documentParameter,
  type ParameterSpecs,
  type ParameterValues,
  parametersSchema,
} from './parameters.js';

/**
 * The task catalogue, defined once. The API validates requests with each type's parameter schema,
 * the request form is generated from its JSON Schema, CDK deploys each automated type's SSM Command
 * document (`taskDocument`), and the local host runner executes the very same document.
 */
export interface TaskType {
  id: string;
  name: string;
  description: string;
  /** Runs as an SSM Command document; otherwise an operator does the work by hand. */
  automated: boolean;
  /** Interrupts the site or server: waits for the tenant's maintenance window. */
  disruptive: boolean;
  /** Always waits for a customer-admin's approval, whoever requests it. */
  needsApproval: boolean;
  /** Only reads the host: a customer-member may request it without approval. */
  readOnly: boolean;
  parameters: ParameterSpecs;
  /** Automated types: the document's time limit and its shell script (POSIX sh, `{{ name }}` parameters). */
  run: { timeoutSeconds: number; script: readonly string[] } | null;
}

export const DOMAIN_PATTERN =
  /^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
/** Under /var/www or /srv; every segment starts with a letter, digit or underscore, so `..` cannot occur. */
export const SITE_PATH_PATTERN = /^\/(var\/www|srv)(\/[A-Za-z0-9_][A-Za-z0-9._-]{0,63}){0,6}$/;
export const DATABASE_PATTERN = /^[A-Za-z0-9_]{1,64}$/;
export const RESTARTABLE_SERVICES = [
  'nginx',
  'apache2',
  'httpd',
  'php-fpm',
  'mariadb',
  'mysql',
  'postgresql',
  'redis-server',
] as const;

const domain = {
  kind: 'text',
  label: 'Domain',
  help: 'a host name such as www.example.org (letters, digits, hyphens and dots)',
  pattern: DOMAIN_PATTERN,
  maxLength: 253,
  example: 'www.example.org',
} as const;

const DRY_RUN_NOTE = 'echo "Dry run: nothing is changed."';
const isDryRun = `[ '{{ dryRun }}' = 'true' ]`;

const defineTypes = <const T extends readonly TaskType[]>(types: T): T => types;

export const TASK_TYPES = defineTypes([
  {
    id: 'disk-report',
    name: 'Disk report',
    description: 'Space and inodes per file system, and the largest usual suspects (logs, sites, backups).',
    automated: true,
    disruptive: false,
    needsApproval: false,
    readOnly: true,
    parameters: {},
    run: {
      timeoutSeconds: 120,
      script: [
        'set -u',
        // Read-only either way, but a dry run says so: whoever reads the output knows what ran.
        `if ${isDryRun}; then echo "Dry run: this report only reads, and nothing is changed."; echo; fi`,
        'echo "== File systems =="',
        'df -hP -x tmpfs -x devtmpfs -x overlay 2>/dev/null || df -hP',
        'echo',
        'echo "== Inodes =="',
        'df -iP -x tmpfs -x devtmpfs -x overlay 2>/dev/null || df -iP',
        'echo',
        'echo "== Largest directories (largest first) =="',
        'for dir in /var/log /var/www /var/backups /srv /home; do [ -d "$dir" ] && timeout --foreground 30 du -xsh "$dir" 2>/dev/null; done | sort -rh',
        'exit 0',
      ],
    },
  },
  {
    id: 'certificate-check',
    name: 'Certificate check',
    description: 'Reads the TLS certificate a domain serves and reports the days left until it expires.',
    automated: true,
    disruptive: false,
    needsApproval: false,
    readOnly: true,
    parameters: {
      domain,
      port: { kind: 'number', label: 'Port', help: 'the TLS port, usually 443', min: 1, max: 65535, default: 443 },
    },
    run: {
      timeoutSeconds: 60,
      script: [
        'set -u',
        "DOMAIN='{{ domain }}'",
        "PORT='{{ port }}'",
        'END=$(echo | timeout --foreground 20 openssl s_client -connect "$DOMAIN:$PORT" -servername "$DOMAIN" 2>/dev/null | openssl x509 -noout -enddate 2>/dev/null | cut -d= -f2)',
        'if [ -z "$END" ]; then echo "No certificate could be read from $DOMAIN:$PORT."; exit 1; fi',
        'DAYS=$(( ($(date -d "$END" +%s) - $(date +%s)) / 86400 ))',
        'echo "Certificate of $DOMAIN:$PORT expires $END."',
        'echo "days_left=$DAYS"',
        'if [ "$DAYS" -lt 0 ]; then echo "The certificate has expired."; exit 2; fi',
      ],
    },
  },
  {
    id: 'certificate-renewal',
    name: 'Certificate renewal',
    description: 'Renews a Let’s Encrypt certificate with certbot; a dry run asks the CA for a test certificate.',
    automated: true,
    disruptive: false,
    needsApproval: false,
    readOnly: false,
    parameters: { domain },
    run: {
      timeoutSeconds: 600,
      script: [
        'set -u',
        "DOMAIN='{{ domain }}'",
        'if ! command -v certbot >/dev/null 2>&1; then echo "certbot is not installed on this host."; exit 1; fi',
        `if ${isDryRun}; then ${DRY_RUN_NOTE}; certbot renew --cert-name "$DOMAIN" --dry-run; exit $?; fi`,
        'certbot renew --cert-name "$DOMAIN" --non-interactive',
      ],
    },
  },
  {
    id: 'os-patching',
    name: 'Operating system patches',
    description: 'Installs pending package updates (apt or dnf); reboots afterwards only if asked and required.',
    automated: true,
    disruptive: true,
    needsApproval: true,
    readOnly: false,
    parameters: {
      rebootIfRequired: {
        kind: 'flag',
        label: 'Reboot if required',
        help: 'restart the server when an update requires it',
        default: false,
      },
    },
    run: {
      timeoutSeconds: 3600,
      script: [
        'set -u',
        'if command -v apt-get >/dev/null 2>&1; then',
        `  if ${isDryRun}; then ${DRY_RUN_NOTE}; apt-get -s upgrade | grep '^Inst' || echo "No pending updates."; exit 0; fi`,
        '  export DEBIAN_FRONTEND=noninteractive',
        '  apt-get update -q && apt-get -y -q upgrade || exit 1',
        'elif command -v dnf >/dev/null 2>&1; then',
        `  if ${isDryRun}; then ${DRY_RUN_NOTE}; dnf -q check-update; exit 0; fi`,
        '  dnf -y -q upgrade || exit 1',
        'else echo "No supported package manager (apt-get or dnf) found."; exit 1; fi',
        "if [ -f /var/run/reboot-required ] && [ '{{ rebootIfRequired }}' = 'true' ]; then echo \"Rebooting in one minute.\"; shutdown -r +1; fi",
      ],
    },
  },
  {
    id: 'wordpress-update',
    name: 'WordPress update',
    description: 'Backs up the database and files, then updates WordPress core, plugins or both with WP-CLI.',
    automated: true,
    disruptive: false,
    needsApproval: true,
    readOnly: false,
    parameters: {
      path: {
        kind: 'text',
        label: 'Site directory',
        help: 'the WordPress directory under /var/www or /srv, e.g. /var/www/example',
        pattern: SITE_PATH_PATTERN,
        maxLength: 400,
        example: '/var/www/example',
      },
      component: {
        kind: 'choice',
        label: 'What to update',
        help: 'core, plugins or all',
        options: ['core', 'plugins', 'all'],
        default: 'all',
      },
    },
    run: {
      timeoutSeconds: 1800,
      script: [
        'set -u',
        "SITE='{{ path }}'",
        "COMPONENT='{{ component }}'",
        'if ! command -v wp >/dev/null 2>&1; then echo "WP-CLI (wp) is not installed on this host."; exit 1; fi',
        'if [ ! -f "$SITE/wp-config.php" ]; then echo "No WordPress installation in $SITE."; exit 1; fi',
        'BACKUP="/var/backups/opsdesk/wordpress/$(date -u +%Y%m%dT%H%M%SZ)"',
        `if ${isDryRun}; then ${DRY_RUN_NOTE}; echo "Would back up to $BACKUP."; wp --path="$SITE" --allow-root core check-update; wp --path="$SITE" --allow-root plugin list --update=available; exit 0; fi`,
        'mkdir -p "$BACKUP" && wp --path="$SITE" --allow-root db export "$BACKUP/database.sql" && tar -czf "$BACKUP/files.tar.gz" -C "$SITE" . || { echo "Backup failed; nothing was updated."; exit 1; }',
        'echo "Backup written to $BACKUP."',
        'if [ "$COMPONENT" != plugins ]; then wp --path="$SITE" --allow-root core update || exit 1; fi',
        'if [ "$COMPONENT" != core ]; then wp --path="$SITE" --allow-root plugin update --all || exit 1; fi',
      ],
    },
  },
  {
    id: 'database-backup',
    name: 'Database backup',
    description: 'Dumps one MySQL/MariaDB or PostgreSQL database, compressed, to /var/backups/opsdesk.',
    automated: true,
    disruptive: false,
    needsApproval: false,
    readOnly: false,
    parameters: {
      engine: {
        kind: 'choice',
        label: 'Engine',
        help: 'mysql (also MariaDB) or postgresql',
        options: ['mysql', 'postgresql'],
      },
      database: {
        kind: 'text',
        label: 'Database',
        help: 'the database name: letters, digits and underscores',
        pattern: DATABASE_PATTERN,
        maxLength: 64,
        example: 'wordpress',
      },
    },
    run: {
      timeoutSeconds: 3600,
      script: [
        'set -u',
        "ENGINE='{{ engine }}'",
        "DB='{{ database }}'",
        'FILE="/var/backups/opsdesk/databases/$DB-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"',
        'if [ "$ENGINE" = mysql ]; then TOOL=mysqldump; else TOOL=pg_dump; fi',
        'if ! command -v "$TOOL" >/dev/null 2>&1; then echo "$TOOL is not installed on this host."; exit 1; fi',
        `if ${isDryRun}; then ${DRY_RUN_NOTE}; echo "Would write $FILE with $TOOL."; exit 0; fi`,
        'mkdir -p "$(dirname "$FILE")"',
        'if [ "$ENGINE" = mysql ]; then mysqldump --single-transaction "$DB" | gzip > "$FILE"; else su postgres -c "pg_dump $DB" | gzip > "$FILE"; fi',
        'echo "Backup written to $FILE ($(du -h "$FILE" | cut -f1))."',
      ],
    },
  },
  {
    id: 'service-restart',
    name: 'Service restart',
    description: 'Restarts one allow-listed service with systemd and reports whether it came back.',
    automated: true,
    disruptive: true,
    needsApproval: false,
    readOnly: false,
    parameters: {
      service: {
        kind: 'choice',
        label: 'Service',
        help: 'one of the services Opsdesk may restart',
        options: RESTARTABLE_SERVICES,
      },
    },
    run: {
      timeoutSeconds: 300,
      script: [
        'set -u',
        "SERVICE='{{ service }}'",
        'if ! command -v systemctl >/dev/null 2>&1; then echo "systemd (systemctl) is not available on this host."; exit 1; fi',
        `if ${isDryRun}; then ${DRY_RUN_NOTE}; echo "$SERVICE is $(systemctl is-active "$SERVICE")"; echo "Would restart $SERVICE."; exit 0; fi`,
        'systemctl restart "$SERVICE" || exit 1',
        'sleep 2',
        'echo "$SERVICE is $(systemctl is-active "$SERVICE")"',
        'systemctl is-active --quiet "$SERVICE"',
      ],
    },
  },
  {
    id: 'custom',
    name: 'Custom work',
    description: 'Anything else: an operator picks it up from the queue and does it by hand.',
    automated: false,
    disruptive: false,
    needsApproval: false,
    readOnly: false,
    parameters: {
      description: {
        kind: 'note',
        label: 'What should be done',
        help: 'describe the work for the operator; it is read by a person, never executed',
        maxLength: 4000,
      },
    },
    run: null,
  },
]);

export type TaskTypeId = (typeof TASK_TYPES)[number]['id'];
export const TASK_TYPE_IDS = TASK_TYPES.map((type) => type.id) as [TaskTypeId, ...TaskTypeId[]];

export const findTaskType = (id: string): TaskType | undefined => TASK_TYPES.find((type) => type.id === id);

/** The SSM document name of an automated type: `Opsdesk-DiskReport`. The dispatcher may send only these. */
export const DOCUMENT_PREFIX = 'Opsdesk-';
export const documentName = (type: TaskType): string =>
  `${DOCUMENT_PREFIX}${type.id
    .split('-')
    .map((part) => part[0]?.toUpperCase() + part.slice(1))
    .join('')}`;

export interface CommandDocument {
  schemaVersion: '2.2';
  description: string;
  parameters: Record<string, DocumentParameter>;
  mainSteps: {
    action: 'aws:runShellScript';
    name: string;
    precondition: { StringEquals: ['platformType', 'Linux'] };
    inputs: { runCommand: string[]; timeoutSeconds: string };
  }[];
}

/** The SSM Command document (schemaVersion 2.2) of an automated type; every one takes `dryRun`. */
export const taskDocument = (type: TaskType): CommandDocument => {
  if (!type.run) throw new Error(`${type.id} is manual work and has no document`);
  return {
    schemaVersion: '2.2',
    description: `Opsdesk: ${type.name}. ${type.description}`,
    parameters: {
      dryRun: {
        type: 'String',
        description: 'true: report what would be done and change nothing',
        allowedValues: ['true', 'false'],
        default: 'false',
      },
      ...Object.fromEntries(Object.entries(type.parameters).map(([name, spec]) => [name, documentParameter(spec)])),
    },
    mainSteps: [
      {
        action: 'aws:runShellScript',
        name: 'run',
        precondition: { StringEquals: ['platformType', 'Linux'] },
        inputs: { runCommand: [...type.run.script], timeoutSeconds: String(type.run.timeoutSeconds) },
      },
    ],
  };
};

/** The types SSM runs (CDK deploys a document for each). */
export const AUTOMATED_TASK_TYPES = TASK_TYPES.filter((type) => type.automated);

const schemaCache = new Map<string, ReturnType<typeof parametersSchema>>();
export const taskParametersSchema = (type: TaskType) => {
  let schema = schemaCache.get(type.id);
  if (!schema) {
    schema = parametersSchema(type.parameters);
    schemaCache.set(type.id, schema);
  }
  return schema;
};

/** What `GET /api/task-types` publishes for one type: flags and the parameters as JSON Schema. */
export const TaskTypeViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    automated: z.boolean(),
    disruptive: z.boolean(),
    needsApproval: z.boolean(),
    readOnly: z.boolean(),
    timeoutSeconds: z.number().int().nullable(),
    parameters: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'TaskType' });
export type TaskTypeView = z.infer<typeof TaskTypeViewSchema>;

export const taskTypeView = (type: TaskType): TaskTypeView => ({
  id: type.id,
  name: type.name,
  description: type.description,
  automated: type.automated,
  disruptive: type.disruptive,
  needsApproval: type.needsApproval,
  readOnly: type.readOnly,
  timeoutSeconds: type.run?.timeoutSeconds ?? null,
  parameters: z.toJSONSchema(taskParametersSchema(type), { io: 'input' }) as Record<string, unknown>,
});

export type { ParameterValues };
