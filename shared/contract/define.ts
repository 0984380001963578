import type { z } from 'zod';
import type { Role } from '../auth/roles.js';
import type { ErrorKind } from '../errors/define.js';
import type { ErrorCode, FieldIssue } from '../errors/index.js';

/**
 * Who may call an operation: `public` needs no session (status, first-run setup, sign-in);
 * `signedIn` any user; otherwise the listed roles.
 */
export type Access = 'public' | 'signedIn' | readonly Role[];

export interface Operation<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  readonly access: Access;
  /** Operations that change the store run one at a time, in arrival order, and are audited. */
  readonly mutates: boolean;
  /** Phantom: carries the output type to the client; never set at run time. */
  readonly output?: O;
}

/** Declares an operation; the output type is given explicitly because it is not validated at run time. */
export function op<O>() {
  return <I extends z.ZodType>(def: { input: I; access: Access; mutates: boolean }): Operation<I, O> => def;
}

export type Contract = Record<string, Operation>;
export type InputOf<C extends Contract, K extends keyof C> = z.input<C[K]['input']>;
export type ParsedInputOf<C extends Contract, K extends keyof C> = z.output<C[K]['input']>;
export type OutputOf<C extends Contract, K extends keyof C> = NonNullable<C[K]['output']>;

/**
 * The one error shape every transport returns. `code` is from the closed list in shared/errors with its `params`; the
 * renderer words it in the user's language, `message` is the host's English for logs and API users. `field` is a
 * dotted path into the input when one field is at fault; `issues` lists every field at fault at once.
 */
export interface ApiError {
  kind: ErrorKind;
  code: ErrorCode;
  params: Readonly<Record<string, unknown>>;
  message: string;
  field?: string;
  issues?: FieldIssue[];
  /** Structured detail for the UI (e.g. the conflicts that block publishing). */
  details?: unknown;
}

export type ApiResult<O> = { ok: true; value: O } | { ok: false; error: ApiError };

export interface ApiRequest {
  op: string;
  input: unknown;
}
