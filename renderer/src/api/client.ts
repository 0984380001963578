import type { ApiError, ApiResult } from '../../../shared/contract/define.js';
import type { AppContract, OpName } from '../../../shared/contract/index.js';
import type { z } from 'zod';

/** How a request reaches the host: Electron IPC through the preload, or HTTP in serve mode. */
export interface Transport {
  send(op: string, input: unknown, token: string | undefined): Promise<ApiResult<unknown>>;
}

export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export type Input<K extends OpName> = z.input<AppContract[K]['input']>;
export type Output<K extends OpName> = NonNullable<AppContract[K]['output']>;

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    cordon?: { invoke(op: string, input: unknown, token: string | undefined): Promise<ApiResult<unknown>> };
  }
}

export const httpTransport: Transport = {
  async send(op, input, token) {
    const res = await fetch(`/api/${encodeURIComponent(op)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(input ?? {}),
    });
    return (await res.json()) as ApiResult<unknown>;
  },
};

const ipcTransport = (bridge: NonNullable<Window['cordon']>): Transport => ({
  send: (op, input, token) => bridge.invoke(op, input, token),
});

const TOKEN_KEY = 'cordon.session';

/** The one way the UI talks to the host, typed by the shared contract. */
export class ApiClient {
  private token: string | undefined = sessionStorage.getItem(TOKEN_KEY) ?? undefined;

  constructor(private readonly transport: Transport) {}

  async call<K extends OpName>(op: K, input: Input<K>): Promise<Output<K>> {
    const result = await this.transport.send(op, input, this.token);
    if (!result.ok) throw new ApiFailure(result.error);
    return result.value as Output<K>;
  }

  setToken(token: string | undefined): void {
    this.token = token;
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  }
}

export const api = new ApiClient(window.cordon ? ipcTransport(window.cordon) : httpTransport);
