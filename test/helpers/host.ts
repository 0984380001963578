import { createHost, type Host } from '../../main/host/host.js';
import type { Role } from '../../shared/auth/roles.js';
import type { OpName } from '../../shared/contract/index.js';
import type { ApiResult } from '../../shared/contract/define.js';
import { tempDir } from './tmpdir.js';

export interface TestHost {
  host: Host;
  dataDir: string;
  call(op: OpName | string, input?: unknown, token?: string): Promise<ApiResult<unknown>>;
  /** Calls and unwraps, failing the test on an error result. */
  ok<T = unknown>(op: OpName, input?: unknown, token?: string): Promise<T>;
  /** A signed-in administrator's token on a set-up campus. */
  admin: string;
  /** Creates a user of the role (once) and signs them in; their token. */
  signInAs(role: Role): Promise<string>;
}

/** A host on a fresh temp data folder, set up with one administrator. */
export async function testHost(options: { clock?: () => Date; setup?: boolean } = {}): Promise<TestHost> {
  const dataDir = tempDir();
  const host = await createHost({ dataDir, log: () => undefined, ...(options.clock ? { clock: options.clock } : {}) });
  // Calls go to whichever host the object holds now, so a test may reopen the data folder in place.
  const th: TestHost = { host, dataDir, call: (op, input = {}, token) => th.host.dispatch({ op, input }, token), ok: undefined!, admin: '', signInAs: undefined! };
  const call = th.call;
  const ok = async <T>(op: string, input: unknown = {}, token?: string): Promise<T> => {
    const res = await call(op, input, token);
    if (!res.ok) throw new Error(`${op} failed: ${res.error.code} ${res.error.message}`);
    return res.value as T;
  };
  th.ok = ok;
  th.signInAs = async (role) => {
    const users = await ok<{ username: string }[]>('users.list', {}, th.admin);
    if (!users.some((u) => u.username === role)) await ok('users.create', { username: role, password: 'long enough', displayName: role, role }, th.admin);
    return (await ok<{ token: string }>('auth.signIn', { username: role, password: 'long enough' })).token;
  };
  if (options.setup !== false) {
    const session = await ok<{ token: string }>('system.setup', { username: 'admin', password: 'correct horse', displayName: 'Admin 管理员', campusName: 'No. 1 Middle School' });
    th.admin = session.token;
  }
  return th;
}
