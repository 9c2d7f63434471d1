import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RouteAnswer } from '../../../functions/http/create-http-handler.js';
import { STATUS_PAGE_CSP, StatusMemo, statusRoutes } from '../../../functions/reports/status-routes.js';
import { STATUS_PAGE_CSS } from '../../../shared/reports/status-html.js';
import { newTestMonitor, tenantAdmin } from '../../support/monitoring-fakes.js';
import { statusFakes } from '../../support/status-fakes.js';

const request = (params: Record<string, string>, extra: Record<string, unknown> = {}) =>
  ({ params, actor: null, query: {}, body: undefined, headers: {}, rawBody: undefined, event: {}, ...extra }) as never;

const setup = () => {
  const fakes = statusFakes({ start: '2026-12-07T09:00:00.000Z' });
  const monitor = newTestMonitor({ id: 'mon-1', name: 'Shop', state: 'up' });
  fakes.monitors.monitors.set('tenant-a#mon-1', monitor);
  let lists = 0;
  const list = fakes.monitors.list.bind(fakes.monitors);
  fakes.monitors.list = async (tenantId) => {
    lists += 1;
    return list(tenantId);
  };
  const routes = statusRoutes(fakes.reportsDeps);
  const publish = (published: boolean) =>
    routes.putStatusPage(request({}, { actor: tenantAdmin, body: { slug: 'acme', published, monitorIds: ['mon-1'] } }));
  return { fakes, routes, publish, lists: () => lists };
};

describe('status routes', () => {
  it('computes a page once for many concurrent readers and again after the memo expires', async () => {
    const { fakes, routes, publish, lists } = setup();
    await publish(true);
    const before = lists();
    const answers = await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        i % 2 ? routes.getPublicStatus(request({ slug: 'acme' })) : routes.getStatusHtml(request({ slug: 'acme' })),
      ),
    );
    expect(lists() - before).toBe(1);
    expect(answers.filter((answer) => answer instanceof RouteAnswer && answer.statusCode === 200)).toHaveLength(16);
    fakes.clock.advanceMs(13_000);
    await routes.getPublicStatus(request({ slug: 'acme' }));
    expect(lists() - before).toBe(2);
  });

  it('shows a change of the settings at once in the same process', async () => {
    const { routes, publish } = setup();
    await publish(true);
    await routes.getPublicStatus(request({ slug: 'acme' }));
    await publish(false);
    await expect(routes.getPublicStatus(request({ slug: 'acme' }))).rejects.toMatchObject({
      code: 'RESOURCE.NOT_FOUND',
    });
  });

  it('answers an unknown slug with the 404 page, its CSP and a short cache', async () => {
    const { routes } = setup();
    for (const slug of ['nobody', 'Not a slug']) {
      const answer = await routes.getStatusHtml(request({ slug }));
      expect(answer).toBeInstanceOf(RouteAnswer);
      const { statusCode, body, headers } = answer as RouteAnswer<string>;
      expect(statusCode).toBe(404);
      expect(body).toContain('Status page not found');
      expect(headers).toEqual({
        'content-security-policy': STATUS_PAGE_CSP,
        'cache-control': 'public, max-age=10, s-maxage=10',
      });
    }
  });

  it('names the hash of the style sheet in the CSP', () => {
    const hash = createHash('sha256').update(STATUS_PAGE_CSS).digest('base64');
    expect(STATUS_PAGE_CSP).toContain(`style-src 'sha256-${hash}'`);
  });

  it('keeps at most the given number of slugs and forgets a failed computation', async () => {
    let now = 0;
    const memo = new StatusMemo(() => now, 1000, 2);
    const computeNull = async () => null;
    await memo.get('a', computeNull);
    await memo.get('b', computeNull);
    await memo.get('c', computeNull);
    expect(memo.size).toBe(2);
    await expect(memo.get('d', async () => Promise.reject(new Error('down')))).rejects.toThrow('down');
    await Promise.resolve();
    let computed = 0;
    await memo.get('d', async () => {
      computed += 1;
      return null;
    });
    expect(computed).toBe(1);
    now = 2000;
    await memo.get('d', async () => {
      computed += 1;
      return null;
    });
    expect(computed).toBe(2);
  });
});
