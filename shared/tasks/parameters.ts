import * as z from 'zod';

/**
 * One parameter of a task type, declared once. From it come the zod schema the API validates with
 * (first line of defence), the JSON Schema the request form is generated from, and the SSM document
 * parameter with its `allowedPattern` or `allowedValues` (second line: SSM itself refuses the value).
 * Only `note` takes free text, and a note is read by a person, never put into a document.
 */
export type ParameterSpec =
  | { kind: 'text'; label: string; help: string; pattern: RegExp; maxLength: number; example: string }
  | { kind: 'choice'; label: string; help: string; options: readonly [string, ...string[]]; default?: string }
  | { kind: 'flag'; label: string; help: string; default: boolean }
  | { kind: 'number'; label: string; help: string; min: number; max: number; default?: number }
  | { kind: 'note'; label: string; help: string; maxLength: number };

export type ParameterSpecs = Record<string, ParameterSpec>;

const fieldSchema = (spec: ParameterSpec): z.ZodType => {
  switch (spec.kind) {
    case 'text':
      return z
        .string({ error: `${spec.label} is required` })
        .max(spec.maxLength, `${spec.label} is at most ${spec.maxLength} characters`)
        .regex(spec.pattern, `${spec.label}: ${spec.help}`)
        .meta({ title: spec.label, description: spec.help, examples: [spec.example] });
    case 'choice': {
      const schema = z
        .enum(spec.options, { error: `${spec.label}: one of ${spec.options.join(', ')}` })
        .meta({ title: spec.label, description: spec.help });
      return spec.default === undefined ? schema : schema.default(spec.default as never);
    }
    case 'flag':
      return z
        .boolean({ error: `${spec.label}: true or false` })
        .default(spec.default)
        .meta({ title: spec.label, description: spec.help });
    case 'number': {
      const schema = z
        .number({ error: `${spec.label}: a whole number from ${spec.min} to ${spec.max}` })
        .int(`${spec.label}: a whole number`)
        .min(spec.min, `${spec.label}: at least ${spec.min}`)
        .max(spec.max, `${spec.label}: at most ${spec.max}`)
        .meta({ title: spec.label, description: spec.help });
      return spec.default === undefined ? schema : schema.default(spec.default);
    }
    case 'note':
      return z
        .string({ error: `${spec.label} is required` })
        .trim()
        .min(1, `${spec.label} is required`)
        .max(spec.maxLength, `${spec.label} is at most ${spec.maxLength} characters`)
        .meta({ title: spec.label, description: spec.help });
  }
};

/** The zod schema of a type's parameters: unknown keys are refused, defaults filled in. */
export const parametersSchema = (specs: ParameterSpecs) =>
  z.strictObject(Object.fromEntries(Object.entries(specs).map(([name, spec]) => [name, fieldSchema(spec)])));

export type ParameterValue = string | number | boolean;
export type ParameterValues = Record<string, ParameterValue>;

/** An SSM Command document parameter (schemaVersion 2.2): always a String, always constrained. */
export interface DocumentParameter {
  type: 'String';
  description: string;
  allowedPattern?: string;
  allowedValues?: string[];
  default?: string;
}

const DIGITS = '^[0-9]{1,9}$';

export const documentParameter = (spec: ParameterSpec): DocumentParameter => {
  switch (spec.kind) {
    case 'text':
      return { type: 'String', description: spec.help, allowedPattern: spec.pattern.source };
    case 'choice':
      return {
        type: 'String',
        description: spec.help,
        allowedValues: [...spec.options],
        ...(spec.default === undefined ? {} : { default: spec.default }),
      };
    case 'flag':
      return {
        type: 'String',
        description: spec.help,
        allowedValues: ['true', 'false'],
        default: String(spec.default),
      };
    case 'number':
      return {
        type: 'String',
        description: spec.help,
        allowedPattern: DIGITS,
        ...(spec.default === undefined ? {} : { default: String(spec.default) }),
      };
    case 'note':
      throw new Error('a note is for a person and is never a document parameter');
  }
};

/** Validated values as SSM receives them: each parameter one string. */
export const documentValues = (values: ParameterValues): Record<string, string> =>
  Object.fromEntries(Object.entries(values).map(([name, value]) => [name, String(value)]));

/**
 * What SSM does with a document parameter before a step runs: refuse a value outside its
 * `allowedValues` or `allowedPattern`. The local host runner applies the same check.
 */
export const documentValueAllowed = (parameter: DocumentParameter, value: string): boolean => {
  if (parameter.allowedValues) return parameter.allowedValues.includes(value);
  if (parameter.allowedPattern) return new RegExp(parameter.allowedPattern).test(value);
  return false;
};
