import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { TestClock } from '../../main/host/clock.js';
import { createHost } from '../../main/host/host.js';
import { startHttp } from '../../main/host/http.js';

const rendererDir = fileURLToPath(new URL('../../dist/renderer', import.meta.url));
export const ARTIFACTS = fileURLToPath(new URL('./artifacts', import.meta.url));

export interface TestServer {
  url: string;
  dataDir: string;
  /** The host's clock: a test moves it ("the next morning") instead of waiting. */
  clock: TestClock;
  /** Calls the host over HTTP as the UI does; for arranging state a test is not about. */
  api<T = unknown>(op: string, input?: unknown, token?: string): Promise<T>;
  close(): Promise<void>;
}

/** Serve mode on a fresh temp data folder and a free port, the way a user runs it. */
export async function startServer(options: { now?: string } = {}): Promise<TestServer> {
  const dataDir = mkdtempSync(join(tmpdir(), 'cordon-e2e-'));
  const clock = new TestClock(options.now ? new Date(options.now) : new Date());
  const host = await createHost({ dataDir, clock, log: () => undefined });
  const server = await startHttp({ host, rendererDir, bindHost: '127.0.0.1', port: 0 });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    dataDir,
    clock,
    async api<T>(op: string, input: unknown = {}, token?: string): Promise<T> {
      const res = await fetch(`${url}api/${op}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify(input),
      });
      const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
      if (!body.ok) throw new Error(`${op}: ${body.error?.message}`);
      return body.value as T;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          host.close();
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        });
        server.closeAllConnections();
      }),
  };
}

export const ADMIN = { username: 'admin', password: 'correct horse', displayName: 'Admin 管理员', campusName: 'No. 1 Middle School 第一中学' };

/** A set-up campus with the demo loaded, for module tests that start from a working campus. */
export async function demoCampus(server: TestServer): Promise<string> {
  const { token } = await server.api<{ token: string }>('system.setup', ADMIN);
  await server.api('demo.load', {}, token);
  return token;
}

export async function signIn(page: Page, server: TestServer, lang: 'en' | 'zh' = 'en', user = ADMIN): Promise<void> {
  await page.addInitScript((l) => localStorage.setItem('cordon.lang', l), lang);
  await page.goto(server.url);
  const form = page.getByTestId('sign-in-form');
  await form.getByLabel(lang === 'zh' ? '用户名' : 'Username', { exact: true }).fill(user.username);
  await form.getByLabel(lang === 'zh' ? '密码' : 'Password', { exact: true }).fill(user.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('topbar-user').waitFor();
}

export const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
