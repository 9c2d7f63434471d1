import { describe, expect, it } from 'vitest';
import { matchPath, pathParamNames, routeEntries, routeKey } from '../../../shared/contracts/routes.js';

describe('route manifest', () => {
  it('declares each method and path once', () => {
    const keys = routeEntries().map(([, definition]) => routeKey(definition));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('declares a params schema for exactly the path parameters of a route', () => {
    for (const [id, definition] of routeEntries()) {
      const declared = Object.keys(definition.params?.shape ?? {}).sort();
      expect(declared, id).toEqual(pathParamNames(definition.path).sort());
    }
  });

  it('gives every route with a body a valid example, and only those', () => {
    for (const [id, definition] of routeEntries()) {
      if (!definition.body) expect(definition.example, id).toBeUndefined();
      else expect(definition.body.safeParse(definition.example).success, id).toBe(true);
    }
  });

  it('gives a valid example query to every route whose query has required fields', () => {
    for (const [id, definition] of routeEntries()) {
      if (!definition.query) continue;
      const needsExample = !definition.query.safeParse({}).success;
      expect(definition.exampleQuery !== undefined, id).toBe(needsExample);
      if (definition.exampleQuery) expect(definition.query.safeParse(definition.exampleQuery).success, id).toBe(true);
    }
  });

  it('keeps local-only routes out of /api, and every deployed route under /api but the public status pages', () => {
    for (const [id, definition] of routeEntries()) {
      if (definition.localOnly) expect(definition.path.startsWith('/api/'), id).toBe(false);
      else if (definition.path.startsWith('/status/')) {
        expect([definition.access, definition.produces], id).toEqual(['public', 'text/html']);
      } else expect(definition.path.startsWith('/api/'), id).toBe(true);
    }
  });

  it('matches concrete paths against templates', () => {
    expect(matchPath('/api/users/{userId}', '/api/users/abc-1')).toEqual({ userId: 'abc-1' });
    expect(matchPath('/api/bookings/{id}.ics', '/api/bookings/b1.ics')).toEqual({ id: 'b1' });
    expect(matchPath('/api/users/{userId}', '/api/users/a/b')).toBeNull();
    expect(matchPath('/api/openapi.json', '/api/openapiXjson')).toBeNull();
    expect(matchPath('/api/health', '/api/health')).toEqual({});
  });
});
