import type { z } from 'zod';
import { contract, type OpName } from '../../shared/contract/index.js';
import type { ApiError, ApiRequest, ApiResult } from '../../shared/contract/define.js';
import type { User } from '../../shared/system/schema.js';
import type { Auditor } from './auditor.js';
import type { Sessions } from './auth/sessions.js';
import { makeId, toIso, type CordonStore, type Handlers, type ServiceContext } from './context.js';
import { HostError } from './errors.js';
import { StoreUnavailableError, StoreValidationError } from './store/store.js';

/** Operations that still work while the data file is damaged or too new: enough to see why and to restore a backup. */
const WHEN_UNAVAILABLE = new Set<string>(['system.status', 'system.restoreBackup']);

export interface DispatchDeps {
  store: CordonStore;
  sessions: Sessions;
  auditor: Auditor;
  handlers: Handlers<typeof contract>;
  clock: () => Date;
  log: (message: string) => void;
}

const fail = (error: ApiError): ApiResult<never> => ({ ok: false, error });

export function fieldError(issue: z.core.$ZodIssue | undefined): ApiError {
  const field = issue?.path.map(String).join('.') ?? '';
  const reason = issue?.message ?? 'is invalid';
  return { code: 'invalid_input', message: field ? `${field}: ${reason}` : reason, ...(field ? { field } : {}) };
}

/** Looks the request up in the contract, checks the caller, validates the input, runs the service, and types the result. */
export async function dispatch(deps: DispatchDeps, request: ApiRequest, token: string | undefined): Promise<ApiResult<unknown>> {
  const { store, sessions, auditor, clock } = deps;
  const name = request.op;
  if (!Object.hasOwn(contract, name)) return fail({ code: 'unknown_operation', message: `Unknown operation ${name}` });
  const operation = contract[name as OpName];
  if (store.state.kind !== 'ok' && !WHEN_UNAVAILABLE.has(name)) {
    return fail({ code: 'store_unavailable', message: new StoreUnavailableError(store.state).message });
  }

  const userId = sessions.resolve(token);
  const user = userId && store.state.kind === 'ok' ? (store.doc.users.find((u) => u.id === userId && u.active) ?? null) : null;
  const refusal = accessRefusal(operation.access, user);
  if (refusal) {
    if (refusal.code === 'forbidden') await recordDenied(deps, name, user, refusal.message);
    return fail(refusal);
  }

  const parsed = operation.input.safeParse(request.input ?? {});
  if (!parsed.success) return fail(fieldError(parsed.error.issues[0]));

  const ctx: ServiceContext = {
    store,
    sessions,
    user,
    token,
    now: clock,
    nowIso: () => toIso(clock()),
    newId: makeId,
    write: (summary, fn) =>
      auditor.write(store, toIso(clock()), fn, (value) => ({
        ...actor(user),
        op: name,
        outcome: 'ok',
        summary: typeof summary === 'function' ? summary(value) : summary,
      })),
  };

  try {
    const handler = deps.handlers[name as OpName] as (input: unknown, ctx: ServiceContext) => unknown;
    return { ok: true, value: await handler(parsed.data, ctx) };
  } catch (err) {
    if (err instanceof HostError) return fail(err.toApi());
    if (err instanceof StoreValidationError) return fail({ code: 'invalid_input', message: err.message, field: err.path });
    if (err instanceof StoreUnavailableError) return fail({ code: 'store_unavailable', message: err.message });
    deps.log(`internal error in ${name}: ${(err as Error).stack ?? String(err)}`);
    return fail({ code: 'internal', message: 'Something went wrong inside Cordon; nothing was changed. The details are in the log.' });
  }
}

function accessRefusal(access: (typeof contract)[OpName]['access'], user: User | null): ApiError | null {
  if (access === 'public') return null;
  if (!user) return { code: 'unauthenticated', message: 'Please sign in first' };
  if (access === 'signedIn' || access.includes(user.role)) return null;
  return { code: 'forbidden', message: `This needs the role ${access.join(' or ')}; you are signed in as ${user.role}` };
}

const actor = (user: User | null) => ({ userId: user?.id ?? null, username: user?.username ?? null });

/** Refusals are audited too, so an attempt to act beyond one's role is visible afterwards. */
async function recordDenied(deps: DispatchDeps, op: string, user: User | null, reason: string): Promise<void> {
  await deps.auditor.write(deps.store, toIso(deps.clock()), () => undefined, () => ({ ...actor(user), op, outcome: 'denied', summary: reason }));
}
