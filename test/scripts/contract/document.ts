import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * The served OpenAPI document as a validator: ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) compiles the
 * document's own schemas — `#/components/...` references resolve against the document itself — so the contract test
 * checks answers against what the API publishes, never against the zod schemas it was generated from.
 */

type Json = Record<string, any>;

export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** One operation of the document: where it is and what it says. */
export interface Operation {
  id: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  op: Json;
}

/** A response as the test saw it. */
export interface SeenResponse {
  status: number;
  headers: Record<string, string | undefined>;
  body: Buffer;
}

const DOC_ID = 'https://opsdesk.local/openapi.json';

const escapePointer = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');

// ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as unknown as (
  ajv: Ajv2020,
) => Ajv2020;

const isJsonMedia = (media: string) => media === 'application/json' || media.endsWith('+json');

export const mediaTypeOf = (headers: SeenResponse['headers']): string =>
  (headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

export const createDocumentValidator = (doc: Json) => {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
  // OpenAPI's own formats, which JSON Schema does not define: any value passes (a file, a number's width).
  for (const format of ['binary', 'byte', 'int32', 'int64', 'float', 'double', 'password']) ajv.addFormat(format, true);
  ajv.addSchema({ ...doc, $id: DOC_ID });
  const compiled = new Map<string, ValidateFunction>();

  /** The object at a local reference (`#/components/...`) or the value itself. */
  const deref = (value: unknown): Json | undefined => {
    let current = value as Json | undefined;
    for (let hops = 0; current && typeof current.$ref === 'string' && hops < 10; hops++) {
      const ref = current.$ref as string;
      if (!ref.startsWith('#/')) return current;
      current = ref
        .slice(2)
        .split('/')
        .map((part) => part.replaceAll('~1', '/').replaceAll('~0', '~'))
        .reduce<Json | undefined>((node, part) => node?.[part], doc);
    }
    return current;
  };

  /** The JSON pointer of a response object of an operation, following a `$ref` to `components.responses`. */
  const responsePointer = (operation: Operation, status: string): string => {
    const response = operation.op.responses?.[status];
    if (response && typeof response.$ref === 'string' && response.$ref.startsWith('#/')) return response.$ref.slice(1);
    return `/paths/${escapePointer(operation.path)}/${operation.method}/responses/${escapePointer(status)}`;
  };

  const validatorAt = (pointer: string): ValidateFunction => {
    let validate = compiled.get(pointer);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOC_ID}#${pointer}` });
      compiled.set(pointer, validate);
    }
    return validate;
  };

  const errorsOf = (validate: ValidateFunction, value: unknown): string[] =>
    validate(value)
      ? []
      : (validate.errors ?? [])
          .slice(0, 5)
          .map((error) => `${error.instancePath || '(root)'} ${error.message} ${JSON.stringify(error.params)}`);

  /** Problems with `value` as the body of `status` in `media` for `operation` ([] when valid). */
  const validateBody = (operation: Operation, status: string, media: string, value: unknown): string[] => {
    const pointer = `${responsePointer(operation, status)}/content/${escapePointer(media)}/schema`;
    try {
      return errorsOf(validatorAt(pointer), value);
    } catch (error) {
      return [`its schema does not compile: ${(error as Error).message}`];
    }
  };

  const problemValidator = () => validatorAt('/components/schemas/Problem');

  /** The declared response of a status: its exact code, else `4XX`/`5XX`, else `default`. */
  const declaredStatus = (operation: Operation, status: number): string | null => {
    const responses = operation.op.responses ?? {};
    for (const key of [String(status), `${String(status)[0]}XX`, 'default']) if (key in responses) return key;
    return null;
  };

  /**
   * Everything wrong with `response` as an answer of `operation`: the status is declared, its Content-Type is one of
   * the declared media types, a JSON body is valid against the declared schema, and every error is problem+json valid
   * against `Problem` (or another shape the document declares for that status, such as API Gateway's `{message}`).
   */
  const check = (operation: Operation, response: SeenResponse): string[] => {
    const problems: string[] = [];
    const status = declaredStatus(operation, response.status);
    const media = mediaTypeOf(response.headers);
    const text = response.body.toString('utf8');
    let parsed: unknown;
    if (isJsonMedia(media)) {
      try {
        parsed = JSON.parse(text);
      } catch {
        problems.push(`says ${media} but its body is not JSON: ${text.slice(0, 120)}`);
        return problems;
      }
    }
    if (response.status >= 400) {
      if (media === 'application/problem+json') {
        problems.push(...errorsOf(problemValidator(), parsed).map((error) => `not a valid Problem: ${error}`));
      } else if (!(status && deref(deref(operation.op.responses[status])?.content?.[media]))) {
        problems.push(`an error answered as ${media || 'no Content-Type'}, not application/problem+json`);
      }
    }
    if (!status) {
      const declared = Object.keys(operation.op.responses ?? {}).join(', ');
      problems.push(`${response.status} is not declared (declared: ${declared}): ${text.slice(0, 160)}`);
      return problems;
    }
    const declared = deref(operation.op.responses[status]);
    const content = declared?.content as Json | undefined;
    if (!content || Object.keys(content).length === 0) {
      if (response.body.length > 0)
        problems.push(`${response.status} declares no body but one came: ${text.slice(0, 120)}`);
      return problems;
    }
    if (!(media in content)) {
      problems.push(
        `${response.status} answered ${media || 'no Content-Type'}; declared: ${Object.keys(content).join(', ')}`,
      );
      return problems;
    }
    if (isJsonMedia(media)) {
      problems.push(
        ...validateBody(operation, status, media, parsed).map((error) => `${response.status} ${media} body: ${error}`),
      );
    }
    return problems;
  };

  const problemErrors = (value: unknown) => errorsOf(problemValidator(), value);

  return { doc, deref, check, validateBody, declaredStatus, problemErrors };
};

export type DocumentValidator = ReturnType<typeof createDocumentValidator>;

/** Every operation of the document, in its order. */
export const operationsOf = (doc: Json): Operation[] =>
  Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    HTTP_METHODS.filter((method) => (item as Json)[method]).map((method) => {
      const op = (item as Json)[method] as Json;
      return { id: String(op.operationId ?? `${method} ${path}`), method, path, op };
    }),
  );

export { isJsonMedia };
