import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { WriteRefusal } from './disk-guard.js';
import { type Dispatcher, decodePath, MALFORMED_PATH } from './dispatcher.js';

/** API Gateway's own payload limit; the handlers refuse bodies over 1 MB themselves (413). */
const GATEWAY_MAX_BODY_BYTES = 10 * 1024 * 1024;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

const sendProblem = (
  response: ServerResponse,
  status: number,
  title: string,
  detail: string,
  extra: { type?: string; headers?: Record<string, string> } = {},
) => {
  response.writeHead(status, { 'content-type': 'application/problem+json', ...extra.headers });
  response.end(JSON.stringify({ type: extra.type ?? 'about:blank', title, status, detail }));
};

/** Methods that never write: served even while writes are refused. */
const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const readBody = (request: IncomingMessage): Promise<Buffer | 'too-large'> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > GATEWAY_MAX_BODY_BYTES) tooLarge = true;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });

export interface LocalServerState {
  /** Null while the engines start: API calls then get 503. */
  dispatch: Dispatcher | null;
  webDir: string;
  /** What the web app reads from `/config.json`. */
  webConfig: Record<string, unknown>;
  /**
   * Non-null while the API must not take writes (the disk guard: too little free space for DynamoDB Local to keep
   * what it acknowledges). Every `/api/*` request but GET, HEAD and OPTIONS then gets this 503.
   */
  refuseWrites?: () => WriteRefusal | null;
  /**
   * The stack's clock (`CLOCK_START` moves it). Every response's `Date` header is read from it, as API Gateway's is
   * from AWS's clock: the web app takes "now" from that header, so a shifted stack and its pages agree on the day.
   */
  now?: () => Date;
}

/**
 * One port for everything, as CloudFront serves it in AWS: `/api/*`, `/status/*` and `/auth/*` go to the
 * Lambda handlers through the dispatcher, everything else is the built web app with SPA fallback.
 */
export const createLocalServer = (state: LocalServerState): Server =>
  createServer(async (request, response) => {
    const url = request.url ?? '/';
    const path = url.split('?')[0] ?? '/';
    if (state.now) response.setHeader('date', state.now().toUTCString());
    try {
      // A path that does not decode is the client's error (400), on API and web paths alike — never a failed decode's 500.
      const decoded = decodePath(path);
      if (decoded === null) return sendProblem(response, 400, MALFORMED_PATH.title, MALFORMED_PATH.detail);
      // `/status/<slug>`: public status pages, rendered by the reports handler (CloudFront's `/status/*` behaviour in AWS).
      if (path.startsWith('/api/') || path.startsWith('/auth/dev/') || path.startsWith('/status/')) {
        if (!state.dispatch) return sendProblem(response, 503, 'Starting', 'The local stack is still starting.');
        const refusal =
          path.startsWith('/api/') && !READ_METHODS.has(request.method ?? 'GET') && state.refuseWrites?.();
        if (refusal) {
          request.resume(); // the body is not read; let it drain
          return sendProblem(response, 503, 'Disk nearly full', refusal.detail, {
            type: 'https://opsdesk.dev/problems/local-disk-nearly-full',
            headers: { 'retry-after': String(refusal.retryAfterSeconds) },
          });
        }
        const body = await readBody(request);
        if (body === 'too-large')
          return sendProblem(response, 413, 'Request too large', 'Bodies are limited to 10 MB.');
        const result = await state.dispatch({
          method: request.method ?? 'GET',
          url,
          headers: request.headers,
          body,
          sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
        });
        response.writeHead(result.status, result.headers);
        return response.end(result.body);
      }
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        return sendProblem(response, 405, 'Method not allowed', `${request.method} is not served here.`);
      }
      if (path === '/config.json') {
        response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
        return response.end(JSON.stringify(state.webConfig));
      }
      const file = normalize(join(state.webDir, decoded));
      const insideWeb = file.startsWith(state.webDir);
      const target = insideWeb && existsSync(file) && statSync(file).isFile() ? file : join(state.webDir, 'index.html');
      if (!existsSync(target)) {
        return sendProblem(response, 404, 'Not found', 'The web app is not built (npm run build:web).');
      }
      const hashed = target.includes(`${join(state.webDir, 'assets')}`);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(target)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : readFileSync(target));
    } catch (error) {
      console.error('local stack: request failed', error);
      if (!response.headersSent)
        sendProblem(response, 500, 'Internal error', 'The local stack failed on this request.');
      else response.end();
    }
  });
