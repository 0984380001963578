import type { AppContract } from '../../../shared/contract/index.js';
import { generateDemoCampus } from '../../../shared/demo/generator.js';
import { settingsSchema } from '../../../shared/settings/schema.js';
import type { PublicUser, User } from '../../../shared/system/schema.js';
import type { Session, Status } from '../../../shared/system/contract.js';
import { verifyChain } from '../audit.js';
import { hashPassword, verifyPassword } from '../auth/password.js';
import { stamp, type Handlers, type ServiceContext } from '../context.js';
import { HostError } from '../errors.js';

type SystemOps = Pick<
  AppContract,
  | 'system.status'
  | 'system.setup'
  | 'system.restoreBackup'
  | 'auth.signIn'
  | 'auth.signOut'
  | 'users.list'
  | 'users.create'
  | 'users.setActive'
  | 'demo.load'
  | 'audit.list'
  | 'settings.get'
  | 'settings.update'
>;

export const publicUser = ({ passwordHash: _hash, ...rest }: User): PublicUser => rest;

/** What the host knows of itself that the status reports. */
export interface HostInfo {
  version: string;
  /** True when the host runs on a test clock: the UI says so in its header. */
  testClock: boolean;
}

function status(ctx: ServiceContext, { version, testClock }: HostInfo): Status {
  const { store } = ctx;
  const ok = store.state.kind === 'ok';
  return {
    app: 'cordon',
    version,
    store: store.state,
    dataDir: store.dataDir,
    needsSetup: ok && store.doc.users.length === 0,
    campusEmpty: ok && store.doc.units.length === 0 && store.doc.people.length === 0,
    campusName: ok ? store.doc.campus.name : '',
    user: ctx.user ? publicUser(ctx.user) : null,
    now: ctx.nowIso(),
    testClock,
  };
}

const sameName = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;

function startSession(ctx: ServiceContext, user: User): Session {
  return { token: ctx.sessions.create(user.id), user: publicUser(user) };
}

export function systemHandlers(info: HostInfo): Handlers<SystemOps> {
  return {
    'system.status': (_input, ctx) => status(ctx, info),

    'system.setup': async (input, ctx) => {
      if (ctx.store.doc.users.length > 0) throw new HostError('conflict', 'Cordon is already set up; sign in instead.');
      const passwordHash = await hashPassword(input.password);
      const user = await ctx.write(`first administrator ${input.username} created; campus named ${input.campusName}`, (tx) => {
        if (tx.doc.users.length > 0) throw new HostError('conflict', 'Cordon is already set up; sign in instead.');
        const created: User = { ...stamp(ctx, 'user', { username: input.username, displayName: input.displayName, role: 'administrator', unitIds: [], passwordHash, active: true }) };
        tx.doc.users = [created];
        tx.doc.campus = { name: input.campusName, createdAt: ctx.nowIso() };
        return created;
      });
      return startSession(ctx, user);
    },

    'system.restoreBackup': async (input, ctx) => {
      if (ctx.store.state.kind === 'ok') throw new HostError('conflict', 'The data file is in good order; there is nothing to restore.');
      if (ctx.store.state.kind === 'tooNew') throw new HostError('conflict', 'This data was written by a newer Cordon: update Cordon instead of restoring a backup.');
      await ctx.store.restoreBackup(input.backup);
      return status(ctx, info);
    },

    'auth.signIn': async (input, ctx) => {
      const user = ctx.store.doc.users.find((u) => sameName(u.username, input.username));
      // The same answer and the same hashing work for an unknown name as for a wrong password, so names cannot be probed.
      const valid = user ? await verifyPassword(input.password, user.passwordHash) : await hashPassword(input.password).then(() => false);
      if (!user || !valid || !user.active) {
        await ctx.write(`failed sign-in as ${input.username}`, () => undefined);
        throw new HostError('unauthenticated', 'Wrong username or password', 'password');
      }
      return startSession(ctx, user);
    },

    'auth.signOut': (_input, ctx) => {
      ctx.sessions.end(ctx.token);
      return { signedOut: true };
    },

    'users.list': (_input, ctx) => ctx.store.doc.users.map(publicUser),

    'users.create': async (input, ctx) => {
      if (ctx.store.doc.users.some((u) => sameName(u.username, input.username))) {
        throw new HostError('conflict', `The username ${input.username} is taken`, 'username');
      }
      const passwordHash = await hashPassword(input.password);
      const user = await ctx.write(`user ${input.username} created as ${input.role}`, (tx) => {
        const created: User = stamp(ctx, 'user', { username: input.username, displayName: input.displayName, role: input.role, unitIds: input.unitIds ?? [], passwordHash, active: true });
        tx.doc.users = [...tx.doc.users, created];
        return created;
      });
      return publicUser(user);
    },

    'users.setActive': async (input, ctx) => {
      const target = ctx.store.doc.users.find((u) => u.id === input.id);
      if (!target) throw new HostError('not_found', `User ${input.id} does not exist`, 'id');
      const activeAdmins = ctx.store.doc.users.filter((u) => u.active && u.role === 'administrator');
      if (!input.active && target.role === 'administrator' && activeAdmins.length === 1 && target.active) {
        throw new HostError('rule_violation', 'The last active administrator cannot be deactivated', 'active');
      }
      const updated = await ctx.write(`user ${target.username} ${input.active ? 'activated' : 'deactivated'}`, (tx) => {
        const next = { ...target, active: input.active, updatedAt: ctx.nowIso() };
        tx.doc.users = tx.doc.users.map((u) => (u.id === target.id ? next : u));
        return next;
      });
      if (!input.active) ctx.sessions.endAllFor(target.id);
      return publicUser(updated);
    },

    'demo.load': async (input, ctx) => {
      const doc = ctx.store.doc;
      if (doc.units.length > 0 || doc.people.length > 0) {
        throw new HostError('conflict', 'The demo can only be loaded into an empty campus');
      }
      const demo = generateDemoCampus({ seed: input.seed ?? 20261123, now: ctx.now(), size: 'demo' });
      await ctx.write(`demo campus loaded: ${demo.core.people.length} people in ${demo.core.units.length} units`, (tx) => {
        // Settings sections the demo does not set keep their values.
        Object.assign(tx.doc, { ...demo.core, settings: { ...tx.doc.settings, ...demo.core.settings } });
        for (const row of demo.journals.movements) tx.append('movements', row);
        for (const row of demo.journals.readings) tx.append('readings', row);
      });
      return { people: demo.core.people.length, units: demo.core.units.length };
    },

    'audit.list': async (input, ctx) => {
      const all = await ctx.store.journal('audit').range();
      const brokenAt = verifyChain(all);
      const newestFirst = [...all].reverse();
      return { entries: newestFirst.slice(input.offset, input.offset + input.limit), total: all.length, chainIntact: brokenAt === null, brokenAt };
    },

    'settings.get': (_input, ctx) => ctx.store.doc.settings,

    'settings.update': (input, ctx) =>
      ctx.write(`settings changed: ${Object.keys(input).join(', ')}`, (tx) => {
        tx.doc.settings = settingsSchema.parse({ ...tx.doc.settings, ...input });
        return tx.doc.settings;
      }),
  };
}
