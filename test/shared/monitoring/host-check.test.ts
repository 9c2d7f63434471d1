import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  HOST_CHECK_DOCUMENT,
  hostCheckDocument,
  hostCheckParameters,
  parseHostCheckOutput,
} from '../../../shared/monitoring/host-check.js';
import { documentValueAllowed } from '../../../shared/tasks/parameters.js';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'opsdesk-host-check-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** What SSM does: refuse values outside the parameter's constraints, then put them in place of `{{ name }}`. */
const render = (parameters: Record<string, string>): string => {
  const document = hostCheckDocument();
  const values: Record<string, string> = {};
  for (const [name, parameter] of Object.entries(document.parameters)) {
    const value = parameters[name] ?? parameter.default;
    if (value === undefined || !documentValueAllowed(parameter, value)) throw new Error(`${name} refused`);
    values[name] = value;
  }
  const step = document.mainSteps[0];
  if (!step) throw new Error('no step');
  return step.inputs.runCommand
    .map((line) => line.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (_, name: string) => values[name] ?? ''))
    .join('\n');
};

const run = (parameters: Record<string, string>, path = process.env.PATH ?? '/usr/bin:/bin') => {
  const result = spawnSync('/bin/sh', ['-c', render(parameters)], { encoding: 'utf8', env: { PATH: path } });
  return parseHostCheckOutput(
    { stdout: result.stdout, stderr: result.stderr },
    result.status === 0 ? 'Success' : 'Failed',
  );
};

