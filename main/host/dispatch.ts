import { contract, type OpName } from '../../shared/contract/index.js';
import type { ApiError, ApiRequest, ApiResult } from '../../shared/contract/define.js';
import { fieldIssues } from '../../shared/errors/zodIssues.js';
import type { User } from '../../shared/system/schema.js';
import type { Auditor } from './auditor.js';
import type { Sessions } from './auth/sessions.js';
import { makeId, toIso, type CordonStore, type Handlers, type ServiceContext } from './context.js';
import { HostError, invalidInput, refuse } from './errors.js';
import { Serial } from './serial.js';
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
  /** Mutating operations run through here one at a time, so a handler's checks see the document it writes. */
  mutations: Serial;
}

const fail = (error: HostError): ApiResult<never> => ({ ok: false, error: error.toApi() });

/**
 * Looks the request up in the contract, checks the caller, validates the input, runs the service, and types the
 * result. A mutating operation runs whole before the next one starts (read-only ones run freely); its outcome is
 * audited as ok (by its write), denied (role) or refused (a rule said no, with the code).
 */
export async function dispatch(deps: DispatchDeps, request: ApiRequest, token: string | undefined): Promise<ApiResult<unknown>> {
  const { store, sessions } = deps;
  const name = request.op;
  if (!Object.hasOwn(contract, name)) return fail(refuse('operation.unknown', { op: name.slice(0, 100) }));
  const operation = contract[name as OpName];
  if (store.state.kind !== 'ok' && !WHEN_UNAVAILABLE.has(name)) return fail(unavailable(store));

  const userId = sessions.resolve(token);
  const user = userId && store.state.kind === 'ok' ? (store.doc.users.find((u) => u.id === userId && u.active) ?? null) : null;
  const refusal = accessRefusal(operation.access, user);
  if (refusal) {
    if (refusal.kind === 'forbidden') await audit(deps, name, user, 'denied', refusal);
    return fail(refusal);
  }

  const parsed = operation.input.safeParse(request.input ?? {});
  if (!parsed.success) return fail(invalidInput(fieldIssues(parsed.error.issues, request.input ?? {})));

  const run = () => runHandler(deps, name as OpName, parsed.data, user, token);
  return operation.mutates ? deps.mutations.run(run) : run();
}

async function runHandler(deps: DispatchDeps, name: OpName, input: unknown, user: User | null, token: string | undefined): Promise<ApiResult<unknown>> {
  const { store, clock, auditor } = deps;
  const ctx: ServiceContext = {
    store,
    sessions: deps.sessions,
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
    const handler = deps.handlers[name] as (input: unknown, ctx: ServiceContext) => unknown;
    return { ok: true, value: await handler(input, ctx) };
  } catch (err) {
    const error = asHostError(err, deps, name);
    if (contract[name].mutates && error.kind !== 'internal' && store.state.kind === 'ok') await audit(deps, name, user, 'refused', error);
    return fail(error);
  }
}

function asHostError(err: unknown, deps: DispatchDeps, name: string): HostError {
  if (err instanceof HostError) return err;
  if (err instanceof StoreValidationError) return refuse('input.invalid', {}, { field: err.path });
  if (err instanceof StoreUnavailableError) return unavailable(deps.store);
  deps.log(`internal error in ${name}: ${(err as Error).stack ?? String(err)}`);
  return refuse('host.internal', {});
}

function unavailable(store: CordonStore): HostError {
  const state = store.state;
  if (state.kind === 'tooNew') return refuse('store.tooNew', { found: state.found, supported: state.supported });
  return refuse('store.damaged', { reason: state.kind === 'corrupt' ? state.reason : '' });
}

function accessRefusal(access: (typeof contract)[OpName]['access'], user: User | null): HostError | null {
  if (access === 'public') return null;
  if (!user) return refuse('auth.signInFirst', {});
  if (access === 'signedIn' || access.includes(user.role)) return null;
  return refuse('auth.roleNeeded', { roles: access, role: user.role });
}

const actor = (user: User | null) => ({ userId: user?.id ?? null, username: user?.username ?? null });

/** Denials and refusals are audited too, so an attempt beyond one's role or against a rule is visible afterwards. */
async function audit(deps: DispatchDeps, op: string, user: User | null, outcome: 'denied' | 'refused', error: HostError | ApiError): Promise<void> {
  const summary = `${error.code}: ${error.message}`.slice(0, 500);
  await deps.auditor.write(deps.store, toIso(deps.clock()), () => undefined, () => ({ ...actor(user), op, outcome, summary }));
}
