import { describe, expect, it } from 'vitest';
import {
  AUTOMATED_TASK_TYPES,
  documentName,
  findTaskType,
  TASK_TYPES,
  taskDocument,
  taskParametersSchema,
  taskTypeView,
} from '../../../shared/tasks/catalogue.js';
import { documentValueAllowed, type ParameterSpec } from '../../../shared/tasks/parameters.js';

/** What customers might try to smuggle into a shell: every one must be refused by every parameter. */
const INJECTIONS = [
  '; rm -rf /',
  '$(reboot)',
  '`id`',
  'example.org\nrm -rf /',
  '../../etc/passwd',
  '/var/www/../../etc',
  "x' || true '",
  'a && b',
  'a|b',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a shell expansion is exactly what is being tried
  '${IFS}',
  '',
];

/** A valid value for each parameter, so one bad parameter at a time is what the schema sees. */
const validParams = (typeId: string): Record<string, unknown> => {
  const type = findTaskType(typeId);
  if (!type) throw new Error(typeId);
  const valid = (spec: ParameterSpec): unknown => {
    switch (spec.kind) {
      case 'text':
        return spec.example;
      case 'choice':
        return spec.options[0];
      case 'flag':
        return true;
      case 'number':
        return spec.min;
      case 'note':
        return 'Please do it.';
    }
  };
  return Object.fromEntries(Object.entries(type.parameters).map(([name, spec]) => [name, valid(spec)]));
};

describe('task catalogue', () => {
  it('has the required types with their flags', () => {
    const byId = Object.fromEntries(TASK_TYPES.map((type) => [type.id, type]));
    expect(Object.keys(byId).sort()).toEqual(
      [
        'certificate-check',
        'certificate-renewal',
        'custom',
        'database-backup',
        'disk-report',
        'os-patching',
        'service-restart',
        'wordpress-update',
      ].sort(),
    );
    expect(byId['os-patching']?.disruptive).toBe(true);
    expect(byId['service-restart']?.disruptive).toBe(true);
    expect(byId.custom?.automated).toBe(false);
    expect(byId.custom?.run).toBeNull();
    expect(byId['wordpress-update']?.run?.script.join('\n')).toMatch(/db export[\s\S]*core update/);
  });

  describe.each(AUTOMATED_TASK_TYPES.map((type) => [type.id, type] as const))('%s document', (_, type) => {
    const document = taskDocument(type);

    it('is an SSM Command document, schema 2.2, one Linux shell step with the type’s time limit', () => {
      expect(documentName(type)).toMatch(/^Opsdesk-[A-Z][A-Za-z]+$/);
      expect(document.schemaVersion).toBe('2.2');
      expect(document.mainSteps).toHaveLength(1);
      expect(document.mainSteps[0]?.action).toBe('aws:runShellScript');
      expect(document.mainSteps[0]?.inputs.timeoutSeconds).toBe(String(type.run?.timeoutSeconds));
    });

    it('honours dryRun and constrains every parameter', () => {
      expect(document.parameters.dryRun).toEqual(
        expect.objectContaining({ allowedValues: ['true', 'false'], default: 'false' }),
      );
      for (const [name, parameter] of Object.entries(document.parameters)) {
        expect(parameter.type, name).toBe('String');
        expect(Boolean(parameter.allowedPattern) || Boolean(parameter.allowedValues), name).toBe(true);
        if (parameter.allowedPattern) expect(parameter.allowedPattern, name).toMatch(/^\^.*\$$/);
      }
      // Every `{{ name }}` the script uses is a declared, constrained parameter.
      const used = [...document.mainSteps[0]!.inputs.runCommand.join('\n').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map(
        (match) => match[1],
      );
      for (const name of used) expect(Object.keys(document.parameters), String(name)).toContain(name);
    });

    it('accepts the example parameters, in the API and in SSM', () => {
      const parsed = taskParametersSchema(type).safeParse(validParams(type.id));
      expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
      for (const [name, value] of Object.entries(parsed.data ?? {})) {
        const parameter = document.parameters[name];
        expect(parameter && documentValueAllowed(parameter, String(value)), name).toBe(true);
      }
    });

    for (const name of Object.keys(type.parameters)) {
      it.each(INJECTIONS)(`refuses %j in ${name} (API and SSM allowedPattern)`, (attempt) => {
        const parsed = taskParametersSchema(type).safeParse({ ...validParams(type.id), [name]: attempt });
        expect(parsed.success).toBe(false);
        expect(parsed.error?.issues[0]?.path).toEqual([name]);
        const parameter = document.parameters[name];
        expect(parameter && documentValueAllowed(parameter, attempt)).toBe(false);
      });
    }

    it('refuses parameters the type does not declare', () => {
      const parsed = taskParametersSchema(type).safeParse({ ...validParams(type.id), command: 'rm -rf /' });
      expect(parsed.success).toBe(false);
    });
  });

  it('publishes each type’s parameters as JSON Schema', () => {
    const view = taskTypeView(findTaskType('certificate-check')!);
    expect(view.parameters).toMatchObject({
      type: 'object',
      properties: {
        domain: { type: 'string', pattern: expect.any(String), maxLength: 253, title: 'Domain' },
        port: { type: 'integer', minimum: 1, maximum: 65535, default: 443 },
      },
      required: ['domain'],
    });
  });

  it('takes free text only as a note for a person, never into a document', () => {
    const custom = findTaskType('custom')!;
    expect(custom.automated).toBe(false);
    expect(() => taskDocument(custom)).toThrow(/no document/);
    for (const type of AUTOMATED_TASK_TYPES) {
      expect(Object.values(type.parameters).map((spec) => spec.kind)).not.toContain('note');
    }
  });
});
