import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import type { ErrorKind } from '../../shared/errors/define.js';
import { CONTENT_SECURITY_POLICY } from '../../shared/security.js';
import { refuse } from './errors.js';
import type { Host } from './host.js';

const STATUS: Record<ErrorKind, number> = {
  invalid_input: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  unknown_operation: 404,
  conflict: 409,
  rule_violation: 422,
  store_unavailable: 503,
  internal: 500,
};

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const MAX_BODY = 20 * 1024 * 1024;

export interface HttpOptions {
  host: Host;
  rendererDir: string;
  bindHost: string;
  port: number;
}

const isLoopback = (h: string) => h === '127.0.0.1' || h === 'localhost' || h === '::1';

/** Serve mode: the built renderer and `POST /api/<operation>`, on 127.0.0.1 unless told otherwise. */
export function startHttp(options: HttpOptions): Promise<Server> {
  const server = createServer((req, res) => {
    handle(options, req, res).catch((err: unknown) => {
      console.error(err);
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'Internal error' } });
      else res.end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.bindHost, () => resolve(server));
  });
}

async function handle(options: HttpOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  // On loopback, a page from elsewhere could reach us through DNS rebinding: only our own host names are answered.
  const hostHeader = (req.headers.host ?? '').replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (isLoopback(options.bindHost) && !isLoopback(hostHeader)) return send(res, 421, { ok: false, error: refuse('http.unknownHost', {}).toApi() });
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname.startsWith('/api/')) {
    if (req.method !== 'POST') return send(res, 405, { ok: false, error: refuse('http.usePost', {}).toApi() });
    const body = await readBody(req);
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return send(res, 400, { ok: false, error: refuse('http.notJson', {}).toApi() });
    }
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
    const result = await options.host.dispatch({ op: decodeURIComponent(url.pathname.slice(5)), input }, token);
    return send(res, result.ok ? 200 : STATUS[result.error.kind], result);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: refuse('http.usePost', {}).toApi() });
  return serveStatic(options.rendererDir, url.pathname, res);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(text);
}

async function serveStatic(root: string, pathname: string, res: ServerResponse): Promise<void> {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(root, rel);
  if (!file.startsWith(root + sep) && file !== root) return send(res, 404, { ok: false, error: { code: 'not_found', message: 'Not found' } });
  const info = await stat(file).catch(() => null);
  // Routes are in the hash, so anything that is not a file is the app itself.
  if (!info?.isFile()) file = join(root, 'index.html');
  const headers: Record<string, string> = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'x-frame-options': 'DENY',
  };
  if (file.endsWith('.html')) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  res.writeHead(200, headers);
  createReadStream(file).on('error', () => res.end()).pipe(res);
}
