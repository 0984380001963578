import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startHttp } from '../../../main/host/http.js';
import { testHost, type TestHost } from '../../helpers/host.js';
import { tempDir } from '../../helpers/tmpdir.js';

let t: TestHost;
let close: () => void = () => undefined;
afterEach(() => {
  close();
  t?.host.close();
});

async function serve() {
  t = await testHost();
  const rendererDir = tempDir();
  mkdirSync(join(rendererDir, 'assets'));
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Cordon</title>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  const server = await startHttp({ host: t.host, rendererDir, bindHost: '127.0.0.1', port: 0 });
  close = () => server.close();
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('serve mode over HTTP', () => {
  it('answers POST /api/<op> with the typed result, and errors with a 4xx status and the typed error', async () => {
    const base = await serve();
    const ok = await fetch(`${base}/api/system.status`, { method: 'POST', body: '{}' });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ ok: true, value: { app: 'cordon', needsSetup: false } });
    const unauth = await fetch(`${base}/api/users.list`, { method: 'POST', body: '{}' });
    expect(unauth.status).toBe(401);
    const bad = await fetch(`${base}/api/users.create`, { method: 'POST', headers: { authorization: `Bearer ${t.admin}` }, body: JSON.stringify({ username: 'x' }) });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ ok: false, error: { kind: 'invalid_input', field: 'username' } });
    expect((await fetch(`${base}/api/nope`, { method: 'POST', body: '{}' })).status).toBe(404);
    expect((await fetch(`${base}/api/system.status`, { method: 'POST', body: '{not json' })).status).toBe(400);
  });

  it('serves the app with a strict CSP, and falls back to index.html for unknown paths', async () => {
    const base = await serve();
    const page = await fetch(`${base}/`);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('<title>Cordon</title>');
    expect(await (await fetch(`${base}/assets/app.js`)).text()).toBe('console.log(1)');
    expect(await (await fetch(`${base}/anything/else`)).text()).toContain('<title>Cordon</title>');
  });

  it('does not serve files outside the renderer folder', async () => {
    const base = await serve();
    const body = await new Promise<string>((resolve) => {
      request(`${base}/..%2f..%2f..%2fetc%2fpasswd`, (res) => {
        let text = '';
        res.on('data', (c) => (text += c));
        res.on('end', () => resolve(text));
      }).end();
    });
    expect(body).not.toContain('root:');
  });

  it('refuses requests for another host name on loopback (DNS rebinding)', async () => {
    const base = await serve();
    const status = await new Promise<number>((resolve) => {
      request(`${base}/api/system.status`, { method: 'POST', headers: { host: 'evil.example:80' } }, (res) => resolve(res.statusCode ?? 0)).end('{}');
    });
    expect(status).toBe(421);
  });
});