const certificate = (days: number): string => {
  const key = join(dir, `key-${days}.pem`);
  const cert = join(dir, `cert-${days}.pem`);
  const made = spawnSync('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    String(days),
    '-subj',
    '/CN=localhost',
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  if (made.status !== 0) throw new Error(made.stderr.toString());
  return cert;
};

describe('the Opsdesk-HostCheck document', () => {
  it('is named and constrained like the task documents', () => {
    const document = hostCheckDocument();
    expect(HOST_CHECK_DOCUMENT).toBe('Opsdesk-HostCheck');
    expect(document.schemaVersion).toBe('2.2');
    for (const parameter of Object.values(document.parameters)) {
      expect(parameter.allowedPattern ?? parameter.allowedValues).toBeDefined();
    }
  });

  it.each([
    ['path', "/tmp/x';reboot;'"],
    ['path', '/tmp/$(id)'],
    ['path', '/tmp/a b'],
    ['service', 'nginx;id'],
    ['service', '`id`'],
    ['thresholdPercent', '9 0'],
    ['check', 'rm'],
  ])('refuses %s %s before any shell sees it', (name, value) => {
    expect(() => render({ check: 'disk', [name]: value })).toThrow(`${name} refused`);
  });

  it('puts every parameter into a single-quoted variable and uses it double-quoted', () => {
    const script = hostCheckDocument().mainSteps[0]?.inputs.runCommand ?? [];
    const placeholders = script.filter((line) => line.includes('{{'));
    expect(placeholders).toHaveLength(5);
    for (const line of placeholders) expect(line).toMatch(/^[A-Z_]+='\{\{ [A-Za-z]+ \}\}'$/);
  });

  it('fills the defaults of a monitor’s check', () => {
    expect(hostCheckParameters({ check: 'disk' })).toEqual({ check: 'disk', path: '/', thresholdPercent: '90' });
    expect(hostCheckParameters({ check: 'service', service: 'nginx' })).toEqual({ check: 'service', service: 'nginx' });
    expect(hostCheckParameters({ check: 'certificate-file', path: '/etc/ssl/a.pem' })).toEqual({
      check: 'certificate-file',
      path: '/etc/ssl/a.pem',
      warnDays: '14',
    });
  });
});

describe('the host check script on this machine (/bin/sh)', () => {
  const usedOfRoot = (): number => {
    const df = spawnSync('df', ['-P', '/'], { encoding: 'utf8' }).stdout.split('\n')[1] ?? '';
    return Number(df.trim().split(/\s+/)[4]?.replace('%', ''));
  };

  it('disk: up under the threshold, down over it, with the usage', () => {
    const used = usedOfRoot();
    const upResult = run({ check: 'disk', path: '/', thresholdPercent: '99' });
    expect(upResult).toEqual({ outcome: 'up', responseMs: null, message: `disk / at ${used} % (limit 99 %)` });
    if (used > 1) {
      const downResult = run({ check: 'disk', path: '/', thresholdPercent: String(used - 1) });
      expect(downResult).toEqual({
        outcome: 'down',
        responseMs: null,
        message: `disk / at ${used} % (over ${used - 1} %)`,
      });
    }
  });

  it('disk: a path with no file system is down', () => {
    expect(run({ check: 'disk', path: '/no/such/mount' })).toMatchObject({
      outcome: 'down',
      message: 'no file system at /no/such/mount',
    });
  });

  it('certificate-file: a certificate expiring in 3 days is down at warnDays 14, up at warnDays 2', () => {
    const cert = certificate(3);
    expect(run({ check: 'certificate-file', path: cert, warnDays: '14' })).toMatchObject({
      outcome: 'down',
      message: expect.stringMatching(new RegExp(`^certificate ${cert} expires in 3 days \\(`)),
    });
    expect(run({ check: 'certificate-file', path: cert, warnDays: '2' })).toMatchObject({
      outcome: 'up',
      message: expect.stringContaining('expires in 3 days'),
    });
  });

  it('certificate-file: a missing file or a file without a certificate is down', () => {
    expect(run({ check: 'certificate-file', path: join(dir, 'none.pem') }).message).toBe(
      `certificate file ${join(dir, 'none.pem')} not readable`,
    );
    const junk = join(dir, 'junk.pem');
    writeFileSync(junk, 'not a certificate\n');
    expect(run({ check: 'certificate-file', path: junk })).toMatchObject({
      outcome: 'down',
      message: `no PEM certificate in ${junk}`,
    });
  });

  it('service: active is up, anything else down with systemd’s word (a stand-in systemctl)', () => {
    const bin = join(dir, 'bin');
    spawnSync('mkdir', ['-p', bin]);
    // `systemctl is-active -- <unit>`: active for nginx, failed for the rest (exit 3 as systemd does).
    writeFileSync(
      join(bin, 'systemctl'),
      '#!/bin/sh\n[ "$1" = is-active ] && [ "$2" = -- ] || exit 9\nif [ "$3" = nginx ]; then echo active; exit 0; fi\necho failed; exit 3\n',
    );
    chmodSync(join(bin, 'systemctl'), 0o755);
    const path = `${bin}:/usr/bin:/bin`;
    expect(run({ check: 'service', service: 'nginx' }, path)).toEqual({
      outcome: 'up',
      responseMs: null,
      message: 'service nginx active',
    });
    expect(run({ check: 'service', service: 'php-fpm' }, path)).toEqual({
      outcome: 'down',
      responseMs: null,
      message: 'service php-fpm failed',
    });
  });

  it('service: without systemctl there is no verdict: no data', () => {
    const empty = join(dir, 'empty-bin');
    spawnSync('mkdir', ['-p', empty]);
    // Only the shell's builtins: `command -v systemctl` finds nothing.
    expect(run({ check: 'service', service: 'nginx' }, empty)).toEqual({
      outcome: 'no_data',
      responseMs: null,
      message: 'host check gave no verdict: systemctl is not available on this host',
    });
  });
});

describe('parseHostCheckOutput', () => {
  it('takes the last verdict line, whatever came before it', () => {
    expect(
      parseHostCheckOutput(
        {
          stdout: 'OPSDESK-CHECK up faked by a motd\nnoise\nOPSDESK-CHECK down disk / at 97 % (over 90 %)\n',
          stderr: '',
        },
        'Success',
      ),
    ).toEqual({ outcome: 'down', responseMs: null, message: 'disk / at 97 % (over 90 %)' });
  });

  it('without a verdict line reports no data with the reason', () => {
    expect(parseHostCheckOutput({ stdout: '', stderr: 'sh: 1: df: Permission denied\n' }, 'Failed')).toEqual({
      outcome: 'no_data',
      responseMs: null,
      message: 'host check gave no verdict: sh: 1: df: Permission denied',
    });
    expect(parseHostCheckOutput({ stdout: '', stderr: '' }, 'Failed').message).toBe(
      'host check gave no verdict: the command ended Failed',
    );
  });

  it('ignores lines that only look like a verdict', () => {
    expect(parseHostCheckOutput({ stdout: 'OPSDESK-CHECK maybe fine\n', stderr: '' }, 'Success').outcome).toBe(
      'no_data',
    );
  });
});
