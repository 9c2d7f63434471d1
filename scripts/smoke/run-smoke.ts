import { performance } from 'node:perf_hooks';
import { HealthResponseSchema, routes } from '../../shared/contracts/routes.js';
import { problemOf, reason, send } from './http.js';
import { type SmokeRead, smokeReads } from './reads.js';
import { type SignInDeps, type SignInMethod, signIn } from './sign-in.js';

export interface SmokeCheck {
  name: string;
  ok: boolean;
  /** What was asked and what came back, or why it was not asked. */
  detail: string;
  ms: number;
}

/** An http(s) URL without a trailing slash, or null. */
export const parseBaseUrl = (value: string | undefined): string | null => {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    if (url.search || url.hash) return null;
    return url.toString().replace(/\/+$/, '');
  } catch {
    return null;
  }
};

const timed = async (name: string, check: () => Promise<string>): Promise<SmokeCheck> => {
  const started = performance.now();
  try {
    const detail = await check();
    return { name, ok: true, detail, ms: Math.round(performance.now() - started) };
  } catch (error) {
    return { name, ok: false, detail: reason(error), ms: Math.round(performance.now() - started) };
  }
};

/** The body as JSON, or a failure naming what came instead (CloudFront's HTML error page, an empty body). */
const jsonOf = async (response: Response, request: string): Promise<unknown> => {
  const type = response.headers.get('content-type') ?? '';
  if (!/json/.test(type)) throw new Error(`${request} answered ${response.status} ${type || 'without a body type'}`);
  return response.json();
};

/**
 * The smoke checks against one running stage, in order: health, sign-in, one read per bounded context
 * (`smokeReads`). Every check is reported; the reads are reported failed, not left out, when sign-in failed.
 */
export const runSmoke = async (
  baseUrl: string,
  signInMethod: () => SignInMethod,
  deps: SignInDeps & { reads?: SmokeRead[] },
): Promise<SmokeCheck[]> => {
  const reads = deps.reads ?? smokeReads();
  const checks: SmokeCheck[] = [];

  checks.push(
    await timed('health', async () => {
      const request = `GET ${routes.health.path}`;
      const response = await send(deps.fetch, `${baseUrl}${routes.health.path}`, request, {
        signal: AbortSignal.timeout(deps.timeoutMs),
      });
      const body = HealthResponseSchema.safeParse(await jsonOf(response, request));
      if (!body.success) throw new Error(`${request} answered ${response.status} without a health report`);
      if (response.status !== 200 || body.data.status !== 'ok') {
        const failing = Object.entries(body.data.checks)
          .filter(([, state]) => state !== 'ok')
          .map(([check]) => check);
        throw new Error(`${request} answered ${response.status} ${body.data.status} (${failing.join(', ')})`);
      }
      return `${request} 200 ok`;
    }),
  );

  let token: string | undefined;
  checks.push(
    await timed('sign-in', async () => {
      const method = signInMethod();
      token = await signIn(baseUrl, method, deps);
      return method.kind === 'cognito'
        ? `Cognito USER_PASSWORD_AUTH as ${method.username}`
        : `dev login as ${method.email}`;
    }),
  );

  for (const read of reads) {
    checks.push(
      await timed(`read ${read.context}`, async () => {
        const request = `GET ${read.path}${read.signedIn ? '' : ' (public: the context’s signed-in reads are for staff)'}`;
        if (read.signedIn && token === undefined) throw new Error(`${request} not sent: sign-in failed`);
        const response = await send(deps.fetch, `${baseUrl}${read.path}`, request, {
          headers: read.signedIn
            ? { authorization: `Bearer ${token}`, accept: 'application/json' }
            : { accept: 'application/json' },
          signal: AbortSignal.timeout(deps.timeoutMs),
        });
        if (response.status !== read.successStatus)
          throw new Error(`${request} answered ${response.status}${await problemOf(response)}`);
        const body = await jsonOf(response, request);
        const parsed = read.response.safeParse(body);
        if (!parsed.success) {
          const issue = parsed.error.issues[0];
          throw new Error(
            `${request} answered ${response.status}, but not as the contract says (${issue?.path.join('.') || '(root)'}: ${issue?.message})`,
          );
        }
        return `${request} ${response.status}, as the contract says`;
      }),
    );
  }
  return checks;
};

/** One line per check: `PASS health        GET /api/health 200 ok (41 ms)`. */
export const formatCheck = (check: SmokeCheck, width: number): string =>
  `${check.ok ? 'PASS' : 'FAIL'} ${check.name.padEnd(width)} ${check.detail} (${check.ms} ms)`;
