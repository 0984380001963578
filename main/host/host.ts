import { coreDocSchema, emptyDoc, journalSchemas, SCHEMA_VERSION, type CoreDoc, type Journals } from '../../shared/db/schema.js';
import { MIGRATIONS } from '../../shared/db/migrations.js';
import type { ApiRequest, ApiResult } from '../../shared/contract/define.js';
import { Auditor } from './auditor.js';
import { Sessions } from './auth/sessions.js';
import { systemClock, type Clock } from './clock.js';
import { dispatch } from './dispatch.js';
import { Serial } from './serial.js';
import { allHandlers } from './services/index.js';
import { Store, type StoreSpec } from './store/store.js';
import pkg from '../../package.json' with { type: 'json' };

export const STORE_SPEC: StoreSpec<CoreDoc, Journals> = {
  schemaVersion: SCHEMA_VERSION,
  coreSchema: coreDocSchema,
  empty: emptyDoc,
  migrations: MIGRATIONS,
  journals: journalSchemas,
};

export interface HostOptions {
  dataDir: string;
  /** The host's time; a bare function is a clock too (unit tests move it by reassigning what it returns). */
  clock?: Clock | (() => Date);
  log?: (message: string) => void;
}

export interface Host {
  readonly dataDir: string;
  dispatch(request: ApiRequest, token: string | undefined): Promise<ApiResult<unknown>>;
  close(): void;
}

/** The Electron-free core both runtimes share: the store, the services, and one entry point for every request. */
export async function createHost(options: HostOptions): Promise<Host> {
  const hostClock: Clock = typeof options.clock === 'function' ? { now: options.clock } : (options.clock ?? systemClock);
  const clock = () => hostClock.now();
  const log = options.log ?? ((m: string) => console.error(m));
  const store = await Store.open(options.dataDir, STORE_SPEC, { clock });
  const auditor = await Auditor.open(store);
  const deps = {
    store,
    sessions: new Sessions(() => clock().getTime()),
    auditor,
    handlers: allHandlers({ version: pkg.version, testClock: hostClock.test !== undefined }),
    clock,
    log,
    mutations: new Serial(),
  };
  return {
    dataDir: options.dataDir,
    dispatch: (request, token) => dispatch(deps, request, token),
    close: () => store.close(),
  };
}
