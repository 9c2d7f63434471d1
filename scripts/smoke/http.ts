/** Every request's limit: a Lambda's cold start and CloudFront fit well inside; a hung stage does not. */
export const SMOKE_TIMEOUT_MS = 10_000;

/** A short, single-line description of what failed: the network error's cause rather than "fetch failed". */
export const reason = (error: unknown): string => {
  if (!(error instanceof Error)) return String(error);
  if (error.name === 'TimeoutError') return 'no answer in time (timed out)';
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const text = cause?.code ?? cause?.message ?? error.message;
  return text.replace(/\s+/g, ' ');
};

/** A request whose network failure names the request: `GET /api/health: ECONNREFUSED`. */
export const send = async (
  fetchFn: typeof fetch,
  url: string,
  request: string,
  init: RequestInit,
): Promise<Response> => {
  try {
    return await fetchFn(url, init);
  } catch (error) {
    throw new Error(`${request}: ${reason(error)}`);
  }
};

/** The title or detail of a problem+json answer, for a failure's line. */
export const problemOf = async (response: Response): Promise<string> => {
  if (!/json/.test(response.headers.get('content-type') ?? '')) return '';
  const body = (await response.json().catch(() => ({}))) as { title?: unknown; detail?: unknown };
  const said = typeof body.detail === 'string' ? body.detail : body.title;
  return typeof said === 'string' ? `: ${said}` : '';
};
