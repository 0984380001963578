import { formatISO } from 'date-fns';
import { randomBytes } from 'node:crypto';
import type { z } from 'zod';
import type { Contract } from '../../shared/contract/define.js';
import type { CoreDoc, Journals } from '../../shared/db/schema.js';
import type { User } from '../../shared/system/schema.js';
import type { Sessions } from './auth/sessions.js';
import type { Store, Tx } from './store/store.js';

export type CordonStore = Store<CoreDoc, Journals>;
export type CordonTx = Tx<CoreDoc, Journals>;

export interface ServiceContext {
  readonly store: CordonStore;
  readonly sessions: Sessions;
  /** The signed-in caller; null only for public operations. */
  readonly user: User | null;
  readonly token: string | undefined;
  now(): Date;
  /** Now as ISO 8601 with the local offset, the form every stored time takes. */
  nowIso(): string;
  newId(prefix: string): string;
  /** The only way to change the store: commits `fn`'s draft and an audit entry for it in one atomic write. */
  write<T>(summary: string | ((result: T) => string), fn: (tx: CordonTx) => T): Promise<T>;
}

export type Handlers<C extends Contract> = {
  [K in keyof C]: (input: z.output<C[K]['input']>, ctx: ServiceContext) => NonNullable<C[K]['output']> | Promise<NonNullable<C[K]['output']>>;
};

export const toIso = (d: Date): string => formatISO(d);

export const makeId = (prefix: string): string => `${prefix}-${Date.now().toString(36)}${randomBytes(4).toString('hex')}`;

/** Stamps a new record with its id and times. */
export function stamp<T extends object>(ctx: Pick<ServiceContext, 'nowIso' | 'newId'>, prefix: string, fields: T & { id?: string | undefined }) {
  const now = ctx.nowIso();
  const { id, ...rest } = fields;
  return { ...(rest as T), id: id ?? ctx.newId(prefix), createdAt: now, updatedAt: now };
}
