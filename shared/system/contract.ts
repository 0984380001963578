import { z } from 'zod';
import { roleSchema } from '../auth/roles.js';
import { nameSchema } from '../common/fields.js';
import { op } from '../contract/define.js';
import type { AuditEntry, PublicUser } from './schema.js';
import { passwordSchema, usernameSchema } from './schema.js';

export type StoreState =
  | { kind: 'ok' }
  /** The document failed to parse or validate: it is kept untouched and the latest good backup is offered. */
  | { kind: 'corrupt'; file: string; reason: string; backups: string[] }
  /** Written by a newer Cordon: opening it read-write could lose what that version stored. */
  | { kind: 'tooNew'; found: number; supported: number };

export interface Status {
  app: 'cordon';
  version: string;
  store: StoreState;
  dataDir: string;
  needsSetup: boolean;
  /** True while the campus holds no units and no people: the demo may be loaded. */
  campusEmpty: boolean;
  campusName: string;
  user: PublicUser | null;
  /** The host's time when it answered: the UI reckons "now" from it, so a test clock moves the UI too. */
  now: string;
  /** The host runs on a test clock (serve --test-clock): shown in the header. */
  testClock: boolean;
}

export interface Session {
  token: string;
  user: PublicUser;
}

export interface AuditPage {
  entries: AuditEntry[];
  total: number;
  chainIntact: boolean;
  /** First entry whose hash does not match its content or its predecessor. */
  brokenAt: number | null;
}

const credentials = z.object({ username: usernameSchema, password: passwordSchema });

export const systemContract = {
  'system.status': op<Status>()({ input: z.object({}).strict(), access: 'public', mutates: false }),
  'system.setup': op<Session>()({
    input: credentials.extend({ displayName: nameSchema, campusName: nameSchema }).strict(),
    access: 'public',
    mutates: true,
  }),
  'system.restoreBackup': op<Status>()({
    input: z.object({ backup: z.string().min(1) }).strict(),
    access: 'public',
    mutates: true,
  }),
  'auth.signIn': op<Session>()({
    input: z.object({ username: z.string().trim().min(1, 'must not be empty'), password: z.string().min(1, 'must not be empty') }).strict(),
    access: 'public',
    mutates: false,
  }),
  'auth.signOut': op<{ signedOut: true }>()({ input: z.object({}).strict(), access: 'signedIn', mutates: false }),
  'users.list': op<PublicUser[]>()({ input: z.object({}).strict(), access: ['administrator'], mutates: false }),
  'users.create': op<PublicUser>()({
    input: credentials.extend({ displayName: nameSchema, role: roleSchema, unitIds: z.array(z.string().min(1)).max(50).optional() }).strict(),
    access: ['administrator'],
    mutates: true,
  }),
  'users.setActive': op<PublicUser>()({
    input: z.object({ id: z.string().min(1), active: z.boolean() }).strict(),
    access: ['administrator'],
    mutates: true,
  }),
  'demo.load': op<{ people: number; units: number }>()({
    input: z.object({ seed: z.number().int().optional() }).strict(),
    access: ['administrator'],
    mutates: true,
  }),
  'audit.list': op<AuditPage>()({
    input: z.object({ offset: z.number().int().nonnegative().default(0), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    access: ['administrator', 'principal'],
    mutates: false,
  }),
};
