import { createHash } from 'node:crypto';
import type { ReportsDeps } from '../../shared/reports/deps.js';
import { type PublicStatus, SlugSchema } from '../../shared/reports/model.js';
import {
  renderStatusHtml,
  renderStatusNotFoundHtml,
  STATUS_PAGE_CSS,
  statusPageCsp,
} from '../../shared/reports/status-html.js';
import { getStatusPage, publicStatus, putStatusPage, statusPageNotFound } from '../../shared/reports/status-page.js';
import { type ContextImplementation, RouteAnswer } from '../http/create-http-handler.js';

/** How long a computed public page is reused within one process (CloudFront keeps it 30 s in front of that). */
export const STATUS_MEMO_MS = 12_000;
/** At most this many slugs are kept (the oldest computed is dropped first). */
export const STATUS_MEMO_SLUGS = 500;
/** The 404 page may be cached briefly: a flood of unknown slugs costs little, a new page appears soon. */
const NOT_FOUND_CACHE = 'public, max-age=10, s-maxage=10';

/** The CSP of status pages: the one inline style sheet, by its hash; nothing else (the same CloudFront sets). */
export const STATUS_PAGE_CSP = statusPageCsp(createHash('sha256').update(STATUS_PAGE_CSS).digest('base64'));

type Computed = { status: PublicStatus; html?: string } | null;

/**
 * Public pages computed at most once per slug every `STATUS_MEMO_MS` in this process: concurrent readers of a slug
 * share one computation (the promise is kept), and an unknown slug is remembered as such (null) just as long. A
 * failed computation is not kept.
 */
export class StatusMemo {
  private readonly entries = new Map<string, { expiresAt: number; value: Promise<Computed> }>();

  constructor(
    private readonly now: () => number,
    private readonly ttlMs = STATUS_MEMO_MS,
    private readonly maxSlugs = STATUS_MEMO_SLUGS,
  ) {}

  get(slug: string, compute: () => Promise<Computed>): Promise<Computed> {
    const at = this.now();
    const entry = this.entries.get(slug);
    if (entry && entry.expiresAt > at) return entry.value;
    this.entries.delete(slug);
    const value = compute();
    this.entries.set(slug, { expiresAt: at + this.ttlMs, value });
    value.catch(() => {
      if (this.entries.get(slug)?.value === value) this.entries.delete(slug);
    });
    while (this.entries.size > this.maxSlugs) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return value;
  }

  /** Forgets a slug (its settings changed in this process: the next reader sees them at once). */
  forget(slug: string | null): void {
    if (slug) this.entries.delete(slug);
  }

  get size(): number {
    return this.entries.size;
  }
}

const isNotFound = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'RESOURCE.NOT_FOUND';

/**
 * The status page routes of the reports context: settings (customers; admins change them) and the public page as
 * JSON and HTML, served from the in-process memo; CloudFront caches both for `cacheSeconds` (30 s) in AWS.
 */
export const statusRoutes = (
  deps: ReportsDeps,
  memo = new StatusMemo(() => deps.clock.now().getTime()),
): Pick<ContextImplementation<'reports'>, 'getStatusPage' | 'putStatusPage' | 'getPublicStatus' | 'getStatusHtml'> => {
  const compute = (slug: string) =>
    memo.get(slug, () =>
      publicStatus(deps, slug).then(
        (status): Computed => ({ status }),
        (error: unknown) => {
          if (isNotFound(error)) return null;
          throw error;
        },
      ),
    );

  return {
    getStatusPage: async ({ actor }) => getStatusPage(deps, actor),
    putStatusPage: async ({ actor, body }) => {
      const before = await getStatusPage(deps, actor);
      const after = await putStatusPage(deps, actor, body);
      memo.forget(before.slug);
      memo.forget(after.slug);
      return after;
    },
    getPublicStatus: async ({ params }) => {
      const computed = await compute(params.slug);
      if (!computed) throw statusPageNotFound();
      return computed.status;
    },
    getStatusHtml: async ({ params }) => {
      const headers = { 'content-security-policy': STATUS_PAGE_CSP };
      const computed = SlugSchema.safeParse(params.slug).success ? await compute(params.slug) : null;
      if (!computed) {
        return new RouteAnswer(404, renderStatusNotFoundHtml(params.slug), {
          ...headers,
          'cache-control': NOT_FOUND_CACHE,
        });
      }
      computed.html ??= renderStatusHtml(computed.status);
      return new RouteAnswer(200, computed.html, headers);
    },
  };
};
